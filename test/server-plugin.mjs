// Test-server additions for the browser tests: the built kit served from a second
// origin (127.0.0.1 on its own port, as from a CDN), routes that misbehave on
// purpose (a slow response for the timeout test, a 500), a store for datasets a test
// generates (PUT /__test/store/<path> keeps the body in memory, GET serves it), and a
// table of files a test makes fail for a while:
//   POST /__test/fail?path=/dist/geo/nederland.topo.json&mode=404|invalid|slow
//   POST /__test/fail?mode=reset   (every file heals)
// A request whose path ends with a listed path then answers 404, a broken body (JSON or
// JavaScript that does not parse, with the right content type), or only after 3 s. A
// listed path may leave out `.js`/`.ts`: a module's URL in the dev server has either.
// A failure is never cached (the test runner marks every file cacheable for a year), and
// /__test/kit/<any>/<file> serves dist/<file>: a kit at a URL of its own, that no earlier
// test put in the browser's cache.
import { createReadStream, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { serve } from '../scripts/serve.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;

const SLOW_MS = 3000;

export function testServer() {
  let kitOrigin = '';
  let server;
  const plugin = {
    name: 'hca-test-server',
    async serverStart() {
      server = await serve(new URL('../dist/', import.meta.url).pathname, 0, { host: '127.0.0.1' });
      kitOrigin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      server?.close();
    },
  };
  const store = new Map();
  /** path -> '404' | 'invalid' | 'slow' */
  const failing = new Map();
  const failureOf = (path) => [...failing].find(([p]) => path.endsWith(p) || path.replace(/\.[jt]s$/, '').endsWith(p))?.[1];
  async function middleware(ctx, next) {
    if (ctx.path.startsWith('/__test/csp/')) return cspPage(ctx, kitOrigin);
    const failure = failureOf(ctx.path);
    if (ctx.path === '/__test/fail' && ctx.method === 'POST') {
      const { path, mode } = ctx.query;
      if (mode === 'reset') failing.clear();
      else if (path && ['404', 'invalid', 'slow'].includes(mode)) failing.set(path, mode);
      else ctx.throw(400, 'path and mode (404, invalid, slow or reset) needed');
      ctx.status = 204;
      return;
    }
    if (failure === '404' || failure === 'invalid') {
      const script = /\.m?[jt]s$/.test(ctx.path);
      const [status, type, body] =
        failure === '404'
          ? [404, 'text/plain', 'not found']
          : script
            ? [200, 'text/javascript', 'export const = ;']
            : [200, 'application/json', '{"schemaVersion": 1, "records": ['];
      // written past koa, so that no later header makes it cacheable
      ctx.respond = false;
      ctx.res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
      ctx.res.end(body);
      return;
    }
    if (failure === 'slow') await new Promise((r) => setTimeout(r, SLOW_MS));
    if (ctx.path.startsWith('/__test/kit/')) {
      const file = normalize(ctx.path.split('/').slice(4).join('/'));
      if (file.startsWith('..') || !existsSync(join(dist, file))) ctx.status = 404;
      else {
        ctx.type = extname(file);
        ctx.body = createReadStream(join(dist, file));
      }
    } else if (ctx.path === '/__test/kit-origin') {
      ctx.body = { origin: kitOrigin };
    } else if (ctx.path.startsWith('/__test/slow/')) {
      await new Promise((r) => setTimeout(r, SLOW_MS));
      ctx.type = 'application/json';
      ctx.body = '{}';
    } else if (ctx.path.startsWith('/__test/error500/')) {
      ctx.status = 500;
      ctx.body = 'server error';
    } else if (ctx.path.startsWith('/__test/store/')) {
      if (ctx.method === 'PUT') {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        store.set(ctx.path, Buffer.concat(chunks));
        ctx.status = 204;
      } else if (store.has(ctx.path)) {
        ctx.type = 'application/json';
        ctx.body = store.get(ctx.path);
      } else ctx.status = 404;
    } else return next();
  }
  return { plugin, middleware };
}

// A partner page under a strict Content Security Policy: the built kit from the kit origin,
// all four elements, and only the directives README.md names for the renderer
// (`/__test/csp/maplibre.html` or `/__test/csp/leaflet.html`). `watch.js` (the page's one own
// script) records every CSP violation and kit event for the test that frames the page.
export const cspPolicy = (renderer, kitOrigin) =>
  [
    "default-src 'none'",
    `script-src 'self' ${kitOrigin}`,
    `connect-src ${kitOrigin}`,
    ...(renderer === 'maplibre' ? [`worker-src blob: ${kitOrigin}`] : []),
  ].join('; ');

const cspWatch = `window.hcaCsp = { violations: [], events: [] };
addEventListener('securitypolicyviolation', (e) => hcaCsp.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample }));
for (const type of ['hca-ready', 'hca-data-error']) addEventListener(type, (e) => hcaCsp.events.push({ type, tag: e.target.localName, detail: e.detail }));`;

function cspPage(ctx, kitOrigin) {
  const name = ctx.path.slice('/__test/csp/'.length);
  if (name === 'watch.js') {
    ctx.type = 'text/javascript';
    ctx.body = cspWatch;
    return;
  }
  const renderer = { 'maplibre.html': 'maplibre', 'leaflet.html': 'leaflet' }[name];
  if (!renderer) {
    ctx.status = 404;
    return;
  }
  ctx.set('content-security-policy', cspPolicy(renderer, kitOrigin));
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CSP ${renderer}</title>
<script src="/__test/csp/watch.js"></script><script type="module" src="${kitOrigin}/hcaict-widgets.js"></script></head>
<body><hca-netwerkkaart renderer="${renderer}"></hca-netwerkkaart><hca-regioprofiel region="utrecht"></hca-regioprofiel><hca-regiokaart></hca-regiokaart><hca-werkende-modellen></hca-werkende-modellen></body></html>`;
}
