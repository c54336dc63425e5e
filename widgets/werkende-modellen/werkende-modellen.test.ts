import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { hitsBelow, mountInPage, paddingBox, paintBox, paintedOutside, removePages, grewToContent } from '../../test/helpers/box.js';
import { mount, nextEvent, readJson } from '../../test/helpers/wait.js';

describe('hca-werkende-modellen', () => {
  afterEach(() => document.querySelectorAll('hca-werkende-modellen').forEach((e) => e.remove()));

  it('shows every model of the default data, each labelled concept while it is one', async () => {
    const data = await readJson('/dist/data/models.json');
    const { el, detail } = await mount('hca-werkende-modellen', {});
    expect(detail.count).to.equal(data.records.length);
    const items = el.shadowRoot!.querySelectorAll('[part="item"]');
    expect(items.length).to.equal(data.records.length);
    const concept = data.records.filter((m: { status: string }) => m.status === 'concept').length;
    expect(el.shadowRoot!.querySelectorAll('summary .concept').length).to.equal(concept);
    expect(items[0].querySelector('h3')!.textContent).to.equal(data.records[0].name);
    await expect(el).to.be.accessible();
  });

  it('opens the model named by `model`, links examples to the map, and fires hca-select on open', async () => {
    const data = await readJson('/dist/data/models.json');
    const first = data.records[0];
    const second = data.records[1];
    const { el } = await mount('hca-werkende-modellen', { model: first.id, 'map-href': '/kaart?model={model}&initiatief={id}' });
    const open = el.shadowRoot!.querySelectorAll('details[open]');
    expect(open.length).to.equal(1);
    const links = [...open[0].querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include(`/kaart?model=${first.id}&initiatief=${first.examples[0]}`);
    const select = nextEvent(el, 'hca-select');
    (el.shadowRoot!.querySelectorAll('summary')[1] as HTMLElement).click();
    expect(await select).to.deep.equal({ kind: 'model', id: second.id });
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const { el } = await mount('hca-werkende-modellen', { lang: 'en' });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Working models');
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
    const summaries = [...el.shadowRoot!.querySelectorAll('summary')];
    for (const s of [summaries[0], summaries.at(-1)!]) {
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
    const data = await readJson('/dist/data/models.json');
    const { el } = await mountInPage('hca-werkende-modellen', { model: data.records[0].id }, '--hca-modellen-columns: 2; width: 375px');
    expect(lefts(el).size, 'one column').to.equal(1);
    const items = [...el.shadowRoot!.querySelectorAll('[part="item"]')].map((i) => i.getBoundingClientRect());
    for (let i = 1; i < items.length; i++) expect(items[i].top - items[i - 1].bottom, 'room between the models').to.be.at.least(12);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(paintedOutside(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
