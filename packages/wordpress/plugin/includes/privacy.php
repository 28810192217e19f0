<?php
/**
 * The text this plugin suggests for the site's privacy policy (Settings → Privacy → Policy Guide).
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The suggested text, as HTML.
 *
 * @return string
 */
function netweave_privacy_text() {
	$settings  = netweave_settings();
	$collector = '' !== $settings['collector_url'] ? $settings['collector_url'] : __( '(no collector is set up: nothing is sent)', 'netweave' );
	$paragraphs = array(
		__( 'Some pages on this site use the netweave self-assessment, commitments wall or challenge chart.', 'netweave' ),
		__( 'Kept on your device: your answers while you work on the self-assessment, your completed assessments, anything waiting to be sent, and a random identifier for this browser (sent with posts and with “I’ll do this too” so that each counts once), in your browser’s local storage for this site. Nothing is kept in cookies. You can remove your answers with the self-assessment’s “Forget my answers on this device” button, or by clearing this site’s data in your browser.', 'netweave' ),
		__( 'Sent, only when you choose to send it: your ratings of the challenges, any other challenge you describe and its rating, and, if you give them, your sector, nation and region (no name or e-mail address is asked for); and the commitments you post on a wall. Commitments are public on the wall once posted (or once a moderator approves them).', 'netweave' ),
		/* translators: %s: the collector's address */
		sprintf( __( 'To whom: the netweave collector (address: %s), run by or for the organisers of the session. It keeps a one-way hash of your internet address for rate limits, never the address itself. The widgets load nothing from other sites.', 'netweave' ), $collector ),
	);
	return '<p>' . implode( '</p><p>', array_map( 'esc_html', $paragraphs ) ) . '</p>';
}

add_action(
	'admin_init',
	static function () {
		if ( function_exists( 'wp_add_privacy_policy_content' ) ) {
			wp_add_privacy_policy_content( __( 'netweave', 'netweave' ), wp_kses_post( netweave_privacy_text() ) );
		}
	}
);
