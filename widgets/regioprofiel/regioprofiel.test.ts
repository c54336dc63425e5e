import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { mount, readJson } from '../../test/helpers/wait.js';

describe('hca-regioprofiel', () => {
  afterEach(() => document.querySelectorAll('hca-regioprofiel').forEach((e) => e.remove()));

  for (const region of ['nl', 'utrecht', 'groningen']) {
    it(`shows the key figures of ${region} as in the data, each with year and source`, async () => {
      const profiles = await readJson('/dist/data/profiles.json');
      const regions = await readJson('/dist/data/regions.json');
      const profile = profiles.records.find((p: { region: string }) => p.region === region);
      const { el, detail } = await mount('hca-regioprofiel', { region });
      expect(detail.count).to.equal(profile.series.length);
      const root = el.shadowRoot!;
      expect(root.querySelector('h2')!.textContent).to.equal(regions.records.find((r: { id: string }) => r.id === region).name);
      const figures = root.querySelectorAll('[part="figure"]');
      expect(figures.length).to.equal(profile.series.length);
      const hbo = root.querySelector('[data-indicator="ict-ingeschrevenen-hbo"]');
      const series = profile.series.find((s: { indicator: string }) => s.indicator === 'ict-ingeschrevenen-hbo');
      const latest = series.points.filter((p: { value?: number }) => p.value !== undefined).at(-1);
      expect(hbo!.querySelector('.value')!.textContent).to.equal(new Intl.NumberFormat('nl-NL').format(latest.value));
      expect(hbo!.textContent).to.contain(String(latest.year));
      expect(hbo!.querySelector('.source')!.textContent).to.contain('DUO');
      await expect(el).to.be.accessible();
    });
  }

  it('says so when the region is unknown, and shows the Netherlands', async () => {
    const { el } = await mount('hca-regioprofiel', { region: 'atlantis' });
    expect(el.shadowRoot!.textContent).to.contain('De regio "atlantis" staat niet in de gegevens');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Nederland');
  });
});
