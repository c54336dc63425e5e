import { expect } from '@open-wc/testing';
import { LitElement, css, html } from 'lit';
import { formatFor } from '../i18n/locale.js';
import { ChartController, chartLabels, type ChartSpec } from './chart-controller.js';

/** A host that knows nothing but specs and canvases, as the controller requires. */
class ChartHost extends LitElement {
  static styles = css`
    :host {
      display: block;
      width: 600px;
      --_text: rgb(1, 2, 3);
      --_border: rgb(4, 5, 6);
      --_col-a: rgb(10, 20, 30);
    }
    div {
      position: relative;
      height: 200px;
    }
  `;
  specs: ChartSpec[] = [];
  readonly charts = new ChartController(this, {
    canvas: (id) => this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-id="${id}"]`),
    format: () => ({ format: formatFor('nl'), missing: 'geen gegeven' }),
    seriesColors: ['--_col-a', '--_col-b'],
  });
  protected willUpdate(): void {
    this.charts.specs = this.specs;
  }
  render() {
    return this.specs.map((s) => html`<div><canvas data-id=${s.id}></canvas></div>`);
  }
}
customElements.define('test-chart-host', ChartHost);

const line: ChartSpec = {
  id: 'lijn',
  type: 'line',
  unit: 'count',
  categories: ['2022', '2023', '2024'],
  series: [
    { label: 'Utrecht', values: [2281, 2371, 2526] },
    { label: 'Zeeland', values: [265, null, 315] },
  ],
};
const bar: ChartSpec = {
  id: 'staaf',
  type: 'bar',
  unit: 'percent',
  categories: ['hbo, ingeschreven (2024)', 'mbo, deelnemers (2019)'],
  series: [{ label: 'Utrecht', values: [10.1, 3.9] }],
};

async function host(specs: ChartSpec[]): Promise<ChartHost> {
  const el = document.createElement('test-chart-host') as ChartHost;
  el.specs = specs;
  document.body.append(el);
  await el.updateComplete;
  await el.charts.ready;
  return el;
}

type Callback = (...args: unknown[]) => string;

describe('ChartController', () => {
  afterEach(() => document.querySelectorAll('test-chart-host').forEach((e) => e.remove()));

  it('draws one chart per spec on the canvas the host renders for it, with the spec values and gaps', async () => {
    const el = await host([line, bar]);
    const chart = el.charts.chart('lijn')!;
    expect(chart.canvas === el.renderRoot.querySelector('canvas[data-id="lijn"]'), 'on its canvas').to.equal(true);
    expect((chart.config as { type: string }).type).to.equal('line');
    expect(chart.data.labels).to.deep.equal(['2022', '2023', '2024']);
    expect(chart.data.datasets.map((d) => d.data)).to.deep.equal([
      [2281, 2371, 2526],
      [265, null, 315],
    ]);
    expect(chart.canvas.width).to.be.greaterThan(0);
    expect(el.charts.chart('staaf')!.options.indexAxis).to.equal('y');
  });

  it('colours series from the host tokens, then the kit palette; dashes lines apart', async () => {
    const el = await host([line]);
    const [a, b] = el.charts.chart('lijn')!.data.datasets as { borderColor: string; borderDash?: number[] }[];
    expect(a.borderColor).to.equal('rgb(10, 20, 30)'); // --_col-a on the host
    expect(b.borderColor).to.equal('#d55e00'); // --_col-b not set: the second palette colour
    expect(a.borderDash).to.deep.equal([]);
    expect(b.borderDash).to.deep.equal([6, 4]);
    const options = el.charts.chart('lijn')!.options as { color: string; scales: { x: { grid: { color: string } } } };
    expect(options.color).to.equal('rgb(1, 2, 3)');
    expect(options.scales.x.grid.color).to.equal('rgb(4, 5, 6)');
  });

  it('formats ticks and tooltips in the page language, a gap as a word', async () => {
    const el = await host([line, bar]);
    const lineOpts = el.charts.chart('lijn')!.options as unknown as {
      scales: { y: { ticks: { callback: Callback } } };
      plugins: { tooltip: { callbacks: { label: Callback } } };
    };
    expect(lineOpts.scales.y.ticks.callback(25687)).to.equal('25.687');
    const tip = lineOpts.plugins.tooltip.callbacks.label;
    expect(tip({ parsed: { y: 2526 }, dataset: { label: 'Utrecht' } })).to.equal('Utrecht: 2.526');
    expect(tip({ parsed: { y: null }, dataset: { label: 'Zeeland' } })).to.equal('Zeeland: geen gegeven');
    const barOpts = el.charts.chart('staaf')!.options as unknown as {
      scales: { x: { ticks: { callback: Callback } } };
      plugins: { tooltip: { callbacks: { label: Callback } } };
    };
    expect(barOpts.scales.x.ticks.callback(10.1)).to.equal('10,1%');
    expect(barOpts.plugins.tooltip.callbacks.label({ parsed: { x: 3.9 }, dataset: { label: 'Utrecht' } })).to.equal('Utrecht: 3,9%');
  });

  it('puts the year of a bar category on a second line', () => {
    expect(chartLabels(bar)).to.deep.equal([
      ['hbo, ingeschreven', '(2024)'],
      ['mbo, deelnemers', '(2019)'],
    ]);
    expect(chartLabels(line)).to.deep.equal(['2022', '2023', '2024']);
  });

  it('updates a chart in place, replaces it when its type changes, destroys it when its spec goes', async () => {
    const el = await host([line, bar]);
    const first = el.charts.chart('lijn')!;
    el.specs = [{ ...line, series: [{ label: 'Utrecht', values: [1, 2, 3] }] }, bar];
    el.requestUpdate();
    await el.updateComplete;
    expect(el.charts.chart('lijn') === first, 'the same chart, updated').to.equal(true);
    expect(first.data.datasets.map((d) => d.data)).to.deep.equal([[1, 2, 3]]);
    el.specs = [{ ...line, type: 'bar' }];
    el.requestUpdate();
    await el.updateComplete;
    await el.charts.ready;
    const second = el.charts.chart('lijn')!;
    expect(second === first, 'a new chart').to.equal(false);
    expect((second.config as { type: string }).type).to.equal('bar');
    expect(el.charts.chart('staaf') === undefined, 'bar chart gone').to.equal(true);
  });

  it('destroys every chart when the host leaves the page', async () => {
    const el = await host([line]);
    const chart = el.charts.chart('lijn')!;
    el.remove();
    expect(chart.ctx === null, 'destroyed').to.equal(true); // Chart.js drops its context on destroy
    expect(el.charts.chart('lijn') === undefined, 'forgotten').to.equal(true);
  });

  it('draws print images at half an A4 column at 3x, then goes back to the screen size', async () => {
    const el = await host([line, bar]);
    const canvas = el.renderRoot.querySelector<HTMLCanvasElement>('canvas[data-id="lijn"]')!;
    const screen = [canvas.width, canvas.height];
    const images = el.charts.printImages();
    expect(Object.keys(images)).to.deep.equal(['lijn', 'staaf']);
    const size = async (src: string) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    };
    expect(images.lijn.startsWith('data:image/png')).to.equal(true);
    expect(await size(images.lijn)).to.deep.equal([1020, 480]);
    expect(await size(images.staaf)).to.deep.equal([1020, 840]);
    expect([canvas.width, canvas.height]).to.deep.equal(screen);
  });

  describe('drawing without blocking the page', () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const until = async (ok: () => boolean, what: string) => {
      for (let i = 0; i < 120 && !ok(); i++) await frame();
      expect(ok(), what).to.equal(true);
    };
    let spacer: HTMLElement | undefined;
    afterEach(() => {
      spacer?.remove();
      spacer = undefined;
      scrollTo(0, 0);
    });

    it('draws a chart only once its canvas comes near the viewport', async () => {
      spacer = document.createElement('div');
      spacer.style.height = '4000px';
      document.body.append(spacer);
      const el = await host([line, bar]);
      expect(el.charts.chart('lijn') === undefined, 'far below the viewport: not drawn').to.equal(true);
      expect(el.charts.chart('staaf') === undefined).to.equal(true);
      el.scrollIntoView();
      await until(() => !!el.charts.chart('lijn') && !!el.charts.chart('staaf'), 'drawn once scrolled near');
      // printing draws every chart, near or not
      scrollTo(0, 0);
      el.specs = [{ ...line, id: 'later' }];
      el.requestUpdate();
      await el.updateComplete;
      await el.charts.ready;
      expect(el.charts.chart('later') === undefined, 'not near: not drawn').to.equal(true);
      expect(Object.keys(el.charts.printImages())).to.deep.equal(['later']);
      expect(el.charts.chart('later') !== undefined, 'drawn for print').to.equal(true);
    });

    it('creates one chart per task', async () => {
      const { Chart } = await import('./chart-setup.js');
      const drawn = () =>
        [...document.querySelectorAll('test-chart-host')].flatMap((h) => [...h.shadowRoot!.querySelectorAll('canvas')]).filter((c) => Chart.getChart(c)).length;
      // Without scheduler.yield the controller yields with a message, as this ticker does:
      // the two take turns, so the ticker sees every task the controller runs.
      const scheduler = (globalThis as { scheduler?: { yield?: unknown } }).scheduler;
      if (scheduler) scheduler.yield = undefined;
      const counts: number[] = [];
      let ticking = true;
      const stop = setTimeout(() => (ticking = false), 5000); // never tick forever
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        counts.push(drawn());
        if (ticking) port2.postMessage(null);
      };
      try {
        port2.postMessage(null);
        await host([line, bar, { ...line, id: 'lijn-2' }, { ...bar, id: 'staaf-2' }]);
        await new Promise((r) => setTimeout(r, 20)); // the ticker's turn after the last chart
      } finally {
        ticking = false;
        clearTimeout(stop);
        if (scheduler) delete scheduler.yield;
      }
      expect(drawn()).to.equal(4);
      const steps = counts.slice(1).map((n, i) => n - counts[i]);
      expect(Math.max(...steps), `charts per task (${counts.join(' ')})`).to.equal(1);
    });
  });
});
