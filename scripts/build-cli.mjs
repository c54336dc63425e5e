// The data CLI as plain JavaScript for the package's `hcaict-data` bin: one esbuild bundle of
// src/cli/bin.ts for Node 20 with every library it uses (valibot, papaparse, topojson,
// turf) and the geography it checks against (geo/*.json) inside, so an installed package
// runs it with nothing but Node: no esbuild, no TypeScript, no files written at run time.
// The licences of the bundled packages go next to it.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
export const CLI_FILE = 'dist/cli/hcaict-data.mjs';

/** Builds dist/cli/hcaict-data.mjs; returns its size in bytes and the bundled packages. */
export async function buildCli() {
  const outfile = join(root, CLI_FILE);
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'src', 'cli', 'bin.ts')],
    outfile,
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    legalComments: 'eof',
    logLevel: 'error',
    // papaparse is CommonJS and may require() Node built-ins: give the ES module a require.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __hcaCreateRequire } from 'node:module';\nconst require = __hcaCreateRequire(import.meta.url);",
    },
  });
  chmodSync(outfile, 0o755);
  // Package folders of the bundled inputs (the innermost node_modules/<name>/ of each path).
  const dirs = new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (m) dirs.add(m[1]);
  }
  const sorted = [...dirs].sort((a, b) => a.localeCompare(b));
  writeFileSync(join(root, 'dist', 'cli', 'THIRD-PARTY-LICENSES.txt'), licences(sorted));
  return { bytes: readFileSync(outfile).length, packages: sorted.map((d) => d.replace(/^.*node_modules\//, '')) };
}

function licences(dirs) {
  const parts = ['dist/cli/hcaict-data.mjs bundles the following packages. Their licences follow.\n'];
  for (const rel of dirs) {
    const dir = join(root, rel);
    const name = rel.replace(/^.*node_modules\//, '');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.(md|txt))?$/i.test(f));
    parts.push(`\n${'='.repeat(72)}\n${name}@${pkg.version} (${pkg.license ?? 'see package'})\n${'='.repeat(72)}\n`);
    parts.push(
      file ? readFileSync(join(dir, file), 'utf8').trim() + '\n' : `No licence file in the package; its package.json declares: ${pkg.license ?? 'nothing'}.\n`,
    );
  }
  return parts.join('');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { bytes, packages } = await buildCli();
  console.log(`cli: ${CLI_FILE} ${(bytes / 1000).toFixed(0)} kB, bundles ${packages.join(', ')}`);
}
