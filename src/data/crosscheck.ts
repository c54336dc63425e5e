/**
 * Checks between datasets: every referenced region, model, initiative, indicator and
 * taxonomy id exists. Runs in the CLI before publishing; the widgets run it too so a
 * dangling reference is reported instead of drawn as a broken link.
 */
import type { Dataset, DatasetName, TaxonomyTerm } from './schema.js';
import type { DataProblem } from './validate.js';
import { runAll, runInSlices } from '../yield.js';

export type DatasetBundle = { [N in DatasetName]?: { dataset: Dataset<N>; file: string } };

const facetOfField = {
  kind: 'kind',
  targetGroups: 'targetGroup',
  levels: 'level',
  themes: 'theme',
  pillars: 'pillar',
} as const satisfies Record<string, TaxonomyTerm['facet']>;

const facetFields = Object.entries(facetOfField) as [keyof typeof facetOfField, TaxonomyTerm['facet']][];

/** The checks between datasets, at once (the CLI). */
export const crossCheck = (bundle: DatasetBundle): DataProblem[] => runAll(crossChecks(bundle));

/** The same checks in slices, so a large dataset never blocks the page (the elements). */
export const crossCheckInSlices = (bundle: DatasetBundle): Promise<DataProblem[]> => runInSlices(crossChecks(bundle));

/** The checks a record at a time: yields after each initiative, where the bulk is. */
function* crossChecks(bundle: DatasetBundle): Generator<void, DataProblem[]> {
  const problems: DataProblem[] = [];
  const ids = <N extends DatasetName>(n: N) =>
    bundle[n] ? new Set(bundle[n]!.dataset.records.map((r) => ('id' in r ? r.id : (r as { region: string }).region))) : undefined;
  const regions = ids('regions');
  const models = ids('models');
  const initiatives = ids('initiatives');
  const terms = bundle.taxonomy
    ? new Map(
        (['kind', 'targetGroup', 'level', 'theme', 'pillar'] as const).map((f) => [
          f,
          new Set(bundle.taxonomy!.dataset.records.filter((t) => t.facet === f).map((t) => t.id)),
        ]),
      )
    : undefined;
  const missing = (file: string, index: number, id: string, path: string, code: string, ref: string, extra = {}) =>
    problems.push({ file, index, id, path, code, params: { ref, ...extra }, severity: 'error' });

  if (bundle.initiatives) {
    const { dataset, file } = bundle.initiatives;
    for (const [i, r] of dataset.records.entries()) {
      if (i > 0) yield;
      if (regions) r.regions.forEach((ref, j) => regions.has(ref) || missing(file, i, r.id, `regions.${j}`, 'ref.region', ref));
      if (models) r.models.forEach((ref, j) => models.has(ref) || missing(file, i, r.id, `models.${j}`, 'ref.model', ref));
      if (terms) {
        for (const [field, facet] of facetFields) {
          const value = r[field];
          const list = Array.isArray(value) ? value : [value];
          list.forEach((ref, j) => {
            if (!terms.get(facet)!.has(ref)) {
              missing(file, i, r.id, Array.isArray(value) ? `${field}.${j}` : field, 'ref.taxonomy', ref, { facet });
            }
          });
        }
      }
    }
  }
  if (bundle.models && initiatives) {
    const { dataset, file } = bundle.models;
    dataset.records.forEach((m, i) =>
      m.examples.forEach((ref, j) => initiatives.has(ref) || missing(file, i, m.id, `examples.${j}`, 'ref.initiative', ref)),
    );
  }
  if (bundle.profiles) {
    const { dataset, file } = bundle.profiles;
    const indicators = new Set((dataset.indicators ?? []).map((d) => d.id));
    dataset.records.forEach((p, i) => {
      if (regions && !regions.has(p.region)) missing(file, i, p.region, 'region', 'ref.region', p.region);
      p.series.forEach((s, j) => indicators.has(s.indicator) || missing(file, i, p.region, `series.${j}.indicator`, 'ref.indicator', s.indicator));
    });
  }
  if (bundle.regions) {
    const { dataset, file } = bundle.regions;
    dataset.records.forEach((r, i) => {
      if (r.parent && !regions!.has(r.parent)) missing(file, i, r.id, 'parent', 'ref.region', r.parent);
      r.provinces?.forEach((ref, j) => regions!.has(ref) || missing(file, i, r.id, `provinces.${j}`, 'ref.region', ref));
    });
  }
  if (bundle.locations && regions) {
    const { dataset, file } = bundle.locations;
    dataset.records.forEach((l, i) => l.regions.forEach((ref, j) => regions.has(ref) || missing(file, i, l.id, `regions.${j}`, 'ref.region', ref)));
  }
  return problems;
}
