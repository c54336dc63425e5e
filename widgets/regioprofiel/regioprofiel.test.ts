import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { mount, nextEvent, readJson } from '../../test/helpers/wait.js';
import { formatValue, pointAt } from '../../src/data/figures.js';
import { formatFor } from '../../src/i18n/locale.js';
import { fillTemplate } from '../../src/ui/links.js';
import type { Dataset } from '../../src/data/schema.js';
import { KEY_FIGURES, type HcaRegioprofiel } from './regioprofiel.js';

const fmt = formatFor('nl');
const profiles = () => readJson<Dataset<'profiles'>>('/dist/data/profiles.json');
const regionsOf = () => readJson<Dataset<'regions'>>('/dist/data/regions.json');
const root = (el: HTMLElement) => el.shadowRoot!;
const cleanUrl = () => history.replaceState(null, '', location.pathname);

async function mountProfile(attrs: Record<string, string>): Promise<HcaRegioprofiel> {
  const { el } = await mount('hca-regioprofiel', attrs);
  const p = el as HcaRegioprofiel;
  await p.chartsReady;
  return p;
}

describe('hca-regioprofiel', () => {
  afterEach(() => {
    document.querySelectorAll('hca-regioprofiel').forEach((e) => e.remove());
    cleanUrl();
  });

  for (const region of ['nl', 'utrecht', 'groningen', 'zeeland', 'midden-utrecht']) {
    it(`shows the key figures of ${region} as in the data, with year, trend, comparison and source`, async () => {
      const data = await profiles();
      const regions = await regionsOf();
      const profile = data.records.find((p) => p.region === region);
      const national = data.records.find((p) => p.region === 'nl');
      const { el, detail } = await mount('hca-regioprofiel', { region });
      expect(detail.count).to.equal(KEY_FIGURES.length);
      const r = root(el);
      expect(r.querySelector('h2')!.textContent).to.equal(regions.records.find((x) => x.id === region)!.name);
      expect(r.querySelectorAll('[part="figure"]').length).to.equal(KEY_FIGURES.length);
      for (const id of KEY_FIGURES) {
        const def = data.indicators!.find((d) => d.id === id)!;
        const card = r.querySelector(`[part="figure"][data-indicator="${id}"]`)!;
        const latest = pointAt(profile, id);
        const shown = card.querySelector('.col.a .value')!.textContent!.trim();
        expect(shown, id).to.equal(formatValue(latest?.value, def, fmt, 'geen gegeven'));
        if (!latest) continue;
        expect(card.querySelector('.col.a .yr')!.textContent).to.contain(String(latest.year));
        // comparison column: the Netherlands in the same year
        expect(card.querySelector('.col.b .value')!.textContent!.trim()).to.equal(formatValue(pointAt(national, id, latest.year)?.value, def, fmt, 'geen gegeven'));
        expect(card.querySelector('.source')!.textContent).to.contain(def.source.publisher!);
        // trend against the previous year, with its meaning written out
        const prev = pointAt(profile, id, latest.year - 1);
        const change = card.querySelector('.change')!;
        if (prev) {
          const dir = latest.value! > prev.value! ? 'up' : latest.value! < prev.value! ? 'down' : 'same';
          expect(change.getAttribute('data-direction')).to.equal(dir);
          expect(change.textContent).to.contain({ up: 'gestegen', down: 'gedaald', same: 'gelijk gebleven' }[dir]);
          expect(change.textContent).to.contain(`t.o.v. ${latest.year - 1}`);
          expect(change.querySelector('.arrow')!.getAttribute('aria-hidden')).to.equal('true');
        }
        if (region !== 'nl' && def.aggregate === 'sum') {
          const n = pointAt(national, id, latest.year)!.value!;
          expect(card.querySelector('.vs')!.textContent).to.contain(`${fmt.percent(Math.round((latest.value! / n) * 1000) / 10)} van het landelijke totaal`);
        }
      }
      await expect(el).to.be.accessible();
    });
  }

  it('shows an absent value as absent, never as 0', async () => {
    const data = await profiles();
    // a region with a count series but no share-of-women series (no ICT students, so no rate)
    const region = data.records.find((p) => p.series.some((s) => s.indicator === 'ict-ingeschrevenen-hbo') && !p.series.some((s) => s.indicator === 'aandeel-vrouwen-ingeschrevenen-hbo'))!;
    const { el } = await mount('hca-regioprofiel', { region: region.region });
    const card = root(el).querySelector('[data-indicator="aandeel-vrouwen-ingeschrevenen-hbo"]')!;
    const value = card.querySelector('.col.a .value')!;
    expect(value.textContent!.trim()).to.equal('geen gegeven');
    expect(value.classList.contains('absent')).to.equal(true);
    expect(card.textContent).to.contain('niet hetzelfde als 0');
    expect(card.querySelector('.change')).to.equal(null);
    // and no regional labour-market figures: said plainly
    expect(root(el).textContent).to.contain('Regionale cijfers over ICT-werkgelegenheid en ICT-vacatures zijn er niet');
  });

  it('says so when the region is unknown, and shows the Netherlands', async () => {
    const { el } = await mount('hca-regioprofiel', { region: 'atlantis' });
    expect(root(el).textContent).to.contain('De regio "atlantis" staat niet in de gegevens');
    expect(root(el).querySelector('h2')!.textContent).to.equal('Nederland');
  });

  it('draws every chart with a table, a text description and a PNG button; Chart.js holds only what is used', async () => {
    const el = await mountProfile({ region: 'utrecht' });
    const charts = root(el).querySelectorAll('[part="chart"]');
    expect(charts.length).to.equal(5);
    for (const c of charts) {
      const canvas = c.querySelector('canvas')!;
      expect(canvas.width, c.getAttribute('data-chart')!).to.be.greaterThan(0);
      const desc = root(el).getElementById(canvas.getAttribute('aria-describedby')!)!;
      expect(desc.textContent!.length).to.be.greaterThan(40);
      const table = c.querySelector('table')!;
      expect(table.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
      expect(c.querySelector('button')!.textContent).to.contain('PNG');
      expect(c.querySelector('.source')!.textContent).to.match(/Bron: .+Peiljaar \d{4}/);
    }
    // the women chart compares Utrecht and the Netherlands in the same year
    const data = await profiles();
    const women = root(el).querySelector('[data-chart="vrouwen"] table')!;
    const first = women.querySelector('tbody tr')!.querySelectorAll('td');
    const u = pointAt(data.records.find((p) => p.region === 'utrecht'), 'aandeel-vrouwen-deelnemers-mbo')!;
    expect(first[0].textContent).to.equal(fmt.percent(u.value!));
    expect(first[1].textContent).to.equal(fmt.percent(pointAt(data.records.find((p) => p.region === 'nl'), 'aandeel-vrouwen-deelnemers-mbo', u.year)!.value!));
    const { Chart } = await import('../../src/charts/chart-setup.js');
    expect(() => Chart.registry.getController('pie')).to.throw();
    expect(Chart.registry.getController('bar')).to.be.ok;
    root(el).querySelectorAll('details').forEach((d) => (d.open = true));
    await expect(el).to.be.accessible();
  });

  it('restores the region from ?regio= and writes the picked region back to the URL (sync-url)', async () => {
    history.replaceState(null, '', `${location.pathname}?regio=utrecht&andere=1`);
    const el = await mountProfile({ 'sync-url': '' });
    expect(root(el).querySelector('h2')!.textContent).to.equal('Utrecht');
    const select = root(el).querySelector<HTMLSelectElement>('select#region')!;
    const changed = nextEvent(el, 'hca-region-change');
    select.value = 'zeeland';
    select.dispatchEvent(new Event('change'));
    expect(await changed).to.deep.equal({ region: 'zeeland', compare: 'nl' });
    await el.updateComplete;
    expect(root(el).querySelector('h2')!.textContent).to.equal('Zeeland');
    const params = new URLSearchParams(location.search);
    expect(params.get('regio')).to.equal('zeeland');
    expect(params.get('andere')).to.equal('1');
    expect(params.has('vergelijk')).to.equal(false);
    const compare = root(el).querySelector<HTMLSelectElement>('select#compare')!;
    compare.value = 'utrecht';
    compare.dispatchEvent(new Event('change'));
    expect(new URLSearchParams(location.search).get('vergelijk')).to.equal('utrecht');
    el.remove();
    // the link restores the same view
    const again = await mountProfile({ 'sync-url': '' });
    expect(root(again).querySelector('h2')!.textContent).to.equal('Zeeland');
    expect(root(again).querySelector('.col.b .who')!.textContent).to.equal('Utrecht');
    await expect(again).to.be.accessible();
  });

  it('picks a region with the keyboard: type in the search field, Enter', async () => {
    const el = await mountProfile({ region: 'nl' });
    const input = root(el).querySelector<HTMLInputElement>('#filter')!;
    input.focus();
    input.value = 'zeel';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(root(el).querySelector('#filter-count')!.textContent).to.match(/2 regio's gevonden/);
    const options = [...root(el).querySelectorAll('select#region option')].map((o) => o.getAttribute('value'));
    expect(options).to.include('zeeland').and.include('zeeland-amr');
    expect(options).not.to.include('utrecht');
    const changed = nextEvent(el, 'hca-region-change');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await changed).region).to.equal('zeeland');
    await el.updateComplete;
    expect(root(el).querySelector('h2')!.textContent).to.equal('Zeeland');
    await expect(el).to.be.accessible();
  });

  it('downloads the whole profile as CSV with the data in it', async () => {
    const data = await profiles();
    const el = await mountProfile({ region: 'utrecht', compare: 'zeeland' });
    const csv = el.csv();
    expect(csv.startsWith('\ufeff')).to.equal(true);
    const lines = csv.slice(1).trim().split('\r\n');
    const profile = data.records.find((p) => p.region === 'utrecht')!;
    expect(lines.length - 1).to.equal(profile.series.reduce((n, s) => n + s.points.length, 0));
    expect(lines[0]).to.equal('regio_id,regio,indicator_id,indicator,eenheid,jaar,waarde,ondergrens,vergelijking_id,vergelijking,vergelijking_waarde,bron,bron_url');
    const p = pointAt(profile, 'ict-ingeschrevenen-hbo')!;
    const z = pointAt(data.records.find((x) => x.region === 'zeeland'), 'ict-ingeschrevenen-hbo', p.year)!;
    const row = lines.find((l) => l.startsWith(`utrecht,Utrecht,ict-ingeschrevenen-hbo,`) && l.includes(`,${p.year},${p.value},`))!;
    expect(row).to.contain(`,zeeland,Zeeland,${z.value},`);
  });

  it('has a print stylesheet and replaces every chart by an image when printing', async () => {
    const el = await mountProfile({ region: 'utrecht' });
    const sheets = root(el).adoptedStyleSheets;
    const printRules = sheets.flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSMediaRule && r.media.mediaText === 'print');
    expect(printRules.length).to.be.greaterThan(0);
    expect(root(el).querySelectorAll('img.print-img').length).to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const imgs = root(el).querySelectorAll<HTMLImageElement>('img.print-img');
    expect(imgs.length).to.equal(root(el).querySelectorAll('canvas').length);
    for (const img of imgs) {
      expect(img.src.startsWith('data:image/png')).to.equal(true);
      expect(img.alt.length).to.be.greaterThan(20);
    }
    await expect(el).to.be.accessible();
  });

  it('lists the initiatives of the region, each linked to the netwerkkaart through map-href', async () => {
    const initiatives = await readJson<Dataset<'initiatives'>>('/dist/data/initiatives.json');
    const region = 'noord-holland';
    const template = '/netwerkkaart?regio={region}&initiatief={id}';
    const el = await mountProfile({ region, 'map-href': template });
    const expected = initiatives.records.filter((i) => i.regions.includes(region));
    expect(expected.length).to.be.greaterThan(0);
    const items = root(el).querySelectorAll('[data-initiative]');
    expect(items.length).to.equal(expected.length);
    const first = expected[0];
    const link = root(el).querySelector(`[data-initiative="${first.id}"] a[href^="/netwerkkaart"]`)!;
    expect(link.getAttribute('href')).to.equal(fillTemplate(template, { region, id: first.id }));
  });

  it('shares through the clipboard when the Web Share API is absent, with a visible confirmation', async () => {
    const el = await mountProfile({ region: 'utrecht' });
    let copied = '';
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (s: string) => void (copied = s) }, configurable: true });
    try {
      root(el).querySelector<HTMLButtonElement>('[part="actions"] button.primary')!.click();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(new URL(copied).searchParams.get('regio')).to.equal('utrecht');
      expect(root(el).querySelector('[part="actions"] [role="status"]')!.textContent).to.contain('gekopieerd');
    } finally {
      delete (navigator as { share?: unknown }).share;
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
