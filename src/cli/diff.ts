/**
 * `hcaict-data diff <old> <new>`: what a publish would change, per dataset: records added,
 * removed and changed (by id, with the changed field paths); src/data/diff.ts compares.
 */
import { type DatasetDiff, type DiffSide, diffDocuments } from '../data/diff.js';
import { listJsonFiles, loadFile } from './io.js';

function loadSide(path: string): DiffSide {
  const map: DiffSide = new Map();
  for (const f of listJsonFiles(path)) {
    const loaded = loadFile(f);
    if (loaded.name && loaded.json) map.set(loaded.name, loaded.json as Record<string, unknown>);
  }
  return map;
}

export const diffPaths = (oldPath: string, newPath: string): DatasetDiff[] => diffDocuments(loadSide(oldPath), loadSide(newPath));

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
