<?php
/**
 * The three widgets: which attributes an author may set on each, and how each value is checked.
 *
 * The allow-lists live in widgets.json (read here and by the package's node tests, which check
 * every name against the widgets' Custom Elements Manifests). Anything not listed is dropped;
 * a listed value that does not fit its type is dropped too, so the widget uses its default.
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The widgets, keyed by short name (`self-assessment`, `commitments-wall`, `challenge-chart`).
 *
 * @return array<string, array{tag: string, package: string, script: string, attributes: array<string, array<string, mixed>>}>
 */
function netweave_widgets() {
	static $widgets = null;
	if ( null === $widgets ) {
		$json    = file_get_contents( NETWEAVE_PLUGIN_DIR . '/widgets.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$widgets = json_decode( (string) $json, true );
	}
	return $widgets;
}

/**
 * Whether a string is a session id the collector accepts (its `Id` schema).
 *
 * @param mixed $value A value.
 * @return bool
 */
function netweave_is_session_id( $value ) {
	return is_string( $value ) && strlen( $value ) <= 100 && 1 === preg_match( '/^[A-Za-z0-9][A-Za-z0-9._:-]*$/', $value );
}

/**
 * The language the widgets speak: Welsh when the locale WordPress determined is Welsh (so
 * multilingual plugins that switch the locale switch the widgets too), else English.
 *
 * @return string `cy` or `en`.
 */
function netweave_lang() {
	return 0 === strpos( determine_locale(), 'cy' ) ? 'cy' : 'en';
}

/**
 * Reads a column list as authors write it: columns separated by `|` or new lines, each a label
 * with an optional `:colour` at its end (`Worst results:yellow | We do this already:pink`).
 * Returns the widget's JSON, or null when nothing usable is left.
 *
 * @param string   $value   What the author wrote.
 * @param string[] $colours The colours the wall knows.
 * @return string|null
 */
function netweave_parse_columns( $value, $colours ) {
	$columns = array();
	foreach ( preg_split( '/[|\r\n]+/', (string) $value ) as $part ) {
		$part   = trim( $part );
		$colour = null;
		$cut    = strrpos( $part, ':' );
		if ( false !== $cut && in_array( strtolower( trim( substr( $part, $cut + 1 ) ) ), $colours, true ) ) {
			$colour = strtolower( trim( substr( $part, $cut + 1 ) ) );
			$part   = trim( substr( $part, 0, $cut ) );
		}
		$label = sanitize_text_field( $part );
		if ( '' === $label ) {
			continue;
		}
		$column = array( 'label' => mb_substr( $label, 0, 200 ) );
		if ( $colour ) {
			$column['colour'] = $colour;
		}
		$columns[] = $column;
		if ( count( $columns ) === 12 ) {
			break;
		}
	}
	return $columns ? wp_json_encode( $columns, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) : null;
}

/**
 * Checks one value against its rule. Returns the attribute's value as a string (`''` for a
 * boolean that is on), or null to leave the attribute out.
 *
 * @param array<string, mixed> $rule  The rule from widgets.json.
 * @param mixed                $value What the author gave.
 * @return string|null
 */
function netweave_sanitize_value( $rule, $value ) {
	if ( is_bool( $value ) ) {
		$value = $value ? 'true' : 'false';
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	switch ( $rule['type'] ) {
		case 'bool':
			return in_array( strtolower( $value ), array( '', '1', 'true', 'yes', 'on' ), true ) ? '' : null;
		case 'int':
			if ( ! preg_match( '/^-?\d{1,9}$/', $value ) ) {
				return null;
			}
			$number = (int) $value;
			return ( $number >= $rule['min'] && $number <= $rule['max'] ) ? (string) $number : null;
		case 'enum':
			$value = strtolower( $value );
			return in_array( $value, $rule['values'], true ) ? $value : null;
		case 'url':
			// Only https addresses (what the widgets fetch from must not be downgraded or a script).
			$url = esc_url_raw( $value, array( 'https' ) );
			return ( '' !== $url && 0 === strpos( $url, 'https://' ) ) ? $url : null;
		case 'text':
			$text = sanitize_text_field( $value );
			return '' === $text ? null : mb_substr( $text, 0, (int) $rule['max'] );
		case 'columns':
			return netweave_parse_columns( $value, $rule['colours'] );
	}
	return null;
}

/**
 * The attributes of one widget element from what an author gave (shortcode or block), allow-listed
 * and typed. Names may be written with `-` or `_` (`max-length`, `max_length`) or in camelCase
 * (`maxLength`, as blocks store them).
 *
 * @param string               $widget The widget's short name.
 * @param array<string, mixed> $given  The author's attributes.
 * @return array<string, string> Attribute name => value (`''` for a boolean that is on).
 */
function netweave_widget_attributes( $widget, $given ) {
	$widgets = netweave_widgets();
	$out     = array();
	$byname  = array();
	foreach ( (array) $given as $name => $value ) {
		$key            = strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', (string) $name ) );
		$byname[ str_replace( '_', '-', $key ) ] = $value;
	}
	foreach ( $widgets[ $widget ]['attributes'] as $name => $rule ) {
		if ( ! array_key_exists( $name, $byname ) ) {
			continue;
		}
		$clean = netweave_sanitize_value( $rule, $byname[ $name ] );
		if ( null !== $clean ) {
			$out[ $name ] = $clean;
		}
	}
	return $out;
}
