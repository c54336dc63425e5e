/**
 * Charts as a reactive controller: the host sets `specs` (what to chart, no Chart.js in
 * them) and renders one canvas per spec; after each update the controller loads Chart.js
 * on first use (its own lazily loaded chunk), then creates, updates or destroys one chart
 * per spec on that spec's canvas. Colours come from the host's CSS tokens, so a chart
 * follows the theme. It knows no widget: specs and canvases are all it sees.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart } from 'chart.js';
import type { IndicatorDefinition } from '../data/schema.js';
import type { Format } from '../i18n/locale.js';
import { SERIES_COLORS, SERIES_DASHES } from './chart-helpers.js';

export interface ChartSeries {
  label: string;
  /** One value per category; `null` is a gap, never a 0. */
  values: (number | null)[];
}

/** One chart: a line over years or horizontal bars per category, in one unit. */
export interface ChartSpec {
  id: string;
  type: 'line' | 'bar';
  unit: IndicatorDefinition['unit'];
  categories: string[];
  series: ChartSeries[];
}

export interface ChartControllerOptions {
  /** The canvas rendered for a spec, if any. */
  canvas: (id: string) => HTMLCanvasElement | null | undefined;
  /** Number formatting of ticks and tooltips, and the word for a gap, in the page's language. */
  format: () => { format: Format; missing: string };
  /** Custom properties of the host holding the first series colours; the kit's palette fills in. */
  seriesColors?: readonly string[];
}

type ChartModule = typeof import('./chart-setup.js');

/** CSS pixels of a chart in print: half the width of an A4 page between 12 mm margins. */
export const PRINT_CHART_SIZE = { line: [340, 160], bar: [340, 280] } as const;
/** Pixel density of a chart drawn for print: sharp on paper. */
export const PRINT_PIXEL_RATIO = 3;

const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'cross'] as const;

/** Bar categories like `hbo, ingeschreven (2024)` break before the bracket, on two lines under the bar. */
export const chartLabels = (spec: ChartSpec): (string | string[])[] => (spec.type === 'bar' ? spec.categories.map((c) => c.split(/ (?=\()/)) : spec.categories);

export class ChartController implements ReactiveController {
  /** What to chart; drawn after the host's next update. */
  specs: readonly ChartSpec[] = [];
  private module?: ChartModule;
  private loading?: Promise<void>;
  private readonly charts = new Map<string, Chart>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions,
  ) {
    host.addController(this);
  }

  /** Resolves once Chart.js is loaded and the charts of the current specs are drawn (at once when nothing is charted yet). */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** The chart drawn for a spec id (a public hook for tests and for print). */
  chart(id: string): Chart | undefined {
    return this.charts.get(id);
  }

  hostUpdated(): void {
    if (!this.specs.length) return;
    if (this.module) this.draw();
    else
      this.loading ??= import('./chart-setup.js').then((m) => {
        this.module = m;
        if (this.host.isConnected) this.draw();
      });
  }

  hostDisconnected(): void {
    this.charts.forEach((c) => c.destroy());
    this.charts.clear();
  }

  /**
   * Every chart as a PNG data URL, for print (a canvas does not print reliably). Each
   * chart is drawn once more at the size of half an A4 column, so its text prints at
   * about body size, sharp at 3x, and then back at its screen size.
   */
  printImages(): Record<string, string> {
    const images: Record<string, string> = {};
    for (const spec of this.specs) {
      const canvas = this.options.canvas(spec.id);
      if (!canvas) continue;
      const chart = this.charts.get(spec.id);
      const own = chart?.canvas === canvas;
      if (own) {
        const [w, h] = PRINT_CHART_SIZE[spec.type];
        chart.options.devicePixelRatio = PRINT_PIXEL_RATIO;
        chart.resize(w, h);
      }
      if (canvas.width > 0 && canvas.height > 0) images[spec.id] = canvas.toDataURL('image/png');
      if (own) {
        chart.options.devicePixelRatio = undefined as unknown as number;
        chart.resize();
      }
    }
    return images;
  }

  /** Text, grid and series colours from the host's tokens (so dark mode and the page's own colours apply). */
  private colors() {
    const style = getComputedStyle(this.host);
    const token = (name: string) => style.getPropertyValue(name).trim();
    const own = (this.options.seriesColors ?? []).map((name, i) => token(name) || SERIES_COLORS[i % SERIES_COLORS.length]);
    return { text: token('--_text') || '#1b2333', grid: token('--_border') || '#c9d1dd', series: [...own, ...SERIES_COLORS.slice(own.length)] };
  }

  private draw(): void {
    const { Chart } = this.module!;
    const { text, grid, series } = this.colors();
    // read when a tooltip or tick is drawn, so a change of language applies
    const number = (v: number, unit: ChartSpec['unit']) => {
      const { format } = this.options.format();
      return unit === 'percent' ? format.percent(v) : format.number(v);
    };
    const seen = new Set<string>();
    for (const spec of this.specs) {
      const canvas = this.options.canvas(spec.id);
      if (!canvas) continue;
      seen.add(spec.id);
      const bar = spec.type === 'bar';
      const datasets = spec.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: series[i % series.length],
        backgroundColor: series[i % series.length],
        borderDash: bar ? undefined : SERIES_DASHES[i % SERIES_DASHES.length],
        pointStyle: POINT_STYLES[i % POINT_STYLES.length],
        pointRadius: 4,
        spanGaps: false,
      }));
      const existing = this.charts.get(spec.id);
      if (existing && existing.canvas === canvas && (existing.config as { type: string }).type === spec.type) {
        existing.data.labels = chartLabels(spec);
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
          data: { labels: chartLabels(spec), datasets: datasets as never },
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
                    const v = bar ? ctx.parsed.x : ctx.parsed.y;
                    return `${ctx.dataset.label}: ${v === null ? this.options.format().missing : number(v, unit)}`;
                  },
                },
              },
            },
            indexAxis: bar ? 'y' : 'x',
            scales: {
              [bar ? 'y' : 'x']: { ticks: { color: text, autoSkip: !bar }, grid: { color: grid } },
              [bar ? 'x' : 'y']: {
                beginAtZero: true,
                ticks: { color: text, callback: (v: number | string) => number(Number(v), unit) },
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
}
