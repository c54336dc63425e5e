/**
 * `hcaict-data diff <old> <new>`: what a publish would change, per dataset: records added,
 * removed and changed (by id, with the changed field paths).
 */
import { basename } from 'node:path';
import type { DatasetName } from '../data/schema.js';
import { recordKey } from '../data/validate.js';
import { listJsonFiles, loadFile } from './io.js';

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

type Docs = Map<string, Record<string, unknown>>;

function loadSide(path: string): Docs {
  const map: Docs = new Map();
  for (const f of listJsonFiles(path)) {
    const loaded = loadFile(f);
    if (loaded.name && loaded.json) map.set(loaded.name, loaded.json as Record<string, unknown>);
  }
  return map;
}

export const diffPaths = (oldPath: string, newPath: string): DatasetDiff[] => diffDocs(loadSide(oldPath), loadSide(newPath));

/** The differences between two sets of dataset documents (dataset name -> document). */
export function diffDocs(before: Docs, after: Docs): DatasetDiff[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort() as DatasetName[];
  return names.map((dataset) => {
    const recs = (side: Docs) => {
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
    const strip = (side: Docs) => {
      const doc = side.get(dataset);
      if (!doc) return undefined;
      const { records: _r, updated: _u, $schema: _s, ...rest } = doc;
      return rest;
    };
    const other = before.has(dataset) && after.has(dataset) ? changedPaths(strip(before), strip(after)) : [];
    return { dataset, added, removed, changed, other };
  });
}

export function formatDiff(diffs: DatasetDiff[], oldPath: string, newPath: string, lang: 'nl' | 'en'): string {
  const t =
    lang === 'nl'
      ? {
          head: `Verschil tussen ${oldPath} (oud) en ${newPath} (nieuw)`,
          add: 'nieuw',
          rem: 'verwijderd',
          chg: 'gewijzigd',
          none: 'geen verschillen',
          other: 'overige velden gewijzigd',
          fields: 'velden',
          total: (n: number) => `Totaal: ${n} records nieuw, verwijderd of gewijzigd.`,
        }
      : {
          head: `Difference between ${oldPath} (old) and ${newPath} (new)`,
          add: 'added',
          rem: 'removed',
          chg: 'changed',
          none: 'no differences',
          other: 'other fields changed',
          fields: 'fields',
          total: (n: number) => `Total: ${n} records added, removed or changed.`,
        };
  const lines = [t.head];
  let total = 0;
  for (const d of diffs) {
    const n = d.added.length + d.removed.length + d.changed.length;
    total += n;
    lines.push(
      '',
      `${d.dataset}: ${d.added.length} ${t.add}, ${d.removed.length} ${t.rem}, ${d.changed.length} ${t.chg}${n || d.other.length ? '' : ` (${t.none})`}`,
    );
    for (const id of d.added) lines.push(`  + ${id}`);
    for (const id of d.removed) lines.push(`  - ${id}`);
    for (const c of d.changed) lines.push(`  ~ ${c.id} (${t.fields}: ${c.fields.slice(0, 8).join(', ')}${c.fields.length > 8 ? ', …' : ''})`);
    if (d.other.length) lines.push(`  ~ ${t.other}: ${d.other.slice(0, 8).join(', ')}${d.other.length > 8 ? ', …' : ''}`);
  }
  lines.push('', t.total(total));
  return lines.join('\n');
}

export const sideName = (p: string) => basename(p);
