<?php
/**
 * "Test connection": checked from the server (wp_remote_get), so it works whatever the
 * administrator's browser allows. Three questions, each answered in plain words with what to fix:
 * does the collector answer, does the session exist and is it open, and does the collector allow
 * this site's pages (its origin, with and without www, over http and https).
 *
 * The collector refuses a request whose Origin it does not allow with 403 `origin-not-allowed`
 * and answers an allowed one with `Access-Control-Allow-Origin` set to it (packages/collector,
 * src/server.ts), so asking with each origin tells which are allowed.
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The origins this site's pages may be reached at: its own (from the home address) first, then
 * the same host with and without www, over https and http. Hosts that are IP addresses or
 * `localhost` get no www variant.
 *
 * @param string $home The site's home address.
 * @return string[]
 */
function netweave_site_origins( $home ) {
	$parts = wp_parse_url( $home );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) ) {
		return array();
	}
	$scheme = isset( $parts['scheme'] ) ? strtolower( $parts['scheme'] ) : 'https';
	$host   = strtolower( $parts['host'] );
	$port   = isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '';
	$hosts  = array( $host );
	$plain  = 0 === strpos( $host, 'www.' ) ? substr( $host, 4 ) : $host;
	if ( ! filter_var( trim( $host, '[]' ), FILTER_VALIDATE_IP ) && 'localhost' !== $plain && false !== strpos( $plain, '.' ) ) {
		$hosts = array_unique( array( $host, $plain, 'www.' . $plain ) );
	}
	$origins = array( $scheme . '://' . $host . $port );
	foreach ( array( 'https', 'http' ) as $s ) {
		foreach ( $hosts as $h ) {
			$origins[] = $s . '://' . $h . $port;
		}
	}
	return array_values( array_unique( $origins ) );
}

/**
 * One request to the collector, as the connection test makes it.
 *
 * @param string               $url     The address.
 * @param array<string,string> $headers Extra headers.
 * @return array{status: int, body: mixed, headers: mixed, error: string}
 */
function netweave_collector_get( $url, $headers = array() ) {
	$response = wp_remote_get(
		$url,
		array(
			'timeout'     => 8,
			'redirection' => 0,
			'headers'     => array_merge( array( 'Accept' => 'application/json' ), $headers ),
		)
	);
	if ( is_wp_error( $response ) ) {
		return array(
			'status'  => 0,
			'body'    => null,
			'headers' => array(),
			'error'   => $response->get_error_message(),
		);
	}
	return array(
		'status'  => (int) wp_remote_retrieve_response_code( $response ),
		'body'    => json_decode( (string) wp_remote_retrieve_body( $response ), true ),
		'headers' => wp_remote_retrieve_headers( $response ),
		'error'   => '',
	);
}

/**
 * Runs the connection test.
 *
 * @param string      $collector The collector's address ('' for none).
 * @param string      $session   The session to check ('' for none).
 * @param string|null $home      The site's home address (default: home_url()).
 * @return array<int, array{check: string, ok: bool, message: string}> One entry a check; ok false
 *         means something to fix.
 */
function netweave_test_connection( $collector, $session, $home = null ) {
	$results = array();
	$add     = static function ( $check, $ok, $message ) use ( &$results ) {
		$results[] = array(
			'check'   => $check,
			'ok'      => (bool) $ok,
			'message' => $message,
		);
	};
	if ( '' === $collector ) {
		$add( 'collector', false, __( 'No collector address is set. Enter the address of your netweave collector (for example https://collect.example.org) and save. Until then, answers stay on each visitor’s device.', 'netweave' ) );
		return $results;
	}

	$health = netweave_collector_get( $collector . '/health' );
	$alive  = 200 === $health['status'] && is_array( $health['body'] ) && isset( $health['body']['status'] ) && 'ok' === $health['body']['status'];
	if ( ! $alive ) {
		$why = $health['error'] ? $health['error'] : sprintf( /* translators: %d: an HTTP status code */ __( 'it answered with status %d', 'netweave' ), $health['status'] );
		/* translators: 1: the collector's address, 2: why the request failed */
		$add( 'collector', false, sprintf( __( 'The collector at %1$s does not answer (%2$s). Check the address, and that the collector is running and reachable from this web server.', 'netweave' ), $collector, $why ) );
		return $results;
	}
	/* translators: %s: the collector's address */
	$add( 'collector', true, sprintf( __( 'The collector at %s answers.', 'netweave' ), $collector ) );

	$path = '';
	if ( '' === $session ) {
		$add( 'session', false, __( 'No default session is set. Enter the id of a session from the collector’s console (/admin), or give each shortcode and block its own session.', 'netweave' ) );
	} else {
		$path  = '/v1/sessions/' . rawurlencode( $session );
		$found = netweave_collector_get( $collector . $path );
		if ( 404 === $found['status'] ) {
			/* translators: %s: a session id */
			$add( 'session', false, sprintf( __( 'The collector has no session “%s”. Copy the session id from the collector’s console (/admin).', 'netweave' ), $session ) );
		} elseif ( 200 !== $found['status'] || ! is_array( $found['body'] ) ) {
			/* translators: 1: a session id, 2: an HTTP status code */
			$add( 'session', false, sprintf( __( 'The collector could not say whether session “%1$s” exists (status %2$d). Try again in a minute.', 'netweave' ), $session, $found['status'] ) );
		} elseif ( empty( $found['body']['open'] ) ) {
			/* translators: %s: a session id */
			$add( 'session', false, sprintf( __( 'Session “%s” is closed: it takes no more answers or commitments. Reopen it in the collector’s console, or choose an open session.', 'netweave' ), $session ) );
		} else {
			/* translators: %s: a session id */
			$add( 'session', true, sprintf( __( 'Session “%s” exists and is open.', 'netweave' ), $session ) );
		}
	}

	// Any route under /v1 is checked for the origin before anything else happens.
	$probe   = '' === $session ? '/v1/sessions/netweave-connection-test' : $path;
	$origins = netweave_site_origins( null === $home ? home_url() : $home );
	$refused = array();
	foreach ( $origins as $origin ) {
		$answer  = netweave_collector_get( $collector . $probe, array( 'Origin' => $origin ) );
		$allowed = isset( $answer['headers']['access-control-allow-origin'] ) ? $answer['headers']['access-control-allow-origin'] : '';
		$code    = is_array( $answer['body'] ) && isset( $answer['body']['error']['code'] ) ? $answer['body']['error']['code'] : '';
		if ( 0 === $answer['status'] || 'origin-not-allowed' === $code || ( 403 === $answer['status'] ) || ( $allowed !== $origin && '*' !== $allowed ) ) {
			$refused[] = $origin;
		}
	}
	if ( ! $origins ) {
		$add( 'origin', false, __( 'This site’s address (Settings → General) could not be read, so the origins to allow are unknown.', 'netweave' ) );
	} elseif ( in_array( $origins[0], $refused, true ) ) {
		$flags = implode( ' ', array_map( static function ( $o ) { return '--allow-origin ' . $o; }, $refused ) );
		/* translators: 1: this site's origin, 2: command-line flags, 3: the same origins comma-separated */
		$add( 'origin', false, sprintf( __( 'The collector does not allow this site (%1$s): visitors’ answers would be refused. Ask whoever runs the collector to start it with %2$s (or NETWEAVE_ALLOW_ORIGIN=%3$s).', 'netweave' ), $origins[0], $flags, implode( ',', $refused ) ) );
	} elseif ( $refused ) {
		$flags = implode( ' ', array_map( static function ( $o ) { return '--allow-origin ' . $o; }, $refused ) );
		/* translators: 1: this site's origin, 2: other origins, 3: command-line flags */
		$add( 'origin', false, sprintf( __( 'The collector allows this site (%1$s) but not %2$s. Visitors who reach the site at those addresses would have their answers refused: redirect them to %1$s, or ask whoever runs the collector to add %3$s.', 'netweave' ), $origins[0], implode( ', ', $refused ), $flags ) );
	} else {
		/* translators: %s: the origins checked */
		$add( 'origin', true, sprintf( __( 'The collector allows this site’s pages (%s).', 'netweave' ), implode( ', ', $origins ) ) );
	}
	return $results;
}
