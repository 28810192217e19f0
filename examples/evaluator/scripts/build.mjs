#!/usr/bin/env node
// Bundles the page script and the Web Worker (with @netweave/sdk's browser build and papaparse)
// into dist/. Needs the SDK built first (`npm run build -w @netweave/sdk` or the root build).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: { app: 'src/app.js', worker: 'src/worker.js' },
  bundle: true,
  // code splitting: core loads some modules on demand, and without splitting esbuild wraps them in
  // lazy initialisers that a re-export can skip (the screening word list came out undefined)
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outdir: 'dist',
  logLevel: 'info',
});
