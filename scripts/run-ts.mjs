#!/usr/bin/env node
// Runs a TypeScript entry (CLI, build scripts) on Node 20: esbuild bundles it into
// .cache/ and we import the result. Node 20 cannot strip types itself.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild options for TypeScript that runs on Node: one bundle, packages left to node_modules. */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

export async function runTs(entry, argv = []) {
  const outfile = join(root, '.cache', 'ts', relative(root, resolve(entry)).replace(/\.ts$/, '.mjs'));
  mkdirSync(dirname(outfile), { recursive: true });
  await build({ ...NODE_BUNDLE, entryPoints: [resolve(entry)], outfile });
  process.argv = [process.argv[0], entry, ...argv];
  const mod = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  if (typeof mod.main === 'function') process.exitCode = (await mod.main(argv)) ?? process.exitCode ?? 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [entry, ...argv] = process.argv.slice(2);
  await runTs(entry, argv);
}
