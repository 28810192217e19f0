<?php
/**
 * Plugin Name:       netweave
 * Plugin URI:        https://github.com/netweave/netweave
 * Description:       The network-weaving self-assessment, commitments wall and challenge chart as shortcodes and blocks that every author can use, in English and Welsh.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            netweave
 * License:           MIT
 * Text Domain:       netweave
 * Domain Path:       /languages
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'NETWEAVE_PLUGIN_FILE', __FILE__ );
define( 'NETWEAVE_PLUGIN_DIR', __DIR__ );
define( 'NETWEAVE_PLUGIN_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/connection.php';
require_once __DIR__ . '/includes/admin.php';
require_once __DIR__ . '/includes/privacy.php';

/**
 * Loads the plugin's translations for the locale WordPress determined (determine_locale()).
 *
 * @return void
 */
function netweave_load_textdomain() {
	unload_textdomain( 'netweave' );
	load_plugin_textdomain( 'netweave', false, dirname( plugin_basename( NETWEAVE_PLUGIN_FILE ) ) . '/languages' );
}
add_action( 'init', 'netweave_load_textdomain', 0 );
// Multilingual plugins switch the locale (switch_to_locale) for a page in another language.
add_action( 'change_locale', 'netweave_load_textdomain' );
