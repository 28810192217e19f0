// `node --import ./peak-rss.mjs …`: on exit, writes the process's peak RSS in kB (worker threads
// included) to the file named by NETWEAVE_BENCH_RSS, for the bench's whole-process measurements.
import { writeFileSync } from 'node:fs';

const file = process.env.NETWEAVE_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
