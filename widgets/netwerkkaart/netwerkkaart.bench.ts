/**
 * Benchmark (`npm run bench`): hca-netwerkkaart with 1,000 / 10,000 / 100,000 initiatives
 * generated from the real ones (jittered coordinates near their real places, inside the
 * Netherlands' bounding box), against a baseline page with Leaflet + Leaflet.markercluster
 * on the same data and the same map size.
 *
 * - first paint: from the parsed and validated records to the first clustered paint
 *   (element: filter index, markers, supercluster, list, map markers; baseline: L.marker
 *   per record + markerClusterGroup.addLayers), then two animation frames.
 * - filter / search: 50 updates each (facet toggles; search words), from setting the
 *   filter until the element has re-clustered the map and re-rendered list and counts.
 * - update: the synchronous part of first paint (until the element's update is complete).
 * - heap: performance.memory.usedJSHeapSize after first paint (MB; whole page, coarse).
 *
 * Targets: 10k first paint <= 100 ms and >= 10x faster than the baseline; filter p95 <= 16 ms
 * at 10k; 100k first paint <= 1 s. It prints figures; it is not a timed unit test.
 */
import '../../test/helpers/use-dist.js';
import './define.js';
import { mount, readJson } from '../../test/helpers/wait.js';
import { container, frames, generate, markerclusterMap, quantile as q, table } from '../../test/helpers/bench.js';
import type { Dataset } from '../../src/data/schema.js';
import { emptyFilters } from '../../src/state/filters.js';
import type { HcaNetwerkkaart } from './netwerkkaart.js';

const SIZES = [1_000, 10_000, 100_000];
const WIDTH = 1280;
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** The baseline page: Leaflet + markercluster on the same records. */
async function baseline(records: Dataset<'initiatives'>['records']): Promise<{ paint: number; heap: number }> {
  const host = container(WIDTH);
  const map = await markerclusterMap(host, WIDTH);
  const t0 = performance.now();
  map.cluster(records);
  await frames();
  const paint = performance.now() - t0;
  const used = heap();
  map.remove();
  host.remove();
  return { paint, heap: used };
}

describe('hca-netwerkkaart benchmark', () => {
  it('prints first paint, filter and search times and heap, against Leaflet.markercluster', async () => {
    const doc = await readJson<Dataset<'initiatives'>>('/dist/data/initiatives.json');
    const rows: string[][] = [];
    for (const n of SIZES) {
      const records = generate(doc.records, n);
      // The element, mounted on the real data first so the map and companions are loaded.
      const host = container(WIDTH);
      const { el } = await mount('hca-netwerkkaart', {}, host);
      const nk = el as HcaNetwerkkaart;
      const controller = (nk as unknown as { data: { data: { initiatives: Dataset<'initiatives'> } } }).data;
      await frames();
      const t0 = performance.now();
      controller.data = { ...controller.data, initiatives: { ...doc, records } };
      nk.requestUpdate();
      await nk.updateComplete;
      const update = performance.now() - t0;
      await frames();
      const paint = performance.now() - t0;
      const used = heap();
      const clusters = nk.shadowRoot!.querySelectorAll('.hca-cluster').length;
      // 50 facet updates: toggle kinds and regions in turn.
      const kinds = [...new Set(doc.records.map((r) => r.kind))];
      const regions = [...new Set(doc.records.flatMap((r) => r.regions))];
      const filter: number[] = [];
      for (let i = 0; i < 50; i++) {
        const f = i % 2 ? { ...emptyFilters(), kind: [kinds[i % kinds.length]] } : { ...emptyFilters(), region: [regions[i % regions.length]] };
        const t = performance.now();
        nk.filters = f;
        await nk.updateComplete;
        filter.push(performance.now() - t);
      }
      const words = ['ict', 'campus', 'utrecht', 'fryslan', 'omscholing', 'hbo', 'make it', 'community', 'zzz', 'rotterdam'];
      const search: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t = performance.now();
        nk.filters = { ...emptyFilters(), query: words[i % words.length] + (i >= 10 ? ` ${i % 3 ? '' : 'i'}` : '') };
        await nk.updateComplete;
        search.push(performance.now() - t);
      }
      el.remove();
      host.remove();
      await frames();
      const base = await baseline(records);
      rows.push([
        n.toLocaleString('en'),
        update.toFixed(0),
        paint.toFixed(0),
        base.paint.toFixed(0),
        `${(base.paint / paint).toFixed(1)}x`,
        `${q(filter, 0.5).toFixed(1)} / ${q(filter, 0.95).toFixed(1)}`,
        `${q(search, 0.5).toFixed(1)} / ${q(search, 0.95).toFixed(1)}`,
        mb(used),
        mb(base.heap),
        String(clusters),
      ]);
    }
    const head = [
      'initiatives',
      'update ms',
      'first paint ms',
      'markercluster ms',
      'ratio',
      'filter p50/p95 ms',
      'search p50/p95 ms',
      'heap MB',
      'mc heap MB',
      'clusters',
    ];
    console.log(
      [
        'hca-netwerkkaart benchmark (headless Chromium, software raster; map 1280 px wide page)',
        table(head, rows),
        'targets: 10k first paint <= 100 ms and >= 10x baseline; filter p95 <= 16 ms at 10k; 100k first paint <= 1000 ms',
      ].join('\n'),
    );
  });
});
