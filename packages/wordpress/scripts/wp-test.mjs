#!/usr/bin/env node
// `npm run test:wp -w @netweave/wordpress`: the plugin in a real WordPress. Installs Debian's
// wordpress, mariadb-server, apache2, libapache2-mod-php and phpunit when missing (about 2½
// minutes on a fresh machine), starts them on loopback with throwaway data (scripts/wp-env.mjs),
// starts a real collector that allows the site, then runs the PHPUnit tests (test/php) and the
// end-to-end browser test (test/e2e/wordpress.test.mjs, node --test, Debian's Chromium). Then the
// same on a second site with WordPress 6.5 (from @wp-playground/wordpress-builds, a pinned dev
// dependency; Debian has only 6.1), so the plugin's script-module path runs too: PHPUnit again and
// test/e2e/script-modules.test.mjs. Tears everything down.
// Exits non-zero when either fails; each prints its own summary (PHPUnit's "OK (N tests, …)" or
// "Tests: N, …, Failures: N", node's "# pass N" / "# fail N"), which .ci/run counts.
import { execFileSync, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCollector } from '../test/collector.mjs';
import { USERS, freePort, startWordPress } from './wp-env.mjs';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

// The plugin as its sources are now (the widgets' CDN files must have been built: npm run build).
execFileSync(process.execPath, [join(pkgDir, 'scripts/build.mjs')], { stdio: 'inherit' });

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: pkgDir, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let wp;
let collector;
let status = 1;
const stopAll = async () => {
  await collector?.stop().catch(() => {});
  await wp?.stop().catch(() => {});
};

/** PHPUnit, then the end-to-end test file `e2eFile`, on the site `site`; resolves to 0 if both passed. */
async function suite(site, e2eFile, collectorEnv) {
  const env = {
    ...collectorEnv,
    NETWEAVE_WP_URL: site.url,
    NETWEAVE_WP_CONFIG: site.name,
    NETWEAVE_WP_HOST: `127.0.0.1:${site.port}`,
    NETWEAVE_WP_DIR: site.dir,
    NETWEAVE_WP_ROOT: site.root,
    NETWEAVE_WP_PORT: String(site.port),
    NETWEAVE_WP_USERS: JSON.stringify(USERS),
  };
  console.error(`[wp-test] WordPress ${site.version} at ${site.url} (${seconds()})`);
  // WordPress loads in PHP's global scope (auto_prepend_file), as for a web request.
  const phpunit = await run(
    'php',
    [
      '-d',
      `auto_prepend_file=${join(pkgDir, 'test/php/load-wordpress.php')}`,
      '/usr/bin/phpunit',
      '-c',
      'test/php/phpunit.xml',
    ],
    env,
  );
  console.error(`[wp-test] PHPUnit on WordPress ${site.version} exited with ${phpunit} (${seconds()})`);
  const e2e = await run(process.execPath, ['--test', '--test-reporter=tap', e2eFile], env);
  console.error(`[wp-test] ${e2eFile} on WordPress ${site.version} exited with ${e2e} (${seconds()})`);
  const errors = site
    .errorLog()
    .split('\n')
    .filter((l) => /PHP (Fatal|Parse|Warning)/.test(l));
  if (errors.length) console.error(`[wp-test] PHP errors in Apache's log:\n${errors.join('\n')}`);
  return phpunit || e2e ? 1 : 0;
}
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
process.once('SIGTERM', () => void stopAll().then(() => process.exit(143)));
try {
  wp = await startWordPress();
  console.error(`[wp-test] WordPress at ${wp.url} (${seconds()})`);
  // One collector for both sites: it allows the second's origins too (its port is chosen later).
  const allowed = [];
  const allow = (url) => allowed.push(url, url.replace('http://', 'https://'));
  allow(wp.url);
  const wp65Port = await freePort();
  allow(`http://127.0.0.1:${wp65Port}`);
  collector = await startCollector({ allowOrigins: allowed });
  const open = await collector.admin.createSession('WordPress test session');
  const closed = await collector.admin.createSession('A closed session');
  await collector.admin.closeSession(closed.id);
  console.error(`[wp-test] collector at ${collector.url} (${seconds()})`);
  const collectorEnv = {
    NETWEAVE_COLLECTOR: collector.url,
    NETWEAVE_OPEN_SESSION: open.id,
    NETWEAVE_CLOSED_SESSION: closed.id,
  };
  const debian = await suite(wp, 'test/e2e/wordpress.test.mjs', collectorEnv);
  await wp.stop();
  wp = undefined;

  // WordPress 6.5: the script-module path.
  wp = await startWordPress({ release: '6.5', port: wp65Port });
  const modern = await suite(wp, 'test/e2e/script-modules.test.mjs', collectorEnv);
  status = debian || modern ? 1 : 0;
} catch (error) {
  console.error(`[wp-test] ${error.stack ?? error}`);
  status = 1;
} finally {
  await stopAll();
  console.error(`[wp-test] finished in ${seconds()}`);
}
process.exit(status);
