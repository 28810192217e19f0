import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, FLAGS, parseConfig } from '../src/config.js';
import { apiRoutes } from '../src/routes.js';
import { JoinGuard } from '../src/join-guard.js';
import { sessionRoutes } from '../src/sessions.js';
import type { TrizStore } from '../src/db/triz-store.js';
import { trizRoutes, type TrizNotify } from '../src/triz.js';
import { writeupRoutes } from '../src/writeup-routes.js';
import type { FollowUpStore } from '../src/db/follow-up-store.js';
import { followUpRoutes } from '../src/follow-up-routes.js';
import type { ResumeStore } from '../src/db/resume-store.js';
import { resumeRoutes } from '../src/resume-routes.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs `netweave-collector` with these arguments (and no NETWEAVE_ variables but `env`). */
function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NETWEAVE_')));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/bin.ts', ...args],
      { cwd: packageDir, env: { ...clean, ...env }, timeout: 20_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
    );
  });
}

describe('flags and environment variables', () => {
  it('reads every flag, and its variable when the flag is absent', () => {
    const c = parseConfig(
      [
        '--port',
        '9000',
        '--allow-origin',
        'https://a.example',
        '--allow-origin=https://b.example',
        '--trust-proxy',
      ],
      {
        NETWEAVE_DB: 'postgres://db/netweave',
        NETWEAVE_PORT: '1234',
        NETWEAVE_ADMIN_TOKEN: 'a-long-enough-admin-token',
        NETWEAVE_DISCLOSURE: 'survey',
      },
    );
    assert.equal(c.port, 9000, 'the flag wins');
    assert.equal(c.db, 'postgres://db/netweave');
    assert.deepEqual(c.allowOrigins, ['https://a.example', 'https://b.example']);
    assert.equal(c.adminToken, 'a-long-enough-admin-token');
    assert.equal(c.trustProxy, true);
    assert.equal(c.disclosure, 'survey');
    assert.deepEqual(
      parseConfig([], { NETWEAVE_ALLOW_ORIGIN: 'https://a.example, https://b.example' }).allowOrigins,
      ['https://a.example', 'https://b.example'],
    );
  });

  it('uses the documented defaults when neither flag nor variable is set (an empty variable is unset)', () => {
    const c = parseConfig([], { NETWEAVE_PORT: '', NETWEAVE_DB: '' });
    assert.equal(c.port, 8787);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.db, './netweave.sqlite');
    assert.deepEqual([c.allowOrigins, c.publicOrigins], [[], []]);
    assert.equal(c.adminToken, undefined);
    assert.equal(c.rateLimit, 2400);
    assert.deepEqual(
      [c.deviceRateLimit, c.sessionRateLimit, c.streamsPerAddress, c.maxStreams, c.maxRequestRate],
      [30, 3000, 1000, 5000, 1000],
    );
    assert.deepEqual([c.streamBuffer, c.keepEvents], [262_144, 10_000]);
    assert.equal(c.resumeDays, 30, 'saved assessments are kept 30 days, as the page says');
    assert.equal(c.trustProxy, false);
    assert.equal(c.maxBody, 32_768);
    assert.equal(c.headersTimeout, 10);
    assert.equal(c.disclosure, 'nhs');
    assert.deepEqual([c.releaseEvery, c.releaseInterval, c.releaseCap], [10, 60, 10]);
    assert.deepEqual([c.hashSecret, c.catalogue, c.disclosureSecret], [undefined, undefined, undefined]);
    assert.equal(parseConfig([], { NETWEAVE_TRUST_PROXY: '1' }).trustProxy, true);
    assert.equal(parseConfig(['--release-interval=0'], {}).releaseInterval, 0);
  });

  it('refuses settings that would be unsafe or mistyped, naming the flag or variable', () => {
    const refused = (argv: string[], env: Record<string, string>, message: RegExp) =>
      assert.throws(
        () => parseConfig(argv, env),
        (e: unknown) => e instanceof ConfigError && e.exitCode === 2 && message.test(e.message),
        `${argv.join(' ')} ${JSON.stringify(env)}`,
      );
    refused(['--allow-origin', 'https://a.example/'], {}, /--allow-origin .*not an origin/);
    refused(
      [],
      { NETWEAVE_PUBLIC_ORIGIN: 'https://a.example, collect.example' },
      /NETWEAVE_PUBLIC_ORIGIN.*not an origin/,
    );
    refused(['--admin-token', 'short'], {}, /^--admin-token is invalid\. It must be at least 16/);
    refused(
      [],
      { NETWEAVE_ADMIN_TOKEN: 'short' },
      /^NETWEAVE_ADMIN_TOKEN is invalid\. It must be at least 16/,
    );
    refused(
      ['--port', 'eighty'],
      {},
      /--port .*'eighty' is invalid\. It must be a whole number from 0 to 65535/,
    );
    refused([], { NETWEAVE_PORT: '80x' }, /^NETWEAVE_PORT="80x" is invalid\. It must be a whole number/);
    refused(['--max-body', '100'], {}, /--max-body .*from 1024 to 1048576/);
    refused(['--disclosure', 'none'], {}, /--disclosure .*must be one of: nhs, survey/);
    refused(['--colour'], {}, /^unknown option '--colour'\. Run netweave-collector --help/);
    refused(['--port'], {}, /--port <number>' argument missing/);
    refused(['8787'], {}, /too many arguments/);
  });

  it('never repeats a rejected secret in its message', () => {
    for (const argv of [['--admin-token', 'hunter2-secret'], ['--admin-token=hunter2-secret']])
      assert.throws(
        () => parseConfig(argv, {}),
        (e: unknown) => e instanceof ConfigError && !e.message.includes('hunter2'),
      );
    assert.throws(
      () => parseConfig([], { NETWEAVE_ADMIN_TOKEN: 'hunter2-secret' }),
      (e: unknown) => e instanceof ConfigError && !e.message.includes('hunter2'),
    );
  });
});

describe('netweave-collector on the command line', () => {
  it('--help lists every option with its variable and default, and exits 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Usage: netweave-collector \[options\]/);
    for (const f of FLAGS) {
      const entry = new RegExp(`^ {2}${f.flag}\\b[^]*?env:\\s+${f.env}\\)`, 'm');
      assert.match(stdout, entry, `${f.flag} with ${f.env}`);
    }
    assert.match(stdout, /--port <number> +Port to listen on\. \(default: 8787, env:\s+NETWEAVE_PORT\)/);
    assert.match(stdout, /-V, --version/);
    assert.equal(stderr, '');
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const { code, stdout } = await run(['--version']);
    assert.deepEqual([code, stdout], [0, `${pkg.version}\n`]);
  });

  it('an unknown option: one line naming it, exit code 2, nothing started', async () => {
    const { code, stdout, stderr } = await run(['--port', '0', '--db', ':memory:', '--colour']);
    assert.equal(code, 2);
    assert.equal(stdout, '', 'no log line: the collector did not start');
    assert.equal(
      stderr,
      "netweave-collector: unknown option '--colour'. Run netweave-collector --help to see the options.\n",
    );
    const typo = await run(['--prot', '8080']);
    assert.equal(typo.code, 2);
    assert.match(
      typo.stderr,
      /^netweave-collector: unknown option '--prot' \(Did you mean --port\?\)[^\n]*\n$/,
    );
  });

  it('a bad value names the option (or the variable) in one line, exit code 2', async () => {
    const flag = await run(['--port', 'eighty']);
    assert.equal(flag.code, 2);
    assert.equal(flag.stdout, '');
    assert.match(
      flag.stderr,
      /^netweave-collector: option '--port <number>' argument 'eighty' is invalid\. It must be a whole number from 0 to 65535\.\n$/,
    );
    const variable = await run([], { NETWEAVE_PORT: 'eighty' });
    assert.equal(variable.code, 2);
    assert.match(variable.stderr, /^netweave-collector: NETWEAVE_PORT="eighty" is invalid\.[^\n]*\n$/);
  });
});

describe('README', () => {
  it('documents every option as --help does: flag, variable, default and meaning', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Options'),
      readme.indexOf('\n## ', readme.indexOf('## Options') + 1),
    );
    const rows = [...section.matchAll(/^\| `(--[a-z-]+)` +\| `(\w+)` +\| (.+?) +\| (.+?) +\|$/gm)].map(
      (m) => ({
        flag: m[1],
        env: m[2],
        default: m[3],
        help: m[4]!.replaceAll('`', ''),
      }),
    );
    assert.deepEqual(
      rows,
      FLAGS.map((f) => ({
        flag: f.flag,
        env: f.env,
        default: 'default' in f ? `\`${f.default}\`` : f.unset,
        help: f.help,
      })),
    );
  });
});

describe('openapi.yaml', () => {
  it('documents every /v1 route the collector serves', () => {
    const spec = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8');
    const documented = new Set([...spec.matchAll(/^ {2}(\/v1\/[^:\s]+):/gm)].map((m) => `${m[1]}`));
    const guard = new JoinGuard();
    guard.stop();
    const triz = {} as TrizStore;
    const notify = {} as TrizNotify;
    const followUps = {} as FollowUpStore;
    for (const route of [
      ...sessionRoutes(guard, triz),
      ...trizRoutes(triz, notify),
      ...writeupRoutes(triz, followUps),
      ...followUpRoutes(followUps),
      ...resumeRoutes({} as ResumeStore, guard),
      ...apiRoutes,
    ]) {
      const path = route.name.split(' ')[1]!.replace(/:(\w+)/g, '{$1}');
      assert.ok(documented.has(path), `${route.name} is in openapi.yaml`);
      const block = spec.slice(spec.indexOf(`  ${path}:`));
      const method = route.method.toLowerCase();
      assert.match(
        block.slice(0, block.indexOf('\n  /', 3) >>> 0),
        new RegExp(`\\n {4}${method}:`),
        `${route.name} method documented`,
      );
    }
  });
});
