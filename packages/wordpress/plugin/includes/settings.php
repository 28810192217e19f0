<?php
/**
 * The plugin's one option, `netweave_settings`: the collector's address and the default session.
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const NETWEAVE_OPTION = 'netweave_settings';

/**
 * The settings, with defaults.
 *
 * @return array{collector_url: string, default_session: string}
 */
function netweave_settings() {
	$saved = get_option( NETWEAVE_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'collector_url'   => isset( $saved['collector_url'] ) ? (string) $saved['collector_url'] : '',
		'default_session' => isset( $saved['default_session'] ) ? (string) $saved['default_session'] : '',
	);
}

/**
 * Checks a collector address. https only, except on this machine (localhost, 127.0.0.1, ::1),
 * where a collector under test may speak http. No user name, password, query or fragment.
 *
 * @param string $url What the administrator typed.
 * @return string|WP_Error The address without a trailing slash ('' for none), or what is wrong.
 */
function netweave_check_collector_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url ) {
		return '';
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return new WP_Error( 'netweave-url', __( 'The collector address must be a full web address, such as https://collect.example.org.', 'netweave' ) );
	}
	$scheme = strtolower( $parts['scheme'] );
	$host   = strtolower( trim( $parts['host'], '[]' ) );
	$local  = in_array( $host, array( 'localhost', '127.0.0.1', '::1' ), true );
	if ( 'https' !== $scheme && ! ( 'http' === $scheme && $local ) ) {
		return new WP_Error( 'netweave-url', __( 'The collector address must start with https:// (http:// only works for a collector on this computer, localhost).', 'netweave' ) );
	}
	if ( isset( $parts['user'] ) || isset( $parts['pass'] ) || isset( $parts['query'] ) || isset( $parts['fragment'] ) ) {
		return new WP_Error( 'netweave-url', __( 'The collector address must not contain a user name, a password, a ? or a #.', 'netweave' ) );
	}
	$clean = esc_url_raw( $scheme . '://' . ( false !== strpos( $host, ':' ) ? '[' . $host . ']' : $host ) . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' ) . ( isset( $parts['path'] ) ? $parts['path'] : '' ), array( 'http', 'https' ) );
	if ( '' === $clean ) {
		return new WP_Error( 'netweave-url', __( 'The collector address must be a full web address, such as https://collect.example.org.', 'netweave' ) );
	}
	return untrailingslashit( $clean );
}

/**
 * The sanitize callback of the option: keeps what was saved before for a field that is wrong, and
 * says why on the settings page.
 *
 * @param mixed $input The submitted settings.
 * @return array{collector_url: string, default_session: string}
 */
function netweave_sanitize_settings( $input ) {
	$old   = netweave_settings();
	$input = is_array( $input ) ? $input : array();
	$out   = $old;

	$url = netweave_check_collector_url( isset( $input['collector_url'] ) ? wp_unslash( $input['collector_url'] ) : '' );
	if ( is_wp_error( $url ) ) {
		add_settings_error( NETWEAVE_OPTION, 'netweave-url', $url->get_error_message() );
	} else {
		$out['collector_url'] = $url;
	}

	$session = trim( isset( $input['default_session'] ) ? (string) wp_unslash( $input['default_session'] ) : '' );
	if ( '' === $session || netweave_is_session_id( $session ) ) {
		$out['default_session'] = $session;
	} else {
		add_settings_error( NETWEAVE_OPTION, 'netweave-session', __( 'A session id has only letters, digits, dots, colons, hyphens and underscores, and starts with a letter or a digit. Copy it from the collector’s console.', 'netweave' ) );
	}
	return $out;
}

add_action(
	'init',
	static function () {
		register_setting(
			'netweave',
			NETWEAVE_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => 'netweave_sanitize_settings',
				'default'           => array(
					'collector_url'   => '',
					'default_session' => '',
				),
				'show_in_rest'      => false,
			)
		);
	}
);
