/**
 * The `hcaict-data` bin as a partner or team member gets it: `npm pack` of the built kit,
 * installed with `--omit=dev` into an empty folder outside the repository, then run from
 * node_modules/.bin. It must run with nothing but Node (no esbuild, no TypeScript), check a
 * data folder outside the repository (the outline of the Netherlands ships inside the bin),
 * and write nothing inside node_modules. Needs the build (the test runner builds first)
 * and the npm registry (for the kit's runtime dependencies; --prefer-offline).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fromRoot } from '../../src/cli/paths.js';

const BIN_FILE = 'dist/cli/hcaict-data.mjs';
const tmp = mkdtempSync(join(tmpdir(), 'hca-packed-'));
const app = join(tmp, 'app');
const pkgDir = join(app, 'node_modules', '@hcaict', 'widgets');
const bin = join(app, 'node_modules', '.bin', 'hcaict-data');

const sh = (cmd: string, args: string[], cwd: string, timeout = 240_000) => {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { code: r.status, out: r.stdout ?? '', err: r.stderr ?? '', seconds: (Date.now() - t0) / 1000, error: r.error };
};
/** The installed bin, run from the app folder the way `npx hcaict-data …` would. */
const cli = (...args: string[]) => sh(bin, args, app, 60_000);

/** Every file under dir with its size and modification time, to prove nothing was written. */
function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, f.name);
      if (f.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        out[relative(dir, p)] = `${s.size} ${s.mtimeMs}`;
      }
    }
  };
  walk(dir);
  return out;
}

let packed: string[] = [];
let installed: Record<string, string> = {};
const timings: string[] = [];

before(() => {
  assert.ok(existsSync(fromRoot(BIN_FILE)), `${BIN_FILE} is missing: run the build first (node scripts/build.mjs)`);
  const pack = sh('npm', ['pack', '--json', '--pack-destination', tmp], fromRoot());
  assert.equal(pack.code, 0, pack.err);
  const [info] = JSON.parse(pack.out) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  packed = info.files.map((f) => f.path);
  timings.push(
    `npm pack ${pack.seconds.toFixed(1)} s, tarball ${(info.size / 1e6).toFixed(2)} MB (${(info.unpackedSize / 1e6).toFixed(1)} MB unpacked, ${packed.length} files)`,
  );

  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-site', version: '1.0.0', private: true }, null, 2));
  const install = sh('npm', ['install', join(tmp, info.filename), '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  assert.equal(install.code, 0, `npm install failed: ${install.err}${install.error ?? ''}`);
  timings.push(`npm install --omit=dev ${install.seconds.toFixed(1)} s`);
  installed = listing(pkgDir);
});

after(() => {
  if (timings.length) console.log(`# packed CLI: ${timings.join('; ')}`);
  rmSync(tmp, { recursive: true, force: true });
});

test('the tarball ships the built CLI and not the TypeScript launcher', () => {
  assert.ok(packed.includes(BIN_FILE), 'built CLI in the tarball');
  assert.ok(packed.includes('dist/data/initiatives.json'), 'default data in the tarball');
  assert.ok(!packed.includes('scripts/run-ts.mjs') && !packed.includes('scripts/hcaict-data.mjs'), 'no esbuild launcher in the tarball');
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(manifest.bin['hcaict-data'], BIN_FILE);
  // The installed bin is the built file of the installed package, which runs without esbuild.
  assert.equal(realpathSync(bin), realpathSync(join(pkgDir, BIN_FILE)));
  assert.ok(!existsSync(join(app, 'node_modules', 'esbuild')), 'esbuild is not a runtime dependency');
  assert.ok(!existsSync(join(app, 'node_modules', 'typescript')), 'typescript is not a runtime dependency');
  // Nothing in the bundle points back into this repository.
  assert.ok(!readFileSync(join(pkgDir, BIN_FILE), 'utf8').includes(fromRoot()), 'no absolute path of the repository in the bin');
});

test('the tarball holds what a consumer needs and nothing else: no sources, source maps, site pages or build metadata', () => {
  for (const needed of [
    'LICENSE',
    'custom-elements.json',
    'dist/hcaict-widgets.js',
    'dist/index.js',
    'dist/netwerkkaart.js',
    'dist/data/initiatives.json',
    'dist/geo/nederland.topo.json',
    'dist/types/widgets/index.d.ts',
    'dist/types/widgets/frameworks.d.ts',
    'dist/kit-files.js',
    'dist/chunks/maplibre-gl-worker.mjs',
    'dist/vscode.html-custom-data.json',
  ]) {
    assert.ok(packed.includes(needed), needed);
  }
  const extra = packed.filter(
    (p) =>
      p.endsWith('.map') ||
      /^(src|widgets|test|scripts|geo)\//.test(p) ||
      /^dist\/(regio|kaart|modellen|beheer)\//.test(p) ||
      p === 'dist/meta.json' ||
      // dated data releases live on the kit's site, not in the package (the latest data is in it)
      /^dist\/data\/(\d{4}-|releases\.json)/.test(p),
  );
  assert.deepEqual(extra, []);
});

test('installed bin: --help exits 0 with the help text', () => {
  const r = cli('--help');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^hcaict-data — de gegevens van de HCA ICT-widgets/);
  assert.match(r.out, /npx hcaict-data validate <bestand-of-map>/);
  assert.equal(r.err, '');
});

test('installed bin: validate accepts the data that ships with the package', () => {
  const r = cli('validate', 'node_modules/@hcaict/widgets/dist/data');
  timings.push(`validate ${r.seconds.toFixed(1)} s`);
  assert.equal(r.code, 0, r.out + r.err);
  const m = r.out.match(/6 bestand\(en\) gecontroleerd, (\d+) van (\d+) records in orde: 0 fout\(en\)/);
  assert.ok(m, r.out);
  assert.equal(m[1], m[2]);
  assert.ok(Number(m[1]) > 100, `records checked: ${m[1]}`);
});

test('installed bin: a broken record exits 1 and names file, record and field', () => {
  const bad = join(tmp, 'kapot');
  cpSync(join(pkgDir, 'dist', 'data'), bad, { recursive: true });
  const doc = JSON.parse(readFileSync(join(bad, 'initiatives.json'), 'utf8'));
  doc.records[1].website = 'javascript:alert(1)';
  const id = doc.records[1].id;
  writeFileSync(join(bad, 'initiatives.json'), JSON.stringify(doc));
  const r = cli('validate', bad);
  assert.equal(r.code, 1, r.out + r.err);
  assert.ok(r.out.includes(`initiatives.json, record 2 (${id}), veld website: moet een webadres zijn dat begint met http:// of https://`), r.out);
  // Exactly one record is bad (in the folder, the models that name it as an example fail their cross-check too).
  const m = r.out.match(/6 bestand\(en\) gecontroleerd, (\d+) van (\d+) records in orde: [1-9]\d* fout\(en\), \d+ waarschuwing\(en\)\. Niet in orde\./);
  assert.ok(m, r.out);
  assert.equal(Number(m[1]), Number(m[2]) - 1);
});

test('installed bin: a point outside the Netherlands is caught by the outline inside the bin', () => {
  const bad = join(tmp, 'buitenland');
  cpSync(join(pkgDir, 'dist', 'data'), bad, { recursive: true });
  const doc = JSON.parse(readFileSync(join(bad, 'locations.json'), 'utf8'));
  // Antwerp: inside the rough bounding box the schema checks, outside the CBS outline.
  doc.records[2].place.lat = 51.2194;
  doc.records[2].place.lon = 4.4025;
  const id = doc.records[2].id;
  writeFileSync(join(bad, 'locations.json'), JSON.stringify(doc));
  const r = cli('validate', bad, '--json');
  assert.equal(r.code, 1, r.out + r.err);
  const report = JSON.parse(r.out) as { valid: boolean; problems: { file: string; index: number; id: string; path: string; code: string }[] };
  assert.equal(report.valid, false);
  assert.deepEqual(
    report.problems.map((p) => [p.file.endsWith('locations.json'), p.index, p.id, p.path, p.code]),
    [[true, 2, id, 'place', 'coord.outsideOutline']],
  );
});

test('running the bin wrote nothing inside node_modules/@hcaict/widgets', () => {
  assert.ok(Object.keys(installed).length > 100, 'the listing of the installed package is not empty');
  assert.ok(
    timings.some((t) => t.startsWith('validate')),
    'validate ran before this check',
  );
  assert.ok(!existsSync(join(pkgDir, '.cache')), 'no .cache in the package');
  assert.deepEqual(listing(pkgDir), installed);
});
