import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Chart as ChartType } from 'chart.js';
import { SERIES_COLORS, SERIES_DASHES, chartImage } from '../../src/charts/chart-helpers.js';
import { toCsv } from '../../src/data/csv.js';
import { DataController } from '../../src/data/data-controller.js';
import { formatValue, labelIn, pointAt, profileOf, sourceLabel } from '../../src/data/figures.js';
import type { IndicatorDefinition, Initiative, Profile, Region, Source } from '../../src/data/schema.js';
import { changeOf, compareWithNational } from '../../src/data/trend.js';
import { emit } from '../../src/events.js';
import { loadBoundaries, type Boundaries } from '../../src/geo/boundaries.js';
import { NETHERLANDS_ID } from '../../src/geo/region-id.js';
import { regionPaths } from '../../src/geo/svg-map.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { UrlStateController, urlWithState } from '../../src/state/url-state.js';
import { saveBlob } from '../../src/ui/download.js';
import { tableStyles } from '../../src/ui/table-styles.js';
import { KitElement } from '../../src/ui/kit-element.js';
import { externalLink, templateHref } from '../../src/ui/links.js';
import { shareLink } from '../../src/ui/share.js';
import { educationCharts, labourChart, sourcesOf, type ChartSpec } from './charts.js';
import { messages } from './messages.js';
import { styles } from './styles.js';

/** The key figures, in this order: students per level, then inflow and outflow, then two rates. */
export const KEY_FIGURES = [
  'ict-deelnemers-mbo',
  'ict-ingeschrevenen-hbo',
  'ict-eerstejaars-hbo',
  'ict-eerstejaars-wo',
  'ict-gediplomeerden-hbo',
  'ict-gediplomeerden-wo',
  'aandeel-vrouwen-ingeschrevenen-hbo',
  'aandeel-ict-ingeschrevenen-hbo',
];

const LABOUR_GROUP = 'arbeidsmarkt';
/** CSS pixels of a chart in print: half the width of an A4 page between 12 mm margins. */
const PRINT_CHART_SIZE = { line: [340, 160], bar: [340, 280] } as const;
/** `2015–2024` for a run of years, `2019, 2024` otherwise. */
const yearList = (ys: number[]) => (ys.length > 2 && ys.at(-1)! - ys[0] === ys.length - 1 ? `${ys[0]}–${ys.at(-1)}` : ys.join(', '));
const sourceKey = (s: Source) => `${s.publisher}|${s.title}|${s.url}`;

type ChartModule = typeof import('../../src/charts/chart-setup.js');

/**
 * The data profile of one region: key figures with year, trend and comparison with the
 * Netherlands; charts of ICT education with a table and a text behind each; national
 * labour-market context; the region's initiatives; a locator map; sources and caveats
 * under every figure; share link, CSV and PNG downloads, and a print layout.
 *
 * @summary Data profile of a region.
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
  static styles = [KitElement.styles, tableStyles, styles];

  /** Region id (`utrecht`, `midden-utrecht`, ...); default the Netherlands (`nl`). */
  @property() accessor region = NETHERLANDS_ID;
  /** Region to compare with: `nl` (default) or another region id. */
  @property() accessor compare = NETHERLANDS_ID;
  /** Year of the key figures; default the newest year of each figure. */
  @property({ type: Number }) accessor year: number | undefined = undefined;
  /** Link template to an initiative on the netwerkkaart, e.g. `/netwerkkaart?regio={region}&initiatief={id}`. */
  @property({ attribute: 'map-href' }) accessor mapHref: string | null = null;

  @state() private accessor boundaries: Boundaries | undefined;
  @state() private accessor filter = '';
  @state() private accessor confirmation = '';
  @state() private accessor printImages: Record<string, string> = {};

  protected readonly locale = new LocaleController(this, messages);
  protected readonly data = new DataController(this, 'profiles', {
    required: ['regions'],
    optional: ['initiatives'],
    count: (d) => KEY_FIGURES.filter((id) => d.profiles.indicators?.some((x) => x.id === id)).length,
  });
  private readonly url = new UrlStateController(this, ['regio', 'vergelijk'], (s) => {
    if (s.regio?.[0]) this.region = s.regio[0];
    if (s.vergelijk?.[0]) this.compare = s.vergelijk[0];
  });

  private chartModule?: ChartModule;
  private chartLoad?: Promise<void>;
  private readonly charts = new Map<string, ChartType>();
  private specs: ChartSpec[] = [];
  private readonly onBeforePrint = () => this.preparePrint();
  private readonly printQuery = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  private readonly onPrintChange = (e: MediaQueryListEvent) => e.matches && this.preparePrint();

  /** Resolves once the charts of the current render are drawn (Chart.js loads on first use). */
  get chartsReady(): Promise<void> {
    return this.updateComplete.then(() => this.chartLoad).then(() => this.updateComplete).then(() => undefined);
  }

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onBeforePrint);
    this.printQuery?.addEventListener('change', this.onPrintChange);
    loadBoundaries().then(
      (b) => (this.boundaries = b),
      () => undefined, // the locator map is optional; the profile works without it
    );
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onBeforePrint);
    this.printQuery?.removeEventListener('change', this.onPrintChange);
    this.charts.forEach((c) => c.destroy());
    this.charts.clear();
  }

  // ------------------------------------------------------------ state

  private regionIds(regions: Region[]): string[] {
    return regions.map((r) => r.id);
  }

  private shownRegion(ids: string[]): string {
    return ids.includes(this.region) ? this.region : NETHERLANDS_ID;
  }

  private shownCompare(ids: string[], shown: string): string {
    return ids.includes(this.compare) && this.compare !== shown ? this.compare : NETHERLANDS_ID;
  }

  /** The page URL of this view, for sharing (also without `sync-url`). */
  shareUrl(): string {
    return urlWithState(['regio', 'vergelijk'], { regio: [this.region], vergelijk: this.compare !== NETHERLANDS_ID ? [this.compare] : [] });
  }

  private pick(region: string, compare = this.compare): void {
    if (region === this.region && compare === this.compare) return;
    this.region = region;
    this.compare = compare;
    this.confirmation = '';
    this.url.write({ regio: [region], vergelijk: compare !== NETHERLANDS_ID ? [compare] : [] });
    this.url.flush();
    emit(this, 'hca-region-change', { region, compare });
  }

  // ------------------------------------------------------------ actions

  private async share(): Promise<void> {
    const { t } = this.locale;
    const url = this.shareUrl();
    const title = this.renderRoot.querySelector('h2')?.textContent ?? document.title;
    const outcome = await shareLink(url, { title });
    if (outcome !== 'cancelled') this.confirmation = outcome === 'shared' ? t.shared : outcome === 'copied' ? t.copied : t.copyFailed(url);
  }

  /** The whole profile as CSV: every series of the region, with the comparison region's value in the same year. */
  csv(): string {
    const d = this.data.data;
    const { t, lang } = this.locale;
    if (!d) return '';
    const ids = this.regionIds(d.regions.records);
    const id = this.shownRegion(ids);
    const cmp = this.shownCompare(ids, id);
    const name = (r: string) => d.regions.records.find((x) => x.id === r)?.name ?? r;
    const profile = profileOf(d.profiles, id);
    const other = profileOf(d.profiles, cmp);
    const rows = (d.profiles.indicators ?? []).flatMap((def) =>
      (profile?.series.find((s) => s.indicator === def.id)?.points ?? []).map((p) => [
        id,
        name(id),
        def.id,
        labelIn(def.label, lang),
        t.units[def.unit],
        p.period ?? p.year,
        p.value,
        !!p.masked,
        cmp,
        name(cmp),
        pointAt(other, def.id, p.year)?.value,
        sourceLabel(p.source ?? def.source),
        (p.source ?? def.source).url,
      ]),
    );
    return toCsv(t.csvHeader, rows);
  }

  private downloadCsv(): void {
    saveBlob(new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }), this.locale.t.csv_file(this.region));
  }

  private downloadPng(spec: ChartSpec): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-chart="${spec.id}"]`);
    if (!canvas) return;
    const footer = `${this.locale.t.source}: ${sourcesOf(spec.defs).map(sourceLabel).join('; ')} · ${yearList(spec.years)}`;
    chartImage(canvas, `${spec.title} – ${this.renderRoot.querySelector('h2')?.textContent ?? ''}`, footer).toBlob((blob) => {
      if (blob) saveBlob(blob, this.locale.t.png_file(this.region, spec.id));
    }, 'image/png');
  }

  /**
   * Before printing: every chart as an image, since a canvas does not print reliably. Each
   * chart is drawn once more at the size of half an A4 column (so its text prints at about
   * body size, sharp at 3x) and then back at its screen size.
   */
  preparePrint(): void {
    const images: Record<string, string> = {};
    this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach((c) => {
      const chart = this.charts.get(c.dataset.chart!);
      if (chart?.canvas === c) {
        const [w, h] = PRINT_CHART_SIZE[(chart.config as { type: string }).type === 'bar' ? 'bar' : 'line'];
        chart.options.devicePixelRatio = 3;
        chart.resize(w, h);
      }
      if (c.width > 0 && c.height > 0) images[c.dataset.chart!] = c.toDataURL('image/png');
      if (chart?.canvas === c) {
        chart.options.devicePixelRatio = undefined as unknown as number;
        chart.resize();
      }
    });
    this.printImages = images;
  }

  // ------------------------------------------------------------ charts

  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.specs.length) return;
    if (!this.chartModule) {
      this.chartLoad ??= import('../../src/charts/chart-setup.js').then((m) => {
        this.chartModule = m;
        this.drawCharts();
      });
      return;
    }
    this.drawCharts();
  }

  /** Bar categories `hbo, ingeschreven (2024)` on two lines under the bar. */
  private chartLabels(spec: ChartSpec): (string | string[])[] {
    return spec.type === 'bar' ? spec.categories.map((c) => c.split(/ (?=\()/)) : spec.categories;
  }

  private drawCharts(): void {
    const { Chart } = this.chartModule!;
    const style = getComputedStyle(this);
    const text = style.getPropertyValue('--_text').trim() || '#1b2333';
    const grid = style.getPropertyValue('--_border').trim() || '#c9d1dd';
    const colors = [style.getPropertyValue('--_col-a').trim() || SERIES_COLORS[0], style.getPropertyValue('--_col-b').trim() || SERIES_COLORS[1], ...SERIES_COLORS.slice(2)];
    const { format } = this.locale;
    const seen = new Set<string>();
    for (const spec of this.specs) {
      const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-chart="${spec.id}"]`);
      if (!canvas) continue;
      seen.add(spec.id);
      const datasets = spec.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: colors[i % colors.length],
        backgroundColor: colors[i % colors.length],
        borderDash: spec.type === 'line' ? SERIES_DASHES[i % SERIES_DASHES.length] : undefined,
        pointStyle: (['circle', 'rect', 'triangle', 'rectRot', 'star', 'cross'] as const)[i % 6],
        pointRadius: 4,
        spanGaps: false,
      }));
      const existing = this.charts.get(spec.id);
      if (existing && existing.canvas === canvas && (existing.config as { type: string }).type === spec.type) {
        existing.data.labels = this.chartLabels(spec);
        existing.data.datasets = datasets as never;
        existing.update('none');
        continue;
      }
      existing?.destroy();
      const unit = spec.unit;
      this.charts.set(
        spec.id,
        new Chart(canvas, {
          type: spec.type,
          data: { labels: this.chartLabels(spec), datasets: datasets as never },
          options: {
            animation: false,
            maintainAspectRatio: false,
            responsive: true,
            color: text,
            interaction: { mode: 'index', intersect: false },
            plugins: {
              legend: { labels: { color: text, usePointStyle: true, boxHeight: 8 } },
              tooltip: {
                callbacks: {
                  label: (ctx) => {
                    const v = spec.type === 'bar' ? ctx.parsed.x : ctx.parsed.y;
                    return `${ctx.dataset.label}: ${v === null ? this.locale.t.noValue : unit === 'percent' ? format.percent(v) : format.number(v)}`;
                  },
                },
              },
            },
            indexAxis: spec.type === 'bar' ? 'y' : 'x',
            scales: {
              [spec.type === 'bar' ? 'y' : 'x']: { ticks: { color: text, autoSkip: spec.type !== 'bar' }, grid: { color: grid } },
              [spec.type === 'bar' ? 'x' : 'y']: {
                beginAtZero: true,
                ticks: { color: text, callback: (v: number | string) => (unit === 'percent' ? format.percent(Number(v)) : format.number(Number(v))) },
                grid: { color: grid },
              },
            },
          },
        }),
      );
    }
    for (const [id, chart] of this.charts) {
      if (!seen.has(id)) {
        chart.destroy();
        this.charts.delete(id);
      }
    }
  }

  // ------------------------------------------------------------ render

  render() {
    const d = this.data.data;
    const { t, format, lang } = this.locale;
    if (!d) return this.renderStatus();
    const regions = d.regions.records;
    const ids = this.regionIds(regions);
    const id = this.shownRegion(ids);
    const cmp = this.shownCompare(ids, id);
    const region = regions.find((r) => r.id === id);
    const other = regions.find((r) => r.id === cmp);
    const defs = d.profiles.indicators ?? [];
    const profile = profileOf(d.profiles, id);
    const compare = profileOf(d.profiles, cmp);
    const national = profileOf(d.profiles, NETHERLANDS_ID);
    const input = { defs, region: profile, regionName: region?.name ?? id, compare, compareName: other?.name ?? cmp, national, t, format, lang };
    const education = educationCharts(input);
    const labour = labourChart(input);
    this.specs = [...education, ...(labour ? [labour] : [])];
    const keyDefs = KEY_FIGURES.map((k) => defs.find((x) => x.id === k)).filter((x): x is IndicatorDefinition => !!x);
    const labourDefs = defs.filter((x) => x.group === LABOUR_GROUP);
    // Caveats numbered once for the whole profile; figures and charts refer to the numbers in print.
    const caveats: string[] = [];
    const caveatNums = (ds: IndicatorDefinition[]) =>
      [...new Set(ds.flatMap((x) => (x.caveats ?? []).map((c) => labelIn(c, lang))))].map((c) => (caveats.includes(c) ? caveats.indexOf(c) : caveats.push(c) - 1) + 1);
    const initiatives = (d.initiatives?.records ?? []).filter((i) => id === NETHERLANDS_ID || i.regions.includes(id)).sort((a, b) => a.name.localeCompare(b.name, lang));

    const figures = keyDefs.map((def) => this.renderFigure(def, profile, compare, national, region?.name ?? id, other?.name ?? cmp, caveatNums([def])));
    const charts = repeat(this.specs.filter((s) => s.id !== 'arbeidsmarkt'), (s) => s.id, (s) => this.renderChart(s, caveatNums(s.defs)));
    const labourFigures = labourDefs.filter((x) => x.id !== 'werkzame-icters').map((def) => this.renderLabourFigure(def, national, caveatNums([def])));
    const labourChartNums = labour ? caveatNums(labour.defs) : [];
    const allSources = sourcesOf(defs, national);

    return html`
      ${this.renderStatus()}
      ${id !== this.region ? html`<p class="status" role="status">${t.unknownRegion(this.region)}</p>` : nothing}
      <div class="top">
        <header part="header">
          <h2>${region?.name ?? id}</h2>
          <p class="level">${t.levels[region?.level ?? 'land']} · ${t.dataDate(format.isoDate(d.profiles.updated))}</p>
          ${region?.gemeenten.length
            ? html`<details class="gemeenten">
                <summary>${t.gemeenten(region.gemeenten.length)}</summary>
                <ul>${region.gemeenten.map((g) => html`<li>${g.name}</li>`)}</ul>
              </details>`
            : nothing}
          ${region?.level !== 'land' && region?.gemeenten.length
            ? html`<p class="print-only">${t.gemeentenList(region.gemeenten.map((g) => g.name).join(', '))}</p>`
            : nothing}
          <p class="print-only source">${t.printedFrom(this.shareUrl(), format.isoDate(new Date().toISOString().slice(0, 10)))}</p>
        </header>
        ${this.renderLocator(region)}
      </div>
      ${this.renderControls(regions, id, cmp)}
      <section aria-labelledby="h-figures">
        <h3 id="h-figures">${t.figures}</h3>
        <dl class="figures" part="figures">${figures}</dl>
      </section>
      ${education.length
        ? html`<section aria-labelledby="h-charts">
            <h3 id="h-charts">${t.charts}</h3>
            <div class="charts">${charts}</div>
          </section>`
        : nothing}
      <section aria-labelledby="h-labour">
        <h3 id="h-labour">${t.labour}</h3>
        <p class="labour-note">${t.labourNote}</p>
        <div class="labour">
          ${labour ? this.renderChart(labour, labourChartNums) : nothing}
          <dl class="figures">${labourFigures}</dl>
        </div>
      </section>
      <section aria-labelledby="h-init">
        <h3 id="h-init">${t.initiatives}</h3>
        ${initiatives.length ? html`<ul class="initiatives">${initiatives.map((i) => this.renderInitiative(i, id))}</ul>` : html`<p>${t.noInitiatives}</p>`}
      </section>
      <section aria-labelledby="h-sources" class="sources">
        <h3 id="h-sources">${t.sources}</h3>
        <h4>${t.sourcesList}</h4>
        <ul>
          ${allSources.map((s) => html`<li>${externalLink(s.url, sourceLabel(s))}</li>`)}
          ${this.boundaries ? html`<li>${this.boundaries.attribution}</li>` : nothing}
          <li>${d.profiles.attribution}</li>
        </ul>
        <h4>${t.caveatsList}</h4>
        <ol class="sources">${caveats.map((c) => html`<li>${c}</li>`)}</ol>
      </section>
    `;
  }

  private renderControls(regions: Region[], id: string, cmp: string): TemplateResult {
    const { t } = this.locale;
    const q = this.filter.trim().toLocaleLowerCase();
    const match = (r: Region) => !q || r.name.toLocaleLowerCase().includes(q) || r.id.includes(q);
    const options = (selected: string, filtered: boolean) => {
      const group = (level: string, label: string) => {
        const list = regions.filter((r) => r.level === level && (!filtered || match(r) || r.id === selected));
        return list.length
          ? html`<optgroup label=${label}>${list.map((r) => html`<option value=${r.id} ?selected=${r.id === selected}>${r.name}</option>`)}</optgroup>`
          : nothing;
      };
      const nl = regions.find((r) => r.level === 'land');
      return html`${nl ? html`<option value=${nl.id} ?selected=${nl.id === selected}>${nl.name}</option>` : nothing}
        ${group('provincie', t.provinces)} ${group('arbeidsmarktregio', t.amrs)}`;
    };
    const matches = q ? regions.filter(match) : [];
    return html`
      <div class="controls" role="search" aria-label=${t.picker}>
        <div class="field">
          <label for="filter">${t.search}</label>
          <input
            id="filter"
            type="search"
            autocomplete="off"
            aria-describedby="filter-hint filter-count"
            .value=${this.filter}
            @input=${(e: InputEvent) => (this.filter = (e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter' && matches.length) {
                e.preventDefault();
                this.pick(matches[0].id);
                this.filter = '';
              }
            }}
          />
          <p class="hint" id="filter-hint">${t.searchHint}</p>
          <p class="matches" id="filter-count" role="status">${q ? t.matches(matches.length) : ''}</p>
        </div>
        <div class="field">
          <label for="region">${t.region}</label>
          <select id="region" @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value)}>${options(id, true)}</select>
        </div>
        <div class="field">
          <label for="compare">${t.compare}</label>
          <select id="compare" @change=${(e: Event) => this.pick(this.region, (e.target as HTMLSelectElement).value)}>${options(cmp, false)}</select>
        </div>
      </div>
      <div class="actions" part="actions">
        <button class="primary" type="button" @click=${() => this.share()}>${t.share}</button>
        <button type="button" @click=${() => this.downloadCsv()}>${t.csv}</button>
        <button type="button" @click=${() => print()}>${t.print}</button>
        <p class="confirm" role="status">${this.confirmation}</p>
      </div>
    `;
  }

  private renderLocator(region: Region | undefined): TemplateResult | typeof nothing {
    const b = this.boundaries;
    if (!b || !region) return nothing;
    const { frame, paths } = regionPaths(b, 300);
    const here = region.level === 'land' ? paths.get('outline') : paths.get(`${region.level}:${region.id}`);
    const provinces = [...paths].filter(([k]) => k.startsWith('provincie:')).map(([, p]) => p);
    return html`<div class="locator" part="map">
      <svg viewBox=${frame.viewBox} role="img" aria-label=${this.locale.t.locator(region.name)}>
        ${provinces.map((p) => svg`<path class="land" d=${p}></path>`)}
        ${here ? svg`<path class="here" d=${here}></path>` : nothing}
      </svg>
    </div>`;
  }

  private renderFigure(
    def: IndicatorDefinition,
    profile: Profile | undefined,
    compare: Profile | undefined,
    national: Profile | undefined,
    name: string,
    compareName: string,
    nums: number[],
  ): TemplateResult {
    const { t, format, lang } = this.locale;
    const point = pointAt(profile, def.id, this.year);
    const cpoint = pointAt(compare, def.id, point?.year ?? this.year);
    const fmt = (v: number | undefined) => formatValue(v, def, format, t.noValue);
    const change = changeOf(profile, def, this.year);
    const vs = compareWithNational(point?.value, point?.year, national, def);
    const isNl = profile?.region === NETHERLANDS_ID;
    return html`<div class="figure" part="figure" data-indicator=${def.id}>
      <dt>${labelIn(def.label, lang)}</dt>
      <dd>
        <div class="cols">
          <div class="col a">
            <span class="who">${name}</span>
            <span class="value ${point ? '' : 'absent'}">${fmt(point?.value)}</span>
            ${point
              ? html`<span class="yr">${t.year} ${point.period ?? point.year}${point.masked ? html` · ${t.lowerBound}` : nothing}</span>`
              : html`<span class="note">${t.noValueExplained}</span>`}
          </div>
          <div class="col b">
            <span class="who">${compareName}</span>
            <span class="value ${cpoint ? '' : 'absent'}">${fmt(cpoint?.value)}</span>
            ${cpoint ? html`<span class="yr">${t.year} ${cpoint.year}</span>` : nothing}
          </div>
        </div>
        ${point ? this.renderChange(def, change) : nothing}
        ${vs && !isNl
          ? html`<p class="vs">
              ${vs.kind === 'share'
                ? t.shareOfNl(format.percent(vs.share), vs.year)
                : html`${t.nlValue(fmt(vs.national), vs.year)}:
                  ${vs.difference > 0 ? t.higher : vs.difference < 0 ? t.lower : t.equal}`}
            </p>`
          : nothing}
        ${this.renderSource([def.source], point ? [point.year] : [], def.caveats ?? [], nums)}
      </dd>
    </div>`;
  }

  private renderChange(def: IndicatorDefinition, change: ReturnType<typeof changeOf>): TemplateResult {
    const { t, format } = this.locale;
    if (!change) return html`<p class="change note">${t.noChange}</p>`;
    const arrow = { up: '▲', down: '▼', same: '▶' }[change.direction];
    const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±';
    const abs = Math.abs(change.delta);
    const amount =
      def.unit === 'percent'
        ? `${sign}${format.number(abs)} ${t.pp}`
        : `${sign}${formatValue(abs, def, format, '')}${change.relative !== undefined ? ` (${sign}${format.percent(Math.abs(change.relative))})` : ''}`;
    return html`<p class="change ${change.direction}" data-direction=${change.direction}>
      <span class="arrow" aria-hidden="true">${arrow}</span> ${t[change.direction]}: ${amount} ${t.sinceYear(change.from.year)}
    </p>`;
  }

  private renderSource(sources: Source[], years: number[], caveats: IndicatorDefinition['caveats'], nums: number[]): TemplateResult {
    const { t, lang } = this.locale;
    const unique = sources.filter((s, i) => sources.findIndex((x) => sourceKey(x) === sourceKey(s)) === i);
    // Files of one publication once under its name: `DUO, Open onderwijsdata: ingeschrevenen hbo; eerstejaars wo`.
    const groups = new Map<string, Source[]>();
    for (const s of unique) {
      const head = `${s.publisher ?? ''}|${s.title.includes(': ') ? s.title.split(': ')[0] : s.title}`;
      groups.set(head, [...(groups.get(head) ?? []), s]);
    }
    const list = [...groups.values()].map((g) =>
      g.length === 1
        ? externalLink(g[0].url, sourceLabel(g[0]))
        : html`${sourceLabel({ ...g[0], title: g[0].title.split(': ')[0] })}: ${g.map((s, i) => html`${i ? '; ' : ''}${externalLink(s.url, s.title.split(': ').slice(1).join(': '))}`)}`,
    );
    return html`<p class="source">
        ${t.source}: ${list.map((item, i) => html`${i ? ' · ' : ''}${item}`)}${years.length ? html` · ${t.year} ${yearList(years)}` : nothing}${caveats?.length
          ? html`<span class="print-only"> · ${t.caveatRefs(nums)}</span>`
          : nothing}
      </p>
      ${caveats?.length
        ? html`<details class="caveats">
            <summary>${t.caveats(caveats.length)}</summary>
            <ul>${caveats.map((c) => html`<li>${labelIn(c, lang)}</li>`)}</ul>
          </details>`
        : nothing}`;
  }

  private renderChart(spec: ChartSpec, nums: number[]): TemplateResult {
    const { t, format } = this.locale;
    const descId = `desc-${spec.id}`;
    const cell = (v: number | null) => (v === null ? t.noValue : formatValue(v, spec, format, t.noValue));
    const caveats = [...new Map(spec.defs.flatMap((x) => x.caveats ?? []).map((c) => [c.nl, c])).values()];
    const image = this.printImages[spec.id];
    return html`<figure class="chart" part="chart" data-chart=${spec.id}>
      <figcaption><h4 id=${`title-${spec.id}`}>${spec.title}</h4></figcaption>
      <div class="canvas ${spec.type}">
        <canvas data-chart=${spec.id} role="img" aria-labelledby=${`title-${spec.id}`} aria-describedby=${descId}></canvas>
        ${image ? html`<img class="print-img" src=${image} alt=${spec.description} />` : nothing}
      </div>
      <p id=${descId} class="visually-hidden">${spec.description}</p>
      ${spec.notes.length ? html`<p class="chart-notes">${spec.notes.join(' ')}</p>` : nothing}
      ${this.renderSource(sourcesOf(spec.defs), spec.years, caveats, nums)}
      <div class="chart-actions">
        <button type="button" @click=${() => this.downloadPng(spec)}>${t.png}<span class="visually-hidden">: ${spec.title}</span></button>
        <details part="table">
          <summary>${t.table}<span class="visually-hidden">: ${spec.title}</span></summary>
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">${spec.title}</caption>
              <thead>
                <tr>
                  <th scope="col">${spec.type === 'line' ? t.year : t.category}</th>
                  ${spec.series.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${spec.categories.map(
                  (c, i) => html`<tr>
                    <th scope="row">${c}</th>
                    ${spec.series.map((s) => html`<td class="num">${cell(s.values[i])}</td>`)}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
        </details>
      </div>
    </figure>`;
  }

  private renderLabourFigure(def: IndicatorDefinition, national: Profile | undefined, nums: number[]): TemplateResult {
    const { t, format, lang } = this.locale;
    const point = pointAt(national, def.id);
    return html`<div class="figure" data-indicator=${def.id}>
      <dt>${labelIn(def.label, lang)}</dt>
      <dd>
        <span class="who">${t.labourNational}</span>
        <span class="value ${point ? '' : 'absent'}">${formatValue(point?.value, def, format, t.noValue)}</span>
        ${point ? html`<span class="yr">${t.year} ${point.period ?? point.year}</span>` : nothing}
        ${this.renderSource([point?.source ?? def.source], point ? [point.year] : [], def.caveats ?? [], nums)}
      </dd>
    </div>`;
  }

  private renderInitiative(i: Initiative, region: string): TemplateResult {
    const { t } = this.locale;
    const href = templateHref(this.mapHref, { region, id: i.id });
    return html`<li data-initiative=${i.id}>
      <h4>${i.name}</h4>
      <p class="note">${i.place.name}</p>
      <p>${i.summary}</p>
      <p>
        ${href ? html`<a href=${href}>${t.onMap(i.name)}</a>` : nothing}
        ${i.website ? html`${href ? ' · ' : ''}${externalLink(i.website, t.website)}` : nothing}
      </p>
    </li>`;
  }
}

