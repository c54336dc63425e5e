import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { hitsBelow, mountInPage, paintedOutside, removePages, grewToContent } from '../../test/helpers/box.js';
import { mount, nextEvent, readJson } from '../../test/helpers/wait.js';
import type { Dataset } from '../../src/data/schema.js';
import type { HcaRegiokaart } from './regiokaart.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const [C1, C2, C3, C4, C5] = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']; // YlGnBu, light to dark

/**
 * ICT students enrolled in hbo per province, 2024: DUO's published aggregates
 * (regio_aggregaten_ict_onderwijs.csv, ingeschrevenen hbo 2024, ict_kern_totaal), and the
 * quantile class each falls in, worked out by hand. Sorted, the 12 values are
 * 315 330 458 | 558 774 | 854 1395 2526 | 3005 4169 | 5499 5804: five classes end at the
 * 3rd, 5th, 8th, 10th and 12th value (ranks ceil(12 k / 5)), i.e. at 458, 774, 2526, 4169
 * and 5804, with 3, 2, 3, 2 and 2 provinces.
 */
const HBO_2024: Record<string, [value: number, text: string, colour: string]> = {
  zeeland: [315, '315', C1],
  drenthe: [330, '330', C1],
  fryslan: [458, '458', C1],
  flevoland: [558, '558', C2],
  groningen: [774, '774', C2],
  limburg: [854, '854', C3],
  gelderland: [1395, '1.395', C3],
  utrecht: [2526, '2.526', C3],
  overijssel: [3005, '3.005', C4],
  'noord-holland': [4169, '4.169', C4],
  'zuid-holland': [5499, '5.499', C5],
  'noord-brabant': [5804, '5.804', C5],
};
/**
 * Arbeidsmarktregio's without a share of women in hbo ICT in 2024: in DUO's aggregates four
 * have 0 students (Achterhoek, Midden-Holland, Drechtsteden, Helmond-De Peel) and five have
 * no hbo ICT institution at all, so no row (Zaanstreek/Waterland, Gooi en Vechtstreek,
 * Rivierenland, Gorinchem, Midden-Limburg).
 */
const NO_WOMEN_SHARE_2024 = [
  'achterhoek',
  'drechtsteden',
  'gooi-en-vechtstreek',
  'gorinchem',
  'helmond-de-peel',
  'midden-holland',
  'midden-limburg',
  'rivierenland',
  'zaanstreek-waterland',
];

/** The dataset's 2024 value of an indicator for a region. */
const valueIn = (profiles: Dataset<'profiles'>, region: string, indicator: string) =>
  profiles.records
    .find((r) => r.region === region)
    ?.series.find((s) => s.indicator === indicator)
    ?.points.find((p) => p.year === 2024)?.value;

describe('hca-regiokaart', () => {
  afterEach(() => document.querySelectorAll('hca-regiokaart').forEach((e) => e.remove()));

  it('shades the 12 provinces in the classes of the data, with a legend of the class limits', async () => {
    const indicator = 'ict-ingeschrevenen-hbo';
    // the figures above are those of the dataset the element shows
    const profiles = await readJson<Dataset<'profiles'>>('/dist/data/profiles.json');
    for (const [id, [value]] of Object.entries(HBO_2024)) expect(valueIn(profiles, id, indicator), `${id} in profiles.json`).to.equal(value);
    const { el, detail } = await mount('hca-regiokaart', { indicator });
    expect(detail.count).to.equal(12);
    const r = root(el);
    const paths = r.querySelectorAll('path.region');
    expect(paths.length).to.equal(12);
    expect([...paths].map((p) => p.getAttribute('data-region')).sort()).to.deep.equal(Object.keys(HBO_2024).sort());
    for (const p of paths) {
      const id = p.getAttribute('data-region')!;
      const [, text, colour] = HBO_2024[id];
      expect(p.getAttribute('fill'), id).to.equal(colour);
      expect(p.getAttribute('aria-label'), id).to.match(new RegExp(`: ${text.replace('.', '\\.')}$`));
    }
    const fill = (id: string) => r.querySelector(`path.region[data-region="${id}"]`)!.getAttribute('fill');
    expect(fill('zeeland')).to.equal('#ffffcc'); // the fewest students: the lightest
    expect(fill('utrecht')).to.equal('#41b6c4');
    expect(fill('noord-brabant')).to.equal('#253494'); // the most: the darkest
    const items = [...r.querySelectorAll('[part="legend"] li[data-class]')].filter((li) => li.getAttribute('data-class') !== 'none');
    const legend = items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(legend).to.have.length(5);
    expect(legend[0]).to.contain("315 t/m 458 (3 regio's)");
    expect(legend[1]).to.contain("meer dan 458 t/m 774 (2 regio's)");
    expect(legend[2]).to.contain("meer dan 774 t/m 2.526 (3 regio's)");
    expect(legend[3]).to.contain("meer dan 2.526 t/m 4.169 (2 regio's)");
    expect(legend[4]).to.contain("meer dan 4.169 t/m 5.804 (2 regio's)");
    expect(r.querySelector('[part="legend"] h3')!.textContent).to.contain('2024');
    expect(r.querySelector('[part="legend"] .source')!.textContent).to.contain('DUO');
    await expect(el).to.be.accessible();
  });

  it('hatches the regions without a figure, and shows them as absent in the table', async () => {
    const indicator = 'aandeel-vrouwen-ingeschrevenen-hbo';
    const absent = NO_WOMEN_SHARE_2024;
    const { el } = await mount('hca-regiokaart', { indicator, level: 'arbeidsmarktregio' });
    const r = root(el);
    const hatched = [...r.querySelectorAll('path.region')].filter((p) => p.getAttribute('fill') === 'url(#hatch)').map((p) => p.getAttribute('data-region'));
    expect(hatched.sort()).to.deep.equal(absent);
    expect(r.querySelector('[part="legend"] li[data-class="none"]')!.textContent).to.contain("9 regio's");
    const shaded = [...r.querySelectorAll('path.region')].map((p) => p.getAttribute('fill')).filter((f) => f !== 'url(#hatch)');
    expect(shaded).to.have.length(26);
    for (const f of shaded) expect([C1, C2, C3, C4, C5]).to.include(f);
    const details = r.querySelector<HTMLDetailsElement>('details[part="table"]')!;
    details.open = true;
    expect(r.querySelectorAll('tbody tr').length).to.equal(35);
    expect(r.querySelector(`tbody tr[data-region="${absent[0]}"] td`)!.textContent).to.equal('geen gegeven');
    await expect(el).to.be.accessible();
  });

  it("shows all 35 arbeidsmarktregio's, each focusable with its name and value", async () => {
    const regions = await readJson<Dataset<'regions'>>('/dist/data/regions.json');
    const names = new Map(regions.records.map((r) => [r.id, r.name]));
    const { el, detail } = await mount('hca-regiokaart', { level: 'arbeidsmarktregio' });
    expect(detail.count).to.equal(35);
    const paths = root(el).querySelectorAll('path.region');
    expect(paths.length).to.equal(35);
    for (const p of paths) {
      expect(p.getAttribute('tabindex')).to.equal('0');
      expect(p.getAttribute('role')).to.equal('button');
      expect(p.getAttribute('aria-label')).to.match(new RegExp(`^${names.get(p.getAttribute('data-region')!)!.replace(/[()]/g, '\\$&')}: `));
    }
  });

  it('keyboard: focus shows the tooltip, Enter fires hca-select, Escape hides the tooltip', async () => {
    const { el } = await mount('hca-regiokaart', { indicator: 'ict-ingeschrevenen-hbo' });
    const k = el as HcaRegiokaart;
    const path = root(el).querySelector<SVGPathElement>('path.region[data-region="utrecht"]')!;
    path.focus();
    await k.updateComplete;
    expect(root(el).activeElement).to.equal(path);
    const tip = root(el).querySelector('[part="tooltip"]')!;
    expect(tip.textContent).to.contain('Utrecht');
    await expect(el).to.be.accessible();
    const selected = nextEvent(el, 'hca-select');
    path.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(await selected).to.deep.equal({ kind: 'region', id: 'utrecht' });
    path.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await k.updateComplete;
    expect(root(el).querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('with href-template every region is a link to its profile; a click fires hca-select too', async () => {
    const { el } = await mount('hca-regiokaart', { level: 'arbeidsmarktregio', 'href-template': '/regio/{region}.html' });
    const links = root(el).querySelectorAll('svg a');
    expect(links.length).to.equal(35);
    const link = root(el).querySelector<SVGAElement>('svg a[data-region="midden-utrecht"]')!;
    expect(link.getAttribute('href')).to.equal('/regio/midden-utrecht.html');
    expect(link.getAttribute('aria-label')).to.match(/^Midden-Utrecht: /);
    root(el).addEventListener('click', (e) => e.preventDefault()); // stay on the test page
    const selected = nextEvent(el, 'hca-select');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(await selected).to.deep.equal({ kind: 'region', id: 'midden-utrecht' });
    await expect(el).to.be.accessible();
  });
});

describe('hca-regiokaart in the box of its page', () => {
  afterEach(removePages);

  it('fills a height the page sets, scrolls inside, and paints nothing outside its box, its tooltip included', async () => {
    const { el, after } = await mountInPage('hca-regiokaart', {}, 'height: 320px');
    const box = el.getBoundingClientRect();
    expect(box.height).to.be.closeTo(320, 0.5);
    expect(el.scrollHeight, 'the map is taller than the box').to.be.greaterThan(el.clientHeight + 100);
    expect(after.getBoundingClientRect().top).to.be.at.least(box.bottom - 0.5);
    expect(paintedOutside(el)).to.deep.equal([]);
    expect(hitsBelow(el)).to.equal(0);
    // the southernmost region, focused: scrolled into view inside the box, its tooltip inside the box too
    const path = root(el).querySelector<SVGPathElement>('path.region[data-region="limburg"]')!;
    path.focus();
    await (el as HcaRegiokaart).updateComplete;
    expect(el.scrollTop).to.be.greaterThan(0);
    expect(root(el).querySelector('[part="tooltip"]')!.textContent).to.contain('Limburg');
    expect(paintedOutside(el)).to.deep.equal([]);
    expect(hitsBelow(el)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('without a height grows to its content: no inner scrollbar', async () => {
    const { el, after } = await mountInPage('hca-regiokaart', {});
    const grown = grewToContent({ el, after });
    expect(grown.height).to.be.greaterThan(300);
    expect(grown).to.deep.include({ scrolls: false, afterBelow: true, outside: [] });
  });

  it('keeps its tooltip inside the map, also for a region at the top right corner of a narrow map', async () => {
    const { el } = await mountInPage('hca-regiokaart', {}, 'width: 375px');
    const map = root(el).querySelector<HTMLElement>('.map')!.getBoundingClientRect();
    for (const id of ['groningen', 'zeeland', 'limburg', 'noord-holland']) {
      root(el).querySelector<SVGPathElement>(`path.region[data-region="${id}"]`)!.focus();
      await (el as HcaRegiokaart).updateComplete;
      const tip = root(el).querySelector('[part="tooltip"]')!.getBoundingClientRect();
      expect(tip.width, id).to.be.greaterThan(40);
      // at the region: across its centre, above it or (near the top) below it
      const at = root(el).querySelector(`path.region[data-region="${id}"]`)!.getBoundingClientRect();
      const [cx, cy] = [at.left + at.width / 2, at.top + at.height / 2];
      expect(tip.left <= cx && tip.right >= cx, `${id}: across the centre`).to.equal(true);
      expect(tip.bottom <= cy - 11.5 || tip.top >= cy + 11.5, `${id}: above or below the centre`).to.equal(true);
      expect([tip.left, tip.top], id).to.satisfy(([l, t]: number[]) => l >= map.left - 0.5 && t >= map.top - 0.5);
      expect([tip.right, tip.bottom], id).to.satisfy(([r, b]: number[]) => r <= map.right + 0.5 && b <= map.bottom + 0.5);
    }
  });

  it('on a phone (375 px): the map above the legend, the table scrolls sideways in its own box', async () => {
    const wide = await mountInPage('hca-regiokaart', {});
    const [wideMap, wideLegend] = ['[part="map"]', '[part="legend"]'].map((s) => root(wide.el).querySelector(s)!.getBoundingClientRect());
    expect(wideLegend.left, 'wide: the legend beside the map').to.be.at.least(wideMap.right - 0.5);
    removePages();
    const { el } = await mountInPage('hca-regiokaart', { level: 'arbeidsmarktregio' }, 'width: 375px');
    const [map, legend] = ['[part="map"]', '[part="legend"]'].map((s) => root(el).querySelector(s)!.getBoundingClientRect());
    expect(legend.top, 'the legend below the map').to.be.at.least(map.bottom - 0.5);
    expect(map.width).to.be.closeTo(el.clientWidth - 12, 1);
    const details = root(el).querySelector<HTMLDetailsElement>('details[part="table"]')!;
    details.open = true;
    const summary = details.querySelector('summary')!.getBoundingClientRect();
    expect(summary.height, 'a target to tap').to.be.at.least(24);
    const wrap = details.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth, 'the table is wider than the phone').to.be.greaterThan(wrap.clientWidth);
    expect(el.scrollWidth, 'and scrolls in its own box, not the element').to.be.at.most(el.clientWidth);
    expect(paintedOutside(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
