#!/usr/bin/env node
// `npm start`: serves the project folder (demo/ and the built dist/) on
// http://localhost:8000 (PORT overrides). Sends CORS headers, as a CDN for the kit must:
// module scripts and data loaded from another origin need them; Timing-Allow-Origin lets a
// page's resource timing (and the partner-page benchmark) see the kit's transfer sizes.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

export function serve(rootDir, port, { host = '127.0.0.1', index = '/demo/' } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/') {
      res.writeHead(302, { location: index });
      return res.end();
    }
    let file = normalize(join(rootDir, path));
    if (!file.startsWith(normalize(rootDir))) {
      res.writeHead(403);
      return res.end();
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
      return res.end('not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
      'timing-allow-origin': '*',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8000);
  const root = new URL('..', import.meta.url).pathname;
  await serve(root, port, { host: process.env.HOST ?? 'localhost' });
  console.log(`HCA ICT widget kit demo: http://localhost:${port}/demo/`);
}
