import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ConfigError, parseConfig } from '../src/config.js';
import { apiRoutes } from '../src/routes.js';

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

  it('refuses settings that would be unsafe or mistyped, saying which', () => {
    assert.throws(() => parseConfig(['--allow-origin', 'https://a.example/'], {}), /not an origin/);
    assert.throws(() => parseConfig(['--admin-token', 'short'], {}), /at least 16/);
    assert.throws(() => parseConfig(['--port', 'eighty'], {}), /--port must be a whole number/);
    assert.throws(
      () => parseConfig(['--disclosure', 'none'], {}),
      /--disclosure must be one of: nhs, survey/,
    );
    assert.throws(() => parseConfig(['--colour'], {}), ConfigError);
  });
});

describe('openapi.yaml', () => {
  it('documents every /v1 route the collector serves', () => {
    const spec = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8');
    const documented = new Set([...spec.matchAll(/^ {2}(\/v1\/[^:\s]+):/gm)].map((m) => `${m[1]}`));
    for (const route of apiRoutes) {
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
