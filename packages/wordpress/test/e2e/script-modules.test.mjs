// The plugin on WordPress 6.5 (from @wp-playground/wordpress-builds, which scripts/wp-test.mjs
// unpacked and started after Debian's 6.1): the widgets load through the script-module API
// (wp_enqueue_script_module), not the 6.1–6.4 script_loader_tag filter. Run it through
// `npm run test:wp -w @netweave/wordpress`. An Author publishes a shortcode and a block; a visitor
// gets each widget as one `<script type="module">` from the plugin, after WordPress's import map,
// the widgets work, a rating survives a reload, and no page logs an error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../../../scripts/chromium.mjs';
import { phpRunner, until } from '../../scripts/wp-env.mjs';
import { open, publish, signIn } from './helpers.mjs';

const env = process.env;
for (const name of ['NETWEAVE_WP_URL', 'NETWEAVE_COLLECTOR', 'NETWEAVE_OPEN_SESSION', 'NETWEAVE_WP_ROOT']) {
  if (!env[name])
    throw new Error(`${name} is not set: run this through npm run test:wp -w @netweave/wordpress`);
}
const site = env.NETWEAVE_WP_URL;
const session = env.NETWEAVE_OPEN_SESSION;
const users = JSON.parse(env.NETWEAVE_WP_USERS);
const php = phpRunner({
  dir: env.NETWEAVE_WP_DIR,
  name: env.NETWEAVE_WP_CONFIG,
  port: env.NETWEAVE_WP_PORT,
  root: env.NETWEAVE_WP_ROOT,
});
const WAIT = { timeout: 20_000 };

let browser;
let post;
let versions;

before(async () => {
  php(
    `update_option('netweave_settings', array('collector_url' => '${env.NETWEAVE_COLLECTOR}', 'default_session' => '${session}'));`,
  );
  versions = JSON.parse(php(`echo file_get_contents(WP_PLUGIN_DIR . '/netweave/assets/versions.json');`));
  browser = await launchChromium();
  const author = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await signIn(author, site, users.author);
  post = await publish(
    page,
    'netweave widgets on WordPress 6.5',
    `<!-- wp:shortcode -->[netweave_self_assessment no-about-you]<!-- /wp:shortcode -->
<!-- wp:netweave/commitments-wall {"moderation":"none"} /-->`,
  );
  await author.close();
});

after(async () => {
  php(`delete_option('netweave_settings');`);
  await browser?.close();
});

test('WordPress 6.5 prints each widget the page uses as one script module from the plugin, after its import map', async () => {
  assert.match(php(`echo get_bloginfo('version');`), /^6\.([5-9]|\d\d)/);
  const visitor = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page, errors } = await open(visitor, post.link);
  await page.locator('netweave-self-assessment input[type="radio"]').first().waitFor(WAIT);
  await page.locator('netweave-commitments-wall textarea').waitFor(WAIT);

  const tags = await page.locator('script[src*="/wp-content/plugins/netweave/"]').evaluateAll((scripts) =>
    scripts.map((s) => ({
      id: s.id,
      type: s.type,
      src: new URL(s.src).pathname + new URL(s.src).search,
      marks: ['data-no-optimize', 'data-no-defer', 'data-no-minify', 'data-cfasync'].map((a) =>
        s.getAttribute(a),
      ),
      afterImportMap: (() => {
        const map = document.querySelector('script[type="importmap"]');
        return Boolean(map && map.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
      })(),
    })),
  );
  const expected = ['self-assessment', 'commitments-wall'].map((name) => ({
    id: `netweave-${name}-js-module`,
    type: 'module',
    src: `/wp-content/plugins/netweave/assets/${name}/${name}.js?ver=${versions[name]}`,
    marks: ['1', '1', '1', 'false'],
    afterImportMap: true,
  }));
  const byId = (a, b) => a.id.localeCompare(b.id);
  // Only the two widgets the page uses, by the script-module API (ids end in -js-module: no
  // classic handle, no script_loader_tag rewrite), each once.
  assert.deepEqual(tags.sort(byId), expected.sort(byId));
  // WordPress's import map (the theme's navigation block is a script module too) is valid and
  // printed before every module, which a browser requires of an import map.
  const importMap = await page
    .locator('script[type="importmap"]')
    .evaluateAll((s) => s.map((e) => e.textContent));
  assert.equal(importMap.length, 1);
  assert.ok(JSON.parse(importMap[0]).imports['@wordpress/interactivity']);
  // The widgets' chunks came from the plugin too.
  const chunks = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((p) => p.includes('/plugins/netweave/assets/') && p.includes('/chunks/')),
  );
  assert.ok(chunks.length > 0, 'the widgets imported their chunks from the plugin');
  assert.deepEqual(errors, []);
  await visitor.close();
});

test('WordPress 6.5: a rating survives a reload', async () => {
  const visitor = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page, errors } = await open(visitor, post.link);
  const radio = page.locator('netweave-self-assessment input[name="building-relationships"][value="3"]');
  await radio.check(WAIT);
  await until('the draft saved on this device', () =>
    page.evaluate(() => Object.keys(localStorage).some((k) => k.includes('netweave'))),
  );
  await page.reload();
  await radio.waitFor(WAIT);
  await until('the rating restored after the reload', () => radio.isChecked());
  assert.deepEqual(errors, []);
  await visitor.close();
});
