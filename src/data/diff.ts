/**
 * What a publish would change, per dataset: records added, removed and changed (by id,
 * with the changed field paths). Used by `hcaict-data diff` and by the data desk.
 */
import type { DatasetName } from './schema.js';
import { recordKey } from './validate.js';

export interface DatasetDiff {
  dataset: string;
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
  /** Changes outside the records (indicator definitions, envelope), as field paths. */
  other: string[];
}

/** Dotted paths where two JSON values differ (arrays compared per index). */
export function changedPaths(a: unknown, b: unknown, prefix = '', out: string[] = [], limit = 50): string[] {
  if (out.length >= limit) return out;
  if (a === b) return out;
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) changedPaths(a[k], b[k], prefix ? `${prefix}.${k}` : k, out, limit);
    return out;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(prefix || '(alles)');
  return out;
}

/** Dataset name -> document, for one side of a diff. */
export type DiffSide = Map<string, Record<string, unknown>>;

/** The differences between two sets of dataset documents, per dataset (sorted by name). */
export function diffDocuments(before: DiffSide, after: DiffSide): DatasetDiff[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort() as DatasetName[];
  return names.map((dataset) => {
    const recs = (side: typeof before) => {
      const list = (side.get(dataset)?.records ?? []) as unknown[];
      return new Map(Array.isArray(list) ? list.map((r, i) => [recordKey(r) ?? `#${i + 1}`, r]) : []);
    };
    const a = recs(before),
      b = recs(after);
    const added = [...b.keys()].filter((k) => !a.has(k));
    const removed = [...a.keys()].filter((k) => !b.has(k));
    const changed = [...b.keys()]
      .filter((k) => a.has(k))
      .map((id) => ({ id, fields: changedPaths(a.get(id), b.get(id)) }))
      .filter((c) => c.fields.length);
    const strip = (side: typeof before) => {
      const doc = side.get(dataset);
      if (!doc) return undefined;
      const { records: _r, updated: _u, $schema: _s, ...rest } = doc;
      return rest;
    };
    const other = before.has(dataset) && after.has(dataset) ? changedPaths(strip(before), strip(after)) : [];
    return { dataset, added, removed, changed, other };
  });
}
