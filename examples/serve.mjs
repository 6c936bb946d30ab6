#!/usr/bin/env node
// Serves the repository on http://127.0.0.1:4173 for the examples: `npm run build && node examples/serve.mjs`,
// then open http://127.0.0.1:4173/examples/intranet/. Read-only, local only; Ctrl+C stops it.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
  '.vtt': 'text/vtt',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};
const port = Number(process.env.PORT ?? 4173);

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!path.startsWith(root) || path.includes('node_modules') || !existsSync(path)) {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(readFileSync(path));
}).listen(port, '127.0.0.1', () => console.log(`Examples on http://127.0.0.1:${port}/examples/intranet/`));
