#!/usr/bin/env node
// `npm run build`: the data CLI (dist/cli), default data (validated, written atomically,
// by that CLI), boundaries, the bundles, type declarations, custom-elements.json and VS Code's
// HTML custom data made from it, into dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { buildCli, CLI_FILE } from './build-cli.mjs';

const root = new URL('..', import.meta.url).pathname;
const steps = [
  ['data', 'node', [CLI_FILE, 'build', '--out', 'dist/data']],
  ['bundles', 'npx', ['rollup', '-c', '--silent']],
  ['types', 'npx', ['tsc', '-p', 'tsconfig.build.json', '--emitDeclarationOnly']],
  [
    'manifest',
    'npx',
    [
      'cem',
      'analyze',
      '--litelement',
      '--globs',
      'widgets/*/*.ts',
      'src/ui/kit-element.ts',
      '--exclude',
      'widgets/**/*.test.ts',
      '--exclude',
      'widgets/**/*.bench.ts',
      '--exclude',
      'widgets/beheer/**',
      '--quiet',
    ],
  ],
  ['vscode data', 'node', ['scripts/vscode-data.mjs']],
  ['site pages', 'node', ['scripts/run-ts.mjs', 'scripts/site-pages.ts']],
  ['embed pages', 'node', ['scripts/run-ts.mjs', 'scripts/embed-pages.ts']],
];
const t0 = Date.now();
for (const dir of ['dist/chunks', 'dist/types', 'dist/cli']) rmSync(`${root}${dir}`, { recursive: true, force: true });
mkdirSync(`${root}dist/geo`, { recursive: true });
cpSync(`${root}geo/nederland.topo.json`, `${root}dist/geo/nederland.topo.json`);
// The data desk (dist/beheer/, page script from rollup): it places spreadsheet rows with the gemeente table, as the CLI does.
cpSync(`${root}geo/gemeenten.json`, `${root}dist/geo/gemeenten.json`);
mkdirSync(`${root}dist/beheer`, { recursive: true });
cpSync(`${root}widgets/beheer/index.html`, `${root}dist/beheer/index.html`);
{
  // The fast path of validation is made from the schema before anything that checks data is bundled.
  const r = spawnSync('node', ['scripts/run-ts.mjs', 'scripts/fast-checks.ts'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('[build] fast checks failed');
    process.exit(1);
  }
}
{
  // The CLI first: the data step runs the very file the package ships as its bin.
  const t = Date.now();
  try {
    const { bytes } = await buildCli();
    console.log(`[build] cli: ${((Date.now() - t) / 1000).toFixed(1)} s (${CLI_FILE}, ${(bytes / 1000).toFixed(0)} kB)`);
  } catch (e) {
    console.error(`[build] cli failed: ${e.message}`);
    process.exit(1);
  }
}
for (const [name, cmd, args] of steps) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[build] ${name} failed`);
    process.exit(1);
  }
  console.log(`[build] ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
console.log(`[build] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
