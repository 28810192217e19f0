/**
 * Several collectors in one process (a host embedding two, or a test suite): each keeps its own
 * state (summary cache, release timers, rate limits, live streams), so one never answers with
 * another's figures. Always SQLite in memory: the point is the process, not the database.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { createCollector, type Collector } from '../src/server.js';
import { call, response, TOKEN } from './helpers.js';

async function collector(args: string[]): Promise<{ collector: Collector; url: string }> {
  const config = parseConfig(
    ['--port', '0', '--db', ':memory:', '--admin-token', TOKEN, '--rate-limit', '1000000', ...args],
    {},
  );
  const c = await createCollector(config, { logger: silentLogger });
  const port = await c.listen();
  return { collector: c, url: `http://127.0.0.1:${port}` };
}

describe('two collectors in one process', () => {
  it('each answers its own public summary, never the other one’s cached one', async () => {
    // Same session id, same release number, same response count: only the instance tells them apart.
    const release = ['--release-every', '1', '--release-interval', '0'];
    const a = await collector([...release, '--disclosure', 'nhs']);
    const b = await collector([...release, '--disclosure', 'survey']);
    try {
      const sid = 'same-session-id';
      for (const { url } of [a, b]) {
        const created = await call(url, 'POST', '/v1/admin/sessions', {
          admin: true,
          body: { id: sid, title: 'Shared id', date: '2026-11-25' },
        });
        assert.equal(created.status, 201, created.text);
        const sent = await call(url, 'POST', `/v1/sessions/${sid}/responses`, { body: response(sid) });
        assert.equal(sent.status, 201, sent.text);
      }
      const fromA = await call(a.url, 'GET', `/v1/sessions/${sid}/summary`);
      assert.equal(fromA.status, 200, fromA.text);
      assert.equal(fromA.body.disclosure.rule, 'nhs');
      assert.equal(fromA.body.release.number, 1);
      const fromB = await call(b.url, 'GET', `/v1/sessions/${sid}/summary`);
      assert.equal(fromB.status, 200, fromB.text);
      assert.equal(fromB.body.release.number, 1);
      assert.equal(
        fromB.body.disclosure.rule,
        'survey',
        'B answers with its own rule, not A’s cached summary',
      );
      // And the other way round, once both have cached their own.
      assert.equal((await call(a.url, 'GET', `/v1/sessions/${sid}/summary`)).body.disclosure.rule, 'nhs');

      // Stopping one leaves the other working (no shared timers or streams).
      await a.collector.close();
      const again = await call(b.url, 'GET', `/v1/sessions/${sid}/summary`);
      assert.deepEqual([again.status, again.body.disclosure.rule], [200, 'survey']);
      assert.equal((await call(b.url, 'GET', '/health')).body.status, 'ok');
    } finally {
      await a.collector.close();
      await b.collector.close();
    }
  });
});
