import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { DataController } from '../../src/data/data-controller.js';
import type { Initiative, Location, TaxonomyTerm } from '../../src/data/schema.js';
import { termOf } from '../../src/data/figures.js';
import { emit } from '../../src/events.js';
import { boundsOf, loadBoundaries } from '../../src/geo/boundaries.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { MapController } from '../../src/map/map-controller.js';
import type { MapMarker, Renderer } from '../../src/map/map-view.js';
import { FACETS, FilterIndex, emptyFilters, isEmpty, type FacetKey, type FilterResult, type Filters } from '../../src/state/filters.js';
import { UrlStateController, urlWithState, type UrlParam, type UrlState } from '../../src/state/url-state.js';
import { COLORS } from '../../src/theme/tokens.js';
import { KitElement } from '../../src/ui/kit-element.js';
import { shareLink } from '../../src/ui/share.js';
import { VirtualListController } from '../../src/ui/virtual-list.js';
import { saveBlob } from '../../src/ui/download.js';
import { externalLink } from '../../src/ui/links.js';
import { initiativesCsv, initiativesGeoJson, type ExportMeta } from './export.js';
import { messages } from './messages.js';
import { styles } from './styles.js';

/** What `controls` can show; all by default. */
export const CONTROLS = ['search', 'filters', 'list', 'legend', 'fullscreen', 'download'] as const;
export type Control = (typeof CONTROLS)[number];

/** The map marker of an initiative; its accessible name is only built when the marker is drawn. */
class InitiativeMarker implements MapMarker {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  constructor(private readonly record: Initiative) {
    this.id = record.id;
    this.lat = record.place.lat;
    this.lon = record.place.lon;
  }
  get name(): string {
    return `${this.record.name}, ${this.record.place.name}`;
  }
}

/** URL parameter of each facet (Dutch: these appear in shared links). */
const FACET_PARAM: Record<FacetKey, UrlParam> = { region: 'regio', kind: 'type', targetGroup: 'doelgroep', level: 'niveau', model: 'model', theme: 'thema' };
/** Height of one list row in px (fixed, so the list can show 100,000 rows by drawing only the visible ones). */
const URL_KEYS: UrlParam[] = ['initiatief', 'zoek', ...FACETS.map((f) => FACET_PARAM[f])];

interface Option {
  id: string;
  label: string;
  concept?: boolean;
  group?: 'provincie' | 'arbeidsmarktregio';
}

const searchIcon = html`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" stroke-width="2"/><path d="m11 11 4 4" stroke="currentColor" stroke-width="2"/></svg>`;
const chevron = html`<svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="m2 4 4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8"/></svg>`;
const fullIcon = html`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5" fill="none" stroke="currentColor" stroke-width="2"/></svg>`;
const downloadIcon = html`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1v9m-4-4 4 4 4-4M2 14h12" fill="none" stroke="currentColor" stroke-width="2"/></svg>`;

/**
 * The network map of ICT initiatives against the shortage of ICT professionals: search,
 * facet filters, a map on an offline basemap with clustered markers (Leaflet, or
 * MapLibre GL with `renderer="maplibre"`), a virtualised list in step with the map, a
 * detail card per initiative, the DUO ICT education locations as an optional layer,
 * shareable links and downloads of what is shown.
 *
 * @summary Map of ICT initiatives with search, filters, list, detail cards and downloads.
 *
 * @fires hca-ready - First render with data and map. Detail: `{ count }`, the number of initiatives shown.
 * @fires hca-select - An initiative was selected. Detail: `{ kind: 'initiative', id }`.
 * @fires hca-filter-change - Search or filters changed. Detail: `{ filters: { query, region, kind, targetGroup, level, model, theme }, count }`.
 * @fires hca-data-error - Data could not be loaded or records were skipped. Detail: `{ problems, messages, fatal }`.
 *
 * @csspart map - The map.
 * @csspart search - The search box.
 * @csspart filters - The facet buttons.
 * @csspart filter-panel - The options of the open facet.
 * @csspart chips - The active filters, each a button that removes it.
 * @csspart list - The list of initiatives.
 * @csspart item - One initiative in the list.
 * @csspart card - The detail card.
 * @csspart legend - The map legend with the layer switch.
 * @csspart count - The number of initiatives shown.
 * @csspart status - Loading and error messages.
 *
 * @cssprop [--hca-netwerkkaart-height=520px] - Height of the map (reserved before anything loads).
 * @cssprop [--hca-marker-color=#0b5cad] - Colour of initiative markers and clusters.
 * @cssprop [--hca-location-color=#00796b] - Colour of the ICT education location markers.
 * @cssprop [--hca-color-water=#f7f9fc] - Colour around the land on the offline basemap.
 */
export class HcaNetwerkkaart extends KitElement {
  static styles = [KitElement.styles, styles];

  /** Pre-filters to a region (province or arbeidsmarktregio id) and fits the map to it. */
  @property() accessor region: string | null = null;
  /** Pre-filters to a working model id. */
  @property() accessor model: string | null = null;
  /** Pre-fills the search. */
  @property() accessor query: string | null = null;
  /** `leaflet` (default) or `maplibre`. */
  @property() accessor renderer: Renderer = 'leaflet';
  /** A raster basemap URL template (`https://…/{z}/{x}/{y}.png`); by default the offline basemap only. */
  @property() accessor tiles: string | null = null;
  /** Attribution of the `tiles` basemap. */
  @property({ attribute: 'tiles-attribution' }) accessor tilesAttribution: string | null = null;
  /** Space-separated: `search filters list legend fullscreen download` (default: all). */
  @property() accessor controls: string | null = null;

  /** The active search and facet filters. */
  @state() accessor filters: Filters = emptyFilters();
  @state() private accessor selected: string | null = null;
  @state() private accessor selectedLocation: string | null = null;
  @state() private accessor openFacet: FacetKey | null = null;
  @state() private accessor showLocations = false;
  @state() private accessor members: string[] | null = null;
  @state() private accessor notice = '';
  @state() private accessor gesture = false;
  /** Which hint the gesture overlay shows: Ctrl/Cmd + wheel, or two fingers. */
  @state() private accessor gestureKind: 'wheel' | 'touch' = 'wheel';
  @state() private accessor fullscreen = false;
  @query('.map') private accessor mapEl!: HTMLElement | null;

  protected readonly locale = new LocaleController(this, messages);
  private readonly list = new VirtualListController(
    this,
    72,
    () => this.renderRoot.querySelector('.rows'),
    () => this.visible().length,
  );
  protected readonly data = new DataController(this, 'initiatives', {
    optional: ['taxonomy', 'regions', 'models', 'locations'],
    count: async () => {
      await this.updateComplete;
      await this.map.start();
      await this.updateComplete;
      return this.result?.records.length ?? 0;
    },
  });
  private readonly map = new MapController(
    this,
    () => this.mapEl,
    () => ({
      renderer: this.renderer,
      tiles: this.tiles ? { url: this.tiles, attribution: this.tilesAttribution ?? '' } : undefined,
      labels: { cluster: this.locale.t.cluster, map: this.locale.t.map },
      onSelect: (id, layer) => (layer === 'locations' ? this.openLocation(id) : this.select(id, { from: 'map' })),
      onClusterList: (ids, layer) => (layer === 'locations' ? this.openLocation(ids[0]) : this.showMembers(ids)),
      onGestureHint: (kind) => this.showGesture(kind),
    }),
  );
  private readonly url = new UrlStateController(this, URL_KEYS, (s) => this.restore(s));

  private index?: FilterIndex;
  private indexed?: readonly Initiative[];
  /** The filtered initiatives and the option counts. */
  result?: FilterResult<Initiative>;
  /** One map marker per initiative, in data order (`result.indexes` point into it). */
  private markers: MapMarker[] = [];
  /** Initiative ids, built on the first selection (not needed to draw the map). */
  private ids?: Set<string>;
  private drawnResult?: FilterResult<Initiative>;
  private drawnLocations = false;
  private restoredFromUrl = false;
  private fitPending?: string[];
  private markerColor?: string;
  private opener?: { el: Element | null; id: string; from: 'list' | 'map' | 'other' };
  private gestureTimer?: ReturnType<typeof setTimeout>;
  /** Whether the view's cooperative touch gestures are on (views start with them on). */
  private cooperative = true;
  private readonly onFullscreen = () => (this.fullscreen = document.fullscreenElement === this);

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.onFullscreen);
  }
  disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    this.cooperative = true; // the map view is destroyed; a new one starts cooperative
  }

  // ------------------------------------------------------------------ state

  private has(control: Control): boolean {
    if (this.controls === null) return true;
    return this.controls.split(/[\s,]+/).includes(control);
  }

  private restore(s: UrlState): void {
    if (!Object.keys(s).length) return;
    this.restoredFromUrl = true;
    const f = emptyFilters();
    for (const facet of FACETS) f[facet] = s[FACET_PARAM[facet]] ?? [];
    f.query = (s.zoek ?? []).join(', ');
    this.filters = f;
    if (f.region.length) this.fitPending = f.region;
    this.selected = s.initiatief?.[0] ?? null;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    const pre = (['region', 'model', 'query'] as const).filter((k) => changed.has(k));
    if (pre.length && !(this.restoredFromUrl && !this.hasUpdated)) {
      const f = { ...this.filters };
      if (changed.has('region')) {
        f.region = this.region ? [this.region] : [];
        if (f.region.length) this.fitPending = f.region;
      }
      if (changed.has('model')) f.model = this.model ? [this.model] : [];
      if (changed.has('query')) f.query = this.query ?? '';
      this.filters = f;
    }
    const records = this.data.data?.initiatives.records;
    if (records && records !== this.indexed) {
      this.indexed = records;
      this.index = new FilterIndex(records);
      this.markers = records.map((i) => new InitiativeMarker(i));
      this.ids = undefined;
      this.result = undefined;
    }
    if (this.index && (!this.result || changed.has('filters'))) {
      const first = !this.result;
      this.result = this.index.apply(this.filters);
      if (!first) emit(this, 'hca-filter-change', { filters: { ...this.filters }, count: this.result.records.length });
      this.list.clamp();
    }
    if (changed.has('filters') || (changed as Map<PropertyKey, unknown>).has('selected')) this.writeUrl();
  }

  protected updated(): void {
    const view = this.map.view;
    if (this.data.data) void this.map.start();
    // In full screen there is no page to scroll: one finger pans the map.
    if (view && this.cooperative === this.fullscreen) view.setCooperative((this.cooperative = !this.fullscreen));
    if (!view || !this.result) return;
    if (this.drawnResult !== this.result) {
      this.drawnResult = this.result;
      const markers = this.markers;
      this.markerColor ??= getComputedStyle(this).getPropertyValue('--_marker').trim() || COLORS.marker;
      const { indexes } = this.result;
      view.setMarkers('initiatives', indexes.length === markers.length ? markers : indexes.map((i) => markers[i]), { color: this.markerColor });
      view.highlight(this.selected, this.selected !== null && !this.opener, this.cardInset());
    }
    if (this.drawnLocations !== this.showLocations) {
      this.drawnLocations = this.showLocations;
      const color = getComputedStyle(this).getPropertyValue('--_location').trim() || COLORS.location;
      const t = this.locale.t;
      const locations = this.showLocations ? (this.data.data?.locations?.records ?? []) : [];
      view.setMarkers('locations', locations.map((l) => ({ id: `loc:${l.id}`, lat: l.place.lat, lon: l.place.lon, name: t.location(l.institution, l.place.name, l.level) })), { color, shape: 'square' });
    }
    // The `region` attribute, a shared link or picking regions in the facet fits the map to them.
    if (this.fitPending) {
      const ids = this.fitPending;
      this.fitPending = undefined;
      void this.fitRegions(ids);
    }
  }

  private async fitRegions(ids: string[]): Promise<void> {
    const regions = this.data.data?.regions?.records;
    if (!this.map.view) return;
    const boundaries = await loadBoundaries();
    const codes = new Set(ids.map((id) => regions?.find((r) => r.id === id)?.code).filter(Boolean));
    const features = [...boundaries.provinces.features, ...boundaries.amrs.features].filter((f) => codes.has(f.properties.code));
    if (features.length) this.map.view?.fitBounds(boundsOf({ features }));
  }

  private writeUrl(): void {
    const f = this.filters;
    const s: UrlState = { initiatief: this.selected ? [this.selected] : [], zoek: f.query.trim() ? [f.query.trim()] : [] };
    for (const facet of FACETS) s[FACET_PARAM[facet]] = f[facet];
    this.url.write(s);
  }

  /** Sets filters (from the UI or a script) and leaves selection of a hidden record. */
  setFilters(next: Partial<Filters>): void {
    this.filters = { ...this.filters, ...next };
    this.members = null;
  }

  private toggleOption(facet: FacetKey, id: string, on: boolean): void {
    const values = this.filters[facet].filter((v) => v !== id);
    const next = on ? [...values, id] : values;
    this.setFilters({ [facet]: next });
    if (facet === 'region' && next.length) this.fitPending = next;
  }

  private clearAll(): void {
    this.setFilters(emptyFilters());
    (this.renderRoot.querySelector('input[type="search"]') as HTMLInputElement | null)?.focus();
  }

  // ------------------------------------------------------------------ selection

  private deepActive(): Element | null {
    return this.shadowRoot?.activeElement ?? null;
  }

  /** Selects an initiative (or none): highlights it on the map, reveals it in the list, opens its card. */
  select(id: string | null, { from = 'other' as 'list' | 'map' | 'other', focusCard = true } = {}): void {
    if (id && !(this.ids ??= new Set(this.indexed?.map((r) => r.id))).has(id)) return;
    const wasOpen = this.selected !== null;
    if (id && !wasOpen) this.opener = { el: this.deepActive(), id, from };
    else if (id && this.opener) this.opener = { ...this.opener, id, from: from === 'other' ? this.opener.from : from };
    this.selected = id;
    this.selectedLocation = null;
    this.map.view?.highlight(id);
    if (!id) return;
    if (from !== 'map') void this.updateComplete.then(() => this.map.view?.highlight(id, true, this.cardInset()));
    emit(this, 'hca-select', { kind: 'initiative', id });
    const index = this.visible().findIndex((r) => r.id === id);
    if (index >= 0) {
      this.list.active = index;
      if (from !== 'list') void this.updateComplete.then(() => this.list.scrollTo(index, false));
    }
    if (focusCard) void this.updateComplete.then(() => (this.renderRoot.querySelector('.card h2') as HTMLElement | null)?.focus());
  }

  /** Width the card covers on the right of the map (wide layout only). */
  private cardInset(): { right: number } {
    const card = this.renderRoot.querySelector('.card') as HTMLElement | null;
    return { right: card && getComputedStyle(card).position === 'absolute' ? card.offsetWidth + 16 : 0 };
  }

  private closeCard(): void {
    const opener = this.opener;
    const id = this.selected;
    this.opener = undefined;
    this.selected = null;
    this.selectedLocation = null;
    this.map.view?.highlight(null);
    void this.updateComplete.then(() => {
      if (opener?.el?.isConnected && (opener.el as HTMLElement).focus) return (opener.el as HTMLElement).focus();
      const marker = id ? (this.renderRoot.querySelector(`.hca-marker[data-id="${CSS.escape(id)}"]`) as HTMLElement | null) : null;
      if (opener?.from === 'map' && marker) return marker.focus();
      const index = id ? this.visible().findIndex((r) => r.id === id) : -1;
      if (index >= 0) return this.list.scrollTo(index, true);
      (this.renderRoot.querySelector('.map') as HTMLElement | null)?.focus();
    });
  }

  private openLocation(id: string): void {
    if (!this.selected && !this.selectedLocation) this.opener = { el: this.deepActive(), id, from: 'map' };
    this.selected = null;
    this.selectedLocation = id.replace(/^loc:/, '');
    void this.updateComplete.then(() => (this.renderRoot.querySelector('.card h2') as HTMLElement | null)?.focus());
  }

  private showMembers(ids: string[]): void {
    this.members = ids;
    this.list.active = 0;
    void this.updateComplete.then(() => this.list.scrollTo(0, true));
  }

  /** The rows of the list: the filtered initiatives, or the members of a cluster. */
  private visible(): Initiative[] {
    const records = this.result?.records ?? [];
    if (!this.members) return records;
    const set = new Set(this.members);
    return records.filter((r) => set.has(r.id));
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    if (this.selected || this.selectedLocation) {
      e.preventDefault();
      this.closeCard();
    } else if (this.openFacet) {
      e.preventDefault();
      const facet = this.openFacet;
      this.openFacet = null;
      void this.updateComplete.then(() => (this.renderRoot.querySelector(`#facet-${facet}`) as HTMLElement | null)?.focus());
    }
  }

  // ------------------------------------------------------------------ embed behaviour

  /**
   * Cooperative gestures: a plain wheel scrolls the page; Ctrl/Cmd + wheel zooms the map.
   * On touch screens (handled by the map view) one finger scrolls the page, two move the map.
   */
  private onWheel(e: WheelEvent): void {
    if (e.ctrlKey || e.metaKey || this.fullscreen) return;
    e.stopPropagation();
    this.showGesture('wheel');
  }

  /** Shows the gesture overlay with the hint for `kind` for a moment. */
  private showGesture(kind: 'wheel' | 'touch'): void {
    this.gestureKind = kind;
    this.gesture = true;
    clearTimeout(this.gestureTimer);
    this.gestureTimer = setTimeout(() => (this.gesture = false), 1400);
  }

  private async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      /* not allowed (e.g. in an iframe without allowfullscreen) */
    }
  }

  private exportMeta(): ExportMeta {
    const t = this.locale.t;
    const d = this.data.data!.initiatives;
    return { labels: { source: t.downloadSource, date: t.downloadDate, filters: t.downloadFilters }, dataset: d, filters: this.describeFilters(), url: this.src ? new URL(this.src, document.baseURI).href : 'https://hcaict.nl' };
  }

  private download(format: 'csv' | 'geojson'): void {
    const records = this.result?.records ?? [];
    const meta = this.exportMeta();
    const date = meta.dataset.updated;
    if (format === 'csv') saveBlob(new Blob([initiativesCsv(records, meta)], { type: 'text/csv;charset=utf-8' }), `hcaict-initiatieven-${date}.csv`);
    else saveBlob(new Blob([initiativesGeoJson(records, meta)], { type: 'application/geo+json' }), `hcaict-initiatieven-${date}.geojson`);
  }

  /** A link to the page that opens this initiative (with `sync-url` on the page). */
  shareUrl(id: string): string {
    return urlWithState(URL_KEYS, { initiatief: [id] });
  }

  private async copyLink(id: string): Promise<void> {
    const t = this.locale.t;
    this.notice = (await shareLink(this.shareUrl(id), { sheet: false })) === 'copied' ? t.copied : t.copyFailed;
  }

  // ------------------------------------------------------------------ labels

  private term(facet: TaxonomyTerm['facet'], id: string): { label: string; concept: boolean } {
    return termOf(this.data.data?.taxonomy, facet, id, this.locale.lang);
  }

  private options(facet: FacetKey): Option[] {
    const d = this.data.data;
    if (!d) return [];
    if (facet === 'region') {
      return (d.regions?.records ?? [])
        .filter((r) => r.level !== 'land')
        .map((r) => ({ id: r.id, label: r.name, group: r.level as Option['group'] }));
    }
    if (facet === 'model') return (d.models?.records ?? []).map((m) => ({ id: m.id, label: m.name, concept: m.status === 'concept' }));
    const terms = (d.taxonomy?.records ?? []).filter((t) => t.facet === facet);
    const known = new Set(terms.map((t) => t.id));
    // Values in the data without a taxonomy term still get an option (their id).
    const extra = [...(this.result?.counts[facet].keys() ?? [])].filter((id) => !known.has(id));
    return [...terms.map((t) => ({ id: t.id, ...this.term(facet, t.id) })), ...extra.map((id) => ({ id, label: id }))];
  }

  private optionLabel(facet: FacetKey, id: string): string {
    return this.options(facet).find((o) => o.id === id)?.label ?? id;
  }

  private describeFilters(): string {
    const f = this.filters;
    const parts = FACETS.filter((k) => f[k].length).map((k) => `${this.locale.t.facet[k]}: ${f[k].map((id) => this.optionLabel(k, id)).join(' / ')}`);
    if (f.query.trim()) parts.unshift(`${this.locale.t.search}: ${f.query.trim()}`);
    return parts.join('; ');
  }

  // ------------------------------------------------------------------ render

  private renderToolbar(): TemplateResult {
    const t = this.locale.t;
    const n = this.result?.records.length ?? 0;
    return html`<div class="toolbar">
      ${this.has('search')
        ? html`<div class="search" part="search" role="search">
            ${searchIcon}
            <input
              type="search"
              aria-label=${t.search}
              placeholder=${t.searchPlaceholder}
              .value=${this.filters.query}
              @input=${(e: InputEvent) => this.setFilters({ query: (e.target as HTMLInputElement).value })}
            />
          </div>`
        : nothing}
      ${this.has('filters')
        ? html`<div class="facets" part="filters" role="group" aria-label=${t.filters}>
            ${FACETS.map((facet) => {
              const count = this.filters[facet].length;
              const open = this.openFacet === facet;
              return html`<button
                type="button"
                class="btn"
                id="facet-${facet}"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="panel"
                @click=${() => (this.openFacet = open ? null : facet)}
              >
                ${t.facet[facet]}${count ? html` <span class="n"><span class="visually-hidden">(</span>${count}<span class="visually-hidden">)</span></span>` : nothing}
                ${chevron}
              </button>`;
            })}
          </div>`
        : nothing}
      ${this.has('download') || this.has('fullscreen')
        ? html`<div class="actions">
            ${this.has('download')
              ? html`<button type="button" class="btn" aria-label=${t.downloadLabel('CSV', n)} ?disabled=${!this.result} @click=${() => this.download('csv')}>
                    ${downloadIcon}${t.downloadCsv}
                  </button>
                  <button type="button" class="btn" aria-label=${t.downloadLabel('GeoJSON', n)} ?disabled=${!this.result} @click=${() => this.download('geojson')}>
                    ${downloadIcon}${t.downloadGeojson}
                  </button>`
              : nothing}
            ${this.has('fullscreen') && document.fullscreenEnabled !== false
              ? html`<button type="button" class="btn ${this.fullscreen ? 'on' : ''}" aria-pressed=${this.fullscreen ? 'true' : 'false'} @click=${this.toggleFullscreen}>
                  ${fullIcon}${t.fullscreen}
                </button>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private renderPanel(): TemplateResult | typeof nothing {
    const facet = this.openFacet;
    if (!facet || !this.has('filters')) return nothing;
    const t = this.locale.t;
    const counts = this.result?.counts[facet] ?? new Map<string, number>();
    const chosen = new Set(this.filters[facet]);
    const options = this.options(facet).filter((o) => chosen.has(o.id) || (counts.get(o.id) ?? 0) > 0);
    const box = (o: Option) => html`<label>
      <input type="checkbox" .checked=${chosen.has(o.id)} @change=${(e: Event) => this.toggleOption(facet, o.id, (e.target as HTMLInputElement).checked)} />
      <span>${o.label}${o.concept ? html` <span class="concept">${t.concept}</span>` : nothing}</span>
      <span class="c">${counts.get(o.id) ?? 0}</span>
    </label>`;
    const groups: [string, Option[]][] =
      facet === 'region'
        ? [
            [t.provinces, options.filter((o) => o.group === 'provincie')],
            [t.amrs, options.filter((o) => o.group === 'arbeidsmarktregio')],
          ]
        : [[t.facet[facet], options]];
    return html`<div class="panel" id="panel" part="filter-panel">
      ${groups
        .filter(([, list]) => list.length)
        .map(([legend, list]) => html`<fieldset><legend>${legend}</legend>${list.map(box)}</fieldset>`)}
    </div>`;
  }

  private renderChips(): TemplateResult | typeof nothing {
    const t = this.locale.t;
    const f = this.filters;
    if (isEmpty(f) || !(this.has('filters') || this.has('search'))) return nothing;
    const chip = (label: string, name: string, remove: () => void) =>
      html`<li><button type="button" class="chip" aria-label=${name} @click=${remove}>${label}<span aria-hidden="true">×</span></button></li>`;
    return html`<ul class="chips" part="chips" aria-label=${t.activeFilters}>
      ${f.query.trim() ? chip(`“${f.query.trim()}”`, t.removeQuery(f.query.trim()), () => this.setFilters({ query: '' })) : nothing}
      ${FACETS.flatMap((facet) =>
        f[facet].map((id) => {
          const label = this.optionLabel(facet, id);
          return chip(label, t.remove(label), () => this.toggleOption(facet, id, false));
        }),
      )}
      <li><button type="button" class="linkish" @click=${this.clearAll}>${t.clearAll}</button></li>
    </ul>`;
  }

  private renderLegend(): TemplateResult | typeof nothing {
    if (!this.has('legend')) return nothing;
    const t = this.locale.t;
    const hasLocations = (this.data.data?.locations?.records.length ?? 0) > 0;
    return html`<div class="legend" part="legend" role="group" aria-labelledby="legend-title">
      <h2 id="legend-title">${t.legend}</h2>
      <ul>
        <li><span class="sw" aria-hidden="true"></span>${t.legendInitiative}</li>
        <li><span class="sw cl" aria-hidden="true">12</span>${t.legendCluster}</li>
        ${hasLocations
          ? html`<li>
              <label><input type="checkbox" .checked=${this.showLocations} @change=${(e: Event) => (this.showLocations = (e.target as HTMLInputElement).checked)} /><span class="sw loc" aria-hidden="true"></span>${t.legendLocations}</label>
            </li>`
          : nothing}
      </ul>
    </div>`;
  }

  private renderRow(i: Initiative, index: number, total: number): TemplateResult {
    const selected = i.id === this.selected;
    return html`<div role="listitem" part="item" aria-setsize=${total} aria-posinset=${index + 1} data-top=${index * this.list.rowHeight}>
      <button
        type="button"
        class="row"
        data-index=${index}
        data-id=${i.id}
        tabindex=${index === this.list.active ? '0' : '-1'}
        aria-current=${selected ? 'true' : 'false'}
        @click=${() => {
          this.list.active = index;
          this.select(i.id, { from: 'list' });
        }}
      >
        <span class="name">${i.name}</span>
        <span class="meta">${i.place.name} · ${this.term('kind', i.kind).label}</span>
      </button>
    </div>`;
  }

  /** Only the rows in view (plus a margin) are in the DOM; the active row always is, so Tab finds it. */
  private renderRows(rows: Initiative[]): unknown {
    return repeat(this.list.window(), (i) => rows[i].id, (i) => this.renderRow(rows[i], i, rows.length));
  }

  private renderList(): TemplateResult | typeof nothing {
    const t = this.locale.t;
    const rows = this.visible();
    const total = this.data.data?.initiatives.records.length ?? 0;
    const count = this.result ? (this.result.records.length === total ? t.count(total) : t.countOf(this.result.records.length, total)) : '';
    return html`<div class="side">
      <p class="count" role="status" aria-live="polite" part="count">${count}</p>
      ${this.members
        ? html`<p class="members">
            <span>${t.members(rows.length)}</span>
            <button type="button" class="linkish" @click=${() => (this.members = null)}>${t.close}</button>
          </p>`
        : nothing}
      ${this.has('list')
        ? html`<div class="rowswrap">
            ${this.data.status === 'loading' ? this.renderStatus() : nothing}
            ${this.result && !rows.length ? html`<p class="empty">${t.noResults}</p>` : nothing}
            <div class="rows" part="list" role="list" aria-label=${t.list} aria-describedby="list-help" @keydown=${this.list.onKeydown} @scroll=${this.list.onScroll}>
              <div class="sizer">${this.renderRows(rows)}</div>
            </div>
          </div>
          <p id="list-help" class="visually-hidden">${t.listHelp}</p>`
        : nothing}
    </div>`;
  }

  private termList(facet: 'targetGroup' | 'level' | 'theme' | 'pillar', ids: string[]) {
    const t = this.locale.t;
    return html`<ul class="plain">
      ${ids.map((id) => {
        const term = this.term(facet, id);
        return html`<li>${term.label}${term.concept ? html`<span class="concept">${t.concept}</span>` : nothing}</li>`;
      })}
    </ul>`;
  }

  private renderCard(i: Initiative): TemplateResult {
    const t = this.locale.t;
    const d = this.data.data!;
    const regionName = (id: string) => d.regions?.records.find((r) => r.id === id)?.name ?? id;
    const kind = this.term('kind', i.kind);
    const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
    return html`<article class="card" part="card" aria-labelledby="card-title">
      <header>
        <h2 id="card-title" tabindex="-1">${i.name}</h2>
        <button type="button" class="iconbtn" aria-label=${t.close} @click=${this.closeCard}><span aria-hidden="true">✕</span></button>
      </header>
      <p class="kind">${kind.label}${kind.concept ? html`<span class="concept">${t.concept}</span>` : nothing}</p>
      <p>${i.summary}</p>
      <dl>
        ${i.organisations.length ? row(t.organisations, i.organisations.join(', ')) : nothing}
        ${i.partners.length ? row(t.partners, i.partners.join(', ')) : nothing}
        ${row(t.place, i.place.name)}
        ${row(t.regions, i.regions.map(regionName).join(', '))}
        ${i.levels.length ? row(t.levels, this.termList('level', i.levels)) : nothing}
        ${i.targetGroups.length ? row(t.targetGroups, this.termList('targetGroup', i.targetGroups)) : nothing}
        ${i.themes.length ? row(t.themes, this.termList('theme', i.themes)) : nothing}
        ${i.pillars.length ? row(t.pillars, this.termList('pillar', i.pillars)) : nothing}
        ${i.models.length
          ? row(
              t.models,
              html`<ul class="plain">
                ${i.models.map((id) => {
                  const m = d.models?.records.find((x) => x.id === id);
                  return html`<li>
                    <button type="button" class="pill" @click=${() => this.setFilters({ model: [id] })}>${m?.name ?? id}</button>${m?.status === 'concept' ? html`<span class="concept">${t.concept}</span>` : nothing}
                  </li>`;
                })}
              </ul>`,
            )
          : nothing}
        ${i.website ? row(t.website, externalLink(i.website, new URL(i.website).hostname)) : nothing}
        ${i.startYear ? row(t.startYear, String(i.startYear)) : nothing}
        ${row(t.status, t.statusValue[i.status] ?? i.status)}
        ${row(
          t.sources,
          html`<ul class="plain">
            ${i.sources.map((s) => html`<li>${externalLink(s.url, s.title)}${s.publisher ? html` (${s.publisher})` : nothing}</li>`)}
          </ul>`,
        )}
      </dl>
      <p class="source">${t.verified}: ${this.locale.format.isoDate(i.verified)}</p>
      <div class="tools">
        <button type="button" class="btn" @click=${() => this.copyLink(i.id)}>${t.copyLink}</button>
        <button type="button" class="btn" @click=${this.closeCard}>${t.close}</button>
      </div>
      <p class="note" role="status">${this.notice}</p>
    </article>`;
  }

  private renderLocationCard(l: Location): TemplateResult {
    const t = this.locale.t;
    const d = this.data.data!;
    return html`<article class="card" part="card" aria-labelledby="card-title">
      <header>
        <h2 id="card-title" tabindex="-1">${l.institution}</h2>
        <button type="button" class="iconbtn" aria-label=${t.close} @click=${this.closeCard}><span aria-hidden="true">✕</span></button>
      </header>
      <p class="kind">${t.legendLocations}</p>
      <dl>
        <dt>${t.place}</dt><dd>${l.place.name}</dd>
        <dt>${t.levels}</dt><dd>${l.level}</dd>
        <dt>${t.regions}</dt><dd>${l.regions.map((id) => d.regions?.records.find((r) => r.id === id)?.name ?? id).join(', ')}</dd>
      </dl>
      <p>${t.locationCard(l.programmes, l.students)} (${l.year})</p>
      <p class="source">${t.sources}: ${d.locations?.attribution ?? 'DUO'}</p>
    </article>`;
  }

  render() {
    const t = this.locale.t;
    const current = this.selected ? this.data.data?.initiatives.records.find((r) => r.id === this.selected) : undefined;
    const location = this.selectedLocation ? this.data.data?.locations?.records.find((l) => l.id === this.selectedLocation) : undefined;
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    return html`<div @keydown=${this.onKeydown}>
      ${this.data.status === 'error' || this.data.problems.length ? this.renderStatus() : nothing}
      ${this.map.error ? html`<p class="status" role="status">${t.mapFailed}</p>` : nothing}
      ${this.renderToolbar()} ${this.renderPanel()} ${this.renderChips()}
      <div class="layout ${this.has('list') ? '' : 'no-list'}">
        <div class="mapcol">
          <div class="mapwrap" @wheel=${{ handleEvent: (e: WheelEvent) => this.onWheel(e), capture: true }}>
            <div class="map" part="map" role="region" aria-label=${t.map}></div>
            <div class="gesture ${this.gesture ? 'show' : ''}" aria-hidden="true">${this.gestureKind === 'touch' ? t.gestureTouch : mac ? t.gestureMac : t.gesture}</div>
          </div>
          ${this.renderLegend()} ${current ? this.renderCard(current) : location ? this.renderLocationCard(location) : nothing}
        </div>
        ${this.renderList()}
      </div>
    </div>`;
  }
}
