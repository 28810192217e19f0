/**
 * `npm run bench [-- --rows 200000] [--no-arquero]` (after `npm run build`): generates a canonical CSV (1,000,000 rows by default) in a
 * temporary directory and measures, each in its own child process (so peak RSS is its own):
 *  - baseline: a bare papaparse streaming parse of the file (rows as arrays, chunk callback);
 *  - sdk: streaming validate + de-duplicate + aggregate (grouped by sector) with `readFile`;
 *  - floor: the least validation any reader must do (ids, timestamps, ratings, duplicates) fused
 *    into the same papaparse chunk handler: how close to the baseline validation can get here;
 *  - arquero 8: the same figures (base, identified, mean, SD, median per challenge) from the
 *    file loaded as a table;
 *  - sdk-json: the same rows as a JSON export (`{"responses": [...]}`, 300,000 responses by
 *    default, about 150 MB: `--json-rows n`, `--no-json` to skip), read with `readFile`: a memory
 *    check (peak RSS, goal < 200 MB; reading it whole took 671 MB), not a race.
 * Prints throughput as a ratio to the baseline (goal ≥ 0.8×), the SDK's peak RSS (goal < 200 MB)
 * and the speed-up over arquero (goal > 1×). Goals, not hard budgets: the exit code is 0 unless
 * something fails to run.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const IDS = [
  'building-relationships',
  'evaluating-your-network',
  'finding-the-time',
  'generating-ideas',
  'hassles-with-hierarchies',
  'ideas-to-action',
  'inclusivity-and-diversity',
  'network-mapping',
  'peer-support',
];

async function generate(path, rows) {
  const out = createWriteStream(path);
  const sectors = ['nhs', 'local-government', 'social-care', 'vcse', 'housing', 'education', 'other', ''];
  const nations = ['england', 'scotland', 'wales', 'northern-ireland', ''];
  const regions = [
    'West Yorkshire',
    'Cardiff and Vale',
    'Greater Glasgow and Clyde',
    'Belfast',
    'North East London',
    '',
  ];
  const others = [
    'Funding',
    'Staff turnover',
    'Data sharing between organisations',
    'IT systems, again',
    'Travel across a rural area',
    'Cael gwasanaethau’n Gymraeg ŵ ŷ',
  ];
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  let buf = `response_id,session_id,submitted_at,catalogue_version,sector,nation,region,${IDS.join(',')},other_challenge,other_rating\r\n`;
  for (let i = 0; i < rows; i++) {
    const hex = (0x10000000 + i).toString(16);
    const day = 1 + (i % 28);
    let line = `${hex}-4c1d-4a2b-9e3f-${((i * 2654435761) >>> 0).toString(16).padStart(12, '0')},session-${i % 40},2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00Z,2024.1,${sectors[i % 8]},${nations[i % 5]},${regions[i % 6]}`;
    for (let j = 0; j < 9; j++) {
      const r = rand();
      line += r < 0.06 ? ',' : `,${Math.floor(r * 5)}`;
    }
    line += i % 10 === 0 ? `,"${others[i % 6]}",${3 + (i % 2)}\r\n` : ',,\r\n';
    buf += line;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((resolve) => out.once('drain', resolve));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise((resolve) => out.on('finish', resolve));
}

/** The same kind of rows as a JSON export, as the collector writes it (one response a line). */
async function generateJson(path, rows) {
  const out = createWriteStream(path);
  const sectors = ['nhs', 'local-government', 'social-care', 'vcse', 'housing', 'education', 'other', null];
  const nations = ['england', 'scotland', 'wales', 'northern-ireland', null];
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  let buf = '{"kind": "netweave.export", "responses": [\n';
  for (let i = 0; i < rows; i++) {
    const ratings = {};
    for (const id of IDS) {
      const r = rand();
      ratings[id] = r < 0.06 ? null : Math.floor(r * 5);
    }
    const response = {
      id: `${(0x10000000 + i).toString(16)}-4c1d-4a2b-9e3f-${((i * 2654435761) >>> 0).toString(16).padStart(12, '0')}`,
      sessionId: `session-${i % 40}`,
      submittedAt: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00Z`,
      catalogueVersion: '2024.1',
      respondent: {
        sector: sectors[i % 8],
        nation: nations[i % 5],
        region: i % 6 ? 'Cardiff and Vale' : null,
      },
      ratings,
      otherChallenge: i % 10 === 0 ? { text: 'Cael gwasanaethau’n Gymraeg ŵ ŷ', rating: 3 } : null,
    };
    buf += (i ? ',\n' : '') + JSON.stringify(response);
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((resolve) => out.once('drain', resolve));
      buf = '';
    }
  }
  out.end(buf + '\n], "commitments": []}\n');
  await new Promise((resolve) => out.on('finish', resolve));
}

/** A bare papaparse streaming parse of `path` (rows as arrays, chunk callback), as readFile streams it. */
async function papaStream(path, chunk) {
  const Papa = (await import('papaparse')).default;
  const stream = createReadStream(path, { highWaterMark: 1 << 18 });
  stream.setEncoding('utf8');
  await new Promise((resolve, reject) => {
    Papa.parse(stream, {
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      delimiter: ',',
      chunk,
      complete: () => resolve(),
      error: reject,
    });
  });
}

async function child(kind, path) {
  let start = performance.now();
  let cpu0 = process.cpuUsage();
  let rows = 0;
  let check = '';
  if (kind === 'baseline') {
    await import('papaparse');
    start = performance.now();
    cpu0 = process.cpuUsage();
    await papaStream(path, (results) => {
      rows += results.data.length;
    });
    rows -= 1; // header
  } else if (kind === 'floor') {
    // The least any validating reader can do on top of the same parse: check each id's characters
    // and hash it, check the timestamp, look up the sector, count the nine ratings and look the id
    // up for duplicates, fused into the chunk handler with column indices and no per-row objects.
    await import('papaparse');
    const { scanId, plainUtcTimestamp, idHashes } = await import('../dist/read/fast-checks.js');
    const { createIdSet } = await import('../dist/read/id-set.js');
    start = performance.now();
    cpu0 = process.cpuUsage();
    const ids = createIdSet(Math.ceil(statSync(path).size / 200)); // sized as readFile sizes it
    const counts = new Int32Array(8 * 45);
    const sectors = new Map(
      ['nhs', 'local-government', 'social-care', 'vcse', 'housing', 'education', 'other', ''].map((s, i) => [
        s,
        i,
      ]),
    );
    let kept = 0;
    let header = true;
    await papaStream(path, (results) => {
      const data = results.data;
      for (let r = header ? 1 : 0; r < data.length; r++) {
        const c = data[r];
        rows += 1;
        if (c.length !== 18 || !scanId(c[0], 100)) continue;
        if (plainUtcTimestamp(c[2]) !== plainUtcTimestamp(c[2])) continue;
        const g = sectors.get(c[4]) ?? 7;
        let h = 0;
        for (let j = 0; j < 9; j++) {
          const s = c[7 + j];
          if (s.length === 1) {
            const v = s.charCodeAt(0) - 48;
            if (v >= 0 && v < 5) {
              counts[g * 45 + j * 5 + v] += 1;
              h = Math.imul(h ^ v, 16777619);
            }
          }
        }
        if (!ids.checkHashed(idHashes[0], idHashes[1], h, 0, rows)) kept += 1;
      }
      header = false;
    });
    check = `${kept}`;
  } else if (kind === 'sdk-json') {
    const { readFile } = await import('../dist/node/index.js');
    const { createGrouped, addGroupedRow, analyse } = await import('../dist/index.js');
    const { DEFAULT_CATALOGUE } = await import('@netweave/model');
    start = performance.now();
    cpu0 = process.cpuUsage();
    const grouped = createGrouped(DEFAULT_CATALOGUE, ['sector']);
    const result = await readFile(path, { onRow: (view) => addGroupedRow(grouped, view) });
    rows = result.stats.rows;
    const a = analyse(grouped, { catalogue: DEFAULT_CATALOGUE });
    check = `${a.respondents} of ${rows}, ${result.stats.errors} errors`;
  } else if (kind === 'sdk') {
    const { readFile } = await import('../dist/node/index.js');
    const { createGrouped, addGroupedRow, analyse } = await import('../dist/index.js');
    const { DEFAULT_CATALOGUE } = await import('@netweave/model');
    start = performance.now();
    cpu0 = process.cpuUsage();
    const grouped = createGrouped(DEFAULT_CATALOGUE, ['sector']);
    const result = await readFile(path, { onRow: (view) => addGroupedRow(grouped, view) });
    rows = result.stats.rows;
    const a = analyse(grouped, { catalogue: DEFAULT_CATALOGUE });
    check = `${a.respondents} ${a.challenges[0].base} ${a.challenges[0].identified} ${a.challenges[0].mean?.toFixed(6)}`;
  } else if (kind === 'arquero') {
    const aq = await import('arquero');
    const { op } = aq;
    start = performance.now();
    cpu0 = process.cpuUsage();
    const text = readFileSync(path, 'utf8');
    const parse = {};
    for (const c of [
      'response_id',
      'session_id',
      'submitted_at',
      'catalogue_version',
      'sector',
      'nation',
      'region',
      'other_challenge',
    ])
      parse[c] = (v) => v;
    const table = aq.fromCSV(text, { parse });
    rows = table.numRows();
    const exprs = { respondents: op.count() };
    for (const id of IDS) {
      exprs[`${id}__base`] = op.valid(id);
      exprs[`${id}__mean`] = op.mean(id);
      exprs[`${id}__sd`] = op.stdev(id);
      exprs[`${id}__median`] = op.median(id);
    }
    const ident = {};
    for (const id of IDS)
      ident[`${id}__hi`] = aq.escape((d) => (d[id] !== null && d[id] !== undefined && d[id] >= 3 ? 1 : 0));
    const withHi = table.derive(ident);
    for (const id of IDS) exprs[`${id}__identified`] = op.sum(`${id}__hi`);
    withHi.rollup(exprs); // overall
    const bySector = withHi.groupby('sector').rollup(exprs);
    const total = withHi.rollup(exprs).objects()[0];
    check = `${total.respondents} ${total[`${IDS[0]}__base`]} ${total[`${IDS[0]}__identified`]} ${total[`${IDS[0]}__mean`].toFixed(6)} (${bySector.numRows()} groups)`;
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu0);
  const cpuMs = (used.user + used.system) / 1000;
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, cpuMs, rows, rssMB, check }));
}

function measure(kind, path) {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [self, '--child', kind, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${kind} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function parent() {
  const args = process.argv.slice(2);
  const rowsArg = args.indexOf('--rows');
  const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_000_000;
  const skipArquero = args.includes('--no-arquero');
  const skipJson = args.includes('--no-json');
  const jsonRowsArg = args.indexOf('--json-rows');
  const jsonRows = jsonRowsArg >= 0 ? Number(args[jsonRowsArg + 1]) : 300_000;
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 2;
  if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows must be a positive whole number');
  const dir = mkdtempSync(join(tmpdir(), 'netweave-bench-'));
  const file = join(dir, 'responses.csv');
  try {
    let t = performance.now();
    await generate(file, rows);
    const size = statSync(file).size;
    console.log(
      `Generated ${rows.toLocaleString('en-GB')} rows (${(size / 1e6).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    // alternate runs, keep the best of each (less noise on a shared machine)
    const base = [];
    const sdk = [];
    const floor = [];
    for (let i = 0; i < runs; i++) {
      base.push(measure('baseline', file));
      sdk.push(measure('sdk', file));
      floor.push(measure('floor', file));
    }
    const bestOf = (list, key) => list.reduce((x, y) => (y[key] < x[key] ? y : x));
    const b = bestOf(base, 'ms');
    const s = bestOf(sdk, 'ms');
    const bCpu = bestOf(base, 'cpuMs').cpuMs;
    const sCpu = bestOf(sdk, 'cpuMs').cpuMs;
    const rssMax = Math.max(...sdk.map((x) => x.rssMB));
    const ratio = b.ms / s.ms;
    const cpuRatio = bCpu / sCpu;
    const mbps = (ms) => (size / 1e6 / (ms / 1000)).toFixed(0);
    console.log(
      `papaparse streaming parse (baseline): ${(b.ms / 1000).toFixed(2)} s wall, ${(bCpu / 1000).toFixed(2)} s CPU, ${mbps(b.ms)} MB/s, peak RSS ${b.rssMB.toFixed(0)} MB`,
    );
    console.log(
      `sdk validate + aggregate:             ${(s.ms / 1000).toFixed(2)} s wall, ${(sCpu / 1000).toFixed(2)} s CPU, ${mbps(s.ms)} MB/s, peak RSS ${rssMax.toFixed(0)} MB  [${s.check}]`,
    );
    console.log(
      `  throughput vs baseline (wall clock): ${ratio.toFixed(2)}×  (goal ≥ 0.80×)  ${ratio >= 0.8 ? 'MET' : 'MISSED'}`,
    );
    console.log(
      `  throughput vs baseline (CPU time, steadier on a shared machine): ${cpuRatio.toFixed(2)}×  (goal ≥ 0.80×)  ${cpuRatio >= 0.8 ? 'MET' : 'MISSED'}`,
    );
    console.log(`  peak RSS: ${rssMax.toFixed(0)} MB  (goal < 200 MB)  ${rssMax < 200 ? 'MET' : 'MISSED'}`);
    const f = bestOf(floor, 'ms');
    console.log(
      `least validation on the same parse:   ${(f.ms / 1000).toFixed(2)} s wall (ids, timestamps, ratings, duplicates only, no grouping or other fields): ${(b.ms / f.ms).toFixed(2)}× the baseline`,
    );
    if (!skipArquero) {
      t = performance.now();
      const a = measure('arquero', file);
      const speedup = a.ms / s.ms;
      console.log(
        `arquero 8.0.3 same aggregation:       ${(a.ms / 1000).toFixed(2)} s wall, ${(a.cpuMs / 1000).toFixed(2)} s CPU, peak RSS ${a.rssMB.toFixed(0)} MB  [${a.check}]`,
      );
      console.log(
        `  sdk speed-up vs arquero: ${speedup.toFixed(2)}×  (goal > 1×)  ${speedup > 1 ? 'MET' : 'MISSED'}`,
      );
    }
    if (!skipJson) {
      const json = join(dir, 'responses.json');
      await generateJson(json, jsonRows);
      rmSync(file); // only one big file on disk at a time
      const j = measure('sdk-json', json);
      const jsonSize = statSync(json).size;
      console.log(
        `sdk JSON export (${jsonRows.toLocaleString('en-GB')} responses, ${(jsonSize / 1e6).toFixed(0)} MB), streamed: ${(j.ms / 1000).toFixed(2)} s wall, peak RSS ${j.rssMB.toFixed(0)} MB  [${j.check}]`,
      );
      console.log(
        `  peak RSS: ${j.rssMB.toFixed(0)} MB  (goal < 200 MB)  ${j.rssMB < 200 ? 'MET' : 'MISSED'}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else if (process.argv[2] === '--generate')
  await generate(process.argv[3], Number(process.argv[4] ?? 1_000_000));
else await parent();
