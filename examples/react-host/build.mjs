// Bundles the React app with esbuild: one copy of Lit, shared by the three widgets (npm builds).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: [join(here, 'src/main.jsx')],
  bundle: true,
  format: 'esm',
  minify: true,
  jsx: 'automatic',
  outfile: join(here, 'dist/main.js'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log('react-host: built dist/main.js');

if (process.argv.includes('--serve')) {
  const port = Number(process.env.PORT ?? 8090);
  createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(here, path === '/' ? 'index.html' : path);
    if (!file.startsWith(here) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': extname(file) === '.js' ? 'text/javascript' : 'text/html; charset=utf-8',
    });
    res.end(readFileSync(file));
  }).listen(port, '127.0.0.1', () => console.log(`React host: http://127.0.0.1:${port}/`));
}
