/** What operators read: client mistakes are not errors, server trouble is said in plain words. */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { createCollector } from '../src/server.js';
import { parseConfig } from '../src/config.js';
import { jsonLogger } from '../src/log.js';
import { call, cleanUp, createSession, freshDb, response, start, TOKEN } from './helpers.js';

after(cleanUp);

/** Sends raw bytes on a fresh connection and resolves when the server has closed it. */
async function rawExchange(port: number, text: string, options: { abort?: boolean } = {}): Promise<string> {
  const socket = connect({ port, host: '127.0.0.1' });
  await once(socket, 'connect');
  let reply = '';
  socket.on('data', (chunk: Buffer) => (reply += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  const closed = once(socket, 'close');
  socket.write(text);
  if (options.abort) socket.destroy();
  await closed;
  return reply;
}

describe('logs', () => {
  it('keeps client mistakes (malformed chunked bodies, aborted uploads) out of the error level', async () => {
    const server = await start();
    try {
      const sid = await createSession(server.url);
      const path = `/v1/sessions/${sid}/responses`;
      const malformed = await rawExchange(
        server.port,
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n{"id"\r\nzz\r\nnot a chunk\r\n\r\n`,
      );
      assert.match(malformed, /^HTTP\/1\.1 400 /);
      await rawExchange(
        server.port,
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"id": "half`,
        { abort: true },
      );
      // The server is still there, and has logged its requests (including those two).
      assert.equal((await fetch(`${server.url}/health`)).status, 200);
      await server.stop();
      const errors = server.logs.filter((l) => l.includes('"level":"error"'));
      assert.deepEqual(errors, [], 'no error-level lines from client mistakes');
    } finally {
      await server.stop();
    }
  });
});

describe('server trouble in plain words', () => {
  it('says a full disk in words, answers 503 (retry later), and names no internal error class', async () => {
    const lines: string[] = [];
    const collector = await createCollector(
      parseConfig(['--port', '0', '--db', freshDb(), '--admin-token', TOKEN], {}),
      { logger: jsonLogger((text) => lines.push(...text.trim().split('\n'))) },
    );
    const port = await collector.listen();
    try {
      const base = `http://127.0.0.1:${port}`;
      const sid = await createSession(base);
      // What better-sqlite3 throws when the disk fills up.
      collector.db.insertResponse = async () => {
        throw Object.assign(new Error('database or disk is full'), {
          name: 'SqliteError',
          code: 'SQLITE_FULL',
        });
      };
      const r = await call(base, 'POST', `/v1/sessions/${sid}/responses`, { body: response(sid) });
      assert.equal(r.status, 503);
      assert.equal(r.body.error.code, 'storage-unavailable');
      assert.ok(r.headers.get('retry-after'));
    } finally {
      await collector.close();
    }
    const failed = lines.find((l) => l.includes('"storage-failed"'));
    assert.ok(failed, lines.join('\n'));
    assert.match(failed, /disk holding the database is full/);
    assert.ok(!lines.some((l) => l.includes('SqliteError')), 'no opaque error class in the logs');
  });

  it('names the database file when it cannot start', async () => {
    const missing = '/nonexistent-netweave-dir/collector.sqlite';
    await assert.rejects(start({ db: missing }), (error: Error) => {
      assert.match(error.message, /"start-failed"/);
      assert.ok(error.message.includes(missing), error.message);
      assert.match(error.message, /Could not open the database/);
      return true;
    });
  });

  it('accepts a weak admin token with a warning', async () => {
    const server = await start({ args: ['--admin-token', 'aaaaaaaaaaaaaaaa'] });
    try {
      const r = await call(server.url, 'GET', '/v1/admin/sessions', {
        headers: { authorization: 'Bearer aaaaaaaaaaaaaaaa' },
      });
      assert.equal(r.status, 200, 'still accepted');
      assert.ok(server.logs.some((l) => l.includes('"level":"warn"') && l.includes('weak-admin-token')));
    } finally {
      await server.stop();
    }
  });
});
