import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { nextEvent, readJson, until } from '../../test/helpers/wait.js';
import type { HcaNetwerkkaart } from './netwerkkaart.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as T | null;
const visible = (e: Element) => {
  const s = getComputedStyle(e);
  const r = e.getBoundingClientRect();
  return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0 && !e.closest('.visually-hidden');
};
/** Where `e` paints: its box cut by every ancestor in the shadow tree that clips (a scrolling list, the map). */
const painted = (e: Element) => {
  let { top, bottom, left, right } = e.getBoundingClientRect();
  for (let a = e.parentElement; a; a = a.parentElement) {
    if (getComputedStyle(a).overflow === 'visible') continue;
    const c = a.getBoundingClientRect();
    [top, bottom, left, right] = [Math.max(top, c.top), Math.min(bottom, c.bottom), Math.max(left, c.left), Math.min(right, c.right)];
  }
  return { top, bottom, left, right, empty: bottom <= top || right <= left };
};
/** Every visible box inside the element's shadow root that paints outside the element's own box (1 px tolerance). */
const outside = (el: HTMLElement) => {
  const box = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((e) => visible(e) && !e.closest('.skip'))
    .map((e) => ({ e, r: painted(e) }))
    .filter(({ r }) => !r.empty)
    .filter(({ r }) => r.bottom > box.bottom + 1 || r.top < box.top - 1 || r.left < box.left - 1 || r.right > box.right + 1)
    .map(({ e, r }) => `${e.localName}.${e.className} ${Math.round(r.top)}–${Math.round(r.bottom)} in ${Math.round(box.top)}–${Math.round(box.bottom)}`);
};

/** A partner page: a column of a given width, the element with a height set by the page, content below it. */
async function partner(width: number, style = 'display:block; height:480px', font = '') {
  const page = document.createElement('div');
  page.style.width = `${width}px`;
  page.style.fontSize = font;
  const el = document.createElement('hca-netwerkkaart');
  el.setAttribute('style', style);
  const below = document.createElement('p');
  below.textContent = 'Inhoud onder de kaart';
  page.append(el, below);
  const ready = nextEvent(el, 'hca-ready');
  document.body.append(page);
  await ready;
  return { page, el: el as HcaNetwerkkaart, below };
}

describe('hca-netwerkkaart in the box a page gives it', () => {
  let data: { records: unknown[] };
  before(async () => {
    data = await readJson('/dist/data/initiatives.json');
  });
  afterEach(() => document.querySelectorAll('hca-netwerkkaart').forEach((e) => e.parentElement!.remove()));

  for (const width of [375, 1280]) {
    it(`fills a 480 px box at ${width} px wide and paints nothing outside it`, async () => {
      const { el, below } = await partner(width);
      await el.mapReady;
      await until(() => $(el, '.hca-marker'), 'markers');
      const box = el.getBoundingClientRect();
      expect(Math.round(box.height)).to.equal(480);
      expect(below.getBoundingClientRect().top).to.be.at.least(box.bottom - 0.5);
      expect(outside(el)).to.deep.equal([]);
      // the map has a usable size inside the box
      const map = $(el, '.map')!.getBoundingClientRect();
      expect(map.height).to.be.greaterThan(width < 600 ? 200 : 250);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps whole names in the list rows at a large page font', async () => {
    const { el } = await partner(700, 'display:block; height:600px', '24px');
    await until(() => el.shadowRoot!.querySelectorAll('.row').length > 3, 'rows');
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')];
    // a name shows whole, or two full lines (the rest in its title); place and kind stay inside the row
    const cut = rows.filter((r) => {
      const name = r.querySelector<HTMLElement>('.name')!;
      const twoLines = 2 * parseFloat(getComputedStyle(name).lineHeight);
      const meta = r.querySelector('.meta')!.getBoundingClientRect();
      return name.clientHeight < Math.min(name.scrollHeight, twoLines) - 1 || meta.bottom > r.getBoundingClientRect().bottom + 1;
    });
    expect(rows.some((r) => r.querySelector<HTMLElement>('.name')!.clientHeight > 40)).to.equal(true); // some names wrap
    expect(cut.map((r) => r.querySelector('.name')!.textContent)).to.deep.equal([]);
  });

  it('folds the legend on a phone, so no marker lies under it, and shows it open on a wide screen', async () => {
    for (const width of [375, 1280]) {
      const { el } = await partner(width);
      await el.mapReady;
      await until(() => $(el, '.hca-marker'), 'markers');
      const legend = $<HTMLDetailsElement>(el, '[part="legend"]')!;
      expect(legend.open, `open at ${width} px`).to.equal(width >= 600);
      if (width < 600) {
        const box = legend.getBoundingClientRect();
        const covered = [...el.shadowRoot!.querySelectorAll('.hca-marker')].filter((m) => {
          const r = m.getBoundingClientRect();
          return r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
        });
        expect(
          covered.map((m) => m.textContent),
          'markers under the folded legend',
        ).to.deep.equal([]);
        legend.querySelector('summary')!.click();
        expect(legend.open, 'it opens on a tap').to.equal(true);
        await expect(el).to.be.accessible();
      }
      el.parentElement!.remove();
    }
  });

  it('uses 600 px when the page sets no height', async () => {
    const { el } = await partner(1280, 'display:block');
    await el.mapReady;
    expect(Math.round(el.getBoundingClientRect().height)).to.equal(600);
  });

  it('on a phone shows map or list, the card as a bottom sheet over the map, and returns to the list on close', async () => {
    const { el } = await partner(375);
    await el.mapReady;
    const views = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')];
    expect(views.map((b) => b.textContent!.trim())).to.deep.equal(['Kaart', 'Lijst']);
    expect(visible($(el, '.rows')!)).to.equal(false);
    views[1].click();
    await el.updateComplete;
    expect(visible($(el, '.map')!)).to.equal(false);
    const row = await until(() => $(el, '.row[data-index="0"]'), 'row 0');
    expect(row.getBoundingClientRect().height).to.be.at.least(row.scrollHeight - 1); // the whole name fits
    row.click();
    await until(() => el.shadowRoot!.activeElement?.id === 'card-title', 'card heading focused');
    const card = $(el, '.card')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    expect(visible($(el, '.map')!)).to.equal(true);
    expect(card.bottom).to.be.at.most(box.bottom + 1);
    expect(card.width).to.be.greaterThan(box.width - 40);
    expect(outside(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, '.card header button')!.click();
    await until(() => el.shadowRoot!.activeElement?.classList.contains('row'), 'focus back on the row');
    expect(visible($(el, '.rows')!)).to.equal(true);
    expect(data.records.length).to.be.greaterThan(0);
  });
});
