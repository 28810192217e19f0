<?php
/**
 * Loading the widgets: only those a page uses, as ES modules from the plugin's own folder (the
 * widgets' CDN files with their chunks, copied in by the build), each at its package's version.
 *
 * WordPress 6.5 and later: the script-module API. WordPress 6.1–6.4: a classic script handle made
 * a module by a `script_loader_tag` filter that touches only this plugin's handles.
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The widgets' versions, written by the build from their package.json files.
 *
 * @return array<string, string>
 */
function netweave_asset_versions() {
	static $versions = null;
	if ( null === $versions ) {
		$file     = NETWEAVE_PLUGIN_DIR . '/assets/versions.json';
		$versions = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : array(); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$versions = is_array( $versions ) ? $versions : array();
	}
	return $versions;
}

/**
 * The script handle (and, on 6.5+, the script module id) of a widget.
 *
 * @param string $widget The widget's short name.
 * @return string
 */
function netweave_handle( $widget ) {
	return 'netweave-' . $widget;
}

/**
 * Whether WordPress has the script-module API (6.5+). A filter lets tests take the older path.
 *
 * @return bool
 */
function netweave_use_script_modules() {
	return (bool) apply_filters( 'netweave_use_script_modules', function_exists( 'wp_enqueue_script_module' ) );
}

/**
 * Asks WordPress to load one widget's file on this page (once, however many times it is used).
 *
 * @param string $widget The widget's short name.
 * @return void
 */
function netweave_enqueue_widget( $widget ) {
	$widgets = netweave_widgets();
	if ( ! isset( $widgets[ $widget ] ) ) {
		return;
	}
	$versions = netweave_asset_versions();
	$src      = plugins_url( 'assets/' . $widgets[ $widget ]['script'], NETWEAVE_PLUGIN_FILE );
	$version  = isset( $versions[ $widget ] ) ? $versions[ $widget ] : NETWEAVE_PLUGIN_VERSION;
	if ( netweave_use_script_modules() ) {
		wp_enqueue_script_module( netweave_handle( $widget ), $src, array(), $version );
	} else {
		wp_enqueue_script( netweave_handle( $widget ), $src, array(), $version, true );
	}
}

/**
 * Makes this plugin's classic script tags modules (WordPress before 6.5), and marks them for
 * "combine/delay JavaScript" optimisers to leave alone. Other handles are returned untouched.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @param string $src    Its address.
 * @return string
 */
function netweave_script_loader_tag( $tag, $handle, $src ) {
	$ours = array_map( 'netweave_handle', array_keys( netweave_widgets() ) );
	if ( ! in_array( $handle, $ours, true ) ) {
		return $tag;
	}
	return sprintf(
		'<script type="module" src="%s" id="%s-js" data-no-optimize="1" data-no-defer="1" data-no-minify="1" data-cfasync="false"></script>' . "\n",
		esc_url( $src ),
		esc_attr( $handle )
	);
}
add_filter( 'script_loader_tag', 'netweave_script_loader_tag', 10, 3 );

/**
 * The same marks on this plugin's script modules (WordPress 6.5+, printed through
 * wp_print_script_tag, whose attributes pass this filter).
 *
 * @param array<string, mixed> $attributes The tag's attributes.
 * @return array<string, mixed>
 */
function netweave_script_attributes( $attributes ) {
	if ( isset( $attributes['id'] ) && preg_match( '/^netweave-(self-assessment|commitments-wall|challenge-chart)-js-module$/', (string) $attributes['id'] ) ) {
		$attributes['data-no-optimize'] = '1';
		$attributes['data-no-defer']    = '1';
		$attributes['data-no-minify']   = '1';
		$attributes['data-cfasync']     = 'false';
	}
	return $attributes;
}
add_filter( 'wp_script_attributes', 'netweave_script_attributes' );
