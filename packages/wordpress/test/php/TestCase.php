<?php
/**
 * What every netweave test shares: users by role, a clean script queue, settings put back.
 *
 * @package netweave
 */

namespace Netweave\Tests;

abstract class TestCase extends \PHPUnit\Framework\TestCase {
	/** @var mixed */
	private $saved_settings;

	protected function setUp(): void {
		$this->saved_settings = get_option( 'netweave_settings', null );
		$GLOBALS['wp_scripts'] = null;
		wp_scripts();
		wp_set_current_user( 0 );
	}

	protected function tearDown(): void {
		if ( null === $this->saved_settings ) {
			delete_option( 'netweave_settings' );
		} else {
			update_option( 'netweave_settings', $this->saved_settings );
		}
		if ( is_locale_switched() ) {
			restore_previous_locale();
		}
		wp_set_current_user( 0 );
	}

	/** Signs in as the test site's user with this role (scripts/wp-env.mjs made one of each). */
	protected function be( string $role ): \WP_User {
		$users = get_users( array( 'role' => $role, 'number' => 1 ) );
		$this->assertNotEmpty( $users, "a user with the role $role" );
		wp_set_current_user( $users[0]->ID );
		return $users[0];
	}

	protected function settings( string $collector, string $session ): void {
		update_option( 'netweave_settings', array( 'collector_url' => $collector, 'default_session' => $session ) );
	}

	/** The page's HTML as a DOM (HTML5 custom elements are fine for libxml with errors off). */
	protected function dom( string $html ): \DOMXPath {
		$doc = new \DOMDocument();
		libxml_use_internal_errors( true );
		$doc->loadHTML( '<!doctype html><html><body>' . $html . '</body></html>' );
		libxml_clear_errors();
		return new \DOMXPath( $doc );
	}

	/** Attribute name => value of the first element matching an XPath query. */
	protected function attributes( string $html, string $query ): array {
		$nodes = $this->dom( $html )->query( $query );
		$this->assertGreaterThan( 0, $nodes->length, "$query in: $html" );
		$out = array();
		foreach ( $nodes->item( 0 )->attributes as $attribute ) {
			$out[ $attribute->name ] = $attribute->value;
		}
		return $out;
	}
}
