/**
 * An element's filters, in step both ways with the attributes
 * that pre-set them and, with `sync-url`, with the page URL; and the filtered result,
 * recomputed when the records or the filters change.
 *
 * Generic over the facets: a widget passes its facet -> URL parameter map, the host
 * properties that pre-set a facet, and an index (e.g. FilterIndex from filters.ts), so
 * this module knows no widget. The host keeps `filters` as a reactive property (its
 * public API) and calls `update(changed)` from its `willUpdate`.
 *
 * - Attributes (`region="utrecht"`) set their facet whenever they change, except on the
 *   first render of an element whose URL already named a view: a shared link wins.
 * - The URL is read on connect and on back/forward, and written (replaceState, soon
 *   after typing stops) whenever the filters or the selection change (url-state.ts).
 */
import type { PropertyValues, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import { UrlStateController, urlWithState, type UrlParam, type UrlState } from './url-state.js';

/** A search text plus the chosen options of each facet. */
export type FacetFilters<K extends string> = { query: string } & Record<K, string[]>;

export interface FilterIndexLike<F, R> {
  apply(filters: F): R;
}

export interface FilterStateOptions<K extends string, F extends FacetFilters<K>, T extends { id: string }, R extends { records: T[] }> {
  /** The URL parameter of each facet (they appear in shared links, so they are Dutch). */
  facets: Readonly<Record<K, UrlParam>>;
  /** The URL parameter of the search text. */
  query: UrlParam;
  /** The URL parameter of the selected record. */
  selection: UrlParam;
  /** Host properties that pre-set one facet (with one option) or, as `'query'`, the search. */
  presets: Readonly<Record<string, NoInfer<K> | 'query'>>;
  /** Filters with nothing chosen. */
  empty(): F;
  /** The records to filter (undefined until loaded). */
  records(): readonly T[] | undefined;
  /** Prepares records for filtering; called once per records array. */
  index(records: readonly T[]): FilterIndexLike<F, R>;
  /** The id of the selected record, kept in the URL beside the filters. */
  selected(): string | null;
  /** The URL (on connect, on back/forward) names a selected record, or none. */
  onRestoreSelection(id: string | null): void;
  /** Facets set by the page or the URL rather than by the visitor (e.g. to fit a map to chosen regions). */
  onPreset?(filters: Partial<F>): void;
}

export class FilterStateController<K extends string, F extends FacetFilters<K>, T extends { id: string }, R extends { records: T[] }> {
  /** The result of the current filters (the filtered records, and whatever else the index returns). */
  result?: R;
  private readonly keys: K[];
  private readonly params: UrlParam[];
  private indexed?: readonly T[];
  private index?: FilterIndexLike<F, R>;
  private ids?: Set<string>;
  private applied?: F;
  private restored = false;
  private rendered = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { filters: F },
    private readonly options: FilterStateOptions<K, F, T, R>,
  ) {
    this.keys = Object.keys(options.facets) as K[];
    this.params = [options.selection, options.query, ...this.keys.map((k) => options.facets[k])];
    // writes the URL after each update that changed the filters or the selection, whatever changed them
    new UrlStateController(
      host,
      this.params,
      (s) => this.restore(s),
      () => this.urlState(),
    );
  }

  /**
   * Call from the host's `willUpdate`: applies changed preset attributes, re-indexes new
   * records and recomputes the result (firing `hca-filter-change` after the first).
   * Returns true when the result changed.
   */
  update(changed: PropertyValues): boolean {
    const host = this.host as unknown as Record<string, string | null>;
    const presets = Object.entries(this.options.presets).filter(([prop]) => changed.has(prop));
    if (presets.length && !(this.restored && !this.rendered)) {
      const set: Partial<FacetFilters<K>> = {};
      for (const [prop, facet] of presets) {
        const value = host[prop];
        if (facet === 'query') (set as { query?: string }).query = value ?? '';
        else (set as Record<K, string[]>)[facet as K] = value ? [value] : [];
      }
      this.host.filters = { ...this.host.filters, ...set };
      this.options.onPreset?.(set as Partial<F>);
    }
    this.rendered = true;
    const records = this.options.records();
    if (records && records !== this.indexed) {
      this.indexed = records;
      this.index = this.options.index(records);
      this.ids = undefined;
      this.result = undefined;
    }
    let updated = false;
    const filters = this.host.filters;
    if (this.index && (!this.result || filters !== this.applied)) {
      const first = !this.result;
      this.applied = filters;
      this.result = this.index.apply(filters);
      if (!first) emit(this.host, 'hca-filter-change', { filters: { ...filters }, count: this.result.records.length });
      updated = true;
    }
    return updated;
  }

  /** Whether the records hold this id. */
  has(id: string): boolean {
    return (this.ids ??= new Set(this.indexed?.map((r) => r.id))).has(id);
  }

  /** A link to the page that opens record `id` (with `sync-url` on that page). */
  shareUrl(id: string): string {
    return urlWithState(this.params, { [this.options.selection]: [id] });
  }

  /** The filters and the selection as URL parameters. */
  private urlState(): UrlState {
    const filters = this.host.filters;
    const selected = this.options.selected();
    const o = this.options;
    const query = filters.query.trim();
    const state: UrlState = { [o.selection]: selected ? [selected] : [], [o.query]: query ? [query] : [] };
    for (const k of this.keys) state[o.facets[k]] = filters[k];
    return state;
  }

  private restore(s: UrlState): void {
    if (!Object.keys(s).length) return;
    this.restored = true;
    const f = this.options.empty();
    for (const k of this.keys) (f as Record<K, string[]>)[k] = s[this.options.facets[k]] ?? [];
    f.query = (s[this.options.query] ?? []).join(', ');
    this.host.filters = f;
    this.options.onPreset?.(f);
    this.options.onRestoreSelection(s[this.options.selection]?.[0] ?? null);
  }
}
