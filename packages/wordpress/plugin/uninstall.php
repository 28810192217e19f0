<?php
/**
 * Uninstall: removes the plugin's own option, on every site of a network. Posts, their shortcodes
 * and blocks are left as they are (they show nothing without the plugin).
 *
 * @package netweave
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $netweave_site ) {
		switch_to_blog( $netweave_site );
		delete_option( 'netweave_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'netweave_settings' );
}
