#!/usr/bin/env node
// `npm test`: finds (or installs) Chromium, type-checks, builds, runs the size gate,
// the Node tests (CLI and data build) and the browser tests, and ends with one plain
// line `N passed, N failed`. `--bench` runs the benchmarks instead of the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { findChromium } from './chromium.mjs';
import { NODE_BUNDLE } from './run-ts.mjs';

const root = new URL('..', import.meta.url).pathname;
const bench = process.argv.includes('--bench');
const skipBuild = process.argv.includes('--no-build');
const only = process.argv.find((a) => a.startsWith('--files='))?.slice(8);

const run = (cmd, args, opts = {}) => {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return { status: r.status ?? 1, seconds: (Date.now() - t0) / 1000 };
};
const step = (name, r) => {
  console.log(`[test] ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${r.seconds.toFixed(1)} s`);
  return r.status === 0;
};

const chromium = findChromium({ install: true });
if (!chromium) process.exit(1);
process.env.CHROME_PATH = chromium;

let passed = 0;
let failed = 0;
let skipped = 0;

if (!bench && !only) {
  // Browser code and browser tests without Node types; the CLI, scripts and Node tests with them.
  if (!step('typecheck (browser)', run('npx', ['tsc', '-p', 'tsconfig.json']))) failed++;
  if (!step('typecheck (node)', run('npx', ['tsc', '-p', 'tsconfig.node.json']))) failed++;
  if (!step('lint (eslint, no warnings)', run('npx', ['eslint', '--max-warnings', '0', '.']))) failed++;
  if (!step('format (prettier --check)', run('npx', ['prettier', '--check', '--log-level', 'warn', '.']))) failed++;
}
if (!skipBuild && !step('build', run('node', ['scripts/build.mjs']))) {
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}
if (!bench && !only && !step('size gate', run('node', ['scripts/size.mjs']))) failed++;

// Node tests: test/**/*.node.test.ts, bundled by esbuild, run by node's test runner.
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const nodeTests = bench ? [] : walk(join(root, 'test')).filter((f) => f.endsWith('.node.test.ts') && (!only || relative(root, f).includes(only)));
if (nodeTests.length) {
  const out = join(root, '.cache', 'node-tests');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({ ...NODE_BUNDLE, entryPoints: nodeTests, outdir: out, outbase: root, outExtension: { '.js': '.mjs' } });
  const files = walk(out);
  const t0 = Date.now();
  const r = spawnSync(
    'node',
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${join(out, 'tap.txt')}`,
      ...files,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const tap = existsSync(join(out, 'tap.txt')) ? readFileSync(join(out, 'tap.txt'), 'utf8') : '';
  const count = (k) => Number(tap.match(new RegExp(`^# ${k} (\\d+)`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + (r.status !== 0 && count('fail') === 0 ? 1 : 0);
  skipped += count('skipped');
  console.log(`[test] node tests: ${count('pass')} passed, ${count('fail')} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// Browser tests in Chromium through web-test-runner.
const totalsFile = join(root, '.cache', 'wtr-totals.json');
rmSync(totalsFile, { force: true });
// --files=X narrows the browser tests (or, with --bench, the benchmarks) to paths containing X (node tests are never browser tests).
const browserTests = only
  ? [...walk(join(root, 'test')), ...walk(join(root, 'widgets')), ...walk(join(root, 'src'))]
      .map((f) => relative(root, f))
      .filter((f) => (bench ? f.endsWith('.bench.ts') : f.endsWith('.test.ts') && !f.endsWith('.node.test.ts')) && f.includes(only))
  : [];
const skipBrowser = only && browserTests.length === 0;
const wtr = skipBrowser
  ? { status: 0, seconds: 0 }
  : run('npx', ['web-test-runner', ...(only ? ['--files', ...browserTests] : [])], {
      env: { ...process.env, ...(bench ? { BENCH: '1' } : {}), WTR_TOTALS: totalsFile },
    });
if (existsSync(totalsFile)) {
  const t = JSON.parse(readFileSync(totalsFile, 'utf8'));
  passed += t.passed;
  failed += t.failed;
  skipped += t.skipped;
} else if (wtr.status !== 0) failed++;
if (wtr.status !== 0 && failed === 0) failed++;
console.log(`[test] browser tests: exit ${wtr.status} in ${wtr.seconds.toFixed(1)} s`);

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
