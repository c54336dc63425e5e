/**
 * Names in the visitor's language for what the netwerkkaart shows: taxonomy terms,
 * regions, working models, the options of each facet, and a one-line summary of the
 * active filters (for downloads). Pure: data and language in, text out.
 */
import type { Loaded } from '../../src/data/data-controller.js';
import { termOf } from '../../src/data/figures.js';
import type { Model, TaxonomyTerm } from '../../src/data/schema.js';
import type { Lang } from '../../src/i18n/locale.js';
import { FACETS, type FacetCounts, type FacetKey, type Filters } from '../../src/state/filters.js';
import type { Messages } from './messages.js';

/** The datasets of the netwerkkaart. */
export type NetwerkkaartData = Loaded<'initiatives', 'taxonomy' | 'regions' | 'models' | 'locations'>;

export interface Option {
  id: string;
  label: string;
  concept?: boolean;
  group?: 'provincie' | 'arbeidsmarktregio';
}

export class Labels {
  constructor(
    readonly data: NetwerkkaartData | undefined,
    readonly lang: Lang,
  ) {}

  term(facet: TaxonomyTerm['facet'], id: string): { label: string; concept: boolean } {
    return termOf(this.data?.taxonomy, facet, id, this.lang);
  }

  regionName(id: string): string {
    return this.data?.regions?.records.find((r) => r.id === id)?.name ?? id;
  }

  /** The name of a gemeente by its CBS code (the Netherlands' region lists them all). */
  gemeenteName(code: string): string | undefined {
    return this.data?.regions?.records.find((r) => r.level === 'land')?.gemeenten.find((g) => g.code === code)?.name;
  }

  model(id: string): Model | undefined {
    return this.data?.models?.records.find((m) => m.id === id);
  }

  /** The options of a facet; values in the data without a taxonomy term (found in `counts`) show as their id. */
  options(facet: FacetKey, counts?: FacetCounts): Option[] {
    const d = this.data;
    if (!d) return [];
    if (facet === 'region') {
      return (d.regions?.records ?? []).filter((r) => r.level !== 'land').map((r) => ({ id: r.id, label: r.name, group: r.level as Option['group'] }));
    }
    if (facet === 'model') return (d.models?.records ?? []).map((m) => ({ id: m.id, label: m.name, concept: m.status === 'concept' }));
    const terms = (d.taxonomy?.records ?? []).filter((t) => t.facet === facet);
    const known = new Set(terms.map((t) => t.id));
    const extra = [...(counts?.[facet].keys() ?? [])].filter((id) => !known.has(id));
    return [...terms.map((t) => ({ id: t.id, ...this.term(facet, t.id) })), ...extra.map((id) => ({ id, label: id }))];
  }

  optionLabel(facet: FacetKey, id: string): string {
    return this.options(facet).find((o) => o.id === id)?.label ?? id;
  }

  /** `Zoeken: ict; Regio: Utrecht / Flevoland` (empty when nothing is chosen). */
  describeFilters(filters: Filters, t: Messages): string {
    const parts = FACETS.filter((k) => filters[k].length).map((k) => `${t.facet[k]}: ${filters[k].map((id) => this.optionLabel(k, id)).join(' / ')}`);
    if (filters.query.trim()) parts.unshift(`${t.search}: ${filters.query.trim()}`);
    return parts.join('; ');
  }
}
