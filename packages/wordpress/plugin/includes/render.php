<?php
/**
 * The HTML a shortcode or block puts on the page, the same for every visitor (no user, nonce or
 * time in it), so page caches can keep it.
 *
 * One page section = one plain <div> (a block in the theme's content column, which a
 * <netweave-provider> is not: its `display: contents` takes it out of the column's layout), holding
 * one <netweave-provider> with the collector, the session and the language, holding the widget.
 * Every provider on a page keeps one store per collector, so several widgets on one page open one
 * live connection to it, whichever section they are in.
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Renders one widget.
 *
 * @param string               $widget  The widget's short name.
 * @param array<string, mixed> $given   The author's attributes (shortcode or block).
 * @param string[]             $classes More classes for the wrapper (a block's).
 * @return string
 */
function netweave_render( $widget, $given, $classes = array() ) {
	$widgets = netweave_widgets();
	if ( ! isset( $widgets[ $widget ] ) ) {
		return '';
	}
	$given    = (array) $given;
	$settings = netweave_settings();
	$session  = isset( $given['session'] ) && netweave_is_session_id( trim( (string) $given['session'] ) )
		? trim( (string) $given['session'] )
		: $settings['default_session'];
	$lang     = isset( $given['lang'] ) && in_array( $given['lang'], array( 'en', 'cy' ), true ) ? $given['lang'] : netweave_lang();

	$provider = array( 'lang' => $lang );
	if ( '' !== $session ) {
		$provider['session'] = $session;
	}
	if ( '' !== $settings['collector_url'] ) {
		$provider['endpoint'] = $settings['collector_url'];
	}

	netweave_enqueue_widget( $widget );

	$tag = $widgets[ $widget ]['tag'];
	return sprintf(
		'<div class="%1$s" lang="%3$s"><netweave-provider%4$s><%5$s%6$s></%5$s></netweave-provider></div>',
		esc_attr( implode( ' ', array_filter( array_map( 'sanitize_html_class', array_merge( array( 'netweave-embed', 'netweave-embed--' . $widget ), $classes ) ) ) ) ),
		'',
		esc_attr( $lang ),
		netweave_html_attributes( $provider ),
		$tag,
		netweave_html_attributes( netweave_widget_attributes( $widget, $given ) )
	);
}

/**
 * Attributes as HTML, every value escaped (`''` writes a boolean attribute).
 *
 * @param array<string, string> $attributes Name => value.
 * @return string
 */
function netweave_html_attributes( $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$name  = preg_replace( '/[^a-z0-9-]/', '', strtolower( (string) $name ) );
		$html .= '' === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	return $html;
}
