// The resume kit in Node (≥ 20 has Web Crypto), checked against an independent implementation of
// the scheme with node:crypto (pbkdf2Sync, createHash, createDecipheriv): the key, the id the
// collector stores under, and the AES-GCM envelope with the id as additional data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDecipheriv, createHash, pbkdf2Sync } from 'node:crypto';
import { newResumeCode, openResume, resumeKeys, sealResume, ResumeError } from '../../src/kit/resume.js';

function independent(code: string) {
  const symbols = code.replace(/-/g, '').slice(0, 12);
  const bits = pbkdf2Sync(symbols, 'netweave-resume-v1', 210_000, 64, 'sha256');
  return {
    key: bits.subarray(0, 32),
    id: createHash('sha256').update(bits.subarray(32)).digest().subarray(0, 16).toString('hex'),
  };
}

test('a code derives the id and the key the contract names (PBKDF2-SHA-256, 210,000 iterations)', async () => {
  const code = '7K3M-9QWX-2PRT-8';
  const expected = independent(code);
  assert.equal((await resumeKeys(code)).id, expected.id);
  assert.equal((await resumeKeys('7k3m 9qwx 2prt 8')).id, expected.id);
  const payload = { history: [{ id: 'r1', region: 'Wrecsam' }], draft: null };
  const { id, envelope } = await sealResume(code, payload);
  assert.equal(id, expected.id);
  assert.equal(envelope.v, 1);
  const iv = Buffer.from(envelope.iv, 'base64url');
  const sealed = Buffer.from(envelope.ct, 'base64url');
  assert.equal(iv.length, 12);
  const decipher = createDecipheriv('aes-256-gcm', expected.key, iv);
  decipher.setAAD(Buffer.from(id));
  decipher.setAuthTag(sealed.subarray(-16));
  const plain = Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]).toString('utf8');
  assert.deepEqual(JSON.parse(plain), payload);
});

test('an envelope opens in Node with its code and not with another', async () => {
  const code = newResumeCode();
  const { envelope } = await sealResume(code, { a: 'ŵ ŷ' });
  assert.deepEqual(await openResume(code, envelope), { a: 'ŵ ŷ' });
  await assert.rejects(
    openResume(newResumeCode(), envelope),
    (e: unknown) => e instanceof ResumeError && e.code === 'wrong-code',
  );
});
