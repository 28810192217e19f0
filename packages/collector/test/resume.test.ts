/**
 * "Continue on another device": PUT, GET and DELETE /v1/resume/:id against a real collector
 * process (SQLite, or PostgreSQL when NETWEAVE_TEST_DB names one). The envelope is sealed here
 * as the contract says a browser does (Web Crypto: PBKDF2 from the code, AES-GCM with the id as
 * additional data), and the database is read directly to show it holds nothing readable: not
 * the answers, not the code, and no column but the id, the envelope and its dates.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { RESUME_MAX_BYTES } from '@netweave/model';
import { call, cleanUp, ORIGIN, start, type Running } from './helpers.js';
import { query, whereStored } from './db-peek.js';

const subtle = webcrypto.subtle;
const DAY = 86_400_000;
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** The id and key a code gives (PBKDF2-SHA-256, 210 000 rounds, 512 bits: key, then id). */
async function keys(code: string): Promise<{ id: string; key: webcrypto.CryptoKey }> {
  const material = await subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await subtle.deriveBits(
      {
        name: 'PBKDF2',
        hash: 'SHA-256',
        salt: new TextEncoder().encode('netweave-resume-v1'),
        iterations: 210_000,
      },
      material,
      512,
    ),
  );
  const key = await subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const digest = new Uint8Array(await subtle.digest('SHA-256', bits.slice(32)));
  return { id: Buffer.from(digest.slice(0, 16)).toString('hex'), key };
}

async function seal(code: string, payload: unknown) {
  const { id, key } = await keys(code);
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(
    await subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(id) },
      key,
      new TextEncoder().encode(JSON.stringify(payload)),
    ),
  );
  return { id, envelope: { v: 1 as const, iv: b64url(iv), ct: b64url(ct) } };
}

async function open(code: string, envelope: { iv: string; ct: string }): Promise<unknown> {
  const { id, key } = await keys(code);
  const plain = await subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: Buffer.from(envelope.iv, 'base64url'),
      additionalData: new TextEncoder().encode(id),
    },
    key,
    Buffer.from(envelope.ct, 'base64url'),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}

/** A random id, as a code would give (32 lower-case hex). */
const randomId = () => Buffer.from(webcrypto.getRandomValues(new Uint8Array(16))).toString('hex');
const envelopeOf = (text = 'x') => ({
  v: 1,
  iv: b64url(new Uint8Array(12).fill(7)),
  ct: b64url(Buffer.from(text)),
});

let server: Running;
before(async () => {
  server = await start();
});
after(async () => {
  await server.stop();
  cleanUp();
});

describe('resume entries', () => {
  it('keep only ciphertext: the answers and the code are nowhere in the database, and they come back whole', async () => {
    const code = 'K7M3-QPXR-2B9D-Q';
    const secret = `Finding the time: we never meet ${randomId()}`;
    const saved = { format: 'netweave-self-assessment', version: 1, draft: { note: secret }, history: [] };
    const { id, envelope } = await seal(code, saved);
    const put = await call(server.url, 'PUT', `/v1/resume/${id}`, { body: envelope });
    assert.equal(put.status, 200, put.text);
    const expiresAt = Date.parse(put.body.expiresAt);
    assert.ok(Math.abs(expiresAt - (Date.now() + 30 * DAY)) < 60_000, 'kept 30 days by default');

    assert.deepEqual(await whereStored(server.db, secret), [], 'the answers are stored nowhere readable');
    assert.deepEqual(await whereStored(server.db, 'we never meet'), []);
    if (!/^postgres/.test(server.db))
      for (const file of [server.db, `${server.db}-wal`].filter((f) => existsSync(f)))
        assert.ok(!readFileSync(file).includes(Buffer.from('we never meet')), `not in ${file} either`);
    assert.deepEqual(await whereStored(server.db, code), [], 'nor the code');
    assert.deepEqual(await whereStored(server.db, code.replace(/-/g, '')), []);
    const columns = /^postgres/.test(server.db)
      ? (
          await query(
            server.db,
            "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'resumes' ORDER BY ordinal_position",
          )
        ).map((c) => c.name)
      : (await query(server.db, 'PRAGMA table_info(resumes)')).map((c) => c.name);
    assert.deepEqual(
      columns,
      ['id', 'iv', 'ciphertext', 'created_at', 'expires_at'],
      'no session, device or address',
    );

    const got = await call(server.url, 'GET', `/v1/resume/${id}`, { headers: { origin: ORIGIN } });
    assert.equal(got.status, 200, got.text);
    assert.equal(got.headers.get('access-control-allow-origin'), ORIGIN);
    assert.deepEqual(got.body.envelope, envelope);
    assert.equal(got.body.expiresAt, put.body.expiresAt);
    assert.deepEqual(await open(code, got.body.envelope), saved, 'the other device opens it with the code');
    await assert.rejects(open('K7M3-QPXR-2B9D-R', got.body.envelope), 'a wrong code opens nothing');
  });

  it('replacing keeps the first expiry; deleting leaves nothing, not even a tombstone', async () => {
    const id = randomId();
    const first = await call(server.url, 'PUT', `/v1/resume/${id}`, { body: envelopeOf('one') });
    assert.equal(first.status, 200, first.text);
    // Saved as if 10 days ago: a replacement must not extend it.
    await query(server.db, 'UPDATE resumes SET expires_at = expires_at - $1 WHERE id = $2', [10 * DAY, id]);
    const second = await call(server.url, 'PUT', `/v1/resume/${id}`, { body: envelopeOf('two') });
    assert.equal(second.status, 200, second.text);
    assert.equal(Date.parse(second.body.expiresAt), Date.parse(first.body.expiresAt) - 10 * DAY);
    const got = await call(server.url, 'GET', `/v1/resume/${id}`);
    assert.equal(got.body.envelope.ct, envelopeOf('two').ct, 'the newer save is the one kept');

    const gone = await call(server.url, 'DELETE', `/v1/resume/${id}`, { headers: { origin: ORIGIN } });
    assert.equal(gone.status, 204);
    assert.equal(gone.headers.get('access-control-allow-origin'), ORIGIN);
    const after = await call(server.url, 'GET', `/v1/resume/${id}`);
    assert.equal(after.status, 404);
    assert.equal(after.body.error.code, 'resume-not-found');
    assert.match(after.body.error.message, /Nothing is saved under this resume code/);
    assert.deepEqual(await query(server.db, 'SELECT id FROM resume_tombstones WHERE id = $1', [id]), []);
    assert.equal(
      (await call(server.url, 'DELETE', `/v1/resume/${id}`)).status,
      204,
      'deleting again is fine',
    );
  });

  it('an expired entry says so (410) and leaves a tombstone with no data, forgotten 90 days later', async () => {
    const id = randomId();
    assert.equal(
      (await call(server.url, 'PUT', `/v1/resume/${id}`, { body: envelopeOf('old answers') })).status,
      200,
    );
    await query(server.db, 'UPDATE resumes SET expires_at = $1 WHERE id = $2', [Date.now() - 1000, id]);
    const got = await call(server.url, 'GET', `/v1/resume/${id}`);
    assert.equal(got.status, 410, got.text);
    assert.equal(got.body.error.code, 'resume-expired');
    assert.match(got.body.error.message, /expired/);
    assert.deepEqual(
      await query(server.db, 'SELECT id FROM resumes WHERE id = $1', [id]),
      [],
      'the data is gone',
    );
    const [tomb] = await query(server.db, 'SELECT * FROM resume_tombstones WHERE id = $1', [id]);
    assert.deepEqual(Object.keys(tomb!).sort(), ['expired_at', 'id'], 'a tombstone holds no data');
    assert.equal((await call(server.url, 'GET', `/v1/resume/${id}`)).status, 410, 'and says so again');
    const again = await call(server.url, 'PUT', `/v1/resume/${id}`, { body: envelopeOf('new') });
    assert.equal(again.status, 410, 'an expired code is not brought back by saving under it');
    assert.equal(again.body.error.code, 'resume-expired');

    // Pruned at start and hourly: a tombstone older than 90 days goes, a newer one stays; an
    // entry that expired unread becomes a tombstone.
    const older = randomId();
    const unread = randomId();
    await call(server.url, 'PUT', `/v1/resume/${unread}`, { body: envelopeOf('unread') });
    await query(server.db, 'UPDATE resumes SET expires_at = $1 WHERE id = $2', [Date.now() - DAY, unread]);
    await query(server.db, 'INSERT INTO resume_tombstones (id, expired_at) VALUES ($1, $2)', [
      older,
      Date.now() - 91 * DAY,
    ]);
    await server.stop();
    server = await start({ db: server.db });
    const left = (
      await query(server.db, 'SELECT id FROM resume_tombstones WHERE id IN ($1, $2, $3)', [id, older, unread])
    )
      .map((r) => r.id)
      .sort();
    assert.deepEqual(left, [id, unread].sort());
    assert.deepEqual(await query(server.db, 'SELECT id FROM resumes WHERE id = $1', [unread]), []);
    assert.equal((await call(server.url, 'GET', `/v1/resume/${older}`)).status, 404);
  });

  it('refuses a malformed id, a body that is not an envelope, and one over the size limit', async () => {
    for (const bad of [
      'ABCDEF0123456789ABCDEF0123456789',
      'abc',
      `${randomId()}0`,
      'not-hex-at-all-not-hex-at-all-00',
    ]) {
      const r = await call(server.url, 'GET', `/v1/resume/${bad}`);
      assert.equal(r.status, 400, bad);
      assert.equal(r.body.error.code, 'invalid-id');
    }
    const id = randomId();
    for (const body of [
      { v: 2, iv: envelopeOf().iv, ct: 'abc' },
      { v: 1, iv: 'short', ct: 'abc' },
      { v: 1, iv: envelopeOf().iv, ct: 'not base64url!' },
      { v: 1, iv: envelopeOf().iv },
      [1, 2],
    ]) {
      const r = await call(server.url, 'PUT', `/v1/resume/${id}`, { body });
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal(r.body.error.code, 'invalid');
    }
    const extra = await call(server.url, 'PUT', `/v1/resume/${id}`, {
      body: { ...envelopeOf(), session: 's1' },
    });
    assert.equal(extra.status, 400);
    assert.equal(extra.body.error.code, 'unknown-field', 'nothing but the envelope is taken');
    // Larger than the collector's usual body limit (32 KiB), within the envelope's.
    const big = await call(server.url, 'PUT', `/v1/resume/${id}`, { body: envelopeOf('a'.repeat(150_000)) });
    assert.equal(big.status, 200, big.text);
    const tooBig = await call(server.url, 'PUT', `/v1/resume/${id}`, {
      body: { v: 1, iv: envelopeOf().iv, ct: 'a'.repeat(RESUME_MAX_BYTES) },
    });
    assert.equal(tooBig.status, 413);
    assert.equal(tooBig.body.error.code, 'too-large');
    assert.match(tooBig.body.error.message, /larger than this collector keeps/);
  });

  it('answers pages of the allowed origins (PUT in the preflight) and refuses others', async () => {
    const id = randomId();
    const preflight = await fetch(`${server.url}/v1/resume/${id}`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'PUT' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /\bPUT\b/);
    const put = await call(server.url, 'PUT', `/v1/resume/${id}`, {
      body: envelopeOf(),
      headers: { origin: ORIGIN },
    });
    assert.equal(put.status, 200);
    assert.equal(put.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(put.headers.get('vary') ?? '', /Origin/);
    const other = await call(server.url, 'PUT', `/v1/resume/${id}`, {
      body: envelopeOf('evil'),
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(other.status, 403);
    assert.equal(other.body.error.code, 'origin-not-allowed');
    assert.equal((await call(server.url, 'GET', `/v1/resume/${id}`)).body.envelope.ct, envelopeOf().ct);
  });

  it('holds back an address that looks up ids that lead nowhere (429), never a right one', async () => {
    const own = await start({ db: server.db });
    try {
      const known = randomId();
      assert.equal((await call(own.url, 'PUT', `/v1/resume/${known}`, { body: envelopeOf() })).status, 200);
      const expired = randomId();
      await call(own.url, 'PUT', `/v1/resume/${expired}`, { body: envelopeOf() });
      await query(own.db, 'UPDATE resumes SET expires_at = $1 WHERE id = $2', [Date.now() - 1, expired]);
      assert.equal((await call(own.url, 'GET', `/v1/resume/${known}`)).status, 200, 'found: costs nothing');
      const statuses: number[] = [];
      statuses.push((await call(own.url, 'GET', `/v1/resume/${expired}`)).status);
      for (let i = 0; i < 19; i += 1)
        statuses.push((await call(own.url, 'GET', `/v1/resume/${randomId()}`)).status);
      assert.deepEqual(
        statuses,
        [410, ...Array(19).fill(404)],
        'twenty misses a minute, expired ones included',
      );
      const refused = await call(own.url, 'GET', `/v1/resume/${randomId()}`);
      assert.equal(refused.status, 429);
      assert.equal(refused.body.error.code, 'rate-limited');
      assert.ok(Number(refused.headers.get('retry-after')) >= 1);
      assert.match(refused.body.error.message, /try again in \d+ seconds/);
      assert.equal(
        (await call(own.url, 'GET', `/v1/resume/${known}`)).status,
        200,
        'a right code still opens',
      );
      assert.equal(
        (await call(own.url, 'GET', `/v1/resume/${expired}`)).status,
        410,
        'a repeat costs nothing',
      );
    } finally {
      await own.stop();
    }
  });

  it('keeps entries for --resume-days', async () => {
    const own = await start({ db: server.db, args: ['--resume-days', '2'] });
    try {
      const r = await call(own.url, 'PUT', `/v1/resume/${randomId()}`, { body: envelopeOf() });
      assert.equal(r.status, 200);
      assert.ok(Math.abs(Date.parse(r.body.expiresAt) - (Date.now() + 2 * DAY)) < 60_000);
    } finally {
      await own.stop();
    }
  });
});
