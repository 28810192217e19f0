/**
 * A session's data for its facilitator in one file: the JSON export (every response, every
 * commitment and TRIZ note of every status, saved under the session's title and date) and the
 * write-up in Word, HTML and Markdown (only what was visible), through a real collector.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { call, cleanUp, response, start, TOKEN, uid, type Running } from './helpers.js';

let server: Running;
let f: Fixture;
before(async () => {
  server = await start();
  f = await fixture();
});
after(async () => {
  await server.stop();
  cleanUp();
});

const TITLE = 'Gŵyl TRIZ: Gwent’s “worst” day';
const as = (dev: string) => ({ 'x-netweave-device': `dev-${dev}` });

interface Fixture {
  sid: string;
  notes: Record<'visible' | 'pending' | 'hidden', string>;
  commitments: Record<'visible' | 'pending' | 'hidden', string>;
}

/** A TRIZ session with three groups, a response, and notes and commitments of every status. */
async function fixture(): Promise<Fixture> {
  const created = await call(server.url, 'POST', '/v1/admin/sessions', {
    admin: true,
    body: { title: TITLE, date: '2026-12-07', template: 'triz-commitments', groups: 3 },
  });
  assert.equal(created.status, 201, created.text);
  const sid = created.body.id as string;
  const responded = await call(server.url, 'POST', `/v1/sessions/${sid}/responses`, {
    body: response(sid),
  });
  assert.equal(responded.status, 201, responded.text);

  const dev = uid('d').slice(0, 30);
  assert.equal(
    (await call(server.url, 'PUT', `/v1/sessions/${sid}/member`, { headers: as(dev), body: { group: 'g2' } }))
      .status,
    200,
  );
  const note = async (text: string) => {
    const r = await call(server.url, 'POST', `/v1/sessions/${sid}/notes`, {
      headers: as(dev),
      body: { id: uid('n'), sessionId: sid, group: 'g2', text },
    });
    assert.ok(r.status === 201 || r.status === 202, r.text);
    return r.body as { id: string; status: string };
  };
  const shown = await note('Cancel the shared meetings');
  const held = await note('Ring Dai on 07700 900123 and shout');
  assert.equal(held.status, 'pending');
  const hiddenNote = await note('Blame the gwasanaethau’n for everything');
  const hid = await call(server.url, 'PATCH', `/v1/admin/sessions/${sid}/notes/${hiddenNote.id}`, {
    admin: true,
    body: { status: 'hidden' },
  });
  assert.equal(hid.status, 200, hid.text);

  const commit = async (text: string) => {
    const id = uid('c');
    const r = await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
      body: { id, sessionId: sid, text },
    });
    assert.equal(r.status, 201, r.text);
    return r.body as { id: string; status: string };
  };
  const visible = await commit('Meet the housing team every month');
  assert.equal(visible.status, 'visible');
  const pending = await commit('Email me at dai@example.org about the rota');
  assert.equal(pending.status, 'pending');
  const hidden = await commit('Something I should not have posted');
  const moderated = await call(
    server.url,
    'POST',
    `/v1/admin/sessions/${sid}/commitments/${hidden.id}/moderation`,
    { admin: true, body: { status: 'hidden' } },
  );
  assert.equal(moderated.status, 200, moderated.text);
  return {
    sid,
    notes: { visible: shown.id, pending: held.id, hidden: hiddenNote.id },
    commitments: { visible: visible.id, pending: pending.id, hidden: hidden.id },
  };
}

/** The text of a .docx (its word/document.xml without tags), read with a small zip reader. */
async function docxText(zip: Uint8Array): Promise<string> {
  const buf = Buffer.from(zip);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end > 0, 'a zip directory');
  let at = buf.readUInt32LE(end + 16);
  for (let i = buf.readUInt16LE(end + 10); i > 0; i--) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    if (name === 'word/document.xml') {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const raw = buf.subarray(start, start + size);
      const xml = (method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
      return xml.replace(/<[^>]+>/g, '');
    }
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  throw new Error('no word/document.xml in the .docx');
}

describe('GET /v1/admin/sessions/:sid/export.json', () => {
  it('gives the session with its groups, every response, and every commitment and note of every status', async () => {
    const r = await call(server.url, 'GET', `/v1/admin/sessions/${f.sid}/export.json`, { admin: true });
    assert.equal(r.status, 200, r.text);
    const data = r.body;
    assert.equal(data.kind, 'netweave.session-export');
    assert.equal(data.version, 1);
    assert.ok(Math.abs(Date.parse(data.exportedAt) - Date.now()) < 60_000, 'exportedAt is now');
    assert.equal(data.session.id, f.sid);
    assert.equal(data.session.title, TITLE);
    assert.deepEqual(
      data.session.groups.map((g: { id: string }) => g.id),
      ['g1', 'g2', 'g3'],
    );
    assert.ok(data.session.round, 'the TRIZ round is there');
    assert.equal(data.responses.length, 1);
    assert.deepEqual(data.responses[0].ratings, { 'finding-the-time': 3, 'peer-support': 1 });
    assert.deepEqual(
      Object.fromEntries(data.commitments.map((c: { id: string; status: string }) => [c.status, c.id])),
      f.commitments,
    );
    assert.deepEqual(
      Object.fromEntries(data.notes.map((n: { id: string; status: string }) => [n.status, n.id])),
      f.notes,
    );
    assert.equal(
      data.notes.find((n: { id: string }) => n.id === f.notes.hidden).text,
      'Blame the gwasanaethau’n for everything',
      'Welsh apostrophes intact',
    );
  });

  it('is saved under an ASCII name made from the title and date, and never cached', async () => {
    const r = await call(server.url, 'GET', `/v1/admin/sessions/${f.sid}/export.json`, { admin: true });
    assert.equal(
      r.headers.get('content-disposition'),
      'attachment; filename="gwyl-triz-gwents-worst-day-2026-12-07.json"',
    );
    assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(r.headers.get('cache-control'), 'no-store');
  });

  it('has no notes for a session without TRIZ boards', async () => {
    const created = await call(server.url, 'POST', '/v1/admin/sessions', {
      admin: true,
      body: { title: 'Ŵyl Âr', date: '2026-12-08' },
    });
    const sid = created.body.id as string;
    const r = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/export.json`, { admin: true });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.notes, []);
    assert.deepEqual(r.body.commitments, []);
    assert.match(r.headers.get('content-disposition') ?? '', /filename="wyl-ar-2026-12-08\.json"/);
  });

  it('is refused without the admin token', async () => {
    const none = await call(server.url, 'GET', `/v1/admin/sessions/${f.sid}/export.json`);
    assert.equal(none.status, 401);
    assert.equal(none.body.kind, undefined);
    const wrong = await call(server.url, 'GET', `/v1/admin/sessions/${f.sid}/export.json`, {
      headers: { authorization: 'Bearer not-the-token-at-all-0000' },
    });
    assert.equal(wrong.status, 401);
  });

  it('is 404 for a session that is not there', async () => {
    const r = await call(server.url, 'GET', `/v1/admin/sessions/${uid('nope')}/export.json`, { admin: true });
    assert.equal(r.status, 404);
    assert.equal(r.body.error.code, 'session-not-found');
  });
});

describe('GET /v1/admin/sessions/:sid/writeup', () => {
  it('refuses a format or language it does not make, naming the parameter', async () => {
    const format = await call(server.url, 'GET', `/v1/admin/sessions/${f.sid}/writeup?format=pdf`, {
      admin: true,
    });
    assert.equal(format.status, 400);
    assert.match(format.body.error.message, /^format must be one of: docx, html, md/);
    const missing = await call(server.url, 'GET', `/v1/admin/sessions/${f.sid}/writeup`, { admin: true });
    assert.equal(missing.status, 400);
    assert.match(missing.body.error.message, /^format/);
    const lang = await call(server.url, 'GET', `/v1/admin/sessions/${f.sid}/writeup?format=md&lang=fr`, {
      admin: true,
    });
    assert.equal(lang.status, 400);
    assert.match(lang.body.error.message, /^lang must be one of: en, cy/);
  });

  it('is refused without the admin token, and 404 for a session that is not there', async () => {
    const none = await call(server.url, 'GET', `/v1/admin/sessions/${f.sid}/writeup?format=md`);
    assert.equal(none.status, 401);
    const missing = await call(server.url, 'GET', `/v1/admin/sessions/${uid('nope')}/writeup?format=md`, {
      admin: true,
    });
    assert.equal(missing.status, 404);
  });

  it('tells what happened next: answers counted, a visible note quoted, a held one never', async () => {
    const sid = (
      await call(server.url, 'POST', '/v1/admin/sessions', {
        admin: true,
        body: { title: 'Follow-ups', date: '2026-12-07' },
      })
    ).body.id as string;
    const device = { 'x-netweave-device': 'dev-follow-up-author' };
    const quoted = 'Met them twice already';
    const held = 'Ring Dai on 07700 900123';
    for (const note of [quoted, held]) {
      const cid = uid('c');
      const posted = await call(server.url, 'POST', `/v1/sessions/${sid}/commitments`, {
        headers: device,
        body: { id: cid, sessionId: sid, text: `Meet the housing team (${note.slice(0, 4)})` },
      });
      assert.equal(posted.status, 201, posted.text);
      const answered = await call(server.url, 'POST', `/v1/sessions/${sid}/commitments/${cid}/follow-ups`, {
        headers: device,
        body: {
          id: uid('f'),
          sessionId: sid,
          commitmentId: cid,
          answer: 'started',
          note,
          answeredAt: new Date().toISOString(),
        },
      });
      assert.ok(answered.status === 201 || answered.status === 202, answered.text);
    }
    const md = await call(server.url, 'GET', `/v1/admin/sessions/${sid}/writeup?format=md`, { admin: true });
    assert.equal(md.status, 200, md.text);
    assert.match(md.text, /What happened next/);
    assert.match(md.text, new RegExp(quoted));
    assert.doesNotMatch(md.text, /07700/, 'a note held for review is never quoted');
  });

  for (const format of ['md', 'html', 'docx'] as const) {
    it(`${format}: the title and the visible commitment, never a hidden or pending one`, async () => {
      const res = await fetch(`${server.url}/v1/admin/sessions/${f.sid}/writeup?format=${format}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(res.status, 200, await res.clone().text());
      assert.equal(
        res.headers.get('content-disposition'),
        `attachment; filename="gwyl-triz-gwents-worst-day-2026-12-07.${format}"`,
      );
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const bytes = new Uint8Array(await res.arrayBuffer());
      let text: string;
      if (format === 'docx') {
        assert.equal(
          res.headers.get('content-type'),
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        );
        assert.equal(String.fromCharCode(bytes[0]!, bytes[1]!), 'PK', 'a zip file');
        text = await docxText(bytes);
      } else {
        text = new TextDecoder().decode(bytes);
        if (format === 'html') {
          assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
          assert.equal(
            res.headers.get('content-security-policy'),
            "default-src 'none'; style-src 'unsafe-inline'",
          );
        } else assert.equal(res.headers.get('content-type'), 'text/markdown; charset=utf-8');
      }
      assert.ok(text.includes('Gŵyl TRIZ'), 'the title');
      assert.ok(text.includes('Meet the housing team every month'), 'the visible commitment');
      assert.ok(!text.includes('should not have posted'), 'not the hidden commitment');
      assert.ok(!text.includes('dai@example.org'), 'not the pending commitment');
      assert.ok(!text.includes('07700 900123'), 'not the pending note');
    });
  }

  it('is in the console’s language: lang=cy gives a Welsh document, English by default', async () => {
    const get = async (query: string) =>
      (await call(server.url, 'GET', `/v1/admin/sessions/${f.sid}/writeup?${query}`, { admin: true })).text;
    const welsh = await get('format=html&lang=cy');
    assert.match(welsh, /<html lang="cy">/);
    assert.ok(welsh.includes('Meet the housing team every month'));
    assert.match(await get('format=html'), /<html lang="en">/);
  });
});
