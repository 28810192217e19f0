/**
 * Live streams are bounded per client: a stream whose client stops reading is closed once too
 * much waits for it in memory (the client resumes with Last-Event-ID), instead of buffering
 * every post for ever (50 such streams during 4,000 one-kilobyte posts grew the collector by 131 MB).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SqliteDatabase } from '../src/db/sqlite.js';
import { LiveHub } from '../src/live.js';

/** A response whose client never reads: everything written stays buffered. */
class StalledResponse extends EventEmitter {
  writableLength = 0;
  destroyed = false;
  writableEnded = false;
  writeHead(): this {
    return this;
  }
  write(chunk: string): boolean {
    this.writableLength += Buffer.byteLength(chunk);
    return false;
  }
  end(): this {
    this.writableEnded = true;
    return this;
  }
  destroy(): this {
    this.destroyed = true;
    this.req.emit('close');
    return this;
  }
  readonly req = new EventEmitter();
}

describe('back-pressure on live streams', () => {
  it('closes a stream whose client stops reading, and keeps what it buffered under the limit', async () => {
    const db = new SqliteDatabase(':memory:');
    await db.init();
    const hub = new LiveHub(db, { maxBuffered: 64 * 1024 });
    try {
      await db.createSession({
        id: 's1',
        title: 'Room',
        date: '2026-11-25',
        moderation: 'none',
        open: true,
        code: 'K7M3QP',
      });
      const stalled = new StalledResponse();
      await hub.stream(stalled.req as unknown as IncomingMessage, stalled as unknown as ServerResponse, {
        sessionId: 's1',
        audience: 'public',
        lastId: null,
        client: 'c1',
        headers: {},
      });
      assert.equal(hub.streams, 1);
      const text = 'x'.repeat(1000);
      for (let i = 0; i < 400; i += 1) {
        await db.insertCommitment(
          {
            id: `c${i}`,
            sessionId: 's1',
            createdAt: new Date().toISOString(),
            text,
            column: 'commitments',
            sector: null,
            status: 'visible',
            reactions: 0,
          },
          `f${i}`,
        );
      }
      assert.equal(stalled.destroyed, true, 'the stalled stream is closed');
      assert.ok(stalled.writableLength < 64 * 1024 + 4096, `buffered ${stalled.writableLength} bytes`);
      assert.equal(hub.streams, 0, 'and forgotten');
      assert.equal(hub.slowClosed, 1);
    } finally {
      hub.closeAll();
      await db.close();
    }
  });
});
