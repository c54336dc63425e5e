/**
 * Charts as a reactive controller: the host sets `specs` (what to chart, no Chart.js in
 * them) and renders one canvas per spec; after each update the controller loads Chart.js
 * on first use (its own lazily loaded chunk), then creates, updates or destroys one chart
 * per spec on that spec's canvas. Colours come from the host's CSS tokens, so a chart
 * follows the theme. It knows no widget: specs and canvases are all it sees.
 *
 * Creating a chart is the expensive part, so a new chart is drawn only once its canvas is
 * near the viewport (an IntersectionObserver with a margin), one chart per task: a long
 * profile never blocks the page, and charts nobody scrolls to cost nothing. A chart that
 * exists is updated at once (a region switch redraws it in the same frame). Printing draws
 * every chart first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart } from 'chart.js';
import type { LoadFailure } from '../data/data-controller.js';
import { DEFAULT_TIMEOUT_MS, loadCode, problemOf } from '../data/load.js';
import type { IndicatorDefinition } from '../data/schema.js';
import type { Format } from '../i18n/locale.js';
import { yieldToMain } from '../yield.js';
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
  /** Told when Chart.js could not load (the tables still show every figure), with a retry that loads it again. */
  onFailure?: (failure: LoadFailure) => void;
  /** Milliseconds before a slow Chart.js chunk counts as failed. */
  timeout?: () => number | undefined;
}

type ChartModule = typeof import('./chart-setup.js');

/** CSS pixels of a chart in print: half the width of an A4 page between 12 mm margins. */
export const PRINT_CHART_SIZE = { line: [340, 160], bar: [340, 280] } as const;
/** Pixel density of a chart drawn for print: sharp on paper. */
export const PRINT_PIXEL_RATIO = 3;

const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'cross'] as const;

/** How near the viewport a canvas must come before its chart is drawn: half a viewport above and below. */
export const NEAR_VIEWPORT = '50% 0px';

/** Text, grid and series colours, read from the host's tokens. */
interface Palette {
  text: string;
  grid: string;
  series: string[];
}

/** Bar categories like `hbo, ingeschreven (2024)` break before the bracket, on two lines under the bar. */
export const chartLabels = (spec: ChartSpec): (string | string[])[] => (spec.type === 'bar' ? spec.categories.map((c) => c.split(/ (?=\()/)) : spec.categories);

export class ChartController implements ReactiveController {
  /** What to chart; drawn after the host's next update. */
  specs: readonly ChartSpec[] = [];
  private module?: ChartModule;
  private loading?: Promise<void>;
  private failed = false;
  private readonly charts = new Map<string, Chart>();
  /** Canvases that wait for their first chart, by spec id; and the other way round. */
  private readonly waiting = new Map<string, HTMLCanvasElement>();
  private readonly specOf = new WeakMap<HTMLCanvasElement, string>();
  /** Waiting canvases the observer has reported on at least once. */
  private readonly reported = new WeakSet<HTMLCanvasElement>();
  /** Waiting spec ids whose canvas is near the viewport: drawn one per task. */
  private readonly near = new Set<string>();
  private observer?: IntersectionObserver;
  private drawing = false;
  private settledWaiters: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions,
  ) {
    host.addController(this);
  }

  /**
   * Resolves once Chart.js is loaded and every chart of the current specs whose canvas is
   * near the viewport is drawn (at once when nothing is charted yet). Charts further
   * down are drawn when they are scrolled near.
   */
  get ready(): Promise<void> {
    if (!this.loading) return Promise.resolve();
    return new Promise((resolve) => {
      this.settledWaiters.push(resolve);
      this.checkSettled();
    });
  }

  /**
   * The chart drawn for a spec id: a hook for tests, left out of the published types so a
   * consumer's type check never needs Chart.js (bundled, not a dependency).
   * @internal
   */
  chart(id: string): Chart | undefined {
    return this.charts.get(id);
  }

  hostUpdated(): void {
    if (!this.specs.length) return;
    if (this.module) this.sync();
    else if (!this.failed) this.loading ??= this.load();
  }

  private async load(): Promise<void> {
    try {
      this.module = await loadCode('chart.js', () => import('./chart-setup.js'), this.options.timeout?.() ?? DEFAULT_TIMEOUT_MS);
      if (this.host.isConnected) this.sync();
    } catch (error) {
      // only the retry loads it again, not every update
      this.loading = undefined;
      this.failed = true;
      const retry = () => {
        this.failed = false;
        return (this.loading ??= this.load());
      };
      this.options.onFailure?.({ part: 'charts', problem: problemOf(error, 'chart.js'), required: false, retry });
    }
    this.checkSettled();
  }

  hostConnected(): void {
    // back on the page (moved): the canvases of the current render wait for charts again
    if (this.module && this.specs.length) this.sync();
  }

  hostDisconnected(): void {
    this.charts.forEach((c) => c.destroy());
    this.charts.clear();
    this.observer?.disconnect();
    this.observer = undefined;
    this.waiting.clear();
    this.near.clear();
    this.checkSettled();
  }

  /** Draws every chart that is still waiting, now (before printing). */
  drawAll(): void {
    if (!this.module) return;
    const palette = this.colors();
    for (const spec of this.specs) if (this.waiting.has(spec.id)) this.create(spec, palette);
  }

  /**
   * Every chart as a PNG data URL, for print (a canvas does not print reliably). Each
   * chart is drawn once more at the size of half an A4 column, so its text prints at
   * about body size, sharp at 3x, and then back at its screen size.
   */
  printImages(): Record<string, string> {
    this.drawAll();
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
  private colors(): Palette {
    const style = getComputedStyle(this.host);
    const token = (name: string) => style.getPropertyValue(name).trim();
    const own = (this.options.seriesColors ?? []).map((name, i) => token(name) || SERIES_COLORS[i % SERIES_COLORS.length]);
    return { text: token('--_text') || '#1b2333', grid: token('--_border') || '#c9d1dd', series: [...own, ...SERIES_COLORS.slice(own.length)] };
  }

  /**
   * After an update: updates the charts that exist on the same canvas, destroys those whose
   * spec went, and puts every other spec's canvas under the observer.
   */
  private sync(): void {
    let palette: Palette | undefined;
    const seen = new Set<string>();
    for (const spec of this.specs) {
      const canvas = this.options.canvas(spec.id);
      if (!canvas) continue;
      seen.add(spec.id);
      const existing = this.charts.get(spec.id);
      if (existing && existing.canvas === canvas && (existing.config as { type: string }).type === spec.type) {
        existing.data.labels = chartLabels(spec);
        existing.data.datasets = this.datasets(spec, (palette ??= this.colors())) as never;
        existing.update('none');
        continue;
      }
      if (existing) {
        existing.destroy();
        this.charts.delete(spec.id);
      }
      const before = this.waiting.get(spec.id);
      if (before === canvas) continue;
      if (before) this.observer?.unobserve(before);
      this.waiting.set(spec.id, canvas);
      this.specOf.set(canvas, spec.id);
      this.reported.delete(canvas);
      this.observe(canvas);
    }
    for (const [id, chart] of this.charts) {
      if (!seen.has(id)) {
        chart.destroy();
        this.charts.delete(id);
      }
    }
    for (const [id, canvas] of this.waiting) {
      if (!seen.has(id)) {
        this.observer?.unobserve(canvas);
        this.waiting.delete(id);
        this.near.delete(id);
      }
    }
    this.checkSettled();
  }

  private observe(canvas: HTMLCanvasElement): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.reported.add(canvas);
      this.near.add(this.specOf.get(canvas)!);
      void this.drawNear();
      return;
    }
    this.observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const canvas = entry.target as HTMLCanvasElement;
          const id = this.specOf.get(canvas);
          this.reported.add(canvas);
          if (!id || this.waiting.get(id) !== canvas) continue;
          if (entry.isIntersecting) this.near.add(id);
          else this.near.delete(id);
        }
        void this.drawNear();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.observer.observe(canvas);
  }

  /** Draws the waiting charts near the viewport, in the order of the specs, one per task. */
  private async drawNear(): Promise<void> {
    if (this.drawing) return;
    this.drawing = true;
    try {
      for (;;) {
        const spec = this.specs.find((s) => this.near.has(s.id));
        if (!spec || !this.module || !this.host.isConnected) break;
        this.create(spec, this.colors());
        if (this.specs.some((s) => this.near.has(s.id))) await yieldToMain();
      }
    } finally {
      this.drawing = false;
      this.checkSettled();
    }
  }

  private checkSettled(): void {
    if (!this.settledWaiters.length) return;
    if (this.loading && !this.module) return;
    if (this.drawing || this.near.size) return;
    if ([...this.waiting.values()].some((canvas) => !this.reported.has(canvas))) return;
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  /** The series of a spec as Chart.js datasets, in the theme's colours. */
  private datasets(spec: ChartSpec, { series }: Palette) {
    const bar = spec.type === 'bar';
    return spec.series.map((s, i) => ({
      label: s.label,
      data: s.values,
      borderColor: series[i % series.length],
      backgroundColor: series[i % series.length],
      borderDash: bar ? undefined : SERIES_DASHES[i % SERIES_DASHES.length],
      pointStyle: POINT_STYLES[i % POINT_STYLES.length],
      pointRadius: 4,
      spanGaps: false,
    }));
  }

  /** Creates the chart of a waiting spec on its canvas. */
  private create(spec: ChartSpec, palette: Palette): void {
    this.near.delete(spec.id);
    const canvas = this.waiting.get(spec.id);
    if (!canvas) return;
    this.waiting.delete(spec.id);
    this.observer?.unobserve(canvas);
    const { Chart } = this.module!;
    const { text, grid } = palette;
    // read when a tooltip or tick is drawn, so a change of language applies
    const number = (v: number, unit: ChartSpec['unit']) => {
      const { format } = this.options.format();
      return unit === 'percent' ? format.percent(v) : format.number(v);
    };
    const bar = spec.type === 'bar';
    const unit = spec.unit;
    this.charts.set(
      spec.id,
      new Chart(canvas, {
        type: spec.type,
        data: { labels: chartLabels(spec), datasets: this.datasets(spec, palette) as never },
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
}
