<?php
/**
 * Loads the throwaway WordPress that scripts/wp-test.mjs started (Debian's, whose wp-config.php
 * reads /etc/wordpress/config-<NETWEAVE_WP_CONFIG>.php, or WordPress 6.5 in NETWEAVE_WP_ROOT), with
 * the plugin active. The WordPress
 * test library is in neither Debian nor npm: the tests are plain PHPUnit test cases on a real site.
 *
 * Given to PHP as auto_prepend_file (see scripts/wp-test.mjs), so WordPress loads in the global
 * scope as it does for a web request: PHPUnit includes its bootstrap file inside a function, where
 * WordPress's file-level variables ($shortcode_tags, $wp_locale…) would not be globals.
 *
 * @package netweave
 */

foreach ( array( 'NETWEAVE_WP_CONFIG', 'NETWEAVE_WP_HOST', 'NETWEAVE_COLLECTOR' ) as $netweave_variable ) {
	if ( ! getenv( $netweave_variable ) ) {
		fwrite( STDERR, "$netweave_variable is not set: run the PHPUnit tests through `npm run test:wp -w @netweave/wordpress`.\n" );
		exit( 1 );
	}
}
$_SERVER['HTTP_HOST']        = getenv( 'NETWEAVE_WP_HOST' );
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'NETWEAVE_WP_CONFIG' );

// Debian's WordPress, or the one scripts/wp-env.mjs unpacked (NETWEAVE_WP_ROOT: WordPress 6.5).
require ( getenv( 'NETWEAVE_WP_ROOT' ) ? getenv( 'NETWEAVE_WP_ROOT' ) : '/usr/share/wordpress' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
// WordPress 6.1 on PHP 8.2 reports deprecations of its own; the tests assert on the plugin.
error_reporting( E_ALL & ~E_DEPRECATED & ~E_USER_DEPRECATED );
