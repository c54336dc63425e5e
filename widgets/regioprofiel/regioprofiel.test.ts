import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import './define.js';
import { hitsBelow, mountInPage, overlap, paddingBox, paintedOutside, removePages, grewToContent } from '../../test/helpers/box.js';
import { mount, nextEvent, readJson, until } from '../../test/helpers/wait.js';
import type { HcaRegioprofiel } from './regioprofiel.js';
/** Goes back or forward in the page's history and waits until the page is there. */
const popstate = (go: () => void) => new Promise((resolve) => (addEventListener('popstate', resolve, { once: true }), go()));

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();
const cleanUrl = () => history.replaceState(null, '', location.pathname);
const MASKED = 'Peiljaar 2024 · ondergrens: DUO maskeert aantallen onder 5';
const DUO_HBO = 'DUO, Open onderwijsdata: ingeschrevenen hbo';

async function mountProfile(attrs: Record<string, string>): Promise<HcaRegioprofiel> {
  const { el } = await mount('hca-regioprofiel', attrs);
  const p = el as HcaRegioprofiel;
  await p.chartsReady;
  return p;
}

interface Shown {
  value: string;
  year: string;
  compare: string;
  change: string;
  direction: 'up' | 'down' | 'same';
  vs?: string;
  source?: string;
}

/**
 * What a visitor reads, written out by hand from the DUO reference aggregates
 * (data-source/regio_aggregaten_ict_onderwijs.csv: ict_kern_totaal and the percentage
 * columns; hbo ICT enrolled 2024 Netherlands 25,687, Utrecht 2,526). Changes are against
 * the year before, relative changes and shares rounded to one decimal.
 */
const FIGURES: Record<string, { name: string; figures: Record<string, Shown> }> = {
  nl: {
    name: 'Nederland',
    figures: {
      'ict-ingeschrevenen-hbo': {
        value: '25.687',
        year: MASKED,
        compare: '25.687',
        change: '▼ gedaald: −263 (−1,0%) t.o.v. 2023',
        direction: 'down',
        source: DUO_HBO,
      },
      'ict-deelnemers-mbo': { value: '24.047', year: 'Peiljaar 2019', compare: '24.047', change: '▲ gestegen: +319 (+1,3%) t.o.v. 2018', direction: 'up' },
    },
  },
  utrecht: {
    name: 'Utrecht',
    figures: {
      'ict-ingeschrevenen-hbo': {
        value: '2.526',
        year: MASKED,
        compare: '25.687',
        change: '▲ gestegen: +155 (+6,5%) t.o.v. 2023',
        direction: 'up',
        vs: '9,8% van het landelijke totaal (2024)',
        source: DUO_HBO,
      },
      'aandeel-vrouwen-ingeschrevenen-hbo': {
        value: '10,1%',
        year: MASKED,
        compare: '11,7%',
        change: '▲ gestegen: +1,3 procentpunt t.o.v. 2023',
        direction: 'up',
        vs: 'Landelijk: 11,7% (2024): lager dan landelijk',
      },
      'ict-eerstejaars-wo': {
        value: '632',
        year: 'Peiljaar 2019',
        compare: '5.786',
        change: '▼ gedaald: −44 (−6,5%) t.o.v. 2018',
        direction: 'down',
        vs: '10,9% van het landelijke totaal (2019)',
      },
    },
  },
  groningen: {
    name: 'Groningen',
    figures: {
      'ict-ingeschrevenen-hbo': {
        value: '774',
        year: 'Peiljaar 2024',
        compare: '25.687',
        change: '▼ gedaald: −134 (−14,8%) t.o.v. 2023',
        direction: 'down',
        vs: '3,0% van het landelijke totaal (2024)',
      },
      'aandeel-ict-ingeschrevenen-hbo': {
        value: '2,8%',
        year: 'Peiljaar 2024',
        compare: '5,7%',
        change: '▼ gedaald: −0,3 procentpunt t.o.v. 2023',
        direction: 'down',
        vs: 'Landelijk: 5,7% (2024): lager dan landelijk',
      },
    },
  },
  zeeland: {
    name: 'Zeeland',
    figures: {
      'ict-eerstejaars-wo': {
        value: '0',
        year: 'Peiljaar 2019',
        compare: '5.786',
        change: '▶ gelijk gebleven: ±0 t.o.v. 2018',
        direction: 'same',
        vs: '0,0% van het landelijke totaal (2019)',
      },
      'aandeel-vrouwen-ingeschrevenen-hbo': {
        value: '17,8%',
        year: MASKED,
        compare: '11,7%',
        change: '▲ gestegen: +2,4 procentpunt t.o.v. 2023',
        direction: 'up',
        vs: 'Landelijk: 11,7% (2024): hoger dan landelijk',
      },
    },
  },
  'midden-utrecht': {
    name: 'Midden-Utrecht',
    figures: {
      'ict-ingeschrevenen-hbo': {
        value: '2.292',
        year: 'Peiljaar 2024',
        compare: '25.687',
        change: '▲ gestegen: +72 (+3,2%) t.o.v. 2023',
        direction: 'up',
        vs: '8,9% van het landelijke totaal (2024)',
        source: DUO_HBO,
      },
    },
  },
};

describe('hca-regioprofiel', () => {
  afterEach(() => {
    document.querySelectorAll('hca-regioprofiel').forEach((e) => e.remove());
    cleanUrl();
  });

  for (const [region, { name, figures }] of Object.entries(FIGURES)) {
    it(`shows the key figures of ${region} as in the DUO aggregates, with year, change, comparison and source`, async () => {
      const { el, detail } = await mount('hca-regioprofiel', { region });
      expect(detail.count).to.equal(8);
      const r = root(el);
      expect(r.querySelector('h2')!.textContent).to.equal(name);
      expect(r.querySelectorAll('[part="figure"]').length).to.equal(8);
      for (const [id, shown] of Object.entries(figures)) {
        const card = r.querySelector(`[part="figure"][data-indicator="${id}"]`)!;
        expect(text(card.querySelector('.col.a .who')), id).to.equal(name);
        expect(text(card.querySelector('.col.a .value')), id).to.equal(shown.value);
        expect(text(card.querySelector('.col.a .yr')), id).to.equal(shown.year);
        expect(text(card.querySelector('.col.b .who')), id).to.equal('Nederland');
        expect(text(card.querySelector('.col.b .value')), id).to.equal(shown.compare);
        const change = card.querySelector('.change')!;
        expect(text(change), id).to.equal(shown.change);
        expect(change.getAttribute('data-direction')).to.equal(shown.direction);
        expect(change.querySelector('.arrow')!.getAttribute('aria-hidden')).to.equal('true');
        if (shown.vs) expect(text(card.querySelector('.vs')), id).to.equal(shown.vs);
        else expect(card.querySelector('.vs'), id).to.equal(null);
        if (shown.source) expect(text(card.querySelector('.source'))).to.contain(`Bron: ${shown.source} · Peiljaar 2024`);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('shows an absent value as absent, never as 0', async () => {
    // Achterhoek: 0 ICT students in hbo in 2024 (a real 0), so no share of women (absent)
    const { el } = await mount('hca-regioprofiel', { region: 'achterhoek' });
    expect(text(root(el).querySelector('[data-indicator="ict-ingeschrevenen-hbo"] .col.a .value'))).to.equal('0');
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
      expect(c.querySelector('.source')!.textContent!.replace(/\s+/g, ' ')).to.match(/Bron: .+Peiljaar \d{4}/);
    }
    // the women chart compares Utrecht and the Netherlands in the same year (DUO: mbo 2019, 3.9% and 4.2%)
    const first = root(el).querySelector('[data-chart="vrouwen"] table tbody tr')!;
    expect([...first.children].map((c) => c.textContent)).to.deep.equal(['mbo, deelnemers (2019)', '3,9%', '4,2%']);
    // the students chart: hbo enrolled 2020-2024 in its table
    const hbo = [...root(el).querySelectorAll('[data-chart="studenten"] table tbody tr')].slice(-5).map((tr) => [...tr.children].map((c) => c.textContent));
    expect(hbo).to.deep.equal([
      ['2020', 'geen gegeven', '1.944'],
      ['2021', 'geen gegeven', '2.128'],
      ['2022', 'geen gegeven', '2.281'],
      ['2023', 'geen gegeven', '2.371'],
      ['2024', 'geen gegeven', '2.526'],
    ]);
    const { Chart } = await import('../../src/charts/chart-setup.js');
    // a chart is drawn once its canvas comes near the viewport: scroll to each
    for (const c of charts) {
      c.scrollIntoView();
      const canvas = c.querySelector('canvas')!;
      for (let i = 0; i < 100 && !Chart.getChart(canvas); i++) await new Promise((r) => requestAnimationFrame(r));
    }
    expect(() => Chart.registry.getController('pie')).to.throw();
    expect(Chart.registry.getController('bar')).to.be.ok;
    // each canvas holds a Chart.js chart with the series of its table
    for (const c of charts) {
      const drawn = Chart.getChart(c.querySelector('canvas')!);
      const heads = [...c.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
      expect(
        drawn?.data.datasets.map((d) => d.label),
        c.getAttribute('data-chart')!,
      ).to.deep.equal(heads);
    }
    const hboOf = () => Chart.getChart(root(el).querySelector<HTMLCanvasElement>('canvas[data-chart="studenten"]')!)!.data.datasets[1].data.slice(-2);
    expect(hboOf()).to.deep.equal([2371, 2526]);
    // another region: the same charts now draw its numbers (DUO: Zeeland 298 and 315)
    el.region = 'zeeland';
    await el.chartsReady;
    expect(hboOf()).to.deep.equal([298, 315]);
    root(el)
      .querySelectorAll('details')
      .forEach((d) => (d.open = true));
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

  it('keeps the URL in step with the view whatever changes it: property, attribute, back/forward (sync-url)', async () => {
    history.replaceState(null, '', `${location.pathname}?regio=utrecht&andere=1`);
    const el = await mountProfile({ 'sync-url': '' });
    const length = history.length;
    const regio = () => new URLSearchParams(location.search).get('regio');
    const shows = (name: string) => until(() => root(el).querySelector('h2')?.textContent === name, name);
    // a page that wires a regiokaart's hca-select to the profile
    el.region = 'zeeland';
    await shows('Zeeland');
    await until(() => regio() === 'zeeland', '?regio=zeeland after the property');
    el.setAttribute('region', 'noord-holland');
    await shows('Noord-Holland');
    await until(() => regio() === 'noord-holland', '?regio=noord-holland after the attribute');
    expect(new URLSearchParams(location.search).get('andere')).to.equal('1');
    expect(history.length, 'no history entry of its own').to.equal(length);
    // the page navigates; back and forward restore the view of each entry
    history.pushState(null, '', `${location.pathname}?regio=groningen`);
    await popstate(() => history.back());
    await shows('Noord-Holland');
    await popstate(() => history.forward());
    await shows('Groningen');
    await popstate(() => history.back());
    await shows('Noord-Holland');
    expect(regio()).to.equal('noord-holland');
    el.remove();
    cleanUrl();
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
    const el = await mountProfile({ region: 'utrecht', compare: 'zeeland' });
    const csv = el.csv();
    expect(csv.startsWith('\ufeff')).to.equal(true);
    const lines = csv.slice(1).trim().split('\r\n');
    // Utrecht has 18 series (count, share of women, share of ICT for six levels), five years each
    expect(lines.length - 1).to.equal(90);
    expect(lines[0]).to.equal(
      'regio_id,regio,indicator_id,indicator,eenheid,jaar,waarde,ondergrens,vergelijking_id,vergelijking,vergelijking_waarde,bron,bron_url',
    );
    expect(lines).to.include(
      'utrecht,Utrecht,ict-ingeschrevenen-hbo,ICT-studenten hbo (ingeschreven),aantal,2024,2526,ja,zeeland,Zeeland,315,"DUO, Open onderwijsdata: ingeschrevenen hbo",https://www.duo.nl/open_onderwijsdata/',
    );
    // the region just set, even before the element renders it (compared with the Netherlands, not itself)
    el.region = 'zeeland';
    expect(el.csv().split('\r\n')).to.include(
      'zeeland,Zeeland,ict-ingeschrevenen-hbo,ICT-studenten hbo (ingeschreven),aantal,2024,315,ja,nl,Nederland,25687,"DUO, Open onderwijsdata: ingeschrevenen hbo",https://www.duo.nl/open_onderwijsdata/',
    );
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

  it('lists the initiatives of the region by name, each linked to the netwerkkaart through map-href', async () => {
    const el = await mountProfile({ region: 'noord-holland', 'map-href': '/netwerkkaart?regio={region}&initiatief={id}' });
    const items = [...root(el).querySelectorAll('[data-initiative]')];
    expect(items.length).to.equal(13);
    expect(items[0].getAttribute('data-initiative')).to.equal('codam-coding-college');
    expect(items.at(-1)!.getAttribute('data-initiative')).to.equal('techmeup-opleidingsfonds');
    const link = items[0].querySelector('a[href^="/netwerkkaart"]')!;
    expect(link.getAttribute('href')).to.equal('/netwerkkaart?regio=noord-holland&initiatief=codam-coding-college');
    expect(link.textContent).to.equal('Codam Coding College op de netwerkkaart');
  });

  it('lists the working models used in the region, counted from its initiatives, each linked to its page through model-href', async () => {
    const initiatives = (await readJson('/dist/data/initiatives.json')).records as { id: string; regions: string[]; models: string[] }[];
    const models = (await readJson('/dist/data/models.json')).records as { id: string; name: string; examples: string[] }[];
    const here = initiatives.filter((i) => i.regions.includes('utrecht'));
    const counts = models.map((m) => ({ m, n: here.filter((i) => i.models.includes(m.id) || m.examples.includes(i.id)).length })).filter((x) => x.n);
    expect(counts.length, 'the data has models in Utrecht').to.be.greaterThan(0);
    const el = await mountProfile({ region: 'utrecht', 'model-href': '/modellen/{model}.html?regio={region}' });
    const items = [...root(el).querySelectorAll('ul.models [data-model]')];
    expect(items.map((i) => i.getAttribute('data-model')).sort()).to.deep.equal(counts.map((x) => x.m.id).sort());
    const top = counts.reduce((a, b) => (b.n > a.n ? b : a));
    expect(items[0].querySelector('.note')!.textContent).to.contain(String(top.n));
    const link = root(el).querySelector(`ul.models [data-model="${top.m.id}"] a`)!;
    expect(link.getAttribute('href')).to.equal(`/modellen/${top.m.id}.html?regio=utrecht`);
    expect(link.textContent).to.equal(top.m.name);
    await expect(el).to.be.accessible();
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

describe('hca-regioprofiel in the box of its page', () => {
  afterEach(removePages);

  const inPage = async (style: string) => {
    const { el, after } = await mountInPage('hca-regioprofiel', { region: 'utrecht' }, style);
    await (el as HcaRegioprofiel).chartsReady;
    return { el: el as HcaRegioprofiel, after };
  };

  it('fills a height the page sets, scrolls inside, and paints nothing outside its box; in print it shows everything', async () => {
    const { el, after } = await inPage('height: 400px');
    const box = el.getBoundingClientRect();
    expect(box.height).to.be.closeTo(400, 0.5);
    expect(el.scrollHeight, 'the profile is longer than the box').to.be.greaterThan(el.clientHeight * 3);
    expect(after.getBoundingClientRect().top).to.be.at.least(box.bottom - 0.5);
    expect(paintedOutside(el)).to.deep.equal([]);
    expect(hitsBelow(el)).to.equal(0);
    // the last link, focused: scrolled into view inside the box, its outline inside too
    const last = [...root(el).querySelectorAll<HTMLAnchorElement>('a[href]')].at(-1)!;
    last.focus();
    expect(el.scrollTop).to.be.greaterThan(el.clientHeight);
    expect(paintedOutside(el)).to.deep.equal([]);
    expect(hitsBelow(el)).to.equal(0);
    await expect(el).to.be.accessible();
    // print: the page's height does not cut the profile off, and nothing scrolls
    await emulateMedia({ media: 'print' });
    try {
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(2000);
      expect(el.scrollHeight).to.be.at.most(el.clientHeight + 1);
      expect(after.getBoundingClientRect().top).to.be.at.least(el.getBoundingClientRect().bottom - 0.5);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('without a height grows to its content: no inner scrollbar', async () => {
    const { el, after } = await inPage('');
    const grown = grewToContent({ el, after });
    expect(grown.height).to.be.greaterThan(2000);
    expect(grown).to.deep.include({ scrolls: false, afterBelow: true, outside: [] });
  });

  it('on a phone (375 px): picker and actions stacked with 44 px targets, one figure per row, charts full width, tables scroll in their own box', async () => {
    const figureLefts = (el: HTMLElement) =>
      new Set([...root(el).querySelectorAll('[part="figures"] > [part="figure"]')].map((f) => Math.round(f.getBoundingClientRect().left)));
    const buttons = (el: HTMLElement) => [...root(el).querySelectorAll('[part="actions"] button')].map((b) => b.getBoundingClientRect());
    const wide = await inPage('');
    expect(figureLefts(wide.el).size, 'wide: figures side by side').to.be.greaterThan(1);
    expect(new Set(buttons(wide.el).map((b) => Math.round(b.top))).size, 'wide: the actions in one row').to.equal(1);
    removePages();

    const { el } = await inPage('width: 375px');
    const inner = paddingBox(el);
    expect(figureLefts(el).size, 'one figure per row').to.equal(1);
    const fields = [...root(el).querySelectorAll('.controls .field')].map((f) => f.getBoundingClientRect());
    expect(fields).to.have.length(3);
    for (const f of fields.slice(1)) {
      expect(f.left, 'fields one under the other').to.be.closeTo(fields[0].left, 0.5);
      expect(f.width).to.be.closeTo(fields[0].width, 0.5);
    }
    for (let i = 1; i < fields.length; i++) expect(fields[i].top).to.be.at.least(fields[i - 1].bottom);
    for (const c of root(el).querySelectorAll('.controls input, .controls select')) expect(c.getBoundingClientRect().height, c.id).to.be.at.least(44);
    const bs = buttons(el);
    expect(bs).to.have.length(3);
    expect(new Set(bs.map((b) => Math.round(b.top))).size, 'the actions stacked').to.be.greaterThan(1);
    for (const b of bs) {
      expect(b.height, 'a button to tap').to.be.at.least(44);
      expect(b.left).to.be.at.least(inner.left - 0.5);
      expect(b.right).to.be.at.most(inner.right + 0.5);
    }
    for (let i = 0; i < bs.length; i++) for (let j = i + 1; j < bs.length; j++) expect(overlap(bs[i], bs[j]), `buttons ${i} and ${j}`).to.equal(false);
    const charts = root(el).querySelector('.charts')!.getBoundingClientRect();
    for (const c of root(el).querySelectorAll('.charts > figure.chart'))
      expect(c.getBoundingClientRect().width, 'a chart full width').to.be.closeTo(charts.width, 1);
    for (const c of root(el).querySelectorAll('canvas')) expect(c.getBoundingClientRect().width).to.be.greaterThan(280);
    root(el)
      .querySelectorAll<HTMLDetailsElement>('details[part="table"]')
      .forEach((d) => (d.open = true));
    const wraps = [...root(el).querySelectorAll<HTMLElement>('.table-wrap')];
    expect(
      wraps.some((w) => w.scrollWidth > w.clientWidth),
      'a table wider than the phone',
    ).to.equal(true);
    expect(el.scrollWidth, 'scrolls in its own box, not the element').to.be.at.most(el.clientWidth);
    expect(paintedOutside(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
