<?php
/**
 * Blocks: one dynamic block per widget (netweave/self-assessment, netweave/commitments-wall,
 * netweave/challenge-chart). The page gets what the shortcode would give; the editor shows a
 * placeholder and a sidebar (session, layout, options). Their block.json files are written by the
 * build from widgets.json, the same allow-lists the shortcodes use.
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * What the editor script needs: each widget's fields with their labels in the site's language.
 *
 * @return array<string, mixed>
 */
function netweave_editor_data() {
	$labels = array(
		'session'       => __( 'Session', 'netweave' ),
		'layout'        => __( 'Layout', 'netweave' ),
		'catalogue-src' => __( 'Challenge catalogue (https address of a JSON file)', 'netweave' ),
		'threshold'     => __( 'Rating from which a challenge is a top area (0–4)', 'netweave' ),
		'no-about-you'  => __( 'Leave out the “about you” questions', 'netweave' ),
		'no-submit'     => __( 'Never offer to send the answers', 'netweave' ),
		'prompt'        => __( 'Prompt above the form', 'netweave' ),
		'max-length'    => __( 'Longest commitment (characters)', 'netweave' ),
		'moderation'    => __( 'Moderation', 'netweave' ),
		'preset'        => __( 'Board', 'netweave' ),
		'columns'       => __( 'Columns (one a line; a colour may follow a colon: Ideas:yellow)', 'netweave' ),
		'display'       => __( 'Projector mode', 'netweave' ),
		'src'           => __( 'Summary file (https address)', 'netweave' ),
		'sort'          => __( 'Order of the bars', 'netweave' ),
		'top'           => __( 'Show only the most often identified (0: all)', 'netweave' ),
		'measure'       => __( 'Bar length', 'netweave' ),
		'group-layout'  => __( 'Groups', 'netweave' ),
		'label'         => __( 'Chart title', 'netweave' ),
		'no-export'     => __( 'Hide the download buttons', 'netweave' ),
		'batch'         => __( 'Redraw after this many more responses (at least 5)', 'netweave' ),
	);
	$values = array(
		'single'    => __( 'Every question on one page', 'netweave' ),
		'stepper'   => __( 'One question at a time', 'netweave' ),
		'none'      => __( 'None: posts appear at once', 'netweave' ),
		'pre'       => __( 'Before: posts wait for approval', 'netweave' ),
		'post'      => __( 'After: moderators hide posts', 'netweave' ),
		'triz'      => __( 'TRIZ (three rounds)', 'netweave' ),
		'frequency' => __( 'Most often identified first', 'netweave' ),
		'catalogue' => __( 'As in the catalogue', 'netweave' ),
		'percent'   => __( 'Percentage of respondents', 'netweave' ),
		'count'     => __( 'Number of respondents', 'netweave' ),
		'grouped'   => __( 'Bars side by side', 'netweave' ),
		'multiples' => __( 'One small chart per group', 'netweave' ),
	);
	$settings = netweave_settings();
	$widgets  = array();
	foreach ( netweave_widgets() as $name => $widget ) {
		$fields = array();
		foreach ( $widget['attributes'] as $attribute => $rule ) {
			$field = array(
				'name'  => $attribute,
				'key'   => lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute ) ) ) ),
				'type'  => $rule['type'],
				'label' => isset( $labels[ $attribute ] ) ? $labels[ $attribute ] : $attribute,
			);
			if ( 'enum' === $rule['type'] ) {
				$field['options'] = array();
				foreach ( $rule['values'] as $value ) {
					$field['options'][] = array(
						'value' => $value,
						'label' => isset( $values[ $value ] ) ? $values[ $value ] : $value,
					);
				}
			}
			if ( 'int' === $rule['type'] ) {
				$field['min'] = $rule['min'];
				$field['max'] = $rule['max'];
			}
			$fields[] = $field;
		}
		$widgets[ $name ] = array(
			'title'  => netweave_widget_title( $name ),
			'fields' => $fields,
		);
	}
	return array(
		'widgets'        => $widgets,
		'defaultSession' => $settings['default_session'],
		'hasCollector'   => '' !== $settings['collector_url'],
		'text'           => array(
			'settings'     => __( 'Settings', 'netweave' ),
			'session'      => __( 'Session', 'netweave' ),
			'options'      => __( 'Options', 'netweave' ),
			'default'      => __( 'Default', 'netweave' ),
			'sessionHelp'  => __( 'Leave empty for the default session set under Settings → netweave.', 'netweave' ),
			'sessionShown' => __( 'Session: %s', 'netweave' ),
			'noSession'    => __( 'No session: answers stay on each visitor’s device.', 'netweave' ),
			'noCollector'  => __( 'No collector is set up yet (Settings → netweave): answers stay on each visitor’s device.', 'netweave' ),
			'preview'      => __( 'The widget appears here on the published page.', 'netweave' ),
		),
	);
}

/**
 * A widget's name in the site's language.
 *
 * @param string $widget The widget's short name.
 * @return string
 */
function netweave_widget_title( $widget ) {
	$titles = array(
		'self-assessment'  => __( 'Network self-assessment', 'netweave' ),
		'commitments-wall' => __( 'Commitments wall', 'netweave' ),
		'challenge-chart'  => __( 'Challenge chart', 'netweave' ),
	);
	return isset( $titles[ $widget ] ) ? $titles[ $widget ] : $widget;
}

add_action(
	'init',
	static function () {
		wp_register_script(
			'netweave-block-editor',
			plugins_url( 'editor/blocks.js', NETWEAVE_PLUGIN_FILE ),
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
			NETWEAVE_PLUGIN_VERSION,
			true
		);
		foreach ( array_keys( netweave_widgets() ) as $widget ) {
			$dir = NETWEAVE_PLUGIN_DIR . '/blocks/' . $widget;
			if ( ! file_exists( $dir . '/block.json' ) ) {
				continue;
			}
			register_block_type(
				$dir,
				array(
					'render_callback' => static function ( $attributes, $content = '', $block = null ) use ( $widget ) {
						$classes = array( 'wp-block-netweave-' . $widget );
						if ( ! empty( $attributes['className'] ) ) {
							$classes = array_merge( $classes, preg_split( '/\s+/', (string) $attributes['className'] ) );
						}
						return netweave_render( $widget, (array) $attributes, $classes );
					},
				)
			);
		}
	}
);

add_action(
	'enqueue_block_editor_assets',
	static function () {
		wp_add_inline_script( 'netweave-block-editor', 'window.netweaveBlocks = ' . wp_json_encode( netweave_editor_data() ) . ';', 'before' );
	}
);
