/**
 * The packed kit in two partner apps that bundle it (test/fixtures/bundlers): Vite with
 * React 19 (.tsx, type-checked with tsc) and webpack 5 with Vue 3 (an SFC type-checked with
 * vue-tsc). Each is installed from the tarball (`npm pack` of the built kit), built, served and
 * opened in Chromium: the element must show its data (hca-ready with every initiative of
 * dist/data), hca-select must reach the framework's own listener, MapLibre must find its
 * worker, and there must be no console error and no failed request. With nothing copied by
 * hand: the data, boundaries and worker get into each build through the kit's
 * `new URL('./…', import.meta.url)` (src/kit-files.ts). The Vite dev server is checked too.
 *
 * The apps and their node_modules live in a cache outside the repository
 * (HCA_BUNDLER_CACHE, default <tmp>/hca-bundler-cache): a second run only reinstalls the kit.
 * Needs the build (the test runner builds first), the npm registry (--prefer-offline) and
 * Chromium (CHROME_PATH or /usr/bin/chromium). Nothing is skipped: what is missing fails.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { stripVTControlCharacters } from 'node:util';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type ElementHandle } from 'puppeteer-core';
import { fromRoot } from '../src/cli/paths.js';

const CACHE = process.env.HCA_BUNDLER_CACHE || join(tmpdir(), 'hca-bundler-cache');
const FIXTURES = fromRoot('test/fixtures/bundlers');
const TARBALL = join(CACHE, 'hcaict-widgets.tgz');
const INITIATIVES = (JSON.parse(readFileSync(fromRoot('dist/data/initiatives.json'), 'utf8')) as { records: unknown[] }).records.length;
const MINUTES = 60_000;
const timings: string[] = [];

const sh = (cmd: string, args: string[], cwd: string, timeout = 6 * MINUTES) => {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_update_notifier: 'false', NODE_ENV: '' } });
  const seconds = (Date.now() - t0) / 1000;
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`, seconds };
};
const time = (label: string, seconds: number) => timings.push(`${label} ${seconds.toFixed(1)} s`);

/** Vite 7 and 8 need Node 20.19 or 22.12; on an older Node the Vite app uses Vite 6. */
function viteRange(): string {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23 ? '^8.0.0' : '^6.0.0';
}

/** Copies the app's sources into the cache (node_modules stays) and installs, the kit fresh from the tarball. */
function install(name: string): string {
  const dir = join(CACHE, name);
  for (const stale of ['src', 'dist', 'node_modules/@hcaict']) rmSync(join(dir, stale), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  const pkgFile = join(dir, 'package.json');
  if (name === 'vite-react') writeFileSync(pkgFile, readFileSync(pkgFile, 'utf8').replace('"vite": "^8.0.0"', `"vite": "${viteRange()}"`));
  // No lockfile: the versions are ranges, and the kit's tarball changes with every build.
  writeFileSync(join(dir, '.npmrc'), 'package-lock=false\naudit=false\nfund=false\nupdate-notifier=false\n');
  const r = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  time(`${name}: npm install`, r.seconds);
  assert.ok(r.ok, `npm install in ${dir} failed:\n${r.out}`);
  assert.ok(existsSync(join(dir, 'node_modules/@hcaict/widgets/dist/kit-files.js')), 'the kit is installed from the tarball');
  return dir;
}

let browser: Browser | undefined;
async function openBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  assert.ok(existsSync(executablePath), `Chromium not found at ${executablePath} (set CHROME_PATH)`);
  browser ??= await puppeteer.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return browser;
}

// Page scripts are strings: this file is checked without the DOM library.
const SHADOW = `document.querySelector('hca-netwerkkaart')?.shadowRoot`;
const RECORD_READY = `window.__hcaReady = null;
document.addEventListener('hca-ready', (e) => { window.__hcaReady = e.detail; }, true);`;

/**
 * Opens the app, waits for hca-ready, clicks the first list row and waits for the id in
 * #selected (written by the framework's listener). With MapLibre, also waits for its canvas and
 * its worker. Fails on any console error, page error, failed request or HTTP error.
 */
async function checkApp(url: string, renderer: 'leaflet' | 'maplibre'): Promise<void> {
  const page = await (await openBrowser()).newPage();
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console error: ${m.text()} (${m.location().url ?? ''})`)));
  page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => void (r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`)));
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(RECORD_READY);
    await page.goto(renderer === 'maplibre' ? `${url}?renderer=maplibre` : url, { waitUntil: 'load', timeout: 2 * MINUTES });
    await page.waitForFunction('window.__hcaReady', { timeout: 2 * MINUTES }).catch(() => {
      throw new Error(`no hca-ready; the element says: ${problems.join('; ')}`);
    });
    const ready = (await page.evaluate('window.__hcaReady')) as { count: number };
    assert.equal(ready.count, INITIATIVES, 'hca-ready counts every initiative of the default data');

    const row = (await page.waitForFunction(`${SHADOW}?.querySelector('.row[data-index="0"]')`, { timeout: MINUTES })).asElement() as ElementHandle;
    const id = (await page.evaluate(`${SHADOW}.querySelector('.row[data-index="0"]').dataset.id`)) as string;
    assert.ok(id, 'the first row names its initiative');
    await row.click();
    await page.waitForFunction(`document.querySelector('#selected')?.textContent === ${JSON.stringify(id)}`, { timeout: 30_000 }).catch(() => {
      throw new Error(`hca-select did not reach the framework's listener (expected #selected = ${id})`);
    });

    if (renderer === 'maplibre') {
      await page.waitForFunction(`${SHADOW}?.querySelector('canvas.maplibregl-canvas')`, { timeout: MINUTES });
      // The worker's file name is the bundler's (webpack: a hash), but it is the one .mjs the page loads.
      await page.waitForFunction(`performance.getEntriesByType('resource').some((e) => /\\.mjs([?#]|$)/.test(e.name))`, { timeout: MINUTES }).catch(() => {
        throw new Error('the MapLibre worker was not loaded');
      });
      await new Promise((r) => setTimeout(r, 1000)); // a worker that fails reports it asynchronously
    }
    assert.deepEqual(problems, [], 'no console error and no failed request');
  } finally {
    await page.close();
  }
}

async function serveDir(dir: string): Promise<{ url: string; server: { close(): void } }> {
  assert.ok(existsSync(join(dir, 'index.html')), `${dir}/index.html: the build wrote nothing`);
  // Imported at run time: bundled into this test, serve.mjs would take the test file for its own
  // command line and start the demo server.
  const { serve } = (await import(pathToFileURL(fromRoot('scripts/serve.mjs')).href)) as typeof import('../scripts/serve.mjs');
  const server = await serve(dir, 0, { host: '127.0.0.1', index: '/index.html' });
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/index.html`, server };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s: Server = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

before(
  () => {
    assert.ok(existsSync(fromRoot('dist/kit-files.js')), 'dist/ is missing or old: run the build first (node scripts/build.mjs)');
    mkdirSync(CACHE, { recursive: true });
    const out = join(CACHE, 'pack');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    const pack = sh('npm', ['pack', '--json', '--pack-destination', out], fromRoot());
    assert.ok(pack.ok, pack.out);
    const [info] = JSON.parse(pack.out.slice(pack.out.indexOf('['))) as { filename: string; size: number }[];
    copyFileSync(join(out, info.filename), TARBALL);
    time(`npm pack (${(info.size / 1e6).toFixed(2)} MB)`, pack.seconds);
  },
  { timeout: 2 * MINUTES },
);

after(async () => {
  await browser?.close();
  console.log(`# bundlers (cache ${CACHE}): ${timings.join('; ')}`);
});

/** Serves an app's build output and checks the element in it with both renderers. */
async function checkBuilt(folder: string): Promise<void> {
  const { url, server } = await serveDir(folder);
  try {
    await checkApp(url, 'leaflet');
    await checkApp(url, 'maplibre');
  } finally {
    server.close();
  }
}

describe('Vite + React 19', () => {
  let dir = '';

  test('installs from the tarball', { timeout: 8 * MINUTES }, () => {
    dir = install('vite-react');
  });

  test('the .tsx type-checks against the installed package (JSX tags, attributes, typed event details)', { timeout: 3 * MINUTES }, () => {
    const r = sh(process.execPath, [fromRoot('node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], dir);
    time('vite-react: tsc', r.seconds);
    assert.ok(r.ok, r.out);
  });

  test('vite build: the element shows its data, hca-select reaches React, MapLibre finds its worker', { timeout: 8 * MINUTES }, async () => {
    const r = sh(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], dir);
    time('vite build', r.seconds);
    assert.ok(r.ok, r.out);
    const assets = readdirSync(join(dir, 'dist/assets'));
    for (const name of ['initiatives', 'nederland.topo', 'maplibre-gl-worker']) {
      assert.ok(
        assets.some((f) => f.startsWith(name)),
        `Vite emitted ${name} from the kit's new URL(…, import.meta.url)`,
      );
    }
    await checkBuilt(join(dir, 'dist'));
  });

  test('vite dev server: the same, from the pre-bundled dependency', { timeout: 6 * MINUTES }, async () => {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      // CI=true turns colours on in Vite's output (picocolors), which splits "Local:" with escape codes
      env: { ...process.env, NODE_ENV: '', NO_COLOR: '1' },
    });
    let log = '';
    child.stdout?.on('data', (d) => (log += d));
    child.stderr?.on('data', (d) => (log += d));
    try {
      const url = `http://127.0.0.1:${port}/`;
      const t0 = Date.now();
      while (!/Local:/.test(stripVTControlCharacters(log))) {
        assert.ok(child.exitCode === null, `vite exited: ${log}`);
        assert.ok(Date.now() - t0 < MINUTES, `vite did not start: ${log}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      // The first visit makes Vite pre-bundle the dependencies (and maybe reload the page once).
      const warm = await (await openBrowser()).newPage();
      await warm.goto(url, { waitUntil: 'networkidle0', timeout: 3 * MINUTES }).catch(() => undefined);
      await warm.close();
      time('vite dev: first visit', (Date.now() - t0) / 1000);
      await checkApp(url, 'leaflet');
      await checkApp(url, 'maplibre');
      assert.doesNotMatch(log, /error/i, `the dev server logged an error:\n${log}`);
    } finally {
      child.kill();
    }
  });
});

describe('webpack 5 + Vue 3', () => {
  let dir = '';

  test('installs from the tarball', { timeout: 8 * MINUTES }, () => {
    dir = install('webpack-vue');
  });

  test('the SFC type-checks with vue-tsc against the installed package (global components, typed event details)', { timeout: 3 * MINUTES }, () => {
    const r = sh(process.execPath, ['node_modules/vue-tsc/bin/vue-tsc.js', '--noEmit', '-p', 'tsconfig.json'], dir);
    time('webpack-vue: vue-tsc', r.seconds);
    assert.ok(r.ok, r.out);
  });

  test('webpack build without warnings: the element shows its data, hca-select reaches Vue, MapLibre finds its worker', { timeout: 8 * MINUTES }, async () => {
    const r = sh(process.execPath, ['build.js'], dir);
    time('webpack build', r.seconds);
    assert.ok(r.ok, r.out);
    assert.doesNotMatch(r.out, /WARNING|Critical dependency/, r.out);
    await checkBuilt(join(dir, 'dist'));
  });
});
