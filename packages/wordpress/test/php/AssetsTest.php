<?php
/**
 * Loading: only the widgets a page uses, from the plugin, at the widgets' versions, as modules.
 *
 * @package netweave
 */

namespace Netweave\Tests;

final class AssetsTest extends TestCase {
	public function test_only_the_widgets_a_page_uses_are_enqueued_at_their_versions_from_the_plugin(): void {
		add_filter( 'netweave_use_script_modules', '__return_false' );
		do_shortcode( '[netweave_challenge_chart][netweave_challenge_chart sort="catalogue"]' );
		remove_filter( 'netweave_use_script_modules', '__return_false' );
		$this->assertTrue( wp_script_is( 'netweave-challenge-chart', 'enqueued' ) );
		$this->assertFalse( wp_script_is( 'netweave-self-assessment', 'enqueued' ) );
		$this->assertFalse( wp_script_is( 'netweave-commitments-wall', 'enqueued' ) );
		$script   = wp_scripts()->registered['netweave-challenge-chart'];
		$versions = json_decode( file_get_contents( WP_PLUGIN_DIR . '/netweave/assets/versions.json' ), true );
		$this->assertSame( $versions['challenge-chart'], $script->ver );
		$this->assertSame( plugins_url( 'assets/challenge-chart/challenge-chart.js', WP_PLUGIN_DIR . '/netweave/netweave.php' ), $script->src );
		$this->assertFileExists( WP_PLUGIN_DIR . '/netweave/assets/challenge-chart/challenge-chart.js' );
		$this->assertSame( 1, wp_scripts()->get_data( 'netweave-challenge-chart', 'group' ), 'in the footer' );
	}

	public function test_the_loader_filter_makes_only_this_plugins_scripts_modules(): void {
		$ours = apply_filters( 'script_loader_tag', "<script src='https://site.example/x.js?ver=1' id='netweave-self-assessment-js'></script>\n", 'netweave-self-assessment', 'https://site.example/x.js?ver=1' );
		$this->assertStringContainsString( '<script type="module" src="https://site.example/x.js?ver=1" id="netweave-self-assessment-js"', $ours );
		$this->assertStringContainsString( 'data-no-optimize="1"', $ours );
		$theirs = "<script src='https://site.example/jquery.js' id='jquery-core-js'></script>\n";
		$this->assertSame( $theirs, apply_filters( 'script_loader_tag', $theirs, 'jquery-core', 'https://site.example/jquery.js' ) );
		$this->assertSame( array( 'id' => 'other-js-module', 'type' => 'module' ), apply_filters( 'wp_script_attributes', array( 'id' => 'other-js-module', 'type' => 'module' ) ) );
		$this->assertSame( '1', apply_filters( 'wp_script_attributes', array( 'id' => 'netweave-challenge-chart-js-module' ) )['data-no-optimize'] );
	}

	public function test_wordpress_6_5_and_later_use_the_script_module_api(): void {
		if ( ! function_exists( 'wp_enqueue_script_module' ) ) {
			$this->assertFalse( netweave_use_script_modules(), 'WordPress ' . get_bloginfo( 'version' ) . ' has no script-module API: the classic handle and the loader filter are used' );
			return;
		}
		foreach ( array_keys( netweave_widgets() ) as $widget ) {
			wp_dequeue_script_module( netweave_handle( $widget ) );
		}
		do_shortcode( '[netweave_self_assessment]' );
		$this->assertTrue( netweave_use_script_modules() );
		$this->assertFalse( wp_script_is( 'netweave-self-assessment', 'enqueued' ) );
		// What WordPress prints for it: a module tag from the plugin at the widget's version, with
		// the marks optimisers honour.
		ob_start();
		wp_script_modules()->print_enqueued_script_modules();
		$printed  = (string) ob_get_clean();
		$versions = json_decode( file_get_contents( WP_PLUGIN_DIR . '/netweave/assets/versions.json' ), true );
		$src      = plugins_url( 'assets/self-assessment/self-assessment.js', WP_PLUGIN_DIR . '/netweave/netweave.php' ) . '?ver=' . $versions['self-assessment'];
		$this->assertMatchesRegularExpression( '/<script type="module" src="' . preg_quote( esc_url( $src ), '/' ) . '" id="netweave-self-assessment-js-module" data-no-optimize="1" data-no-defer="1" data-no-minify="1" data-cfasync="false"><\/script>/', $printed );
		$this->assertStringNotContainsString( 'netweave-challenge-chart', $printed );
	}
}
