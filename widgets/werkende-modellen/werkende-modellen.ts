import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../../src/data/data-controller.js';
import type { Initiative } from '../../src/data/schema.js';
import { emit } from '../../src/events.js';
import { loadBoundaries, type Boundaries } from '../../src/geo/boundaries.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { MapController } from '../../src/map/map-controller.js';
import type { MapMarker, MapView } from '../../src/map/map-view.js';
import { UrlStateController, urlWithState, type UrlState } from '../../src/state/url-state.js';
import { COLORS } from '../../src/theme/tokens.js';
import { boxStyles } from '../../src/ui/box.js';
import { KitElement } from '../../src/ui/kit-element.js';
import { SelectionController } from '../../src/ui/selection.js';
import { shareLink } from '../../src/ui/share.js';
import { tableStyles } from '../../src/ui/table-styles.js';
import { messages } from './messages.js';
import { modelFacts, rankModels, type Criteria, type Criterion, type ModelFacts } from './model-view.js';
import { styles } from './styles.js';
import { comparePage, guide, modelList, modelPage, type Ctx, type Handlers } from './templates.js';

const focus = (el: HTMLElement | null | undefined): boolean => (el?.focus(), !!el);

const markersOf = (initiatives: Initiative[]): MapMarker[] =>
  initiatives.map((i) => ({ id: i.id, lat: i.place.lat, lon: i.place.lon, name: `${i.name}, ${i.place.name}` }));

/**
 * The seven working models behind successful ICT initiatives, as a guide: a short guided
 * choice ranks the models by how well their data matches the visitor's answers (and says
 * why); a page per model gives what it is, its building blocks, target groups and levels,
 * partners, financing, conditions, steps to start and results with their sources, its
 * initiatives on a list and a small map (the map code loads only when a model opens), and
 * the provinces and arbeidsmarktregio's where it is applied; two models side by side.
 * Content still in `concept` status carries a visible label.
 *
 * Lives in the box the page gives it: fills a height the page sets and scrolls inside,
 * grows to its content without one, and uses a phone layout below 600 px of its own width.
 *
 * @summary The working models of HCA ICT: guided choice, a page per model, comparison.
 * @customElement hca-werkende-modellen
 * @attribute {boolean} sync-url - Mirrors the open model and the comparison into the page URL (`model`, `vergelijk`) and restores them from it.
 *
 * @fires hca-ready - First render with data. Detail: `{ count }`, the number of models shown.
 * @fires hca-select - A model was opened. Detail: `{ kind: 'model', id }`.
 * @fires hca-data-error - Data could not be loaded or records were skipped. Detail: `{ problems, messages, fatal }`.
 *
 * @csspart list - The list of models.
 * @csspart item - One model in the list.
 * @csspart detail - The page of the open model.
 * @csspart compare - Two models side by side.
 * @csspart status - Loading and error messages.
 *
 * @cssprop [--hca-modellen-columns=1] - Number of columns of the list.
 * @cssprop [--hca-color-accent=#0b5cad] - Accent colour (links, focus of items).
 * @cssprop [--hca-marker-color=#0b5cad] - Colour of the initiatives on a model's map.
 */
export class HcaWerkendeModellen extends KitElement {
  static styles = [KitElement.styles, boxStyles, tableStyles, styles];

  /** Id of the model whose page is open; none: the list. */
  @property() accessor model: string | null = null;
  /** Id of a second model, shown side by side with `model`. */
  @property() accessor compare: string | null = null;
  /**
   * Link template to the netwerkkaart: `{model}` for the model's initiatives, `{id}` for one of them,
   * e.g. `/kaart/?model={model}&initiatief={id}`.
   */
  @property({ attribute: 'map-href' }) accessor mapHref: string | null = null;
  /** Link template to a region's profile, e.g. `/regio/{region}.html`; links the regions where a model is applied. */
  @property({ attribute: 'profile-href' }) accessor profileHref: string | null = null;

  @state() private accessor criteria: Criteria = {};
  @state() private accessor boundaries: Boundaries | undefined;
  @state() private accessor notice = '';

  protected readonly locale = new LocaleController(this, messages);
  protected readonly data = new DataController(this, 'models', { optional: ['initiatives', 'taxonomy', 'regions'] });
  // the URL follows the view whatever changed it: a pick, an attribute, a property, back/forward
  private readonly url = new UrlStateController(
    this,
    ['model', 'vergelijk'],
    (s) => this.restore(s),
    () => this.urlState(),
  );
  private readonly selection = new SelectionController<'model'>(this, {
    focusOnOpen: () => this.renderRoot.querySelector<HTMLElement>('#model-title'),
    returnFocus: [({ id }) => focus(this.renderRoot.querySelector<HTMLElement>(`button.open[data-id="${CSS.escape(id)}"]`))],
  });
  private readonly map = new MapController(
    this,
    () => this.renderRoot.querySelector<HTMLElement>('.model-map'),
    () => ({
      renderer: 'leaflet',
      labels: { cluster: this.locale.t.cluster, map: this.locale.t.mapLabel(this.openFacts()?.model.name ?? '') },
      onSelect: (id) => this.showInitiative(id),
      onClusterList: (ids) => this.showInitiative(ids[0]),
    }),
  );
  private facts: ModelFacts[] = [];
  private factsOf?: unknown;
  private restored = false;

  /** Resolves with the model page's map once it has drawn (undefined without one, or when it failed). For tests and integrations. */
  get mapReady(): Promise<MapView | undefined> {
    return this.map.ready;
  }

  /** The page URL of this view, for sharing (also without `sync-url`). */
  shareUrl(): string {
    return urlWithState(['model', 'vergelijk'], this.urlState());
  }

  private urlState(): UrlState {
    // before the data is here, what the attributes ask for (the URL keeps it while loading)
    if (!this.data.data) return { model: this.model ? [this.model] : [], vergelijk: this.model && this.compare ? [this.compare] : [] };
    const page = this.openFacts();
    return { model: page ? [page.model.id] : [], vergelijk: page && this.compared() ? [this.compare!] : [] };
  }

  /** From the URL: on connect only what it names (an attribute stays otherwise); on back/forward all of it. */
  private restore(s: UrlState): void {
    if (s.model?.[0] || this.restored) this.model = s.model?.[0] ?? null;
    if (s.vergelijk?.[0] || this.restored) this.compare = s.vergelijk?.[0] ?? null;
    this.restored = true;
  }

  private readonly on: Handlers = {
    criterion: (c: Criterion, value: string) => (this.criteria = { ...this.criteria, [c]: value || undefined }),
    clearCriteria: () => {
      this.criteria = {};
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#q-targetGroup')?.focus());
    },
    open: (id) => {
      this.model = id;
      this.compare = null;
      this.selection.open(id, 'model', { from: 'list' });
      emit(this, 'hca-select', { kind: 'model', id });
      this.writeUrl();
    },
    back: () => {
      this.model = null;
      this.compare = null;
      this.selection.close();
      this.writeUrl();
    },
    compare: (id) => {
      this.compare = id;
      this.writeUrl();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#model-title')?.focus());
    },
    share: () => void this.share(),
  };

  private writeUrl(): void {
    this.notice = '';
    this.url.write(this.urlState(), 0);
  }

  private async share(): Promise<void> {
    const t = this.locale.t;
    const url = this.shareUrl();
    const outcome = await shareLink(url, { title: this.renderRoot.querySelector('#model-title')?.textContent?.trim() ?? document.title });
    if (outcome !== 'cancelled') this.notice = outcome === 'shared' ? t.shared : outcome === 'copied' ? t.copied : t.copyFailed(url);
  }

  /** The open model, when it is in the data. */
  private openFacts(): ModelFacts | undefined {
    return this.model ? this.facts.find((f) => f.model.id === this.model) : undefined;
  }

  /** The model compared with the open one, when it is in the data and another model. */
  private compared(): ModelFacts | undefined {
    return this.compare && this.compare !== this.model ? this.facts.find((f) => f.model.id === this.compare) : undefined;
  }

  /** A marker on the model's map was activated: its initiative in the list above gets focus. */
  private showInitiative(id: string): void {
    const item = this.renderRoot.querySelector<HTMLElement>(`li[data-initiative="${CSS.escape(id)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    (item?.querySelector<HTMLElement>('a') ?? item)?.focus();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const d = this.data.data;
    if (d && d !== this.factsOf) {
      this.factsOf = d;
      this.facts = modelFacts(d);
    }
    if (changed.has('model') && this.selection.of('model') !== this.model) this.selection.set(this.model ? { id: this.model, kind: 'model' } : null);
    const page = this.compared() ? undefined : this.openFacts();
    if (page?.initiatives.length) {
      if (!this.boundaries)
        loadBoundaries().then(
          (b) => (this.boundaries = b),
          () => undefined,
        ); // without them the regions table says the same
      this.map.setLayer('initiatives', this.markers(page), () => ({ color: getComputedStyle(this).getPropertyValue('--_marker').trim() || COLORS.marker }));
      if (page !== this.mapPage) this.map.fitRegions(() => page.provinces.map((p) => p.region.code));
    } else if (this.mapPage) this.map.stop();
    this.mapPage = page?.initiatives.length ? page : undefined;
  }

  private mapPage?: ModelFacts;
  private readonly markerCache = new WeakMap<ModelFacts, MapMarker[]>();
  /** The same array for the same model, so the map is not redrawn on every update. */
  private markers(f: ModelFacts): MapMarker[] {
    return this.markerCache.get(f) ?? this.markerCache.set(f, markersOf(f.initiatives)).get(f)!;
  }

  render() {
    const d = this.data.data;
    const { t, format, lang } = this.locale;
    if (!d)
      return html`<h2>${t.title}</h2>
        ${this.renderStatus()}`;
    const ctx: Ctx = { t, format, lang, data: d, mapHref: this.mapHref, profileHref: this.profileHref };
    const page = this.openFacts();
    const other = this.compared();
    const date = format.isoDate(new Date().toISOString().slice(0, 10));
    const body = page
      ? other
        ? comparePage(ctx, page, other, { all: this.facts, notice: this.notice }, this.on)
        : modelPage(
            ctx,
            { facts: page, all: this.facts, compare: null, boundaries: this.boundaries, mapFailed: !!this.map.error, notice: this.notice },
            this.on,
          )
      : html`${this.model ? html`<p class="status" role="status">${t.unknownModel(this.model)}</p>` : nothing}
          <p>${t.intro(this.facts.length)}</p>
          ${guide(ctx, this.criteria, this.on)} ${modelList(ctx, rankModels(this.facts, this.criteria), this.criteria, this.model, this.on)}
          <p class="meta data-date">${this.dataDate}</p>`;
    return html`<div class="root" @keydown=${(e: KeyboardEvent) => page && this.selection.onEscape(e) && this.on.back()}>
      <h2>${t.title}</h2>
      ${this.renderStatus()} ${body} ${page ? html`<p class="print-only source">${t.printedFrom(this.shareUrl(), date)}</p>` : nothing}
    </div>`;
  }
}
