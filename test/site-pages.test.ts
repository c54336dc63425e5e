import { expect } from '@open-wc/testing';
import { readJson, until } from './helpers/wait.js';

/**
 * The built site's pages (dist/regio/, dist/modellen/, built) as a visitor sees them, in an
 * iframe of a phone's and a desktop's width: header, element and footer, no sideways
 * scrolling, no blank block beside the profile's locator map, and axe with the WCAG 2.2 rules.
 */

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}
type AxeWindow = Window & { axe?: { run(context: Document, options: object): Promise<AxeResult> } };

async function open(path: string, width: number): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.title = 'HCA ICT';
  iframe.style.cssText = `width: ${width}px; height: 800px; border: 0; display: block`;
  iframe.src = path;
  document.body.append(iframe);
  await until(() => iframe.contentDocument?.readyState === 'complete' && iframe.contentDocument.querySelector('footer.site'), path);
  return iframe;
}

/** axe in the page itself (the test page's copy cannot see into the iframe), with the WCAG 2.2 AA rules and target size. */
async function axeViolations(iframe: HTMLIFrameElement): Promise<string[]> {
  const win = iframe.contentWindow as AxeWindow;
  if (!win.axe) {
    const script = iframe.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    iframe.contentDocument!.head.append(script);
    await until(() => win.axe, 'axe in the page');
  }
  const result = await win.axe!.run(iframe.contentDocument!, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('the built site (dist/regio/, dist/modellen/)', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const width of [375, 1280]) {
    it(`a region page at ${width} px: programme, breadcrumb, the profile, footer; nothing wider than the screen; axe clean`, async () => {
      const iframe = await open('/dist/regio/midden-utrecht.html', width);
      const doc = iframe.contentDocument!;
      const profile = doc.querySelector('hca-regioprofiel')!;
      await until(() => profile.shadowRoot?.querySelector('#h-sources'), 'the whole profile', 30000);
      expect(doc.querySelector('header.site .brand')!.textContent).to.equal('Human Capital Agenda ICT');
      expect([...doc.querySelectorAll('.crumbs li')].map((li) => li.textContent)).to.deep.equal(['Nederland', 'Utrecht', 'Midden-Utrecht']);
      expect(doc.querySelector('footer.site')!.textContent).to.include('Licentie').and.include('Gegevens bijgewerkt op');
      expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
      expect(await axeViolations(iframe)).to.deep.equal([]);
    });
  }

  it('at 1280 px the picker starts right under the region name, beside the locator map: no blank block', async () => {
    const iframe = await open('/dist/regio/utrecht.html', 1280);
    const root = await until(() => iframe.contentDocument!.querySelector('hca-regioprofiel')?.shadowRoot, 'the profile');
    const [header, map, controls] = await until(() => {
      const parts = ['header', '.locator', '.controls'].map((s) => root.querySelector(s)?.getBoundingClientRect());
      return parts.every((r) => r && r.height > 0) ? (parts as DOMRect[]) : undefined;
    }, 'header, map and picker');
    expect(controls.top - header.bottom, 'picker right under the header').to.be.below(32);
    expect(controls.top, 'picker starts beside the map').to.be.below(map.bottom);
    expect(controls.right, 'and does not run under it').to.be.at.most(map.left);
  });

  it('a model page: breadcrumb, the models element with that model, footer; axe clean', async () => {
    const iframe = await open('/dist/modellen/ict-pps-mbo.html', 375);
    const doc = iframe.contentDocument!;
    const el = doc.querySelector('hca-werkende-modellen')!;
    expect(el.getAttribute('model')).to.equal('ict-pps-mbo');
    await until(() => el.shadowRoot?.querySelector('[part~="list"], [part~="detail"]'), 'the models');
    const models = await readJson<{ records: { id: string; name: string }[] }>('/dist/data/models.json');
    const name = models.records.find((m) => m.id === 'ict-pps-mbo')!.name;
    expect([...doc.querySelectorAll('.crumbs li')].map((li) => li.textContent)).to.deep.equal(['Werkende modellen', name]);
    expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(375);
    expect(await axeViolations(iframe)).to.deep.equal([]);
  });
});
