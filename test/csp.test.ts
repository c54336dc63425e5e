import { expect } from '@open-wc/testing';
import { canvasColours } from './helpers/canvas.js';
import { until } from './helpers/wait.js';

/**
 * Both map renderers under the strict Content Security Policy README.md documents: a page
 * framed from the test server with that policy as a header, the built kit from another
 * origin, all four elements. No violation may be reported, and the maps must be drawn.
 */
interface CspWindow extends Window {
  hcaCsp: { violations: { directive: string; blocked: string; source: string }[]; events: { type: string; tag: string; detail: any }[] };
}

async function framePage(renderer: 'leaflet' | 'maplibre'): Promise<{ frame: HTMLIFrameElement; win: CspWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 2400px; border: 0';
  frame.src = `/__test/csp/${renderer}.html`;
  document.body.append(frame);
  const win = await until(() => (frame.contentWindow as CspWindow | null)?.hcaCsp && (frame.contentWindow as CspWindow), 'the page script');
  await until(() => new Set(win.hcaCsp.events.filter((e) => e.type === 'hca-ready').map((e) => e.tag)).size === 4, 'hca-ready from all four elements', 30000);
  return { frame, win, doc: frame.contentDocument! };
}

describe('a page with a strict Content Security Policy', () => {
  it('the policy has no unsafe-inline, unsafe-eval, data: or wildcard', async () => {
    const response = await fetch('/__test/csp/maplibre.html');
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).to.contain("default-src 'none'");
    expect(policy).not.to.match(/unsafe|data:|\*/);
  });

  for (const renderer of ['leaflet', 'maplibre'] as const) {
    it(`renders all four elements with renderer="${renderer}" and reports no violation`, async function () {
      this.timeout(60000);
      const { frame, win, doc } = await framePage(renderer);
      try {
        const map = doc.querySelector('hca-netwerkkaart')!.shadowRoot!;
        // The map is drawn: markers placed and the basemap painted.
        await until(() => map.querySelectorAll('.hca-marker').length > 0, 'markers on the map');
        if (renderer === 'maplibre') {
          const canvas = await until(() => map.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas'), 'the WebGL canvas');
          await until(() => canvasColours(canvas, '#9aa6b8').land > 1000, 'land painted on the WebGL canvas', 15000);
          // the zoom buttons show glyphs, not MapLibre's data: images
          const zoomIn = map.querySelector('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon')!;
          expect(win.getComputedStyle(zoomIn).backgroundImage).to.equal('none');
          expect(win.getComputedStyle(zoomIn, '::before').content).to.equal('"+"');
        } else {
          expect(map.querySelectorAll('.leaflet-overlay-pane path, .leaflet-overlay-pane canvas').length).to.be.greaterThan(0);
        }
        // Values the kit sets as styles arrive through CSSOM, not a blocked style attribute.
        expect(win.getComputedStyle(map.querySelector('.rows')!).getPropertyValue('--_row')).to.match(/^\d+px$/);
        const legend = doc.querySelector('hca-regiokaart')!.shadowRoot!.querySelectorAll<HTMLElement>('.legend span.swatch');
        expect(legend.length).to.be.greaterThan(1);
        for (const swatch of legend) expect(win.getComputedStyle(swatch).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
        expect(win.hcaCsp.events.filter((e) => e.type === 'hca-data-error')).to.deep.equal([]);
        // Late work (worker tiles, charts near the viewport) has had its chance to violate too.
        await new Promise((r) => setTimeout(r, 500));
        expect(win.hcaCsp.violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
