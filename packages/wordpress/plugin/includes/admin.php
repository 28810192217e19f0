<?php
/**
 * Settings → netweave (administrators only: manage_options): the collector's address, the default
 * session, and "Test connection".
 *
 * @package netweave
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'admin_menu',
	static function () {
		add_options_page(
			__( 'netweave', 'netweave' ),
			__( 'netweave', 'netweave' ),
			'manage_options',
			'netweave',
			'netweave_settings_page'
		);
	}
);

/**
 * Prints the settings page.
 *
 * @return void
 */
function netweave_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = netweave_settings();
	$results  = null;
	if ( isset( $_GET['netweave-test'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification -- checked just below.
		check_admin_referer( 'netweave-test' );
		$results = netweave_test_connection( $settings['collector_url'], $settings['default_session'] );
	}
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'netweave', 'netweave' ); ?></h1>
		<p><?php esc_html_e( 'Where the widgets send answers and commitments. Authors and contributors add the widgets with the netweave blocks or shortcodes: [netweave_self_assessment], [netweave_commitments_wall] and [netweave_challenge_chart].', 'netweave' ); ?></p>
		<?php settings_errors( NETWEAVE_OPTION ); ?>
		<form method="post" action="options.php">
			<?php settings_fields( 'netweave' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="netweave-collector-url"><?php esc_html_e( 'Collector address', 'netweave' ); ?></label></th>
					<td>
						<input type="url" class="regular-text code" id="netweave-collector-url" name="<?php echo esc_attr( NETWEAVE_OPTION ); ?>[collector_url]" value="<?php echo esc_attr( $settings['collector_url'] ); ?>" placeholder="https://collect.example.org" aria-describedby="netweave-collector-url-help" />
						<p class="description" id="netweave-collector-url-help"><?php esc_html_e( 'The address of your netweave collector, starting with https://. Leave it empty to keep answers on each visitor’s device.', 'netweave' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="netweave-default-session"><?php esc_html_e( 'Default session', 'netweave' ); ?></label></th>
					<td>
						<input type="text" class="regular-text code" id="netweave-default-session" name="<?php echo esc_attr( NETWEAVE_OPTION ); ?>[default_session]" value="<?php echo esc_attr( $settings['default_session'] ); ?>" aria-describedby="netweave-default-session-help" />
						<p class="description" id="netweave-default-session-help"><?php esc_html_e( 'The session id from the collector’s console, used by every block and shortcode that names no session of its own.', 'netweave' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>

		<h2><?php esc_html_e( 'Test connection', 'netweave' ); ?></h2>
		<p><?php esc_html_e( 'Checks the saved settings from this web server: that the collector answers, that the session exists and is open, and that the collector allows this site’s pages.', 'netweave' ); ?></p>
		<form method="get" action="<?php echo esc_url( admin_url( 'options-general.php' ) ); ?>">
			<input type="hidden" name="page" value="netweave" />
			<input type="hidden" name="netweave-test" value="1" />
			<?php wp_nonce_field( 'netweave-test', '_wpnonce', false ); ?>
			<?php submit_button( __( 'Test connection', 'netweave' ), 'secondary', 'netweave-test-button', false ); ?>
		</form>
		<?php if ( null !== $results ) : ?>
			<ul class="netweave-test-results" role="status">
				<?php foreach ( $results as $result ) : ?>
					<li class="netweave-test-<?php echo $result['ok'] ? 'ok' : 'problem'; ?>" data-check="<?php echo esc_attr( $result['check'] ); ?>">
						<strong><?php echo $result['ok'] ? esc_html__( 'OK:', 'netweave' ) : esc_html__( 'To fix:', 'netweave' ); ?></strong>
						<?php echo esc_html( $result['message'] ); ?>
					</li>
				<?php endforeach; ?>
			</ul>
		<?php endif; ?>
	</div>
	<?php
}
