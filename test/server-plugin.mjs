// Test-server additions for the browser tests: the built kit served from a second
// origin (127.0.0.1 on its own port, as from a CDN), routes that misbehave on
// purpose (a slow response for the timeout test, a 500, the kit with one element's
// module missing), and a store for datasets a test generates (PUT /__test/store/<path>
// keeps the body in memory, GET serves it).
import { createReadStream, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { serve } from '../scripts/serve.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;

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
  async function middleware(ctx, next) {
    if (ctx.path === '/__test/kit-origin') {
      ctx.body = { origin: kitOrigin };
    } else if (ctx.path.startsWith('/__test/slow/')) {
      await new Promise((r) => setTimeout(r, 3000));
      ctx.type = 'application/json';
      ctx.body = '{}';
    } else if (ctx.path.startsWith('/__test/no-regiokaart/')) {
      // The built kit with one element's module missing, as when a CDN or a CORS rule blocks it.
      const file = normalize(ctx.path.slice('/__test/no-regiokaart/'.length));
      if (file === 'regiokaart.js' || file.startsWith('..') || !existsSync(join(dist, file))) {
        ctx.status = 404;
        ctx.body = 'not found';
      } else {
        ctx.type = extname(file);
        ctx.body = createReadStream(join(dist, file));
      }
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
