/**
 * Benchmark (`npm run bench`): switching region in a rendered profile. For every region
 * the time from setting `region` until the DOM and every chart show it (Lit update plus
 * the synchronous Chart.js redraw; the profile is scrolled through first, so that every
 * chart is drawn), then one frame so the switch is painted. Three
 * rounds over all regions; median and p95 per round and overall, target <= 50 ms.
 */
import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { mount, readJson } from '../../test/helpers/wait.js';
import { quantile, table } from '../../test/helpers/bench-data.js';
import type { Dataset } from '../../src/data/schema.js';
import type { HcaRegioprofiel } from './regioprofiel.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** A table row: region switches until the update is complete, and until painted. */
const row = (label: string, times: number[], painted: number[]) => [
  label,
  String(times.length),
  quantile(times, 0.5).toFixed(1),
  quantile(times, 0.95).toFixed(1),
  Math.max(...times).toFixed(1),
  quantile(painted, 0.5).toFixed(1),
  quantile(painted, 0.95).toFixed(1),
];

describe('hca-regioprofiel benchmark', () => {
  it('switches region within 50 ms (median and p95 over all regions)', async () => {
    const regions = (await readJson<Dataset<'regions'>>('/dist/data/regions.json')).records.map((r) => r.id);
    const host = document.createElement('div');
    host.style.width = '1280px';
    document.body.append(host);
    const { el } = await mount('hca-regioprofiel', { region: 'nl' }, host);
    const profile = el as HcaRegioprofiel;
    await profile.chartsReady;
    // charts are drawn when scrolled near: scroll past each, so every switch redraws all of them
    const { Chart } = await import('../../src/charts/chart-setup.js');
    for (const figure of profile.shadowRoot!.querySelectorAll('[part="chart"]')) {
      figure.scrollIntoView();
      const canvas = figure.querySelector('canvas')!;
      for (let i = 0; i < 100 && !Chart.getChart(canvas); i++) await frame();
    }
    scrollTo(0, 0);
    const rows: string[][] = [];
    const all: number[] = [];
    const paint: number[] = [];
    for (let round = 1; round <= 3; round++) {
      const times: number[] = [];
      const painted: number[] = [];
      for (const id of regions) {
        const t0 = performance.now();
        profile.region = id;
        await profile.updateComplete;
        const t1 = performance.now();
        await frame();
        times.push(t1 - t0);
        painted.push(performance.now() - t0);
      }
      all.push(...times);
      paint.push(...painted);
      rows.push(row(`round ${round}`, times, painted));
    }
    rows.push(row('all', all, paint));
    const head = ['region switch', 'n', 'median ms', 'p95 ms', 'max ms', 'to paint median', 'to paint p95'];
    console.log(['', table(head, rows), `target: median and p95 <= 50 ms (${regions.length} regions, 3 rounds)`].join('\n'));
    host.remove();
    expect(quantile(all, 0.5)).to.be.at.most(50);
    expect(quantile(all, 0.95)).to.be.at.most(50);
  });
});
