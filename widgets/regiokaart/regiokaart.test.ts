import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { mount, readJson } from '../../test/helpers/wait.js';

describe('hca-regiokaart', () => {
  afterEach(() => document.querySelectorAll('hca-regiokaart').forEach((e) => e.remove()));

  it('shades the 12 provinces by one indicator, with a legend and a source', async () => {
    const { el, detail } = await mount('hca-regiokaart', { indicator: 'ict-ingeschrevenen-hbo' });
    expect(detail.count).to.equal(12);
    const root = el.shadowRoot!;
    const paths = root.querySelectorAll('path.region');
    expect(paths.length).to.equal(12);
    const fills = new Set([...paths].map((p) => p.getAttribute('fill')));
    expect(fills.size).to.be.greaterThan(2);
    expect(root.querySelectorAll('[part="legend"] li').length).to.be.greaterThan(2);
    expect(root.querySelector('[part="legend"] .source')!.textContent).to.contain('DUO');
    await expect(el).to.be.accessible();
  });

  it('shows all 35 arbeidsmarktregio\'s at that level', async () => {
    const regions = await readJson('/dist/data/regions.json');
    const amrs = regions.records.filter((r: { level: string }) => r.level === 'arbeidsmarktregio').length;
    const { el, detail } = await mount('hca-regiokaart', { level: 'arbeidsmarktregio' });
    expect(amrs).to.equal(35);
    expect(detail.count).to.equal(35);
    expect(el.shadowRoot!.querySelectorAll('path.region').length).to.equal(35);
  });
});
