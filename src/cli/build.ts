/**
 * `hcaict-data build`: derives every default dataset from data/ and the DUO sources,
 * writes them to a temporary folder next to the output, checks every file and the
 * references between them, and only then swaps the folder into place. When anything is
 * wrong nothing is written: published good data is never replaced by bad data.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DATASET_NAMES, type DatasetName, SCHEMA_VERSION, type Source } from '../data/schema.js';
import type { DataProblem } from '../data/validate.js';
import { checkDocuments } from './check.js';
import { CBS_2024, CBS_ATTRIBUTION, DUO_ATTRIBUTION, buildLocations, buildRegions, jsonSchemaOf, readSourceDocument } from './datasets.js';
import { importInitiatives } from './import.js';
import { json, swapDir, writeFileAtomic } from './io.js';
import { dataPath } from './data-dir.js';
import { buildProfiles } from './profiles.js';

export interface BuildResult {
  ok: boolean;
  problems: DataProblem[];
  /** Files written (relative to out), when ok. */
  written: string[];
  notes: string[];
  counts: Partial<Record<DatasetName, number>>;
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

/** `build --out dir`: atomic; returns what happened. */
export function runBuild(outArg: string, updated = new Date().toISOString().slice(0, 10)): BuildResult {
  const out = resolve(outArg);
  const schemaOut = join(dirname(out), 'schema');
  const { docs, problems, notes } = buildAll(updated);
  const fileOf = (name: DatasetName) => `${name}.json`;

  // Check exactly what will be written: serialise, parse back, validate everything together.
  // profiles.json is the largest file and read by browsers: compact; the others stay readable.
  const texts = new Map<DatasetName, string>([...docs].map(([name, doc]) => [name, name === 'profiles' ? JSON.stringify(doc) + '\n' : json(doc)]));
  const report = checkDocuments([...texts].map(([name, text]) => ({ file: `${basename(out)}/${fileOf(name)}`, json: JSON.parse(text) })));
  const missing = DATASET_NAMES.filter((n) => !docs.has(n) && !problems.some((p) => p.code === 'build.source' || p.code === 'file.json'));
  for (const n of missing) problems.push({ file: fileOf(n), path: '', code: 'build.source', params: { detail: 'niet gemaakt' }, severity: 'error' });
  const all = [...problems, ...report.problems];
  const counts = Object.fromEntries([...docs].map(([n, d]) => [n, (d.records as unknown[]).length]));
  if (all.some((p) => p.severity === 'error') || docs.size !== DATASET_NAMES.length) {
    return { ok: false, problems: all, written: [], notes, counts };
  }

  // Stage next to the target (same file system, so rename is atomic), then swap.
  mkdirSync(dirname(out), { recursive: true });
  const staged = mkdtempSync(join(dirname(out), `.${basename(out)}-new-`));
  const stagedSchema = mkdtempSync(join(dirname(out), '.schema-new-'));
  chmodSync(staged, 0o755);
  chmodSync(stagedSchema, 0o755);
  try {
    for (const [name, text] of texts) writeFileSync(join(staged, fileOf(name)), text);
    const schemas = new Map(DATASET_NAMES.map((n) => [n, json(jsonSchemaOf(n))]));
    for (const [name, text] of schemas) writeFileSync(join(stagedSchema, `${name}.schema.json`), text);
    swapDir(staged, out);
    swapDir(stagedSchema, schemaOut);
    // Committed copies for editors working in data/.
    for (const [name, text] of schemas) {
      const file = dataPath('schema', `${name}.schema.json`);
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileAtomic(file, text);
    }
  } finally {
    rmSync(staged, { recursive: true, force: true });
    rmSync(stagedSchema, { recursive: true, force: true });
  }
  return { ok: true, problems: all, written: [...texts.keys()].map(fileOf), notes, counts };
}
