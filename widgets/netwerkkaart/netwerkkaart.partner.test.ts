import { expect } from '@open-wc/testing';
import { canvasColours } from '../../test/helpers/canvas.js';
import { nextEvent, readJson } from '../../test/helpers/wait.js';
import type { HcaNetwerkkaart } from './netwerkkaart.js';

/**
 * The built kit on another origin (as from a CDN), embedded the way a partner does:
 * `<hca-netwerkkaart region="utrecht" sync-url>`, and once with renderer="maplibre"
 * (its worker is loaded from the kit's origin).
 */
describe('hca-netwerkkaart on a partner page (built kit, other origin)', () => {
  let origin: string;
  let records: { id: string; regions: string[]; levels: string[] }[];
  before(async () => {
    origin = (await readJson('/__test/kit-origin')).origin;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${origin}/hcaict-widgets.js`;
    document.head.append(script);
    records = (await readJson(`${origin}/data/initiatives.json`)).records;
  });
  afterEach(() => {
    document.querySelectorAll('hca-netwerkkaart').forEach((e) => e.remove());
    history.replaceState(null, '', location.pathname);
  });

  const embed = async (attrs: Record<string, string>) => {
    const el = document.createElement('hca-netwerkkaart');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    const ready = nextEvent(el, 'hca-ready', 30000);
    document.body.append(el);
    return { el, count: (await ready).count };
  };

  it('shows only Utrecht, restores a shared link exactly, and requests no other host', async () => {
    const utrecht = records.filter((r) => r.regions.includes('utrecht'));
    const first = await embed({ region: 'utrecht', 'sync-url': '' });
    expect(first.count).to.equal(utrecht.length);
    first.el.remove();
    const rec = utrecht.find((r) => r.levels.includes('hbo'))!;
    history.replaceState(null, '', `${location.pathname}?regio=utrecht&niveau=hbo&initiatief=${rec.id}`);
    const { el, count } = await embed({ region: 'utrecht', 'sync-url': '' });
    expect(count).to.equal(utrecht.filter((r) => r.levels.includes('hbo')).length);
    const card = await new Promise<Element>((resolve) => {
      const look = () => {
        const c = el.shadowRoot!.querySelector('[part="card"]');
        c ? resolve(c) : requestAnimationFrame(look);
      };
      look();
    });
    expect(card.querySelector('h2')!.textContent).to.equal(
      (await readJson(`${origin}/data/initiatives.json`)).records.find((r: { id: string }) => r.id === rec.id).name,
    );
    expect(new URLSearchParams(location.search).get('initiatief')).to.equal(rec.id);
    const hosts = new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).origin));
    for (const host of hosts) expect([location.origin, origin], `request to ${host}`).to.include(host);
    await expect(el).to.be.accessible();
  });

  it('renders with renderer="maplibre" from the built kit (worker from the kit origin)', async () => {
    const { el, count } = await embed({ renderer: 'maplibre' });
    expect(count).to.equal(records.length);
    const canvas = el.shadowRoot!.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
    expect(canvas).to.exist;
    await (await (el as HcaNetwerkkaart).mapReady)!.idle();
    expect(el.shadowRoot!.querySelectorAll('.hca-cluster').length).to.be.greaterThan(0);
    // Land and borders are drawn only once the worker has parsed the boundaries.
    const { land, lines } = canvasColours(canvas, getComputedStyle(el.shadowRoot!.querySelector('.map')!).getPropertyValue('--_border'));
    expect(land, 'land pixels').to.be.greaterThan(1000);
    expect(lines, 'border pixels').to.be.greaterThan(100);
    const workers = performance.getEntriesByType('resource').filter((e) => e.name.includes('maplibre-gl-worker'));
    expect(workers.length, 'worker loaded').to.be.greaterThan(0);
    expect(new URL(workers[0].name).origin).to.equal(origin);
  });
});
