// One shared @web/test-runner configuration for every package: `wtr --group <package>`.
// Chromium comes from CHROME_PATH, else Debian's /usr/bin/chromium, started with the flags a
// root user needs on a machine with no outside network.
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { defaultReporter } from '@web/test-runner';

const root = dirname(fileURLToPath(import.meta.url));
const executablePath = chromiumPath();

/** scripts/wtr-testing.js, as the browser asks for it. */
const TESTING = '/scripts/wtr-testing.js';

const packages = ['core', 'self-assessment', 'commitments-wall', 'challenge-chart', 'widgets', 'console'];

// A port the system has free now. Left to itself, each runner takes the first free port from 8000,
// and two packages' runners started together (npm test runs two tasks at once) can both pick 8000.
const port = await new Promise((resolve, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

export default {
  rootDir: root,
  hostname: '127.0.0.1',
  port,
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  // A test's timeout only catches a hang. An accessibility check (axe) of a page holding every
  // widget takes about 3 s on an idle machine and four times that on a busy 2-core one.
  testFramework: { config: { timeout: 30_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.base.json') }),
    // Tests import '@open-wc/testing' and get scripts/wtr-testing.js: the same, with `waitUntil`
    // waiting long enough for a busy machine (see that file).
    {
      name: 'netweave-testing',
      resolveImport({ source, context }) {
        if (source === '@open-wc/testing' && context.path !== TESTING) return TESTING;
      },
    },
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countingReporter()],
  groups: packages.map((name) => ({
    name,
    files: join(root, 'packages', name, 'test/browser/**/*.test.ts'),
  })),
};
