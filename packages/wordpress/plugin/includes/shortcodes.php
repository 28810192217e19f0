<?php
/**
 * Shortcodes: [netweave_self_assessment], [netweave_commitments_wall], [netweave_challenge_chart].
 * Every role that may write posts may use them (kses keeps shortcodes for everyone, unlike a
 * pasted <script> and custom elements).
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * A shortcode's attributes with flags written without a value (`[… no-export]`) turned on.
 *
 * @param mixed $atts What WordPress parsed.
 * @return array<string, mixed>
 */
function netweave_shortcode_atts( $atts ) {
	$out = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$out[ strtolower( (string) $value ) ] = '';
		} else {
			$out[ $name ] = $value;
		}
	}
	return $out;
}

add_action(
	'init',
	static function () {
		foreach ( array_keys( netweave_widgets() ) as $widget ) {
			add_shortcode(
				'netweave_' . str_replace( '-', '_', $widget ),
				static function ( $atts ) use ( $widget ) {
					return netweave_render( $widget, netweave_shortcode_atts( $atts ) );
				}
			);
		}
	}
);
