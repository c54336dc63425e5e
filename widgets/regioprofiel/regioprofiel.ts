import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ChartController } from '../../src/charts/chart-controller.js';
import { chartImage } from '../../src/charts/chart-helpers.js';
import { PrintController } from '../../src/charts/print-controller.js';
import { DataController } from '../../src/data/data-controller.js';
import { sourceLabel } from '../../src/data/figures.js';
import { emit } from '../../src/events.js';
import { loadBoundaries, type Boundaries } from '../../src/geo/boundaries.js';
import { NETHERLANDS_ID } from '../../src/geo/region-id.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { UrlStateController, urlWithState, type UrlParam, type UrlState } from '../../src/state/url-state.js';
import { boxStyles } from '../../src/ui/box.js';
import { saveBlob } from '../../src/ui/download.js';
import { KitElement } from '../../src/ui/kit-element.js';
import { PartsController } from '../../src/ui/parts.js';
import { externalLink, templateHref } from '../../src/ui/links.js';
import { shareLink } from '../../src/ui/share.js';
import { tableStyles } from '../../src/ui/table-styles.js';
import { messages } from './messages.js';
import { profileCsv } from './profile-csv.js';
import { styles } from './styles.js';
import { actionButtons, chartFigure, initiativeItem, keyFigure, labourFigure, locatorMap, modelItem, pickerControls, yearList } from './templates.js';
import { KEY_FIGURES, profileView, shownRegions, type ChartView, type ProfileView } from './view-model.js';

export { KEY_FIGURES };

const URL_PARAMS: readonly UrlParam[] = ['regio', 'vergelijk'];

/**
 * The data profile of one region: key figures with year, trend and comparison with the
 * Netherlands; charts of ICT education with a table and a text behind each; national
 * labour-market context; the region's initiatives; a locator map; sources and caveats
 * under every figure; share link, CSV and PNG downloads, and a print layout.
 *
 * Lives in the box the page gives it: fills a height the page sets and scrolls inside,
 * grows to its content without one, and uses a phone layout below 600 px of its own width.
 *
 * @summary Data profile of a region.
 * @customElement hca-regioprofiel
 * @attribute {boolean} sync-url - Mirrors the region and comparison into the page URL (`regio`, `vergelijk`) and restores them from it.
 *
 * @fires hca-ready - First render with data. Detail: `{ count }`, the number of key figures shown.
 * @fires hca-region-change - The user picked another region or comparison. Detail: `{ region, compare }`.
 * @fires hca-data-error - Data could not be loaded or records were skipped. Detail: `{ problems, messages, fatal }`.
 *
 * @csspart header - Region name, level, gemeenten and data date.
 * @csspart figures - The list of key figures.
 * @csspart figure - One key figure.
 * @csspart chart - One chart with its table, text and source.
 * @csspart table - The table view of a chart.
 * @csspart map - The locator map.
 * @csspart actions - Share, CSV and print buttons.
 * @csspart status - Loading and error messages.
 *
 * @cssprop [--hca-regioprofiel-color-region=#0072b2] - Colour of the region in charts and figures.
 * @cssprop [--hca-regioprofiel-color-compare=#d55e00] - Colour of the comparison region.
 * @cssprop [--hca-regioprofiel-color-up=#1a7f37] - Arrow of a rise.
 * @cssprop [--hca-regioprofiel-color-down=#b3261e] - Arrow of a fall.
 */
export class HcaRegioprofiel extends KitElement {
  static styles = [KitElement.styles, boxStyles, tableStyles, styles];

  /** Region id (`utrecht`, `midden-utrecht`, ...); default the Netherlands (`nl`). */
  @property() accessor region = NETHERLANDS_ID;
  /** Region to compare with: `nl` (default) or another region id. */
  @property() accessor compare = NETHERLANDS_ID;
  /** Year of the key figures; default the newest year of each figure. */
  @property({ type: Number }) accessor year: number | undefined = undefined;
  /** Link template to an initiative on the netwerkkaart, e.g. `/netwerkkaart?regio={region}&initiatief={id}`. */
  @property({ attribute: 'map-href' }) accessor mapHref: string | null = null;
  /** Link template to a working model's page, e.g. `/modellen/{model}.html` (`{region}` is the region shown); links the models used in the region. */
  @property({ attribute: 'model-href' }) accessor modelHref: string | null = null;

  @state() private accessor filter = '';
  @state() private accessor confirmation = '';

  protected readonly locale = new LocaleController(this, messages);
  protected readonly data = new DataController(this, 'profiles', {
    required: ['regions'],
    optional: ['initiatives', 'models'],
    // the locator map only: the profile works without it
    boundaries: { load: loadBoundaries, required: false },
    count: async (d) => {
      await this.parts.done; // hca-ready once the whole profile is there
      return KEY_FIGURES.filter((id) => d.profiles.indicators?.some((x) => x.id === id)).length;
    },
  });
  /** The first render with data in four tasks: the top (header, map, picker, actions), the key figures, the charts, the rest. */
  private readonly parts = new PartsController(this, 4, () => !!this.view);
  private readonly url = new UrlStateController(
    this,
    URL_PARAMS,
    (s) => {
      if (s.regio?.[0]) this.region = s.regio[0];
      if (s.vergelijk?.[0]) this.compare = s.vergelijk[0];
    },
    () => this.urlState(),
  );
  private readonly charts = new ChartController(this, {
    canvas: (id) => this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-chart="${id}"]`),
    format: () => ({ format: this.locale.format, missing: this.locale.t.noValue }),
    seriesColors: ['--_col-a', '--_col-b'],
    onFailure: (failure) => this.data.fail(failure),
    timeout: () => this.dataTimeout,
  });
  private readonly printing = new PrintController(this, () => this.charts.printImages());

  /** What the profile shows; recomputed in `willUpdate` when the data, region, comparison, year or language change. */
  private view?: ProfileView;
  private viewKey: unknown[] = [];

  private readonly picker = {
    filter: (text: string) => (this.filter = text),
    pick: (region: string) => this.pick(region),
    compare: (compare: string) => this.pick(this.region, compare),
  };
  private readonly actions = { share: () => void this.share(), csv: () => this.downloadCsv() };
  private readonly onPng = (chart: ChartView) => this.downloadPng(chart);

  /** Resolves once the charts of the current render are drawn (Chart.js loads on first use). */
  get chartsReady(): Promise<void> {
    return this.updateComplete
      .then(() => this.charts.ready)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  private get boundaries(): Boundaries | undefined {
    return this.data.boundaries;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const d = this.data.data;
    const { t, format, lang } = this.locale;
    const key = [d, this.region, this.compare, this.year, lang];
    if (key.every((k, i) => k === this.viewKey[i])) return;
    this.viewKey = key;
    this.view = d && profileView(d, { region: this.region, compare: this.compare, year: this.year, t, format, lang });
    this.charts.specs = this.view?.specs ?? [];
  }

  /** The page URL of this view, for sharing (also without `sync-url`). */
  shareUrl(): string {
    return urlWithState(URL_PARAMS, this.urlState());
  }

  /** The region and comparison as URL parameters (with `sync-url` the page URL follows them, whatever set them). */
  private urlState(): UrlState {
    return { regio: [this.region], vergelijk: this.compare !== NETHERLANDS_ID ? [this.compare] : [] };
  }

  /** The whole profile as CSV: every series of the region, with the comparison region's value in the same year. */
  csv(): string {
    const d = this.data.data;
    if (!d) return '';
    const { id, compareId } = shownRegions(d.regions.records, this.region, this.compare); // also right before the next render
    return profileCsv(d, id, compareId, this.locale.t, this.locale.lang);
  }

  /** Before printing: every chart as an image (drawn at print size), since a canvas does not print reliably. */
  preparePrint(): void {
    this.printing.prepare();
  }

  private pick(region: string, compare = this.compare): void {
    if (region === this.region && compare === this.compare) return;
    this.region = region;
    this.compare = compare;
    this.confirmation = '';
    // a pick is written at once, not after the pause that typing needs
    this.url.write(this.urlState());
    this.url.flush();
    emit(this, 'hca-region-change', { region, compare });
  }

  private async share(): Promise<void> {
    const { t } = this.locale;
    const url = this.shareUrl();
    const title = this.renderRoot.querySelector('h2')?.textContent ?? document.title;
    const outcome = await shareLink(url, { title });
    if (outcome !== 'cancelled') this.confirmation = outcome === 'shared' ? t.shared : outcome === 'copied' ? t.copied : t.copyFailed(url);
  }

  private downloadCsv(): void {
    saveBlob(new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }), this.locale.t.csv_file(this.region));
  }

  private downloadPng({ spec, sources }: ChartView): void {
    this.charts.drawAll(); // a chart far from the viewport is not drawn yet
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-chart="${spec.id}"]`);
    if (!canvas) return;
    const footer = `${this.locale.t.source}: ${sources.map(sourceLabel).join('; ')} · ${yearList(spec.years)}`;
    chartImage(canvas, `${spec.title} – ${this.view?.name ?? ''}`, footer).toBlob((blob) => {
      if (blob) saveBlob(blob, this.locale.t.png_file(this.region, spec.id));
    }, 'image/png');
  }

  render() {
    const d = this.data.data;
    const v = this.view;
    if (!d || !v) return this.renderStatus();
    const ctx = this.locale;
    const { t, format } = ctx;
    const { region, id } = v;
    const images = this.printing.images;
    return html`
      ${this.renderStatus()} ${id !== this.region ? html`<p class="status" role="status">${t.unknownRegion(this.region)}</p>` : nothing}
      <div class="top">
        <header part="header">
          <h2>${v.name}</h2>
          <p class="level">${t.levels[region?.level ?? 'land']} · <span class="data-date">${this.dataDate}</span></p>
          ${
            region?.gemeenten.length
              ? html`<details class="gemeenten">
                  <summary>${t.gemeenten(region.gemeenten.length)}</summary>
                  <ul>
                    ${region.gemeenten.map((g) => html`<li>${g.name}</li>`)}
                  </ul>
                </details>`
              : nothing
          }
          ${
            region?.level !== 'land' && region?.gemeenten.length
              ? html`<p class="print-only">${t.gemeentenList(region.gemeenten.map((g) => g.name).join(', '))}</p>`
              : nothing
          }
          <p class="print-only source">${t.printedFrom(this.shareUrl(), format.isoDate(new Date().toISOString().slice(0, 10)))}</p>
        </header>
        ${locatorMap(t, this.boundaries, region)}
      </div>
      ${pickerControls(t, { regions: d.regions.records, id, compareId: v.compareId, filter: this.filter }, this.picker)}
      ${actionButtons(t, this.confirmation, this.actions)}
      ${
        this.parts.has(1)
          ? html`<section aria-labelledby="h-figures">
              <h3 id="h-figures">${t.figures}</h3>
              <dl class="figures" part="figures">${v.figures.map((f) => keyFigure(ctx, f, v.name, v.compareName))}</dl>
            </section>`
          : nothing
      }
      ${
        v.charts.length && this.parts.has(2)
          ? html`<section aria-labelledby="h-charts">
              <h3 id="h-charts">${t.charts}</h3>
              <div class="charts">
                ${repeat(
                  v.charts,
                  (c) => c.spec.id,
                  (c) => chartFigure(ctx, c, images[c.spec.id], this.onPng),
                )}
              </div>
            </section>`
          : nothing
      }
      ${this.parts.has(3) ? this.renderRest(d, v) : nothing}
    `;
  }

  /** Labour market, initiatives, sources: the last part of the profile. */
  private renderRest(d: NonNullable<typeof this.data.data>, v: ProfileView) {
    const ctx = this.locale;
    const { t } = ctx;
    const images = this.printing.images;
    const { id } = v;
    return html`
      <section aria-labelledby="h-labour">
        <h3 id="h-labour">${t.labour}</h3>
        <p class="labour-note">${t.labourNote}</p>
        <div class="labour">
          ${v.labour ? chartFigure(ctx, v.labour, images[v.labour.spec.id], this.onPng) : nothing}
          <dl class="figures">${v.labourFigures.map((f) => labourFigure(ctx, f))}</dl>
        </div>
      </section>
      ${
        v.models.length
          ? html`<section aria-labelledby="h-models">
              <h3 id="h-models">${t.models}</h3>
              <p>${t.modelsNote}</p>
              <ul class="models">
                ${v.models.map(({ model, count }) => modelItem(t, model, count, templateHref(this.modelHref, { model: model.id, region: id })))}
              </ul>
            </section>`
          : nothing
      }
      <section aria-labelledby="h-init">
        <h3 id="h-init">${t.initiatives}</h3>
        ${
          v.initiatives.length
            ? html`<ul class="initiatives">
                ${v.initiatives.map((i) => initiativeItem(t, i, templateHref(this.mapHref, { region: id, id: i.id })))}
              </ul>`
            : html`<p>${t.noInitiatives}</p>`
        }
      </section>
      <section aria-labelledby="h-sources" class="sources">
        <h3 id="h-sources">${t.sources}</h3>
        <h4>${t.sourcesList}</h4>
        <ul>
          ${v.sources.map((s) => html`<li>${externalLink(s.url, sourceLabel(s))}</li>`)}
          ${this.boundaries ? html`<li>${this.boundaries.attribution}</li>` : nothing}
          <li>${d.profiles.attribution}</li>
        </ul>
        <h4>${t.caveatsList}</h4>
        <ol class="sources">
          ${v.caveats.map((c) => html`<li>${c}</li>`)}
        </ol>
      </section>
    `;
  }
}
