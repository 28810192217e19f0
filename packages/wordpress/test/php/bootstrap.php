<?php
/**
 * PHPUnit's bootstrap: WordPress is already loaded (load-wordpress.php, PHP's auto_prepend_file).
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	fwrite( STDERR, "WordPress is not loaded: run the PHPUnit tests through `npm run test:wp -w @netweave/wordpress`.\n" );
	exit( 1 );
}
require_once __DIR__ . '/TestCase.php';
