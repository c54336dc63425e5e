/**
 * `hcaict-data build`: derives every default dataset from data/ and the DUO sources,
 * writes them to a temporary folder next to the output, checks every file and the
 * references between them, and only then swaps the folder into place. When anything is
 * wrong nothing is written: published good data is never replaced by bad data.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DATASET_NAMES, type DatasetName, SCHEMA_VERSION, type Source } from '../data/schema.js';
import type { DataProblem } from '../data/validate.js';
import { checkDocuments } from './check.js';
import { CBS_2024, CBS_ATTRIBUTION, DUO_ATTRIBUTION, buildLocations, buildRegions, jsonSchemaOf, readSourceDocument } from './datasets.js';
import { importInitiatives } from './import.js';
import { RELEASES_INDEX, json, swapDir, writeFileAtomic } from './io.js';
import { fromRoot } from './paths.js';
import { dataPath } from './data-dir.js';
import { buildProfiles } from './profiles.js';
import { type Release, type ReleaseEntry, recordedReleases, releasesDir, releasesIndex, sameData } from './releases.js';

export interface BuildResult {
  ok: boolean;
  problems: DataProblem[];
  /** Files written (relative to out), when ok. */
  written: string[];
  notes: string[];
  counts: Partial<Record<DatasetName, number>>;
  /** The release the data is, with what changed since the one before (when ok). */
  release?: ReleaseEntry;
}

const DUO_SOURCE: Source = { publisher: 'DUO', title: 'Open onderwijsdata (CC0)', url: 'https://www.duo.nl/open_onderwijsdata/' };

function envelope(dataset: DatasetName, updated: string, extra: { publisher: string; license: string; attribution: string; sources: Source[] }) {
  return { $schema: `../schema/${dataset}.schema.json`, schemaVersion: SCHEMA_VERSION, dataset, updated, ...extra };
}

/** Builds all datasets into memory; throws only on a programming error, source problems become problems. */
export function buildAll(updated: string): { docs: Map<DatasetName, Record<string, unknown>>; problems: DataProblem[]; notes: string[] } {
  const docs = new Map<DatasetName, Record<string, unknown>>();
  const problems: DataProblem[] = [];
  const notes: string[] = [];
  const source = (file: string, run: () => void) => {
    try {
      run();
    } catch (e) {
      problems.push({
        file,
        path: '',
        code: e instanceof SyntaxError ? 'file.json' : 'build.source',
        params: { detail: (e as Error).message.slice(0, 300) },
        severity: 'error',
      });
    }
  };

  let regionIds: string[] = [];
  source('geo/source/gemeente_arbeidsmarktregio_provincie_2024.csv', () => {
    const records = buildRegions();
    regionIds = records.map((r) => r.id);
    docs.set('regions', {
      ...envelope('regions', updated, { publisher: 'Human Capital Agenda ICT', license: 'CC BY 4.0', attribution: CBS_ATTRIBUTION, sources: [CBS_2024] }),
      records,
    });
  });

  source('data/bronnen/duo', () => {
    const p = buildProfiles(regionIds);
    notes.push(...p.notes);
    docs.set('profiles', {
      ...envelope('profiles', updated, {
        publisher: 'Human Capital Agenda ICT',
        license: 'CC BY 4.0',
        attribution: `${DUO_ATTRIBUTION} Arbeidsmarktcijfers: zie de bron bij elke indicator.`,
        sources: p.sources,
      }),
      indicators: p.indicators,
      records: p.records,
    });
  });

  source('data/bronnen/duo/ict_onderwijslocaties_per_gemeente.csv', () => {
    const l = buildLocations();
    notes.push(...l.notes);
    docs.set('locations', {
      ...envelope('locations', updated, {
        publisher: 'Human Capital Agenda ICT',
        license: 'CC0 1.0',
        attribution: DUO_ATTRIBUTION,
        sources: [DUO_SOURCE, CBS_2024],
      }),
      records: l.records,
    });
  });

  const csvFile = dataPath('initiatieven.csv');
  source('data/initiatieven.csv', () => {
    const result = importInitiatives(readFileSync(csvFile, 'utf8'), 'data/initiatieven.csv', updated);
    problems.push(...result.problems);
    const { document } = result;
    docs.set('initiatives', { $schema: '../schema/initiatives.schema.json', ...document });
  });

  for (const [name, file] of [
    ['taxonomy', 'taxonomie.json'],
    ['models', 'modellen.json'],
  ] as const) {
    source(`data/${file}`, () => {
      const doc = readSourceDocument(file);
      if (name === 'models') {
        // Examples are derived: the initiatives whose `modellen` column names the model.
        const initiatives = (docs.get('initiatives')?.records ?? []) as { id: string; models: string[] }[];
        for (const m of (doc.records ?? []) as { id: string; examples?: string[] }[]) {
          if (m && typeof m === 'object') m.examples = initiatives.filter((i) => i.models.includes(m.id)).map((i) => i.id);
        }
      }
      docs.set(name, { ...doc, $schema: `../schema/${name}.schema.json`, updated });
    });
  }
  return { docs, problems, notes };
}

/** How a dataset file is written; `depth` 1 for a release folder (its `$schema` one folder further up). */
function serialise(name: DatasetName, doc: Record<string, unknown>, depth = 0): string {
  const withSchema = { ...doc, $schema: `${'../'.repeat(depth + 1)}schema/${name}.schema.json` };
  // profiles.json is the largest file and read by browsers: compact; the others stay readable.
  return name === 'profiles' ? JSON.stringify(withSchema) + '\n' : json(withSchema);
}

/**
 * `build --out dir [--date YYYY-MM-DD]`: atomic; returns what happened. The data is a release
 * named by its date: the newest kept release's date when nothing changed since, else `date`
 * (default today), kept in `data/releases/<date>/` (a release of the same day is replaced;
 * an older one never). `dist/data/` gets the latest data, every release in `<date>/` and
 * `releases.json`.
 */
export function runBuild(outArg: string, options: { date?: string } = {}): BuildResult {
  const out = resolve(outArg);
  const schemaOut = join(dirname(out), 'schema');
  const today = options.date ?? new Date().toISOString().slice(0, 10);
  const { docs, problems, notes } = buildAll(today);
  const fileOf = (name: DatasetName) => `${name}.json`;
  const fail = (file: string, detail: string) => problems.push({ file, path: '', code: 'build.source', params: { detail }, severity: 'error' });

  let releases: Release[] = [];
  try {
    releases = recordedReleases();
  } catch (e) {
    fail(relative(fromRoot(), releasesDir()), (e as Error).message.slice(0, 300));
  }
  const newest = releases[releases.length - 1];
  let date = today;
  if (options.date && newest && options.date < newest.date)
    fail('--date', `${options.date} ligt voor de laatste uitgave (${newest.date}); uitgaven worden alleen toegevoegd`);
  else if (!options.date && newest && sameData(newest.docs, docs)) date = newest.date;
  for (const doc of docs.values()) doc.updated = date;
  releases = [...releases.filter((r) => r.date !== date), { date, docs }];

  // Check exactly what will be written: serialise, parse back, validate everything together; and every kept release.
  const texts = new Map<DatasetName, string>([...docs].map(([name, doc]) => [name, serialise(name, doc)]));
  const report = checkDocuments([...texts].map(([name, text]) => ({ file: `${basename(out)}/${fileOf(name)}`, json: JSON.parse(text) })));
  const kept = releases
    .slice(0, -1)
    .flatMap(({ date: d, docs: kept }) => checkDocuments([...kept].map(([name, doc]) => ({ file: `data/releases/${d}/${name}.json`, json: doc }))).problems);
  const missing = DATASET_NAMES.filter((n) => !docs.has(n) && !problems.some((p) => p.code === 'build.source' || p.code === 'file.json'));
  for (const n of missing) fail(fileOf(n), 'niet gemaakt');
  const all = [...problems, ...report.problems, ...kept];
  const counts = Object.fromEntries([...docs].map(([n, d]) => [n, (d.records as unknown[]).length]));
  if (all.some((p) => p.severity === 'error') || docs.size !== DATASET_NAMES.length) {
    return { ok: false, problems: all, written: [], notes, counts };
  }

  const index = releasesIndex(releases);
  // Stage next to the targets (same file system, so rename is atomic), then swap.
  mkdirSync(dirname(out), { recursive: true });
  mkdirSync(releasesDir(), { recursive: true });
  const staged = mkdtempSync(join(dirname(out), `.${basename(out)}-new-`));
  const stagedSchema = mkdtempSync(join(dirname(out), '.schema-new-'));
  const stagedRelease = mkdtempSync(join(releasesDir(), `.${date}-new-`));
  for (const dir of [staged, stagedSchema, stagedRelease]) chmodSync(dir, 0o755);
  try {
    for (const [name, text] of texts) writeFileSync(join(staged, fileOf(name)), text);
    for (const release of releases) {
      mkdirSync(join(staged, release.date));
      for (const [name, doc] of release.docs) writeFileSync(join(staged, release.date, fileOf(name as DatasetName)), serialise(name as DatasetName, doc, 1));
    }
    writeFileSync(join(staged, RELEASES_INDEX), json(index));
    for (const [name, doc] of docs) writeFileSync(join(stagedRelease, fileOf(name)), serialise(name, doc, 1));
    const schemas = new Map(DATASET_NAMES.map((n) => [n, json(jsonSchemaOf(n))]));
    for (const [name, text] of schemas) writeFileSync(join(stagedSchema, `${name}.schema.json`), text);
    swapDir(staged, out);
    swapDir(stagedSchema, schemaOut);
    if (!newest || newest.date !== date || !sameData(newest.docs, docs)) swapDir(stagedRelease, join(releasesDir(), date));
    // Committed copies for editors working in data/.
    for (const [name, text] of schemas) {
      const file = dataPath('schema', `${name}.schema.json`);
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileAtomic(file, text);
    }
  } finally {
    for (const dir of [staged, stagedSchema, stagedRelease]) rmSync(dir, { recursive: true, force: true });
  }
  return { ok: true, problems: all, written: [...texts.keys()].map(fileOf), notes, counts, release: index.releases[0] };
}
