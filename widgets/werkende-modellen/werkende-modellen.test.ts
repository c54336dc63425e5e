import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { hitsBelow, mountInPage, paddingBox, paintBox, paintedOutside, removePages, grewToContent } from '../../test/helpers/box.js';
import { frame, mount, nextEvent, readJson, until } from '../../test/helpers/wait.js';
import type { HcaWerkendeModellen } from './werkende-modellen.js';

interface Initiative {
  id: string;
  name: string;
  regions: string[];
  levels: string[];
  models: string[];
}
interface Model {
  id: string;
  name: string;
  status: string;
  targetGroups: string[];
  examples: string[];
  steps: string[];
  results: unknown[];
}

const ZIJ = 'omscholing-zij-instromers';
const cleanUrl = () => history.replaceState(null, '', location.pathname);
const shadow = (el: HTMLElement) => el.shadowRoot!;
const names = (el: HTMLElement) => [...shadow(el).querySelectorAll('[part="item"] button.open')].map((b) => b.textContent!.trim());
const choose = async (el: HTMLElement, question: string, value: string) => {
  const select = shadow(el).querySelector<HTMLSelectElement>(`#q-${question}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await (el as HcaWerkendeModellen).updateComplete;
};

async function data() {
  const models = (await readJson('/dist/data/models.json')).records as Model[];
  const initiatives = (await readJson('/dist/data/initiatives.json')).records as Initiative[];
  const of = (m: Model) => initiatives.filter((i) => i.models.includes(m.id) || m.examples.includes(i.id));
  return { models, initiatives, of };
}

describe('hca-werkende-modellen', () => {
  afterEach(() => {
    document.querySelectorAll('hca-werkende-modellen').forEach((e) => e.remove());
    cleanUrl();
  });

  it('lists every model of the default data in its order, each labelled concept while it is one, with its counts', async () => {
    const { models, of } = await data();
    const { el, detail } = await mount('hca-werkende-modellen', {});
    expect(detail.count).to.equal(models.length);
    expect(names(el)).to.deep.equal(models.map((m) => m.name));
    const concept = models.filter((m) => m.status === 'concept').length;
    expect(shadow(el).querySelectorAll('[part="item"] .concept').length).to.equal(concept);
    const first = shadow(el).querySelector('[part="item"] .meta')!.textContent!;
    expect(first).to.contain(`${of(models[0]).length} initiatieven`);
    expect(shadow(el).querySelector('.reason'), 'no reasons while nothing is chosen').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens the model named by `model` as a page: every section, its initiatives on a list and a map, the regions where it is applied', async () => {
    const { models, of } = await data();
    const model = models.find((m) => m.id === ZIJ)!;
    const own = of(model);
    expect(own.length, 'the data has initiatives of this model').to.be.greaterThan(3);
    const { el } = await mount('hca-werkende-modellen', {
      model: ZIJ,
      'map-href': 'https://kaart.example/?model={model}&initiatief={id}',
      'profile-href': '/regio/{region}.html',
    });
    const page = shadow(el).querySelector('[part="detail"]')!;
    expect(page.querySelector('h3')!.textContent).to.contain(model.name);
    expect(page.querySelector('h3 .concept'), 'the concept label on the page').to.not.equal(null);
    const headings = [...page.querySelectorAll('h4')].map((h) => h.textContent!.trim());
    for (const h of [
      'Wat het is',
      'Welk probleem het oplost',
      'Bouwstenen',
      'Doelgroepen',
      'Onderwijsniveaus',
      'Partners en rollen',
      'Financiering',
      'Stappen om te beginnen',
      'Resultaten',
      'Voorbeeldinitiatieven',
      'Waar het wordt toegepast',
    ])
      expect(headings).to.include(h);
    expect(page.querySelectorAll('ol li').length, 'the steps').to.equal(model.steps.length);
    if (!model.results.length) expect(page.querySelector('.no-results')!.textContent).to.contain('Geen resultaten bekend');
    // the examples, linked to the map, and a link to the map filtered on the model
    const links = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include(`https://kaart.example/?model=${ZIJ}&initiatief=${own[0].id}`);
    expect(links).to.include(`https://kaart.example/?model=${ZIJ}&initiatief=`);
    expect(page.querySelectorAll('ul.examples li').length).to.equal(own.length);
    // the map: one marker per initiative
    const view = await (el as HcaWerkendeModellen).mapReady;
    expect(view, 'the map was drawn').to.not.equal(undefined);
    expect(view!.layerInfo('initiatives')!.markers).to.equal(own.length);
    // the regions: provinces counted from the initiatives, each linked to its profile
    const provinces = new Map<string, number>();
    const regions = (await readJson('/dist/data/regions.json')).records as { id: string; level: string }[];
    for (const i of own) for (const r of i.regions) if (regions.find((x) => x.id === r)?.level === 'provincie') provinces.set(r, (provinces.get(r) ?? 0) + 1);
    const table = page.querySelector('.applied table')!;
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(provinces.size);
    const [top] = [...provinces].sort((a, b) => b[1] - a[1]);
    expect(rows[0].querySelector('a')!.getAttribute('href')).to.equal(`/regio/${top[0]}.html`);
    expect(rows[0].querySelector('td')!.textContent!.trim()).to.equal(String(top[1]));
    await until(() => page.querySelector('.choropleth > svg'), 'the choropleth');
    expect(page.querySelector('.choropleth > svg')!.getAttribute('aria-label')).to.contain(`${rows[0].querySelector('a')!.textContent} ${top[1]}`);
    await expect(el).to.be.accessible();
  });

  it('the guided choice ranks the models by the answers their data matches, and says why', async () => {
    const { models, of } = await data();
    const { el } = await mount('hca-werkende-modellen', {});
    await choose(el, 'targetGroup', 'zij-instromers');
    await choose(el, 'level', 'mbo');
    const score = (m: Model) => Number(m.targetGroups.includes('zij-instromers')) + Number(of(m).some((i) => i.levels.includes('mbo')));
    const expected = models.map((m, i) => ({ m, i, s: score(m) })).sort((a, b) => b.s - a.s || a.i - b.i);
    expect(names(el)).to.deep.equal(expected.map((x) => x.m.name));
    expect(expected[0].s).to.equal(2);
    const first = shadow(el).querySelector('[part="item"]')!;
    expect(first.querySelector('.reason.fits')!.textContent).to.equal('Past bij: Zij-instromers en Mbo');
    const last = expected.at(-1)!;
    const lastItem = [...shadow(el).querySelectorAll('[part="item"]')].at(-1)!;
    if (last.s < 2) expect(lastItem.querySelector('.reason.misses')!.textContent).to.match(/^Past niet bij: /);
    expect(shadow(el).querySelector('.ranked')!.textContent).to.contain('gesorteerd');
    await expect(el).to.be.accessible();
    // cleared: all seven in their normal order again
    shadow(el).querySelector<HTMLButtonElement>('.guide button')!.click();
    await (el as HcaWerkendeModellen).updateComplete;
    expect(names(el)).to.deep.equal(models.map((m) => m.name));
  });

  it('compares two models side by side, and speaks English with lang="en"', async () => {
    const { models } = await data();
    const [a, b] = [models[0], models[1]];
    const { el } = await mount('hca-werkende-modellen', { model: a.id, compare: b.id, lang: 'en' });
    const page = shadow(el).querySelector('[part="compare"]')!;
    expect(page.querySelector('h3')!.textContent).to.equal(`${a.name} and ${b.name} side by side`);
    const sections = [...page.querySelectorAll('section')];
    expect(sections.length).to.be.greaterThan(8);
    for (const s of sections)
      expect([...s.querySelectorAll('.side .who')].map((w) => w.textContent!.replace('Concept', '').trim())).to.deep.equal([a.name, b.name]);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Working models');
    await expect(el).to.be.accessible();
  });

  it('sync-url: restores model and vergelijk, writes them back, and follows back/forward', async () => {
    const { models } = await data();
    history.replaceState(null, '', `${location.pathname}?model=${models[2].id}&vergelijk=${models[3].id}&andere=1`);
    const { el } = await mount('hca-werkende-modellen', { 'sync-url': '' });
    expect(shadow(el).querySelector('[part="compare"]'), 'restored as a comparison').to.not.equal(null);
    // close the comparison: the URL keeps the model only
    shadow(el).querySelector<HTMLButtonElement>('.back')!.click();
    await until(() => !location.search.includes('vergelijk'), 'vergelijk removed from the URL');
    expect(new URLSearchParams(location.search).get('model')).to.equal(models[2].id);
    expect(new URLSearchParams(location.search).get('andere')).to.equal('1');
    // back to the list: no model in the URL
    shadow(el).querySelector<HTMLButtonElement>('.back')!.click();
    await until(() => !location.search.includes('model='), 'model removed from the URL');
    // a page history entry with another model, then back and forward
    history.pushState(null, '', `${location.pathname}?model=${models[4].id}`);
    history.pushState(null, '', `${location.pathname}`);
    history.back();
    await until(() => shadow(el).querySelector('[part="detail"] h3')?.textContent?.includes(models[4].name), 'back: the model page');
    history.forward();
    await until(() => shadow(el).querySelector('[part="list"]'), 'forward: the list');
  });

  it('sync-url: a model or comparison set from page script (property or attribute) is written to the URL', async () => {
    const { models } = await data();
    history.replaceState(null, '', location.pathname);
    const { el } = await mount('hca-werkende-modellen', { 'sync-url': '' });
    (el as HTMLElement & { model: string | null }).model = models[1].id;
    await until(() => new URLSearchParams(location.search).get('model') === models[1].id, 'the model in the URL');
    el.setAttribute('compare', models[5].id);
    await until(() => new URLSearchParams(location.search).get('vergelijk') === models[5].id, 'the comparison in the URL');
    (el as HTMLElement & { model: string | null }).model = null;
    await until(() => !location.search.includes('model='), 'no model in the URL once the page closes it');
    history.replaceState(null, '', location.pathname);
  });

  it('opens a model from the list with the keyboard, fires hca-select, moves focus into the page and back on Escape', async () => {
    const { models } = await data();
    const { el } = await mount('hca-werkende-modellen', {});
    const button = shadow(el).querySelectorAll<HTMLButtonElement>('button.open')[1];
    button.focus();
    const select = nextEvent(el, 'hca-select');
    button.click(); // Enter or Space on a button
    expect(await select).to.deep.equal({ kind: 'model', id: models[1].id });
    await until(() => shadow(el).activeElement?.id === 'model-title', 'focus on the model title');
    await expect(el).to.be.accessible();
    shadow(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await until(() => (shadow(el).activeElement as HTMLElement | null)?.dataset.id === models[1].id, 'focus back on the model in the list');
    await frame();
  });

  it('an unknown model: says so and shows the list', async () => {
    const { models } = await data();
    const { el } = await mount('hca-werkende-modellen', { model: 'bestaat-niet' });
    expect(shadow(el).querySelector('.status')!.textContent).to.contain('bestaat-niet');
    expect(names(el).length).to.equal(models.length);
  });
});

describe('hca-werkende-modellen in the box of its page', () => {
  afterEach(removePages);

  it('fills a height the page sets, scrolls inside, and paints nothing outside its box, focus outlines included', async () => {
    const { el, after } = await mountInPage('hca-werkende-modellen', {}, 'height: 320px');
    const box = el.getBoundingClientRect();
    expect(box.height).to.be.closeTo(320, 0.5);
    expect(el.scrollHeight, 'seven models are taller than the box').to.be.greaterThan(el.clientHeight + 100);
    expect(after.getBoundingClientRect().top).to.be.at.least(box.bottom - 0.5);
    expect(paintedOutside(el)).to.deep.equal([]);
    expect(hitsBelow(el)).to.equal(0);
    // the first and the last model, focused: the outline whole inside the box, not cut at its edge
    const opens = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button.open')];
    for (const s of [opens[0], opens.at(-1)!]) {
      s.focus();
      expect(s.matches(':focus-visible')).to.equal(true);
      const ring = paintBox(s);
      const inner = paddingBox(el);
      expect(ring.left, 'outline left').to.be.at.least(inner.left - 0.5);
      expect(ring.right, 'outline right').to.be.at.most(inner.right + 0.5);
      expect(ring.top, 'outline top').to.be.at.least(inner.top - 0.5);
      expect(ring.bottom, 'outline bottom').to.be.at.most(inner.bottom + 0.5);
      expect(paintedOutside(el)).to.deep.equal([]);
    }
    expect(el.scrollTop, 'the last model scrolled into view inside the box').to.be.greaterThan(0);
    expect(hitsBelow(el)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('without a height grows to its content: no inner scrollbar', async () => {
    const { el, after } = await mountInPage('hca-werkende-modellen', {});
    const grown = grewToContent({ el, after });
    expect(grown.height).to.be.greaterThan(500);
    expect(grown).to.deep.include({ scrolls: false, afterBelow: true, outside: [] });
  });

  it('as a flex item or an inline-block, where its content no longer sizes it, it keeps a usable width', async () => {
    const row = document.createElement('div');
    row.className = 'test-page';
    row.style.cssText = 'display: flex; width: 700px';
    row.innerHTML = '<p style="margin: 0">Naast het element.</p>';
    document.body.append(row);
    const { el } = await mount('hca-werkende-modellen', {}, row);
    expect(el.getBoundingClientRect().width).to.be.at.least(320);
    const line = document.createElement('div');
    line.className = 'test-page';
    line.style.width = '250px';
    document.body.append(line);
    const inline = await mount('hca-werkende-modellen', { style: 'display: inline-block' }, line);
    expect(inline.el.getBoundingClientRect().width, 'no wider than what holds it').to.be.closeTo(250, 0.5);
    expect(paintedOutside(inline.el)).to.deep.equal([]);
  });

  it('on a phone (375 px): one column whatever the page asks, with room between the models', async () => {
    const lefts = (el: HTMLElement) => new Set([...el.shadowRoot!.querySelectorAll('[part="item"]')].map((i) => Math.round(i.getBoundingClientRect().left)));
    const wide = await mountInPage('hca-werkende-modellen', {}, '--hca-modellen-columns: 2');
    expect(lefts(wide.el).size, 'wide: the two columns the page asks for').to.equal(2);
    removePages();
    const { el } = await mountInPage('hca-werkende-modellen', {}, '--hca-modellen-columns: 2; width: 375px');
    expect(lefts(el).size, 'one column').to.equal(1);
    const items = [...el.shadowRoot!.querySelectorAll('[part="item"]')].map((i) => i.getBoundingClientRect());
    for (let i = 1; i < items.length; i++) expect(items[i].top - items[i - 1].bottom, 'room between the models').to.be.at.least(12);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(paintedOutside(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
