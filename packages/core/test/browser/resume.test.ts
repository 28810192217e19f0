import { expect } from '@open-wc/testing';
import {
  newResumeCode,
  openResume,
  parseResumeCode,
  RESUME_MAX_BYTES,
  ResumeError,
  resumeKeys,
  sealResume,
  type ResumeEnvelope,
} from '../../src/kit/resume.js';
import { HttpStore } from '../../src/store/http-store.js';
import { LazyHttpStore } from '../../src/store/lazy-http-store.js';
import { hasResume, StoreError } from '@netweave/model';
import { ENDPOINT, fakeFetch, json, local, type Call } from './fakes.js';

/** What a person saved: words they would recognise, to look for in what leaves the browser. */
const saved = {
  format: 'netweave-self-assessment',
  version: 1,
  draft: {
    ratings: { 'finding-the-time': 4 },
    otherChallenge: { text: 'Car parking at Ysbyty Gwynedd', rating: 3 },
  },
  history: [{ id: 'r1', respondent: { region: 'Bangor' } }],
};

async function failure(p: Promise<unknown>): Promise<ResumeError> {
  try {
    await p;
  } catch (error) {
    expect(error).to.be.instanceOf(ResumeError);
    return error as ResumeError;
  }
  throw new Error('expected a ResumeError');
}

async function refusal(p: Promise<unknown>): Promise<StoreError> {
  try {
    await p;
  } catch (error) {
    expect(error).to.be.instanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected a StoreError');
}

describe('Resume codes in the browser (Web Crypto)', () => {
  it('are new each time, shown in groups, and read back as they are', () => {
    const codes = new Set(Array.from({ length: 50 }, () => newResumeCode()));
    expect(codes.size).to.equal(50);
    for (const code of codes) {
      expect(code).to.match(
        /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z*~$=U]$/,
      );
      expect(parseResumeCode(code)).to.deep.equal({ code });
    }
  });

  it('seal a saved assessment that opens with the same code, typed any way, and with no other', async () => {
    const code = newResumeCode();
    const { id, envelope } = await sealResume(code, saved);
    expect(id).to.match(/^[0-9a-f]{32}$/);
    expect((await resumeKeys(code.toLowerCase().replace(/-/g, ' '))).id).to.equal(id);
    expect(await openResume(code.toLowerCase().replace(/-/g, ''), envelope)).to.deep.equal(saved);
    let other = newResumeCode();
    while (other === code) other = newResumeCode();
    expect((await resumeKeys(other)).id).not.to.equal(id);
    expect((await failure(openResume(other, envelope))).code).to.equal('wrong-code');
  });

  it('let nothing readable out: the envelope holds neither the words nor the code', async () => {
    const code = newResumeCode();
    const { id, envelope } = await sealResume(code, saved);
    const sent = JSON.stringify({ id, envelope });
    for (const words of [
      'Ysbyty',
      'Gwynedd',
      'Bangor',
      'parking',
      'finding-the-time',
      'netweave-self-assessment',
    ])
      expect(sent).not.to.include(words);
    expect(sent.toUpperCase()).not.to.include(code.replace(/-/g, '').slice(0, 12));
    expect(Object.keys(envelope).sort()).to.deep.equal(['ct', 'iv', 'v']);
    // A fresh iv each time: the same assessment saved twice looks different.
    const again = await sealResume(code, saved);
    expect(again.id).to.equal(id);
    expect(again.envelope.iv).not.to.equal(envelope.iv);
    expect(again.envelope.ct).not.to.equal(envelope.ct);
  });

  it('refuse an envelope that was changed, or is not one', async () => {
    const code = newResumeCode();
    const { envelope } = await sealResume(code, saved);
    const flipped = envelope.ct[5] === 'A' ? 'B' : 'A';
    const changed = { ...envelope, ct: envelope.ct.slice(0, 5) + flipped + envelope.ct.slice(6) };
    expect((await failure(openResume(code, changed))).code).to.equal('wrong-code');
    expect(
      (
        await failure(
          openResume(code, { v: 2, iv: envelope.iv, ct: envelope.ct } as unknown as ResumeEnvelope),
        )
      ).code,
    ).to.equal('damaged');
    expect((await failure(openResume(code, { ...envelope, ct: 'A' }))).code).to.equal('damaged');
  });

  it('refuse what is not a code, and more than a collector keeps', async () => {
    expect((await failure(sealResume('K7M-3QP', saved))).code).to.equal('invalid-code');
    expect((await failure(resumeKeys('7K3M-9QWX-2PRT-9'))).code).to.equal('invalid-code');
    const huge = {
      text: Array.from({ length: RESUME_MAX_BYTES }, (_, i) => String.fromCharCode(65 + (i % 26))).join(''),
    };
    expect((await failure(sealResume(newResumeCode(), huge))).code).to.equal('too-large');
  });
});

describe('Resume entries on a collector (HttpStore)', () => {
  /** A collector keeping envelopes as the real one does (ids, 404, 410 once expired, 429). */
  function collector() {
    const kept = new Map<string, ResumeEnvelope>();
    const expired = new Set<string>();
    let misses = 0;
    const answer = (call: Call) => {
      const id = call.url.split('/v1/resume/')[1]!;
      if (call.method === 'PUT') {
        kept.set(id, call.body as ResumeEnvelope);
        return json(200, { expiresAt: '2027-01-06T10:00:00.000Z' });
      }
      if (call.method === 'DELETE') {
        kept.delete(id);
        return new Response(null, { status: 204 });
      }
      if (expired.has(id))
        return json(410, {
          error: { code: 'resume-expired', message: 'This saved assessment has expired.' },
        });
      const envelope = kept.get(id);
      if (envelope) return json(200, { envelope, expiresAt: '2027-01-06T10:00:00.000Z' });
      misses += 1;
      if (misses > 3)
        return new Response(JSON.stringify({ error: { code: 'rate-limited', message: 'Too many tries.' } }), {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': '120' },
        });
      return json(404, { error: { code: 'resume-not-found', message: 'Nothing is saved under this code.' } });
    };
    return { ...fakeFetch(answer), kept, expired };
  }

  it('carry a saved assessment to another device that has only the code', async () => {
    const { fn, calls, kept } = collector();
    const here = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local() });
    expect(hasResume(here)).to.equal(true);
    const code = newResumeCode();
    const { id, envelope } = await sealResume(code, saved);
    expect(await here.saveResume(id, envelope)).to.deep.equal({ expiresAt: '2027-01-06T10:00:00.000Z' });
    expect(calls[0]!.method).to.equal('PUT');
    expect(calls[0]!.url).to.equal(`${ENDPOINT}/v1/resume/${id}`);
    expect(calls[0]!.device, 'the entry is not linked to this device').to.equal(null);
    expect([...kept.keys()]).to.deep.equal([id]);
    here.close();

    // Another device: a fresh profile, the code typed from a phone.
    const there = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local() });
    const typed = code.toLowerCase().replace(/-/g, ' ');
    const keys = await resumeKeys(typed);
    const found = await there.loadResume(keys.id);
    expect(found.expiresAt).to.equal('2027-01-06T10:00:00.000Z');
    expect(await openResume(typed, found.envelope)).to.deep.equal(saved);
    // Deleted at once: asked again, the collector has nothing.
    await there.deleteResume(keys.id);
    expect(calls.at(-1)).to.include({ method: 'DELETE', device: null });
    expect((await refusal(there.loadResume(keys.id))).code).to.equal('resume-not-found');
    there.close();
  });

  it('say not found, expired and too many tries apart, with the collector’s words', async () => {
    const { fn, expired } = collector();
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local() });
    const { id } = await resumeKeys(newResumeCode());
    const missing = await refusal(store.loadResume(id));
    expect([missing.code, missing.status, missing.message]).to.deep.equal([
      'resume-not-found',
      404,
      'Nothing is saved under this code.',
    ]);
    expired.add(id);
    const old = await refusal(store.loadResume(id));
    expect([old.code, old.status]).to.deep.equal(['resume-expired', 410]);
    expired.clear();
    for (let i = 0; i < 2; i += 1) await refusal(store.loadResume(id));
    const limited = await refusal(store.loadResume(id));
    expect([limited.code, limited.status, limited.details]).to.deep.equal([
      'rate-limited',
      429,
      { retryAfter: 120 },
    ]);
    store.close();
  });

  it('say when the collector cannot be reached, distinctly, and keep nothing waiting', async () => {
    const { fn } = fakeFetch(() => 'offline');
    const store = new HttpStore(ENDPOINT, { fetch: fn, EventSource: null, local: local() });
    const code = newResumeCode();
    const { id, envelope } = await sealResume(code, saved);
    const unreachable = await refusal(store.saveResume(id, envelope));
    expect([unreachable.code, unreachable.status]).to.deep.equal(['network', 0]);
    expect((await refusal(store.loadResume(id))).code).to.equal('network');
    expect(await store.pendingCount()).to.equal(0);
    store.close();
  });

  it('go through the store a widget gets for an endpoint', async () => {
    const { fn, kept } = collector();
    const saved_ = globalThis.fetch;
    globalThis.fetch = fn;
    const lazy = new LazyHttpStore(ENDPOINT);
    try {
      expect(hasResume(lazy)).to.equal(true);
      const code = newResumeCode();
      const { id, envelope } = await sealResume(code, saved);
      await lazy.saveResume(id, envelope);
      expect(kept.has(id)).to.equal(true);
      expect(await openResume(code, (await lazy.loadResume(id)).envelope)).to.deep.equal(saved);
      await lazy.deleteResume(id);
      expect(kept.has(id)).to.equal(false);
    } finally {
      globalThis.fetch = saved_;
      ((await lazy.load()) as unknown as HttpStore).close();
    }
  });
});
