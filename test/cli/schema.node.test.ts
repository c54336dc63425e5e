/**
 * The data contract against good data and a hostile corpus: every case asserts the
 * reported code and field path, not just "something failed".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataset, type DataProblem } from '../../src/data/validate.js';
import { describeProblem } from '../../src/data/messages.js';
import { checkDocuments, checkPath } from '../../src/cli/check.js';
import { importInitiatives } from '../../src/cli/import.js';

const envelope = { schemaVersion: 1, updated: '2026-11-27', publisher: 'HCA ICT', license: 'CC BY 4.0', attribution: 'test' };
const good = () => ({
  id: 'it-campus-rotterdam',
  name: 'IT Campus Rotterdam',
  summary: 'Bedrijven en onderwijs samen voor IT-talent.',
  kind: 'campus',
  place: { name: 'Rotterdam', gemeente: 'GM0599', lat: 51.92, lon: 4.48 },
  regions: ['zuid-holland', 'rijnmond'],
  sources: [{ title: 'Rotterdam Partners', url: 'https://rotterdampartners.nl/persberichten/it-campus-rotterdam-geopend/' }],
  verified: '2026-11-27',
});
const doc = (records: unknown[]) => ({ ...envelope, dataset: 'initiatives', records });
const only = (problems: DataProblem[]) => {
  assert.equal(problems.length, 1, JSON.stringify(problems));
  return problems[0];
};
const check = (mutate: (r: ReturnType<typeof good> & Record<string, unknown>) => void) => {
  const r = good() as ReturnType<typeof good> & Record<string, unknown>;
  mutate(r);
  const result = validateDataset('initiatives', doc([good(), r].map((x, i) => (i === 0 ? { ...x, id: 'ander-initiatief' } : x))), 'initiatives.json');
  assert.equal(result.dataset?.records.length, 1, 'the good record still loads');
  return only(result.problems);
};

test('a good initiative validates without problems and gets defaults', () => {
  const result = validateDataset('initiatives', doc([good()]), 'initiatives.json');
  assert.deepEqual(result.problems, []);
  assert.equal(result.dataset?.records[0].status, 'onbekend');
  assert.deepEqual(result.dataset?.records[0].levels, []);
});

test('wrong type: a number where text is expected', () => {
  const p = check((r) => (r.name = 42 as unknown as string));
  assert.equal(p.code, 'type.string');
  assert.equal(p.path, 'name');
  assert.equal(p.index, 1);
  assert.equal(p.id, 'it-campus-rotterdam');
});

test('wrong type: text where a coordinate number is expected', () => {
  const p = check((r) => ((r.place as Record<string, unknown>).lat = '51.9'));
  assert.equal(p.code, 'type.number');
  assert.equal(p.path, 'place.lat');
});

test('missing field', () => {
  const p = check((r) => delete (r as Record<string, unknown>).summary);
  assert.equal(p.path, 'summary');
  assert.equal(p.code, 'type.object');
  assert.equal(describeProblem(p), 'initiatives.json, record 2 (it-campus-rotterdam), veld summary: ontbreekt');
  assert.equal(describeProblem(p, 'en'), 'initiatives.json, record 2 (it-campus-rotterdam), field summary: is missing');
});

test('missing sources', () => {
  const p = check((r) => (r.sources = []));
  assert.equal(p.code, 'sources.none');
  assert.equal(p.path, 'sources');
});

test('javascript: and data: links are errors', () => {
  for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x']) {
    const p = check((r) => (r.website = url));
    assert.equal(p.code, 'url.http', url);
    assert.equal(p.path, 'website');
  }
  const p = check((r) => (r.sources = [{ title: 'x', url: 'data:text/plain,hoi' }]));
  assert.equal(p.code, 'url.http');
  assert.equal(p.path, 'sources.0.url');
});

test('a 100 kB string is refused as too long', () => {
  const p = check((r) => (r.summary = 'a'.repeat(100_000)));
  assert.equal(p.code, 'text.tooLong');
  assert.equal(p.path, 'summary');
  assert.equal(p.params?.requirement, 2000);
  assert.ok(String(p.params?.received).length < 80, 'the message does not echo 100 kB');
});

test('coordinates outside the bounding box of the Netherlands (Paris)', () => {
  const r = { ...good(), place: { ...good().place, lat: 48.85, lon: 2.35 } };
  const result = validateDataset('initiatives', doc([r]), 'initiatives.json');
  assert.deepEqual(
    result.problems.map((p) => [p.path, p.code]),
    [
      ['place.lat', 'coord.outside'],
      ['place.lon', 'coord.outside'],
    ],
  );
  assert.equal(result.dataset?.records.length, 0);
});

test('coordinates inside the bounding box but outside the outline (Brussels, the North Sea)', () => {
  for (const [lat, lon] of [
    [50.85, 4.35],
    [52.6, 3.6],
  ]) {
    const r = { ...good(), place: { ...good().place, lat, lon } };
    const report = checkDocuments([{ file: 'initiatives.json', json: doc([r]) }]);
    const p = only(report.problems);
    assert.equal(p.code, 'coord.outsideOutline');
    assert.equal(p.path, 'place');
    assert.equal(p.index, 0);
  }
  const inside = checkDocuments([{ file: 'initiatives.json', json: doc([good()]) }]);
  assert.deepEqual(inside.problems, []);
});

test('duplicate ids: the second record is skipped and reported', () => {
  const result = validateDataset('initiatives', doc([good(), good()]), 'initiatives.json');
  const p = only(result.problems);
  assert.equal(p.code, 'id.duplicate');
  assert.equal(p.index, 1);
  assert.equal(p.path, 'id');
  assert.equal(result.dataset?.records.length, 1);
});

test('an id that is not a slug', () => {
  const p = check((r) => (r.id = 'IT Campus!'));
  assert.equal(p.code, 'id.slug');
  assert.equal(p.path, 'id');
});

test('taxonomy ids are unique per facet: diversiteit is both a kind and a pillar', () => {
  const t = (facet: string, id: string) => ({ facet, id, label: { nl: id } });
  const ok = validateDataset('taxonomy', { ...envelope, dataset: 'taxonomy', records: [t('kind', 'diversiteit'), t('pillar', 'diversiteit')] }, 't.json');
  assert.deepEqual(ok.problems, []);
  const dup = validateDataset('taxonomy', { ...envelope, dataset: 'taxonomy', records: [t('kind', 'campus'), t('kind', 'campus')] }, 't.json');
  assert.equal(only(dup.problems).code, 'id.duplicate');
});

test('unknown references: region, model, taxonomy term', () => {
  const regions = { ...envelope, dataset: 'regions', records: [{ id: 'zuid-holland', name: 'Zuid-Holland', level: 'provincie', code: 'PV28', gemeenten: [] }] };
  const taxonomy = { ...envelope, dataset: 'taxonomy', records: [{ facet: 'kind', id: 'campus', label: { nl: 'Campus' } }] };
  const models = { ...envelope, dataset: 'models', records: [] };
  const r = { ...good(), models: ['bestaat-niet'], themes: ['onbekend-thema'] };
  const report = checkDocuments([
    { file: 'initiatives.json', json: doc([r]) },
    { file: 'regions.json', json: regions },
    { file: 'taxonomy.json', json: taxonomy },
    { file: 'models.json', json: models },
  ]);
  const byPath = Object.fromEntries(report.problems.map((p) => [p.path, p.code]));
  assert.deepEqual(byPath, { 'regions.1': 'ref.region', 'models.0': 'ref.model', 'themes.0': 'ref.taxonomy' });
  assert.equal(report.errors, 3);
});

test('wrong envelope: schema version, dataset kind', () => {
  const a = validateDataset('initiatives', { ...doc([good()]), schemaVersion: 2 }, 'x.json');
  assert.equal(only(a.problems).code, 'envelope.version');
  const b = validateDataset('initiatives', { ...doc([good()]), dataset: 'regions' }, 'x.json');
  assert.equal(only(b.problems).code, 'envelope.dataset');
  assert.equal(b.dataset, undefined);
});

test('invalid JSON and an unknown dataset kind are reported, not thrown', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hca-hostile-'));
  writeFileSync(join(dir, 'kapot.json'), '{"schemaVersion": 1, "records": [');
  writeFileSync(join(dir, 'raar.json'), JSON.stringify({ ...envelope, dataset: 'plaatjes', records: [] }));
  writeFileSync(join(dir, 'leeg.json'), 'null');
  const report = checkPath(dir);
  const codes = Object.fromEntries(report.problems.map((p) => [p.file.split('/').pop(), p.code]));
  assert.deepEqual(codes, { 'kapot.json': 'file.json', 'raar.json': 'file.unknownDataset', 'leeg.json': 'file.unknownDataset' });
});

test('import: an unknown place is reported with row and column, and the row skipped', () => {
  const csv = [
    'naam,samenvatting,soort,plaats,gemeentecode,bron_url,gecontroleerd_op',
    'Bekend,Een test,campus,Den Haag,,https://example.org/a,2026-11-27',
    'Onbekend,Een test,campus,Atlantis,,https://example.org/b,2026-11-27',
    'Foute code,Een test,campus,,GM9999,https://example.org/c,2026-11-27',
    'Fryslân,Een test,campus,súdwest-fryslân,,https://example.org/d,2026-11-27',
  ].join('\n');
  const result = importInitiatives(csv, 'test.csv', '2026-11-27');
  assert.deepEqual(
    result.document.records.map((r) => r.id),
    ['bekend', 'fryslan'],
  );
  const [den, fry] = result.document.records;
  assert.equal(den.place.gemeente, 'GM0518');
  assert.deepEqual(den.regions, ['zuid-holland', 'haaglanden']);
  assert.equal(fry.place.gemeente, 'GM1900');
  assert.deepEqual(
    result.problems.map((p) => [p.index, p.path, p.code]),
    [
      [1, 'plaats', 'import.unknownPlace'],
      [2, 'gemeentecode', 'import.unknownGemeente'],
    ],
  );
});

test('import: schema problems name the spreadsheet column', () => {
  const csv = 'naam,samenvatting,soort,plaats,website,bron_url,gecontroleerd_op\nX,Y,campus,Utrecht,javascript:alert(1),https://example.org/a,27-11-2026\n';
  const result = importInitiatives(csv, 'test.csv');
  assert.equal(result.document.records.length, 0);
  assert.deepEqual(
    result.problems.map((p) => [p.index, p.path, p.code]),
    [
      [0, 'website', 'url.http'],
      [0, 'gecontroleerd_op', 'date.iso'],
    ],
  );
});
