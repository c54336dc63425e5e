/**
 * Validation that helps people: every problem names the file, the record (index and id),
 * the field path and a message key; a bad record is skipped and the others still load.
 * Used by the browser's data controller and by the `hcaict-data` CLI alike.
 */
import * as v from 'valibot';
import { type Dataset, type DatasetName, RECORD_SCHEMAS, envelopeSchema, DATASET_NAMES } from './schema.js';
import { SLICE_MS, runAll, runInSlices } from '../yield.js';
import { FAST_CHECKS } from './fast-checks.generated.js';

export interface DataProblem {
  /** File or URL the problem is in. */
  file: string;
  /** Index of the record in `records`, when the problem is in one record. */
  index?: number;
  /** The record's id (or region), when it has one. */
  id?: string;
  /** Dotted field path, e.g. `place.lat` or `sources.0.url`. */
  path: string;
  /** Message key, see `messages.ts`. */
  code: string;
  /** Values the message mentions (expected, received, limits). */
  params?: Record<string, string | number>;
  /** `error` skips the record or the file; `warning` only informs. */
  severity: 'error' | 'warning';
}

export interface ValidationResult<N extends DatasetName> {
  dataset?: Dataset<N>;
  problems: DataProblem[];
  /** Records in the file, valid or not. */
  total: number;
}

const pathOf = (issue: v.BaseIssue<unknown>) =>
  (issue.path ?? []).map((p) => String((p as { key: unknown }).key)).join('.');

function toProblems(file: string, issues: v.BaseIssue<unknown>[], index?: number, id?: string): DataProblem[] {
  return issues.map((issue) => {
    const known = issue.message.includes('.') && !issue.message.includes(' ');
    return {
      file,
      index,
      id,
      path: pathOf(issue),
      code: known ? issue.message : 'value.invalid',
      params: {
        expected: issue.expected ?? '',
        received: issue.received.length > 60 ? `${issue.received.slice(0, 57)}...` : issue.received,
        ...(typeof issue.requirement === 'number' || typeof issue.requirement === 'string' ? { requirement: issue.requirement } : {}),
      },
      severity: 'error' as const,
    };
  });
}

/** The id a record is known by in messages. */
export const recordKey = (record: unknown): string | undefined => {
  if (!record || typeof record !== 'object') return undefined;
  const r = record as Record<string, unknown>;
  const key = r.id ?? r.region;
  if (typeof key !== 'string') return undefined;
  // Taxonomy ids are unique per facet: `diversiteit` is both a kind and a pillar.
  return typeof r.facet === 'string' ? `${r.facet}:${key.slice(0, 80)}` : key.slice(0, 80);
};

/**
 * The checks of one document, a record at a time: yields after each record, so a caller
 * can spread a large dataset over several tasks; returns the result.
 */
function* validation<N extends DatasetName>(name: N, json: unknown, file: string): Generator<void, ValidationResult<N>> {
  const envelope = v.safeParse(envelopeSchema(name), json, { abortPipeEarly: true });
  if (!envelope.success) {
    const total = Array.isArray((json as { records?: unknown })?.records) ? (json as { records: unknown[] }).records.length : 0;
    return { problems: toProblems(file, envelope.issues), total };
  }
  const problems: DataProblem[] = [];
  const records: unknown[] = [];
  const seen = new Set<string>();
  const input = envelope.output.records;
  const fast = FAST_CHECKS[name];
  for (let index = 0; index < input.length; index++) {
    if (index > 0) yield;
    const raw = input[index];
    // A record valibot would give back unchanged takes the fast path (scripts/fast-checks.ts);
    // valibot itself makes the output of the others, or names their problems.
    let output: unknown = raw;
    if (!fast?.(raw)) {
      const parsed = v.safeParse(RECORD_SCHEMAS[name], raw, { abortPipeEarly: true });
      if (!parsed.success) {
        problems.push(...toProblems(file, parsed.issues, index, recordKey(raw)));
        continue;
      }
      output = parsed.output;
    }
    // Taxonomy ids are unique per facet (`diversiteit` is both a kind and a pillar).
    const key = name === 'taxonomy' ? `${(output as { facet: string }).facet}:${recordKey(output)}` : recordKey(output)!;
    if (seen.has(key)) {
      problems.push({ file, index, id: key, path: name === 'profiles' ? 'region' : 'id', code: 'id.duplicate', severity: 'error' });
      continue;
    }
    seen.add(key);
    records.push(output);
  }
  const { $schema: _ignored, ...rest } = envelope.output;
  const dataset = { ...rest, records } as unknown as Dataset<N>;
  return { dataset, problems, total: input.length };
}

/** Checks one parsed dataset document; returns the valid records and every problem. */
export function validateDataset<N extends DatasetName>(name: N, json: unknown, file: string): ValidationResult<N> {
  return runAll(validation(name, json, file));
}

/**
 * The same checks and the same result as `validateDataset`, in slices of about `budgetMs`
 * with the main thread given back between them: a large dataset never blocks the page
 * (the browser paints and handles input in between).
 */
export async function validateDatasetInSlices<N extends DatasetName>(
  name: N,
  json: unknown,
  file: string,
  budgetMs = SLICE_MS,
): Promise<ValidationResult<N>> {
  return runInSlices(validation(name, json, file), budgetMs);
}

/** Which dataset a document claims to be, for tools that read a folder. */
export function datasetNameOf(json: unknown): DatasetName | undefined {
  const name = (json as { dataset?: unknown })?.dataset;
  return DATASET_NAMES.includes(name as DatasetName) ? (name as DatasetName) : undefined;
}
