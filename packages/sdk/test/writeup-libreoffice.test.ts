/**
 * The .docx opens in LibreOffice: converted headless (Debian's `libreoffice-writer-nogui`,
 * installed here with apt-get when `soffice` is missing, as the collector's pg-test.sh installs
 * PostgreSQL), without errors, and its text is what the write-up says. If LibreOffice is missing
 * and cannot be installed, the test fails and says so: it never skips.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeup } from '../src/index.js';
import { EXPORT, FORMULA, MARKUP, NEVER, VISIBLE } from './writeup-fixture.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function ensureSoffice(): string {
  if (has('soffice')) return 'soffice';
  const log: string[] = [];
  const sh = (script: string) => {
    const r = spawnSync('sh', ['-c', script], {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    log.push(`$ ${script}\n${r.stdout.slice(-800)}${r.stderr.slice(-800)}`);
    return r.status === 0;
  };
  if (has('apt-get')) {
    sh('apt-get update -qq');
    if (!sh('apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui'))
      sh('apt-get install -y -qq --no-install-recommends libreoffice-writer');
  }
  if (has('soffice')) return 'soffice';
  assert.fail(
    `LibreOffice (soffice) is needed to check the .docx write-up and could not be installed ` +
      `(apt-get install libreoffice-writer-nogui; needs root and the Debian archive):\n${log.join('\n')}`,
  );
}

test(
  'the .docx opens in LibreOffice and reads as the write-up, in English and Welsh',
  { timeout: 600_000 },
  async () => {
    const soffice = ensureSoffice();
    const dir = mkdtempSync(join(tmpdir(), 'netweave-writeup-lo-'));
    for (const lang of ['en', 'cy'] as const)
      writeFileSync(
        join(dir, `writeup-${lang}.docx`),
        (await writeup(EXPORT, { format: 'docx', lang })) as Uint8Array,
      );
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        dir,
        join(dir, 'writeup-en.docx'),
        join(dir, 'writeup-cy.docx'),
      ],
      { encoding: 'utf8', timeout: 300_000 },
    );
    assert.equal(run.status, 0, `soffice failed:\n${run.stdout}\n${run.stderr}`);
    assert.ok(
      !/Error|General input\/output error/i.test(run.stdout + run.stderr.replace(/.*javaldx.*\n?/g, '')),
      run.stderr,
    );
    for (const lang of ['en', 'cy'] as const) {
      const text = readFileSync(join(dir, `writeup-${lang}.txt`), 'utf8').replace(/^\uFEFF/, '');
      for (const t of [...VISIBLE, FORMULA, MARKUP])
        assert.ok(text.includes(t), `${lang}: LibreOffice does not show “${t}”`);
      for (const t of NEVER) assert.ok(!text.includes(t), `${lang}: LibreOffice shows hidden text “${t}”`);
      const headings =
        lang === 'en'
          ? [
              'Weaving across sectors – Cardiff',
              'Who took part',
              'The challenges people rated',
              'What emerged',
              'Cardiff & Vale',
              'Group 2',
              'Tîm y Gogledd',
              'What changed',
              'Method and privacy',
            ]
          : [
              'Weaving across sectors – Cardiff',
              'Pwy gymerodd ran',
              'Yr heriau a sgoriodd pobl',
              'Beth ddaeth i’r amlwg',
              'Cardiff & Vale',
              'Grŵp 2',
              'Tîm y Gogledd',
              'Beth newidiodd',
              'Dull a phreifatrwydd',
            ];
      const lines = text.split(/\r?\n/).map((l) => l.trim());
      const at = headings.map((h) => lines.indexOf(h));
      assert.ok(
        at.every((i) => i >= 0),
        `${lang}: headings missing: ${headings.filter((_, i) => at[i]! < 0).join(', ')}`,
      );
      assert.deepEqual(
        [...at].sort((a, b) => a - b),
        at,
        `${lang}: headings out of order`,
      );
      assert.ok(text.includes(lang === 'cy' ? 'Dyddiad: 12 Mawrth 2026' : 'Date: 12 March 2026'));
      assert.ok(
        text.includes(
          lang === 'cy'
            ? 'Cam cyntaf: Gwahodd y gwasanaethau’n lleol i’r cyfarfod nesaf'
            : 'First step: Gwahodd y gwasanaethau’n lleol i’r cyfarfod nesaf',
        ),
      );
    }
  },
);
