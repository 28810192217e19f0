<?php
/**
 * Shortcodes and blocks: what reaches the page, typed and escaped, for every role that writes.
 *
 * @package netweave
 */

namespace Netweave\Tests;

final class ShortcodeTest extends TestCase {
	public function test_a_shortcode_renders_the_widget_in_a_plain_div_with_one_provider_carrying_collector_session_and_language(): void {
		$this->settings( 'https://collect.example.org', 'leeds-2026' );
		$html = do_shortcode( '[netweave_self_assessment layout="stepper" threshold="2" no-about-you]' );

		$this->assertStringStartsWith( '<div class="netweave-embed netweave-embed--self-assessment" lang="en">', $html );
		$this->assertSame(
			array( 'lang' => 'en', 'session' => 'leeds-2026', 'endpoint' => 'https://collect.example.org' ),
			$this->attributes( $html, '//div/netweave-provider' )
		);
		$this->assertSame(
			array( 'layout' => 'stepper', 'threshold' => '2', 'no-about-you' => '' ),
			$this->attributes( $html, '//div/netweave-provider/netweave-self-assessment' )
		);
		$this->assertSame( 1, substr_count( $html, '<netweave-provider' ) );
	}

	public function test_each_attribute_is_typed_and_anything_else_is_dropped(): void {
		$this->settings( '', '' );
		$html = do_shortcode( '[netweave_challenge_chart sort="catalogue" top="7" measure="count" group_layout="multiples" label="Our chart" batch="3" no-export endpoint="https://evil.example" onclick="alert(1)" src="http://insecure.example/s.json" style="color:red"]' );
		$this->assertSame(
			array( 'sort' => 'catalogue', 'top' => '7', 'measure' => 'count', 'group-layout' => 'multiples', 'label' => 'Our chart', 'no-export' => '' ),
			$this->attributes( $html, '//netweave-challenge-chart' ),
			'batch under 5, an http src and attributes not on the allow-list are left out'
		);
		$this->assertSame( array( 'lang' => 'en' ), $this->attributes( $html, '//netweave-provider' ), 'no collector, no session: the widget keeps answers on the device; an author cannot set the endpoint' );

		$html = do_shortcode( '[netweave_commitments_wall moderation="PRE" max-length="5000" preset="kanban" display="false" columns="Ideas:yellow | Actions : green | Plain"]' );
		$wall = $this->attributes( $html, '//netweave-commitments-wall' );
		$this->assertSame( 'pre', $wall['moderation'] );
		$this->assertArrayNotHasKey( 'max-length', $wall, 'above the widget’s 1,000' );
		$this->assertArrayNotHasKey( 'preset', $wall );
		$this->assertArrayNotHasKey( 'display', $wall );
		$this->assertSame(
			array( array( 'label' => 'Ideas', 'colour' => 'yellow' ), array( 'label' => 'Actions', 'colour' => 'green' ), array( 'label' => 'Plain' ) ),
			json_decode( $wall['columns'], true )
		);
	}

	public function test_an_authors_script_in_an_attribute_stays_inert(): void {
		$author = $this->be( 'author' );
		$this->assertFalse( current_user_can( 'unfiltered_html' ) );
		$this->settings( 'https://collect.example.org', 'leeds-2026' );
		$attack = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
		$id     = wp_insert_post(
			array(
				'post_title'   => 'Attack',
				'post_status'  => 'publish',
				'post_author'  => $author->ID,
				'post_content' => "[netweave_commitments_wall prompt='$attack' session='x$attack' columns='$attack']\n\n"
					. '<!-- wp:netweave/challenge-chart ' . wp_json_encode( array( 'label' => $attack, 'sort' => $attack, 'session' => $attack ) ) . ' /-->',
			),
			true
		);
		$this->assertIsInt( $id );
		$html = apply_filters( 'the_content', get_post( $id )->post_content );
		wp_delete_post( $id, true );

		$xpath = $this->dom( $html );
		$this->assertSame( 0, $xpath->query( '//script' )->length, $html );
		$this->assertSame( 0, $xpath->query( '//img' )->length, $html );
		$this->assertSame( 0, $xpath->query( '//@*[starts-with(name(), "on")]' )->length, $html );
		foreach ( $xpath->query( '//netweave-provider' ) as $provider ) {
			$this->assertSame( 'leeds-2026', $provider->getAttribute( 'session' ), 'an id that is not a session id falls back to the default' );
		}
		$chart = $this->attributes( $html, '//netweave-challenge-chart' );
		$this->assertArrayNotHasKey( 'sort', $chart );
		$this->assertStringNotContainsString( '<', $chart['label'] ?? '' );
	}

	public function test_authors_and_contributors_keep_shortcodes_and_blocks_through_kses_and_a_pasted_snippet_does_not(): void {
		foreach ( array( 'author', 'contributor' ) as $role ) {
			$user    = $this->be( $role );
			$snippet = '<script type="module" src="https://cdn.example.org/self-assessment.js"></script><netweave-self-assessment session="s"></netweave-self-assessment>';
			$content = "[netweave_self_assessment layout=\"stepper\"]\n<!-- wp:netweave/commitments-wall {\"moderation\":\"pre\"} /-->\n$snippet";
			$id      = wp_insert_post(
				array(
					'post_title'   => "By a $role",
					'post_status'  => 'author' === $role ? 'publish' : 'pending',
					'post_author'  => $user->ID,
					'post_content' => $content,
				),
				true
			);
			$saved = get_post( $id )->post_content;
			wp_delete_post( $id, true );
			$this->assertStringContainsString( '[netweave_self_assessment layout="stepper"]', $saved, $role );
			$this->assertStringContainsString( '<!-- wp:netweave/commitments-wall {"moderation":"pre"} /-->', $saved, $role );
			$this->assertStringNotContainsString( '<script', $saved, "$role: kses removes the pasted script (why the plugin exists)" );
			$this->assertStringNotContainsString( '<netweave-self-assessment', $saved, "$role: and the custom element" );
		}
	}

	public function test_a_block_renders_like_the_shortcode_with_its_own_class(): void {
		$this->settings( 'https://collect.example.org', 'default-session' );
		$html = do_blocks( '<!-- wp:netweave/challenge-chart {"session":"other-session","sort":"catalogue","top":"5","noExport":true,"groupLayout":"multiples","className":"is-style-x"} /-->' );
		$this->assertSame( 'other-session', $this->attributes( $html, '//netweave-provider' )['session'] );
		$this->assertSame(
			array( 'sort' => 'catalogue', 'top' => '5', 'group-layout' => 'multiples', 'no-export' => '' ),
			$this->attributes( $html, '//netweave-challenge-chart' )
		);
		$this->assertSame( 'netweave-embed netweave-embed--challenge-chart wp-block-netweave-challenge-chart is-style-x', $this->attributes( $html, '//div' )['class'] );
		foreach ( array( 'self-assessment', 'commitments-wall', 'challenge-chart' ) as $widget ) {
			$this->assertTrue( \WP_Block_Type_Registry::get_instance()->is_registered( "netweave/$widget" ), $widget );
			$this->assertTrue( \WP_Block_Type_Registry::get_instance()->get_registered( "netweave/$widget" )->is_dynamic() );
		}
	}

	public function test_welsh_comes_from_the_locale_wordpress_determined(): void {
		$this->settings( '', '' );
		switch_to_locale( 'cy' );
		$html = do_shortcode( '[netweave_commitments_wall]' );
		$this->assertSame( 'cy', $this->attributes( $html, '//div' )['lang'] );
		$this->assertSame( 'cy', $this->attributes( $html, '//netweave-provider' )['lang'] );
		$this->assertSame( 'Wal ymrwymiadau', __( 'Commitments wall', 'netweave' ), 'the plugin’s own strings from languages/netweave-cy.mo' );
		$this->assertSame( 'Profi’r cysylltiad', __( 'Test connection', 'netweave' ) );
		restore_previous_locale();
		$this->assertSame( 'en', $this->attributes( do_shortcode( '[netweave_commitments_wall]' ), '//div' )['lang'] );
		$this->assertSame( 'Commitments wall', __( 'Commitments wall', 'netweave' ) );
	}

	public function test_the_page_is_the_same_for_every_visitor_so_caches_can_keep_it(): void {
		$this->settings( 'https://collect.example.org', 'leeds-2026' );
		$content = '[netweave_self_assessment][netweave_challenge_chart]';
		$anonymous = do_shortcode( $content );
		$this->be( 'administrator' );
		$this->assertSame( $anonymous, do_shortcode( $content ) );
		$this->be( 'author' );
		$this->assertSame( $anonymous, do_shortcode( $content ) );
		$this->assertDoesNotMatchRegularExpression( '/nonce|author|admin/i', $anonymous );
	}
}
