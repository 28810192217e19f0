/**
 * `npm run bench [-- --rows 1000000] [--small-rows 10000] [--runs 5] [--extras]` (builds first):
 * generates a canonical CSV (1,000,000 rows by default, about 129 MB) and a small one (10,000
 * rows) in a temporary directory and times, as whole processes run alternately (so each one's
 * start-up and peak RSS are its own, and a busy machine slows both alike):
 *  - netweave: `netweave aggregate --by sector --format json <file>` (the CLI as users run it);
 *  - DuckDB (`@duckdb/node-api`, a root devDependency, never the SDK's): the same figures per
 *    challenge by sector in SQL (bench/duckdb-aggregate.mjs), printed as JSON.
 * Prints the medians, netweave's time as a ratio to DuckDB's (goals: ≤ 1.2× on the large file,
 * ≤ 0.5× on the small one, process start to output) and netweave's peak RSS on the large file
 * (goal ≤ 256 MB, worker threads included); then, as an extra line, a bare papaparse streaming
 * parse of the large file in one thread (the old yardstick). `--extras` adds the in-process
 * figures: the least validation on the same parse, arquero 8, and a JSON export's peak RSS.
 * Goals, not hard budgets: the exit code is 0 unless something fails to run.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
/** The commands compared, as whole processes. */
const COMMANDS = {
  netweave: (file) => [
    here('../dist/cli/netweave.js'),
    'aggregate',
    '--by',
    'sector',
    '--format',
    'json',
    '--quiet',
    file,
  ],
  duckdb: (file) => [here('./duckdb-aggregate.mjs'), file],
};

/** Runs one command as a whole process: wall time from spawn to exit, peak RSS (kB → MB), output size. */
function whole(name, file, dir) {
  const rssFile = join(dir, `${name}.rss`);
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', here('./peak-rss.mjs'), ...COMMANDS[name](file)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, NETWEAVE_BENCH_RSS: rssFile },
  });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${name} failed (${r.status}): ${r.stderr}`);
  const rssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { ms, rssMB, out: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Alternates the two commands `runs` times on `file`; returns their medians. */
function race(file, runs, dir) {
  const times = { netweave: [], duckdb: [] };
  const rss = { netweave: [], duckdb: [] };
  const ratios = [];
  let check;
  for (let i = 0; i < runs; i++) {
    // alternate which goes first, so neither always runs on a warmer cache
    const order = i % 2 ? ['netweave', 'duckdb'] : ['duckdb', 'netweave'];
    const pair = {};
    for (const name of order) {
      const r = whole(name, file, dir);
      times[name].push(r.ms);
      rss[name].push(r.rssMB);
      pair[name] = r.ms;
      if (name === 'netweave') check = JSON.parse(r.out).respondents;
    }
    ratios.push(pair.netweave / pair.duckdb);
  }
  return {
    netweave: median(times.netweave),
    duckdb: median(times.duckdb),
    ratio: median(times.netweave) / median(times.duckdb),
    pairRatio: median(ratios),
    rss: { netweave: Math.max(...rss.netweave), duckdb: Math.max(...rss.duckdb) },
    check,
    times,
  };
}

async function parent() {
  const args = process.argv.slice(2);
  const num = (flag, dflt) => {
    const i = args.indexOf(flag);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const rows = num('--rows', 1_000_000);
  const smallRows = num('--small-rows', 10_000);
  const runs = num('--runs', 5);
  const extras = args.includes('--extras');
  if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows must be a positive whole number');
  const dir = mkdtempSync(join(tmpdir(), 'netweave-bench-'));
  const file = join(dir, 'responses.csv');
  const small = join(dir, 'small.csv');
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  try {
    let t = performance.now();
    await generate(file, rows);
    await generate(small, smallRows);
    const size = statSync(file).size;
    console.log(
      `Generated ${rows.toLocaleString('en-GB')} rows (${(size / 1e6).toFixed(0)} MB) and ${smallRows.toLocaleString('en-GB')} rows in ${((performance.now() - t) / 1000).toFixed(1)} s; ${availableParallelism()} cores, load average ${load()} before`,
    );
    whole('duckdb', small, dir); // warm the disk cache and the native library once
    whole('netweave', small, dir);
    const big = race(file, runs, dir);
    const little = race(small, runs, dir);
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    const line = (label, r, goal) =>
      console.log(
        `${label}: netweave ${s(r.netweave)}, DuckDB ${s(r.duckdb)} (medians of ${runs} alternating runs): ${r.ratio.toFixed(2)}× DuckDB's time (median of the run-by-run ratios ${r.pairRatio.toFixed(2)}×)  (goal ≤ ${goal.toFixed(2)}×)  ${r.ratio <= goal ? 'MET' : 'MISSED'}`,
      );
    line(`${rows.toLocaleString('en-GB')} rows, aggregate --by sector --format json`, big, 1.2);
    console.log(
      `  peak RSS: netweave ${big.rss.netweave.toFixed(0)} MB (goal ≤ 256 MB)  ${big.rss.netweave <= 256 ? 'MET' : 'MISSED'}; DuckDB ${big.rss.duckdb.toFixed(0)} MB  [${big.check} respondents]`,
    );
    console.log(
      `  runs (s): netweave ${big.times.netweave.map((x) => (x / 1000).toFixed(2)).join(' ')}; DuckDB ${big.times.duckdb.map((x) => (x / 1000).toFixed(2)).join(' ')}`,
    );
    line(`${smallRows.toLocaleString('en-GB')} rows, process start to output`, little, 0.5);
    console.log(
      `  runs (s): netweave ${little.times.netweave.map((x) => (x / 1000).toFixed(3)).join(' ')}; DuckDB ${little.times.duckdb.map((x) => (x / 1000).toFixed(3)).join(' ')}`,
    );
    const base = [];
    for (let i = 0; i < Math.min(runs, 3); i++) base.push(measure('baseline', file));
    const b = median(base.map((x) => x.ms));
    console.log(
      `papaparse streaming parse, one thread, in-process (the old baseline): ${s(b)} (median of ${base.length}), ${(size / 1e6 / (b / 1000)).toFixed(0)} MB/s; netweave's whole run is ${(big.netweave / b).toFixed(2)}× it`,
    );
    console.log(`load average ${load()} after`);
    if (extras) await extraFigures(file, dir, size, runs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The older in-process figures (`--extras`). */
async function extraFigures(file, dir, size, runs) {
  const sdk = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    sdk.push(measure('sdk', file));
    floor.push(measure('floor', file));
  }
  const bestOf = (list, key) => list.reduce((x, y) => (y[key] < x[key] ? y : x));
  const sd = bestOf(sdk, 'ms');
  const f = bestOf(floor, 'ms');
  console.log(`sdk readFile (one pass, in-process): ${(sd.ms / 1000).toFixed(2)} s  [${sd.check}]`);
  console.log(`least validation on the same parse:  ${(f.ms / 1000).toFixed(2)} s`);
  const a = measure('arquero', file);
  console.log(
    `arquero 8.0.3 same aggregation:      ${(a.ms / 1000).toFixed(2)} s, peak RSS ${a.rssMB.toFixed(0)} MB  [${a.check}]`,
  );
  const json = join(dir, 'responses.json');
  await generateJson(json, 300_000);
  rmSync(file);
  const j = measure('sdk-json', json);
  console.log(
    `sdk JSON export (300,000 responses, ${(statSync(json).size / 1e6).toFixed(0)} MB), streamed: ${(j.ms / 1000).toFixed(2)} s, peak RSS ${j.rssMB.toFixed(0)} MB (goal < 200 MB)`,
  );
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else if (process.argv[2] === '--generate')
  await generate(process.argv[3], Number(process.argv[4] ?? 1_000_000));
else await parent();
