import { html, nothing, type PropertyValues } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { DataController } from '../../src/data/data-controller.js';
import type { Initiative } from '../../src/data/schema.js';
import { emit } from '../../src/events.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { FullscreenController } from '../../src/map/fullscreen.js';
import { GestureHintController, gestureHintStyles } from '../../src/map/gesture-hint.js';
import { MapController } from '../../src/map/map-controller.js';
import type { MapMarker, MapView, Renderer } from '../../src/map/map-view.js';
import { FilterStateController } from '../../src/state/filter-state.js';
import { FilterIndex, emptyFilters, isEmpty, type FacetKey, type FilterResult, type Filters } from '../../src/state/filters.js';
import type { UrlParam } from '../../src/state/url-state.js';
import { saveBlob } from '../../src/ui/download.js';
import { PHONE_WIDTH, boxStyles } from '../../src/ui/box.js';
import { ContainerWidthController } from '../../src/ui/container-width.js';
import { KitElement } from '../../src/ui/kit-element.js';
import { SelectionController, type SelectionOrigin } from '../../src/ui/selection.js';
import { shareLink } from '../../src/ui/share.js';
import { VirtualListController } from '../../src/ui/virtual-list.js';
import { exportFile, exportMeta, shareNotice } from './export.js';
import { Labels } from './labels.js';
import { LOCATION_PREFIX, initiativeMarkers, layerStyles, locationMarkers, positionMarkers } from './markers.js';
import { messages } from './messages.js';
import { styles } from './styles.js';
import { ROW_EM, ROW_HEIGHT, card, chips, facetPanel, legend, list, locationCard, mapArea, toolbar, type Control, type Handlers } from './templates.js';

export { CONTROLS, type Control } from './templates.js';

/** URL parameter of each facet (Dutch: these appear in shared links). */
const FACET_PARAM: Record<FacetKey, UrlParam> = { region: 'regio', kind: 'type', targetGroup: 'doelgroep', level: 'niveau', model: 'model', theme: 'thema' };

/** One empty layer (the map redraws a layer only when it gets another array). */
const NO_MARKERS: MapMarker[] = [];

const focus = (el: HTMLElement | null | undefined): boolean => (el?.focus(), !!el);

/**
 * The network map of ICT initiatives against the shortage of ICT professionals: search,
 * facet filters, a map on an offline basemap with clustered markers (Leaflet, or
 * MapLibre GL with `renderer="maplibre"`), a virtualised list in step with the map, a
 * detail card per initiative, the DUO ICT education locations as an optional layer,
 * shareable links and downloads of what is shown.
 *
 * A large file is on the map before it has been checked through: the markers are drawn from
 * each record's checked id and position, the list, cards and filters follow once every
 * record is checked, and a record found invalid then leaves the map and is reported.
 *
 * @summary Map of ICT initiatives with search, filters, list, detail cards and downloads.
 * @customElement hca-netwerkkaart
 * @attribute {boolean} sync-url - Mirrors search, filters and the open initiative into the page URL (`zoek`, `regio`, `type`, `doelgroep`, `niveau`, `model`, `thema`, `initiatief`) and restores them from it.
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
 * @cssprop [--hca-netwerkkaart-height=600px] - Height of the element when the page sets none (toolbar, map and list fit inside; a `height` set on the element wins).
 * @cssprop [--hca-marker-color=#0b5cad] - Colour of initiative markers and clusters.
 * @cssprop [--hca-location-color=#00796b] - Colour of the ICT education location markers.
 * @cssprop [--hca-color-water=#f7f9fc] - Colour around the land on the offline basemap.
 */
export class HcaNetwerkkaart extends KitElement {
  static styles = [KitElement.styles, boxStyles, gestureHintStyles, styles];

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
  /** Link template to a working model's page, e.g. `/modellen/{model}.html`; links the models on an initiative's card. */
  @property({ attribute: 'model-href' }) accessor modelHref: string | null = null;
  /** Link template to a region's profile, e.g. `/regio/{region}.html`; links the regions on an initiative's card. */
  @property({ attribute: 'profile-href' }) accessor profileHref: string | null = null;

  /** The active search and facet filters. */
  @state() accessor filters: Filters = emptyFilters();
  @state() private accessor openFacet: FacetKey | null = null;
  @state() private accessor showLocations = false;
  @state() private accessor members: string[] | null = null;
  @state() private accessor notice = '';
  /** On a phone, the map or the list fills the element (a switch above them). */
  @state() private accessor view: 'map' | 'list' = 'map';
  /** A card opened from the list on a phone: closing it goes back to the list. */
  private returnToList = false;
  @query('.map') private accessor mapEl!: HTMLElement | null;

  protected readonly locale = new LocaleController(this, messages);
  protected readonly data = new DataController(this, 'initiatives', {
    optional: ['taxonomy', 'regions', 'models', 'locations'],
    count: async () => {
      await this.updateComplete;
      await this.map.start();
      await this.updateComplete;
      return this.result?.records.length ?? 0;
    },
    // A large file takes a moment to check: the map shows where the initiatives are meanwhile
    // (their positions are checked first), unless the view is filtered, opens one of them, or
    // still shows the list of an earlier file (`src` changed): then map and list would differ.
    preview: (document) => {
      if (this.data.data || !isEmpty(this.filters) || this.selection.current) return;
      this.map.setLayer('initiatives', positionMarkers(document, this.locale.t.markerChecking), this.layerStyles.initiatives);
      this.requestUpdate();
    },
  });
  private readonly list = new VirtualListController(
    this,
    ROW_HEIGHT,
    () => this.renderRoot.querySelector('.rows'),
    () => this.visible().length,
    ROW_EM, // two lines of name and a line of place at the page's font size
  );
  private readonly selection = new SelectionController<'initiative' | 'location'>(this, {
    focusOnOpen: () => this.renderRoot.querySelector<HTMLElement>('.card h2'),
    returnFocus: [
      ({ id, from }) => from === 'map' && focus(this.renderRoot.querySelector<HTMLElement>(`.hca-marker[data-id="${CSS.escape(id)}"]`)),
      ({ id }) => this.focusRow(id),
      () => focus(this.mapEl),
    ],
  });
  private readonly filterState = new FilterStateController(this, {
    facets: FACET_PARAM,
    query: 'zoek',
    selection: 'initiatief',
    presets: { region: 'region', model: 'model', query: 'query' },
    empty: emptyFilters,
    records: () => this.data.data?.initiatives.records,
    index: (records) => new FilterIndex(records),
    selected: () => this.selection.of('initiative'),
    onRestoreSelection: (id) => {
      this.selection.set(id ? { id, kind: 'initiative' } : null);
      if (id) this.map.reveal(this.cardInset);
    },
    onPreset: (f) => f.region?.length && this.fitRegions(f.region),
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
      onGestureHint: (kind) => this.gesture.show(kind),
    }),
    (failure) => this.data.fail(failure),
  );
  private readonly width = new ContainerWidthController(this, PHONE_WIDTH);
  private readonly fullscreen = new FullscreenController(this);
  private readonly gesture = new GestureHintController(this, () => !this.fullscreen.active);
  private readonly layerStyles = layerStyles(this);

  private readonly on: Handlers = {
    setFilters: (next) => this.setFilters(next),
    toggleFacet: (facet) => (this.openFacet = this.openFacet === facet ? null : facet),
    toggleOption: (facet, id, on) => {
      const next = [...this.filters[facet].filter((v) => v !== id), ...(on ? [id] : [])];
      this.setFilters({ [facet]: next });
      if (facet === 'region' && next.length) this.fitRegions(next);
    },
    clearAll: () => {
      this.setFilters(emptyFilters());
      this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    },
    download: (format) => {
      const d = this.data.data;
      const t = this.locale.t;
      if (d)
        saveBlob(...exportFile(format, this.result?.records ?? [], exportMeta(t, d.initiatives, this.labels().describeFilters(this.filters, t), this.src)));
    },
    toggleFullscreen: this.fullscreen.toggle,
    showLocations: (on) => (this.showLocations = on),
    closeMembers: () => (this.members = null),
    openRow: (index, id) => {
      this.list.active = index;
      this.select(id, { from: 'list' });
    },
    closeCard: () => this.closeCard(),
    showView: (view) => (this.view = view),
    skipMap: () => this.list.scrollTo(this.list.active, true),
    copyLink: async (id) => (this.notice = shareNotice(await shareLink(this.shareUrl(id), { sheet: false }), this.locale.t)),
  };

  /** The filtered initiatives and the option counts (undefined until the data is there). */
  get result(): FilterResult<Initiative> | undefined {
    return this.filterState.result;
  }

  /**
   * The map view once it exists (undefined before it is drawn, after a failure, and while
   * disconnected). For tests and integrations: read where the map looks (`camera()`),
   * what a layer holds, or wait for `idle()`; it is the MapView interface, not a renderer.
   */
  get mapView(): MapView | undefined {
    return this.map.view;
  }

  /** Resolves with the map view once it has first drawn, or undefined when it failed. For tests and integrations. */
  get mapReady(): Promise<MapView | undefined> {
    return this.map.ready;
  }

  /** Sets filters (from the UI or a script) and closes the list of a cluster's members. */
  setFilters(next: Partial<Filters>): void {
    this.filters = { ...this.filters, ...next };
    this.members = null;
  }

  /** Selects an initiative (or none): highlights it on the map, reveals it in the list, opens its card. */
  select(id: string | null, { from = 'other' as SelectionOrigin, focusCard = true } = {}): void {
    if (!id) return this.selection.set(null);
    if (!this.filterState.has(id)) return;
    this.selection.open(id, 'initiative', { from, focus: focusCard });
    // On a phone the card is a sheet over the map: show the map, and go back to the list on close.
    if (this.width.narrow && from === 'list') {
      this.returnToList = true;
      this.view = 'map';
    }
    if (from !== 'map') this.map.reveal(this.cardInset);
    emit(this, 'hca-select', { kind: 'initiative', id });
    const index = this.rowOf(id);
    if (index < 0) return;
    this.list.active = index;
    if (from !== 'list') void this.updateComplete.then(() => this.list.scrollTo(index, false));
  }

  /** A link to the page that opens this initiative (with `sync-url` on the page). */
  shareUrl(id: string): string {
    return this.filterState.shareUrl(id);
  }

  protected firstUpdated(): void {
    // The map and its basemap are drawn while the data is on its way: when it arrives, only its markers are left to draw.
    void this.map.start();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (this.filterState.update(changed)) {
      this.list.clamp();
      this.map.setLayer('initiatives', initiativeMarkers(this.data.data!.initiatives.records, this.result!.indexes), this.layerStyles.initiatives);
    } else if (this.data.status === 'error') this.map.setLayer('initiatives', NO_MARKERS, this.layerStyles.initiatives); // no first markers of a file that failed
    if ((changed as Map<PropertyKey, unknown>).has('showLocations')) {
      const locations = this.showLocations ? (this.data.data?.locations?.records ?? []) : [];
      this.map.setLayer('locations', locationMarkers(locations, this.locale.t), this.layerStyles.locations);
    }
    this.map.highlight(this.selection.of('initiative'));
    // In full screen there is no page to scroll: one finger pans the map.
    this.map.cooperative = !this.fullscreen.active;
  }

  private has(control: Control): boolean {
    return this.controls === null || this.controls.split(/[\s,]+/).includes(control);
  }

  private labels(): Labels {
    return new Labels(this.data.data, this.locale.lang);
  }

  /** The rows of the list: the filtered initiatives, or the members of a cluster. */
  private visible(): Initiative[] {
    const records = this.result?.records ?? [];
    if (!this.members) return records;
    const set = new Set(this.members);
    return records.filter((r) => set.has(r.id));
  }

  /** Position of initiative `id` in the list, or -1. */
  private rowOf(id: string): number {
    return this.visible().findIndex((r) => r.id === id);
  }

  /** Scrolls the row of `id` into view and focuses it; false when it is not in the list. */
  private focusRow(id: string): boolean {
    const index = this.rowOf(id);
    if (index >= 0) this.list.scrollTo(index, true);
    return index >= 0;
  }

  /** Width the card covers on the right of the map (wide layout only). */
  private readonly cardInset = (): { right: number } => {
    const card = this.renderRoot.querySelector<HTMLElement>('.card');
    return { right: card && getComputedStyle(card).position === 'absolute' ? card.offsetWidth + 16 : 0 };
  };

  private fitRegions(ids: string[]): void {
    this.map.fitRegions(() => ids.map((id) => this.data.data?.regions?.records.find((r) => r.id === id)?.code));
  }

  private closeCard(): void {
    if (this.returnToList) this.view = 'list';
    this.returnToList = false;
    this.selection.close();
  }

  private openLocation(id: string): void {
    this.selection.open(id.slice(LOCATION_PREFIX.length), 'location', { from: 'map' });
  }

  private showMembers(ids: string[]): void {
    this.members = ids;
    this.list.active = 0;
    void this.updateComplete.then(() => this.list.scrollTo(0, true));
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.selection.current) {
      e.preventDefault();
      return this.closeCard();
    }
    if (e.key !== 'Escape' || !this.openFacet) return;
    e.preventDefault();
    const facet = this.openFacet;
    this.openFacet = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#facet-${facet}`)?.focus());
  };

  render() {
    const t = this.locale.t;
    const d = this.data.data;
    const labels = this.labels();
    const rows = this.visible();
    const selected = this.selection.current;
    const current = selected?.kind === 'initiative' ? d?.initiatives.records.find((r) => r.id === selected.id) : undefined;
    const location = selected?.kind === 'location' ? d?.locations?.records.find((l) => l.id === selected.id) : undefined;
    const shown = this.result?.records.length;
    const has = (c: Control) => this.has(c);
    // the list says it loads; a retry shows its progress on the retry button instead
    const loading = this.data.status === 'loading' && !this.data.retrying;
    return html`<div class="root" @keydown=${this.onKeydown}>
      ${loading ? nothing : this.renderStatus()}
      ${toolbar(t, { has, filters: this.filters, openFacet: this.openFacet, shown, fullscreen: this.fullscreen, view: this.view }, this.on)}
      ${has('filters') || has('search') ? chips(t, this.filters, labels, this.on) : nothing}
      <div class="layout ${has('list') ? '' : 'no-list'}" data-view=${has('list') ? this.view : 'map'}>
        ${this.openFacet && has('filters') ? facetPanel(t, this.openFacet, labels, this.filters, this.result, this.on) : nothing}
        <div class="mapcol">
          ${mapArea(t, { skip: has('list'), gesture: this.gesture.render({ wheel: t.gesture, wheelMac: t.gestureMac, touch: t.gestureTouch }) }, this.on, this.gesture.wheel)}
          ${has('legend') ? legend(t, { available: (d?.locations?.records.length ?? 0) > 0, shown: this.showLocations }, this.on, this.width.narrow) : nothing}
          ${current ? card(t, this.locale.format, current, labels, this.notice, { model: this.modelHref, profile: this.profileHref }, this.on) : location ? locationCard(t, location, labels, d?.locations?.attribution, this.on) : nothing}
        </div>
        ${list(t, { rows, list: this.list, selected: this.selection.of('initiative'), shown, total: d?.initiatives.records.length ?? 0, members: !!this.members, loading: loading ? this.renderStatus() : nothing, showList: has('list'), dataDate: this.dataDate }, labels, this.on)}
      </div>
    </div>`;
  }
}
