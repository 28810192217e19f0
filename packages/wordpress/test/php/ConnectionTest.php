<?php
/**
 * "Test connection" against a real collector (started by scripts/wp-test.mjs with this site's
 * origins allowed, an open session and a closed one).
 *
 * @package netweave
 */

namespace Netweave\Tests;

final class ConnectionTest extends TestCase {
	private function checks( array $results ): array {
		$out = array();
		foreach ( $results as $r ) {
			$out[ $r['check'] ] = $r;
		}
		return $out;
	}

	public function test_all_is_well_with_an_open_session_and_this_site_allowed(): void {
		$results = netweave_test_connection( getenv( 'NETWEAVE_COLLECTOR' ), getenv( 'NETWEAVE_OPEN_SESSION' ) );
		$this->assertSame( array( 'collector', 'session', 'origin' ), array_column( $results, 'check' ) );
		foreach ( $results as $r ) {
			$this->assertTrue( $r['ok'], $r['message'] );
		}
	}

	public function test_no_address_and_a_collector_that_does_not_answer_say_what_to_fix(): void {
		$none = netweave_test_connection( '', 'x' );
		$this->assertFalse( $none[0]['ok'] );
		$this->assertStringContainsString( 'No collector address is set', $none[0]['message'] );

		$down = $this->checks( netweave_test_connection( 'http://127.0.0.1:9', 'x' ) );
		$this->assertFalse( $down['collector']['ok'] );
		$this->assertStringContainsString( 'does not answer', $down['collector']['message'] );
		$this->assertArrayNotHasKey( 'session', $down );
	}

	public function test_an_unknown_or_closed_session_is_named_with_what_to_do(): void {
		$unknown = $this->checks( netweave_test_connection( getenv( 'NETWEAVE_COLLECTOR' ), 'no-such-session' ) );
		$this->assertTrue( $unknown['collector']['ok'] );
		$this->assertFalse( $unknown['session']['ok'] );
		$this->assertStringContainsString( 'has no session “no-such-session”', $unknown['session']['message'] );
		$this->assertTrue( $unknown['origin']['ok'], 'the origin is still checked' );

		$closed = $this->checks( netweave_test_connection( getenv( 'NETWEAVE_COLLECTOR' ), getenv( 'NETWEAVE_CLOSED_SESSION' ) ) );
		$this->assertFalse( $closed['session']['ok'] );
		$this->assertStringContainsString( 'is closed', $closed['session']['message'] );

		$missing = $this->checks( netweave_test_connection( getenv( 'NETWEAVE_COLLECTOR' ), '' ) );
		$this->assertFalse( $missing['session']['ok'] );
		$this->assertStringContainsString( 'No default session is set', $missing['session']['message'] );
	}

	public function test_a_site_the_collector_does_not_allow_gets_the_flags_to_add(): void {
		$results = $this->checks( netweave_test_connection( getenv( 'NETWEAVE_COLLECTOR' ), getenv( 'NETWEAVE_OPEN_SESSION' ), 'https://www.partner.example' ) );
		$this->assertFalse( $results['origin']['ok'] );
		$message = $results['origin']['message'];
		$this->assertStringContainsString( 'does not allow this site (https://www.partner.example)', $message );
		foreach ( array( 'https://www.partner.example', 'https://partner.example', 'http://www.partner.example', 'http://partner.example' ) as $origin ) {
			$this->assertStringContainsString( "--allow-origin $origin", $message );
		}
	}

	public function test_the_origins_of_a_site_with_and_without_www_over_https_and_http(): void {
		$this->assertSame(
			array( 'https://example.org', 'https://www.example.org', 'http://example.org', 'http://www.example.org' ),
			netweave_site_origins( 'https://example.org/blog/' )
		);
		$this->assertSame(
			array( 'http://www.example.org:8080', 'https://www.example.org:8080', 'https://example.org:8080', 'http://example.org:8080' ),
			netweave_site_origins( 'http://www.example.org:8080' )
		);
		$this->assertSame( array( 'http://127.0.0.1:8080', 'https://127.0.0.1:8080' ), netweave_site_origins( 'http://127.0.0.1:8080' ) );
		$this->assertSame( array( 'http://localhost', 'https://localhost' ), netweave_site_origins( 'http://localhost' ) );
	}

	public function test_the_settings_page_runs_the_test_for_an_administrator_with_a_nonce(): void {
		$this->be( 'administrator' );
		$this->settings( getenv( 'NETWEAVE_COLLECTOR' ), 'no-such-session' );
		$_GET['netweave-test']     = '1';
		$_REQUEST['_wpnonce']      = wp_create_nonce( 'netweave-test' );
		ob_start();
		netweave_settings_page();
		$page = ob_get_clean();
		unset( $_GET['netweave-test'], $_REQUEST['_wpnonce'] );
		$this->assertStringContainsString( 'To fix:', $page );
		$this->assertStringContainsString( 'has no session', $page );
	}
}
