/**
 * Search and facet filtering of initiatives, as a pure module (no DOM, no Lit): the
 * netwerkkaart composes it, tests check it, the benchmark times it.
 *
 * - Search is insensitive to case and diacritics ("fryslan" finds "Fryslân") and looks
 *   in the name, organisations, partners, place and summary. Every word must occur.
 * - Within one facet the chosen options are alternatives (OR); facets combine with AND.
 * - The count of each option is computed over the other active facets (and the search),
 *   so a count says how many results that option would give.
 */
import type { Initiative } from '../data/schema.js';
import { foldText } from '../i18n/fold.js';

export const FACETS = ['region', 'kind', 'targetGroup', 'level', 'model', 'theme'] as const;
export type FacetKey = (typeof FACETS)[number];

export interface Filters {
  query: string;
  region: string[];
  kind: string[];
  targetGroup: string[];
  level: string[];
  model: string[];
  theme: string[];
}

export const emptyFilters = (): Filters => ({ query: '', region: [], kind: [], targetGroup: [], level: [], model: [], theme: [] });

/** True when no search and no facet option is active. */
export const isEmpty = (f: Filters): boolean => !f.query.trim() && FACETS.every((k) => f[k].length === 0);

/** Lower case, decomposed, diacritics removed, whitespace collapsed. */
export function normalize(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/** The values a record has for a facet. */
export function facetValues(r: Initiative, facet: FacetKey): readonly string[] {
  switch (facet) {
    case 'region':
      return r.regions;
    case 'kind':
      return [r.kind];
    case 'targetGroup':
      return r.targetGroups;
    case 'level':
      return r.levels;
    case 'model':
      return r.models;
    case 'theme':
      return r.themes;
  }
}

export type FacetCounts = Record<FacetKey, Map<string, number>>;

export interface FilterResult<T> {
  /** The records that pass every filter, in data order. */
  records: T[];
  /** The position of each of `records` in the index's records (so callers can keep data per record in an array). */
  indexes: number[];
  /** Per facet: option id -> number of records with that option, under the search and the other facets (computed on first use). */
  readonly counts: FacetCounts;
}

/** Prepared search text of a set of records; `apply` is one pass over them. */
export class FilterIndex<T extends Initiative = Initiative> {
  private searchText?: string[];

  constructor(readonly records: readonly T[]) {}

  /** Normalised search text per record, built on the first search (not needed to draw the map). */
  private get text(): string[] {
    return (this.searchText ??= this.records.map((r) => normalize([r.name, ...r.organisations, ...r.partners, r.place.name, r.summary].join(' \u0001 '))));
  }

  private matchesQuery(words: string[]): (i: number) => boolean {
    if (!words.length) return () => true;
    const texts = this.text;
    return (i) => {
      const text = texts[i];
      for (const w of words) if (!text.includes(w)) return false;
      return true;
    };
  }

  /**
   * Which active facet record `r` fails: -1 none, a facet number for exactly one,
   * -2 for more than one (it then counts nowhere).
   */
  private static failed(r: Initiative, active: (Set<string> | null)[]): number {
    let failed = -1;
    for (let f = 0; f < active.length; f++) {
      const set = active[f];
      if (!set) continue;
      let hit = false;
      for (const v of facetValues(r, FACETS[f]))
        if (set.has(v)) {
          hit = true;
          break;
        }
      if (!hit) {
        if (failed >= 0) return -2;
        failed = f;
      }
    }
    return failed;
  }

  apply(filters: Filters): FilterResult<T> {
    const query = this.matchesQuery(normalize(filters.query).split(' ').filter(Boolean));
    const active = FACETS.map((f) => (filters[f].length ? new Set(filters[f]) : null));
    const out: T[] = [];
    const indexes: number[] = [];
    const records = this.records;
    for (let i = 0; i < records.length; i++) {
      if (query(i) && FilterIndex.failed(records[i], active) === -1) {
        out.push(records[i]);
        indexes.push(i);
      }
    }
    let counts: FacetCounts | undefined;
    return {
      records: out,
      indexes,
      get counts() {
        return (counts ??= count());
      },
    };

    function count(): FacetCounts {
      const maps = FACETS.map(() => new Map<string, number>());
      for (let i = 0; i < records.length; i++) {
        if (!query(i)) continue;
        const failed = FilterIndex.failed(records[i], active);
        if (failed === -2) continue;
        for (let f = 0; f < FACETS.length; f++) {
          if (failed >= 0 && failed !== f) continue;
          const map = maps[f];
          for (const v of facetValues(records[i], FACETS[f])) map.set(v, (map.get(v) ?? 0) + 1);
        }
      }
      return Object.fromEntries(FACETS.map((f, i) => [f, maps[i]])) as FacetCounts;
    }
  }
}
