/**
 * The `hcaict-data` launcher end to end: exit codes, Dutch messages naming file, record
 * and field, the atomic build, and the derived figures checked against DUO's aggregates.
 * Runs in sequence (one build of the CLI at a time) in temporary folders.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { fromRoot } from '../../src/cli/paths.js';

const launcher = fromRoot('scripts', 'hcaict-data.mjs');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [launcher, ...args], { cwd: fromRoot(), encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'hca-cli-'));
const out = join(tmp, 'site', 'data');
/** Every file under `dir` (release folders included) with its text. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true }) as string[])
      .sort()
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
const readJson = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

let built: ReturnType<typeof run>;
let goed: string;
before(() => {
  goed = copyData('goed');
  built = run('build', '--out', out, '--data', goed);
});
const DATASET_FILES = ['initiatives.json', 'locations.json', 'models.json', 'profiles.json', 'regions.json', 'taxonomy.json'];
const releaseDates = (dataDir: string) =>
  readdirSync(join(dataDir, 'releases'))
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();

/** A private copy of data/ so a test can break it without touching the repository. */
function copyData(name: string): string {
  const dir = join(tmp, name);
  cpSync(fromRoot('data'), dir, { recursive: true });
  return dir;
}

test('build writes every dataset and its JSON Schema, and validate accepts the result', () => {
  assert.equal(built.code, 0, built.out + built.err);
  assert.deepEqual(readdirSync(out).sort(), [...releaseDates(goed), ...DATASET_FILES, 'releases.json'].sort());
  for (const f of DATASET_FILES) {
    const name = f.replace('.json', '');
    assert.equal(readJson(join(out, f)).$schema, `../schema/${name}.schema.json`);
    const schema = readJson(join(tmp, 'site', 'schema', `${name}.schema.json`));
    assert.equal(schema.type, 'object');
    assert.ok(schema.properties.records, name);
  }
  const v = run('validate', out);
  assert.equal(v.code, 0, v.out);
  assert.match(v.out, /6 bestand\(en\) gecontroleerd, (\d+) van \1 records in orde: 0 fout\(en\)/);
  const json = JSON.parse(run('validate', out, '--json').out);
  assert.equal(json.valid, true);
  assert.equal(json.files.length, 6);
});

test('regions: nl, 12 provinces, 35 arbeidsmarktregio’s; models: seven concepts with derived examples', () => {
  const regions = readJson(join(out, 'regions.json')).records as { id: string; level: string; provinces?: string[]; gemeenten: unknown[] }[];
  assert.equal(regions.filter((r) => r.level === 'land').length, 1);
  assert.equal(regions.filter((r) => r.level === 'provincie').length, 12);
  assert.equal(regions.filter((r) => r.level === 'arbeidsmarktregio').length, 35);
  assert.equal(regions.find((r) => r.id === 'nl')!.gemeenten.length, 342);
  for (const id of ['groningen-amr', 'drenthe-amr', 'flevoland-amr', 'zeeland-amr', 'midden-utrecht', 'fryslan', 'noord-holland'])
    assert.ok(
      regions.some((r) => r.id === id),
      id,
    );
  const models = readJson(join(out, 'models.json')).records as { id: string; status: string; examples: string[] }[];
  assert.equal(models.length, 7);
  assert.ok(models.every((m) => m.status === 'concept'));
  const initiatives = readJson(join(out, 'initiatives.json')).records as { id: string; models: string[] }[];
  for (const m of models)
    assert.deepEqual(
      m.examples,
      initiatives.filter((i) => i.models.includes(m.id)).map((i) => i.id),
    );
});

test('validate: a broken record exits 1 and names file, record, id, field in Dutch', () => {
  const bad = join(tmp, 'kapot');
  cpSync(out, bad, { recursive: true });
  const doc = readJson(join(bad, 'initiatives.json'));
  doc.records[1].website = 'javascript:alert(1)';
  const id = doc.records[1].id;
  writeFileSync(join(bad, 'initiatives.json'), JSON.stringify(doc));
  const r = run('validate', join(bad, 'initiatives.json'));
  assert.equal(r.code, 1);
  assert.ok(
    r.out.includes(
      `initiatives.json, record 2 (${id}), veld website: moet een webadres zijn dat begint met http:// of https:// (gevonden: "javascript:alert(1)")`,
    ),
    r.out,
  );
  assert.match(r.out, /(\d+) van \d+ records in orde: 1 fout\(en\), 0 waarschuwing\(en\)\. Niet in orde\./);
  const en = run('validate', join(bad, 'initiatives.json'), '--lang', 'en');
  assert.match(en.out, /field website: must be a web address starting with http:\/\/ or https:\/\//);
  const j = JSON.parse(run('validate', bad, '--json').out);
  assert.equal(j.valid, false);
  assert.ok(j.problems.some((p: { path: string; code: string; index: number }) => p.path === 'website' && p.code === 'url.http' && p.index === 1));
});

test('usage errors exit 2; help is Dutch', () => {
  assert.equal(run('validate').code, 2);
  assert.equal(run('validate', join(tmp, 'bestaat-niet')).code, 2);
  assert.equal(run('onzin').code, 2);
  assert.equal(run('build', '--lang', 'fr').code, 2);
  assert.equal(run('diff', out).code, 2);
  const help = run('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /Controleert een gegevensbestand/);
});

test('build is atomic: a broken source exits 1 and leaves the published folder byte-identical', () => {
  const before = snapshot(out);
  const schemaBefore = snapshot(join(tmp, 'site', 'schema'));
  // 1: a model file that is not JSON.
  const broken = copyData('kapotte-bron');
  writeFileSync(join(broken, 'modellen.json'), '{"dataset": "models", "records": [');
  const a = run('build', '--out', out, '--data', broken);
  assert.equal(a.code, 1, a.out);
  assert.match(a.out, /modellen\.json.*geen geldige JSON/);
  assert.match(a.out, /Niets geschreven/);
  // 2: an initiative in an unknown place.
  const unknown = copyData('onbekende-plaats');
  const csv = readFileSync(join(unknown, 'initiatieven.csv'), 'utf8').trimEnd();
  writeFileSync(join(unknown, 'initiatieven.csv'), `${csv}\nnep-initiatief,Nep,Test,campus,,,Atlantis,,,,,,,,,,,https://example.org/,2026-11-27\n`);
  const b = run('build', '--out', out, '--data', unknown);
  assert.equal(b.code, 1, b.out);
  assert.match(b.out, /initiatieven\.csv, rij \d+ \(nep-initiatief\), kolom plaats: "Atlantis" is geen gemeente van 2024/);
  assert.deepEqual(snapshot(out), before);
  assert.deepEqual(snapshot(join(tmp, 'site', 'schema')), schemaBefore);
  assert.deepEqual(readdirSync(join(tmp, 'site')).sort(), ['data', 'schema'], 'no temp folders left behind');
  for (const dir of [broken, unknown]) assert.deepEqual(readdirSync(join(dir, 'releases')), releaseDates(goed), 'no release kept from bad data');
});

test('import: unknown place reported (file, row, column), row skipped, exit 1; --out written', () => {
  const csv = join(tmp, 'klein.csv');
  writeFileSync(
    csv,
    'naam,samenvatting,soort,plaats,gemeentecode,bron_url,gecontroleerd_op\nGoed,Iets,campus,Utrecht,,https://example.org/a,2026-11-27\nFout,Iets,campus,Atlantis,,https://example.org/b,2026-11-27\n',
  );
  const target = join(tmp, 'klein.json');
  const r = run('import', csv, '--out', target);
  assert.equal(r.code, 1);
  assert.match(r.err, /klein\.csv, rij 3 \(fout\), kolom plaats: "Atlantis" is geen gemeente van 2024/);
  const doc = readJson(target);
  assert.deepEqual(
    doc.records.map((x: { id: string }) => x.id),
    ['goed'],
  );
  assert.deepEqual(doc.records[0].regions, ['utrecht', 'midden-utrecht']);
});

test('diff: added, removed and changed records with field paths', () => {
  const next = join(tmp, 'volgende');
  cpSync(out, next, { recursive: true });
  const doc = readJson(join(next, 'initiatives.json'));
  const removed = doc.records.shift().id;
  doc.records[0].name = 'Nieuwe naam';
  const changed = doc.records[0].id;
  doc.records.push({ ...doc.records[1], id: 'helemaal-nieuw' });
  writeFileSync(join(next, 'initiatives.json'), JSON.stringify(doc));
  const r = run('diff', out, next);
  assert.equal(r.code, 0);
  assert.match(r.out, /initiatives: 1 nieuw, 1 verwijderd, 1 gewijzigd/);
  assert.ok(r.out.includes(`  - ${removed}`));
  assert.ok(r.out.includes(`  ~ ${changed} (velden: name)`));
  assert.ok(r.out.includes('  + helemaal-nieuw'));
  assert.match(r.out, /profiles: 0 nieuw, 0 verwijderd, 0 gewijzigd \(geen verschillen\)/);
});

test('build: the data is a release; unchanged data keeps its date, changed data is a new release, an older --date writes nothing', () => {
  // unchanged since the newest kept release: that release, not a new one
  const kept = releaseDates(goed);
  assert.deepEqual(kept, releaseDates(fromRoot('data')));
  const index = readJson(join(out, 'releases.json'));
  assert.equal(index.latest, kept.at(-1));
  assert.deepEqual(
    index.releases.map((r: { date: string }) => r.date),
    [...kept].reverse(),
  );
  for (const f of DATASET_FILES) {
    assert.equal(readJson(join(out, f)).updated, index.latest, f);
    for (const date of kept) {
      assert.deepEqual(readJson(join(out, date, f)), readJson(join(goed, 'releases', date, f)), `${date}/${f}`);
      assert.equal(readJson(join(out, date, f)).$schema, `../../schema/${f.replace('.json', '.schema.json')}`);
    }
  }
  assert.match(built.out, new RegExp(`Uitgave ${index.latest}`));

  // a changed initiative: a new release with that change, kept in the data folder
  const next = copyData('nieuwe-uitgave');
  const csv = readFileSync(join(next, 'initiatieven.csv'), 'utf8');
  const firstId = csv.split('\n')[1].split(',')[0];
  writeFileSync(join(next, 'initiatieven.csv'), csv.replace(`\n${firstId},`, `\n${firstId}-nieuw,`));
  const site = join(tmp, 'uitgave', 'data');
  const r = run('build', '--out', site, '--data', next, '--date', '2099-01-01');
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, new RegExp(`Uitgave 2099-01-01 \\(\\d+ records veranderd sinds ${index.latest}\\)`));
  assert.deepEqual(releaseDates(next), [...kept, '2099-01-01']);
  const newer = readJson(join(site, 'releases.json'));
  assert.equal(newer.latest, '2099-01-01');
  const change = newer.releases[0].changes.find((c: { dataset: string }) => c.dataset === 'initiatives');
  assert.deepEqual([change.added, change.removed], [[`${firstId}-nieuw`], [firstId]]);
  assert.equal(readJson(join(site, 'initiatives.json')).updated, '2099-01-01');
  assert.equal(readJson(join(site, index.latest, 'initiatives.json')).updated, index.latest, 'an older release is written as it was');

  // releases are only added: a date before the newest is refused, nothing changes
  const before = snapshot(site);
  const older = run('build', '--out', site, '--data', next, '--date', '2099-01-01'.replace('2099', '2098'));
  assert.equal(older.code, 1, older.out);
  assert.match(older.out, /2098-01-01 ligt voor de laatste uitgave \(2099-01-01\)/);
  assert.deepEqual(snapshot(site), before);
  assert.deepEqual(releaseDates(next), [...kept, '2099-01-01']);
  assert.equal(run('build', '--out', site, '--data', next, '--date', '30-11-2026').code, 2);
});

test('diff between the releases of 2026-11-27 and 2026-11-30 shows the data fixes', () => {
  const [before, after] = ['2026-11-27', '2026-11-30'].map((d) => fromRoot('data', 'releases', d));
  const r = run('diff', before, after);
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.includes('  - newtechpark-apeldoorn'), r.out);
  assert.ok(r.out.includes('  ~ coderdojo-zeeland (velden: place.precision, sources.0.title)'));
  assert.ok(r.out.includes('  ~ hbo-ict-dutch-innovation-factory-zoetermeer (velden: place.precision, sources.0.title, sources.0.url)'));
  assert.match(r.out, /profiles: .*\n {2}~ overige velden gewijzigd: indicators\.\d+\.caveats/);

  const old = readJson(join(before, 'initiatives.json')).records as { sources: { title: string; url: string }[] }[];
  const fixed = readJson(join(after, 'initiatives.json')).records as { id: string; place: { precision?: string }; sources: { title: string; url: string }[] }[];
  const bareDomain = (s: { title: string }) => /^[\w.-]+\.[a-z]{2,}$/i.test(s.title);
  assert.equal(old.flatMap((i) => i.sources).filter(bareDomain).length, 8, 'the review found eight');
  assert.deepEqual(fixed.flatMap((i) => i.sources).filter(bareDomain), []);
  assert.deepEqual(
    fixed.flatMap((i) => i.sources).filter((s) => s.url.startsWith('http:')),
    [],
  );
  assert.ok(
    fixed.every((i) => i.place.precision === 'gemeente'),
    'placed from the gemeente, marked so',
  );
  assert.ok(!fixed.some((i) => i.id === 'newtechpark-apeldoorn'));

  // caveats: the vacancies' two counting methods; masked cells counted in every year, and the shares
  const profiles = readJson(join(after, 'profiles.json'));
  const caveats = (id: string) =>
    profiles.indicators
      .find((d: { id: string }) => d.id === id)
      .caveats.map((c: { nl: string }) => c.nl)
      .join(' ');
  for (const id of ['vacatures-ict', 'vacatures-techniek']) assert.match(caveats(id), /2021 Q3 is geteld vóór, 2022 Q4 na de methodeherziening van UWV/);
  const rows = Papa.parse<Record<string, string>>(readFileSync(fromRoot('data', 'bronnen', 'duo', 'duo_hbo_ingeschrevenen_ict_2020_2024.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.filter((x) => x.onderdrukt === '1' && x.ict_categorie === 'kern');
  const years = [...new Set(rows.map((x) => x.jaar))].sort();
  assert.equal(years.length, 5, 'masked cells in every year');
  for (const id of ['ict-ingeschrevenen-hbo', 'aandeel-vrouwen-ingeschrevenen-hbo', 'aandeel-ict-ingeschrevenen-hbo']) {
    for (const y of years) assert.ok(caveats(id).includes(`${y}: ${rows.filter((x) => x.jaar === y).length}`), `${id} ${y}`);
    assert.match(caveats(id), /ook de percentages/);
    assert.doesNotMatch(caveats(id), /hbo-bestand van 2024/);
  }
});

// ------------------------------------------------------------ derived figures

const aggregates = () =>
  Papa.parse<Record<string, string>>(readFileSync(fromRoot('data', 'bronnen', 'duo', 'regio_aggregaten_ict_onderwijs.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const point = (region: string, indicator: string, year: number) => {
  const profiles = readJson(join(out, 'profiles.json'));
  const series = profiles.records.find((p: { region: string }) => p.region === region).series.find((s: { indicator: string }) => s.indicator === indicator);
  return series?.points.find((p: { year: number }) => p.year === year);
};

test('hbo ICT enrolled 2024: the Netherlands 25,687 and Utrecht equal the DUO aggregates', () => {
  const agg = aggregates().filter((a) => a.indicator === 'ingeschrevenen' && a.jaar === '2024');
  const nl = agg.find((a) => a.regiotype === 'land')!;
  assert.equal(Number(nl.ict_kern_totaal), 25687);
  assert.equal(point('nl', 'ict-ingeschrevenen-hbo', 2024).value, 25687);
  assert.equal(point('nl', 'ict-ingeschrevenen-hbo', 2024).masked, true, 'DUO masked 22 cells in 2024');
  const utrecht = agg.find((a) => a.regiotype === 'provincie' && a.regionaam === 'Utrecht')!;
  assert.equal(point('utrecht', 'ict-ingeschrevenen-hbo', 2024).value, Number(utrecht.ict_kern_totaal));
  assert.equal(point('nl', 'aandeel-vrouwen-ingeschrevenen-hbo', 2024).value, Number(nl.aandeel_vrouw_in_ict_kern_pct));
  assert.equal(point('utrecht', 'aandeel-ict-ingeschrevenen-hbo', 2024).value, Number(utrecht.aandeel_ict_kern_pct));
});

test('every count for nl and the 12 provinces equals the aggregates; rates within rounding', () => {
  const regions = readJson(join(out, 'regions.json')).records as { id: string; code: string }[];
  const idOf = new Map(regions.map((r) => [r.code, r.id]));
  let checked = 0;
  for (const a of aggregates()) {
    if (a.regiotype !== 'land' && a.regiotype !== 'provincie') continue;
    const suffix = `${a.indicator}-${a.niveau}`;
    const region = idOf.get(a.regiocode)!;
    assert.equal(point(region, `ict-${suffix}`, Number(a.jaar)).value, Number(a.ict_kern_totaal), `${suffix} ${a.jaar} ${a.regionaam}`);
    // The aggregates were rounded half-to-even (Python), ours half-up: at most 0.1 apart.
    const share = point(region, `aandeel-ict-${suffix}`, Number(a.jaar));
    assert.ok(Math.abs(share.value - Number(a.aandeel_ict_kern_pct)) <= 0.1 + 1e-9, `${suffix} ${a.jaar} ${a.regionaam}`);
    checked++;
  }
  assert.equal(checked, 365);
});

test('absent, never 0: a rate without a denominator is left out; counts of regions without ICT are 0', () => {
  // Provinces without any wo programme in the aggregates: ICT count 0, and no share at all.
  const regions = readJson(join(out, 'regions.json')).records as { id: string; code: string; level: string }[];
  const withWo = new Set(
    aggregates()
      .filter((a) => a.indicator === 'eerstejaars' && a.niveau === 'wo' && a.jaar === '2019')
      .map((a) => a.regiocode),
  );
  const without = regions.filter((r) => r.level === 'provincie' && !withWo.has(r.code));
  assert.ok(without.length > 0);
  for (const r of without) {
    assert.equal(point(r.id, 'ict-eerstejaars-wo', 2019).value, 0, r.id);
    assert.equal(point(r.id, 'aandeel-ict-eerstejaars-wo', 2019), undefined, r.id);
    assert.equal(point(r.id, 'aandeel-vrouwen-eerstejaars-wo', 2019), undefined, r.id);
  }
  // Zeeland has wo students (in Middelburg) but no ICT programme: a real 0 %.
  assert.equal(point('zeeland', 'aandeel-ict-eerstejaars-wo', 2019).value, 0);
  const profiles = readJson(join(out, 'profiles.json'));
  for (const p of profiles.records)
    for (const s of p.series) for (const pt of s.points) if (s.indicator.startsWith('aandeel-')) assert.notEqual(pt.value, undefined);
  assert.ok(profiles.indicators.every((d: { source: { title: string } }) => d.source.title));
});

test('labour market: national only, with their URLs; technical occupations 2022 = 1,847,000', () => {
  assert.equal(point('nl', 'technische-beroepen', 2022).value, 1847000);
  assert.equal(point('nl', 'werkzame-icters', 2021).value, 556);
  const profiles = readJson(join(out, 'profiles.json'));
  const labour = profiles.indicators.filter((d: { group: string }) => d.group === 'arbeidsmarkt');
  assert.ok(labour.length >= 4);
  for (const d of labour) assert.match(d.source.url, /^https:\/\//);
  const utrecht = profiles.records.find((p: { region: string }) => p.region === 'utrecht');
  assert.ok(!utrecht.series.some((s: { indicator: string }) => labour.some((d: { id: string }) => d.id === s.indicator)));
  assert.ok(existsSync(join(out, 'locations.json')));
});
