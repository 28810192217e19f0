<?php
/**
 * Settings: who may change them, what is accepted, privacy text, uninstall.
 *
 * @package netweave
 */

namespace Netweave\Tests;

final class SettingsTest extends TestCase {
	public function test_the_collector_address_must_be_https_except_on_this_computer(): void {
		$accepted = array(
			'https://collect.example.org'          => 'https://collect.example.org',
			'https://collect.example.org/'         => 'https://collect.example.org',
			' https://collect.example.org/nw/ '    => 'https://collect.example.org/nw',
			'HTTPS://Collect.Example.org:8443'     => 'https://collect.example.org:8443',
			'http://localhost:8787'                => 'http://localhost:8787',
			'http://127.0.0.1:8787/'               => 'http://127.0.0.1:8787',
			'http://[::1]:8787'                    => 'http://[::1]:8787',
			''                                     => '',
		);
		foreach ( $accepted as $given => $expected ) {
			$this->assertSame( $expected, netweave_check_collector_url( $given ), $given );
		}
		$refused = array( 'http://collect.example.org', 'http://localhost.example.org', 'ftp://collect.example.org', 'javascript:alert(1)', 'collect.example.org', 'https://user:pw@collect.example.org', 'https://collect.example.org/?x=1', 'https://collect.example.org/#x', 'https://' );
		foreach ( $refused as $given ) {
			$this->assertInstanceOf( \WP_Error::class, netweave_check_collector_url( $given ), $given );
		}
	}

	public function test_a_wrong_value_is_not_saved_and_the_page_says_why(): void {
		$this->settings( 'https://good.example.org', 'good-session' );
		global $wp_settings_errors;
		$wp_settings_errors = array();
		$saved = netweave_sanitize_settings( array( 'collector_url' => 'http://collect.example.org', 'default_session' => 'bad session"><script>' ) );
		$this->assertSame( array( 'collector_url' => 'https://good.example.org', 'default_session' => 'good-session' ), $saved );
		$codes = wp_list_pluck( get_settings_errors( 'netweave_settings' ), 'code' );
		$this->assertSame( array( 'netweave-url', 'netweave-session' ), $codes );
		$this->assertStringContainsString( 'https://', get_settings_errors( 'netweave_settings' )[0]['message'] );

		$saved = netweave_sanitize_settings( array( 'collector_url' => 'https://new.example.org/', 'default_session' => 'leeds-2026:a.b_c' ) );
		$this->assertSame( array( 'collector_url' => 'https://new.example.org', 'default_session' => 'leeds-2026:a.b_c' ), $saved );
		$this->assertSame( 'netweave_sanitize_settings', get_registered_settings()['netweave_settings']['sanitize_callback'] );
	}

	public function test_only_administrators_see_the_settings_page(): void {
		foreach ( array( 'author', 'contributor', 'editor' ) as $role ) {
			if ( ! get_users( array( 'role' => $role, 'number' => 1 ) ) ) {
				continue;
			}
			$this->be( $role );
			ob_start();
			netweave_settings_page();
			$this->assertSame( '', ob_get_clean(), $role );
		}
		$this->be( 'administrator' );
		$this->settings( 'https://collect.example.org', 'leeds-2026' );
		ob_start();
		netweave_settings_page();
		$page = ob_get_clean();
		$this->assertStringContainsString( 'value="https://collect.example.org"', $page );
		$this->assertStringContainsString( 'Test connection', $page );
	}

	public function test_the_privacy_guide_says_what_is_kept_what_is_sent_and_to_whom(): void {
		$this->settings( 'https://collect.example.org', '' );
		$text = netweave_privacy_text();
		$this->assertStringContainsString( 'local storage', $text );
		$this->assertStringContainsString( 'ratings of the challenges', $text );
		$this->assertStringContainsString( 'https://collect.example.org', $text );
		$this->assertStringContainsString( 'no name or e-mail address', $text );
		$this->assertSame( $text, wp_kses_post( $text ) );
	}

	public function test_uninstall_removes_the_option_and_touches_no_post(): void {
		$this->settings( 'https://collect.example.org', 'leeds-2026' );
		$id = wp_insert_post( array( 'post_title' => 'Keep', 'post_status' => 'publish', 'post_content' => '[netweave_self_assessment]' ) );
		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'netweave/netweave.php' );
		}
		include WP_PLUGIN_DIR . '/netweave/uninstall.php';
		$this->assertSame( 'gone', get_option( 'netweave_settings', 'gone' ) );
		$this->assertSame( '[netweave_self_assessment]', get_post( $id )->post_content );
		wp_delete_post( $id, true );
	}
}
