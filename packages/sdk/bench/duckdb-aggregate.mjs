/**
 * What an evaluator would otherwise run: DuckDB (`@duckdb/node-api`, a root devDependency used by
 * this bench only) reads the canonical CSV and computes, per challenge and sector, what
 * `netweave aggregate --by sector --format json` reports: base, identified at ≥ 3, mean, SD,
 * median and distinct respondents. Prints the result as JSON, as the CLI does.
 * `node bench/duckdb-aggregate.mjs <file.csv>`.
 */
import { DuckDBInstance } from '@duckdb/node-api';

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
const path = process.argv[2];
const q = (id) => `"${id}"`;
const figures = IDS.flatMap((id) => [
  `count(${q(id)}) AS ${q(`${id}.base`)}`,
  `count(*) FILTER (WHERE ${q(id)} >= 3) AS ${q(`${id}.identified`)}`,
  `avg(${q(id)}) AS ${q(`${id}.mean`)}`,
  `stddev_samp(${q(id)}) AS ${q(`${id}.sd`)}`,
  `median(${q(id)}) AS ${q(`${id}.median`)}`,
]);
const sql = `SELECT sector, count(DISTINCT response_id) AS respondents, ${figures.join(', ')}
  FROM read_csv('${path.replace(/'/g, "''")}', header = true, all_varchar = false)
  GROUP BY sector ORDER BY sector`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const rows = reader.getRowObjectsJson();
process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
