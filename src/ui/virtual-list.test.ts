import { expect } from '@open-wc/testing';
import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { VirtualListController } from './virtual-list.js';

const ROW = 20;

/** A tiny host: a 200 px high scrolling list of `count` rows of 20 px. */
class VirtualListHost extends LitElement {
  static styles = css`
    .wrap {
      display: flex;
      flex-direction: column;
    }
    .rows {
      height: 200px;
      overflow: auto;
      position: relative;
    }
    .sizer {
      position: relative;
    }
    .row {
      position: absolute;
      left: 0;
      right: 0;
      height: ${ROW}px;
    }
  `;
  count = 100;
  readonly list = new VirtualListController(
    this,
    ROW,
    () => this.renderRoot.querySelector<HTMLElement>('.rows'),
    () => this.count,
  );
  render() {
    return html`<div class="wrap">
      <div class="rows" @scroll=${this.list.onScroll} @keydown=${this.list.onKeydown}>
        <div class="sizer">
          ${repeat(
            this.list.window(),
            (i) => i,
            (i) => html`<div class="row" data-index=${i} data-top=${i * ROW} tabindex=${i === this.list.active ? 0 : -1}>Rij ${i}</div>`,
          )}
        </div>
      </div>
    </div>`;
  }
}
customElements.define('test-virtual-list-host', VirtualListHost);

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

describe('VirtualListController', () => {
  let el: VirtualListHost;
  const rows = () => el.shadowRoot!.querySelector<HTMLElement>('.rows')!;
  const rendered = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')].map((r) => Number(r.dataset.index));
  const focused = () => Number((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index);
  const key = async (k: string) => {
    const e = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true });
    (el.shadowRoot!.activeElement ?? rows()).dispatchEvent(e);
    await el.updateComplete;
    await el.updateComplete; // the focus waits for the update after the scroll
    return e;
  };

  beforeEach(async () => {
    el = document.createElement('test-virtual-list-host') as VirtualListHost;
    document.body.append(el);
    await el.updateComplete;
  });
  afterEach(() => el.remove());

  it('first renders the rows of a 600 px view plus a margin of 4', () => {
    // rows 0 .. ceil(600 / 20) + 4 = 34, exclusive
    expect(rendered()).to.deep.equal(range(0, 34));
  });

  it('renders the rows in view at a scroll position, plus 4 on each side, plus the active row', async () => {
    rows().scrollTop = 1000; // rows 50 .. 59 in view (200 px)
    rows().dispatchEvent(new Event('scroll'));
    await frame();
    await el.updateComplete;
    // floor(1000 / 20) - 4 = 46 up to ceil(1200 / 20) + 4 = 64, and row 0, which holds the tab stop
    expect(rendered()).to.deep.equal([...range(46, 64), 0]);
    expect(el.list.window()).to.deep.equal([...range(46, 64), 0]);
  });

  it('stops at the ends of the list', async () => {
    rows().scrollTop = 1800; // the last 10 rows
    rows().dispatchEvent(new Event('scroll'));
    await frame();
    await el.updateComplete;
    expect(rendered()).to.deep.equal([...range(86, 100), 0]);
  });

  it('sizes and positions the rows through CSSOM', async () => {
    const sizer = el.shadowRoot!.querySelector<HTMLElement>('.sizer')!;
    expect(sizer.style.height).to.equal('2000px');
    expect(el.shadowRoot!.querySelector<HTMLElement>('.wrap')!.style.maxHeight).to.equal('2002px');
    expect(el.shadowRoot!.querySelector<HTMLElement>('[data-index="7"]')!.style.top).to.equal('140px');
    el.count = 1;
    el.requestUpdate();
    await el.updateComplete;
    // a short list takes the room of two rows, plus the border
    expect(el.shadowRoot!.querySelector<HTMLElement>('.wrap')!.style.maxHeight).to.equal('42px');
    expect(sizer.style.height).to.equal('20px');
  });

  it('moves the tab stop with the arrow keys, Home and End, PageUp and PageDown, and focuses it', async () => {
    el.shadowRoot!.querySelector<HTMLElement>('[data-index="0"]')!.focus();
    const steps: [string, number][] = [
      ['ArrowDown', 1],
      ['ArrowDown', 2],
      ['ArrowUp', 1],
      ['PageDown', 9],
      ['PageDown', 17],
      ['PageUp', 9],
      ['End', 99],
      ['PageUp', 91],
      ['Home', 0],
    ];
    for (const [k, index] of steps) {
      const e = await key(k);
      expect(e.defaultPrevented, k).to.equal(true);
      expect(el.list.active, k).to.equal(index);
      expect(focused(), `focus after ${k}`).to.equal(index);
      const tabStops = [...el.shadowRoot!.querySelectorAll('.row[tabindex="0"]')].map((r) => Number((r as HTMLElement).dataset.index));
      expect(tabStops, `one tab stop after ${k}`).to.deep.equal([index]);
    }
  });

  it('scrolls the focused row into view: End to the bottom, Home to the top', async () => {
    el.shadowRoot!.querySelector<HTMLElement>('[data-index="0"]')!.focus();
    await key('End');
    expect(rows().scrollTop).to.equal(1800); // 100 * 20 - 200
    expect(rendered()).to.include(99);
    await key('Home');
    expect(rows().scrollTop).to.equal(0);
  });

  it('clamps keys at the ends, and leaves other keys alone', async () => {
    el.shadowRoot!.querySelector<HTMLElement>('[data-index="0"]')!.focus();
    expect((await key('ArrowUp')).defaultPrevented).to.equal(true);
    expect(el.list.active).to.equal(0);
    expect((await key('PageUp')).defaultPrevented).to.equal(true);
    expect(el.list.active).to.equal(0);
    await key('End');
    await key('ArrowDown');
    expect(el.list.active).to.equal(99);
    await key('PageDown');
    expect(el.list.active).to.equal(99);
    for (const k of ['a', 'Enter', 'Tab', 'ArrowLeft']) {
      expect((await key(k)).defaultPrevented, k).to.equal(false);
      expect(el.list.active).to.equal(99);
    }
  });

  it('does nothing on keys in an empty list', async () => {
    el.count = 0;
    el.requestUpdate();
    await el.updateComplete;
    expect(rendered()).to.deep.equal([]);
    const e = await key('ArrowDown');
    expect(e.defaultPrevented).to.equal(false);
    expect(el.list.active).to.equal(0);
  });

  it('clamp keeps the tab stop on an existing row after the list shrank', () => {
    el.list.active = 80;
    el.count = 10;
    el.list.clamp();
    expect(el.list.active).to.equal(9);
    el.list.clamp();
    expect(el.list.active).to.equal(9);
    el.count = 0;
    el.list.clamp();
    expect(el.list.active).to.equal(0);
  });

  it('scrollTo scrolls just enough to show a row, and focuses it only when asked', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    try {
      el.list.scrollTo(50, false);
      await el.updateComplete;
      expect(rows().scrollTop).to.equal(820); // row 50's bottom (1020) at the bottom of the 200 px view
      expect(rendered()).to.include(50);
      expect(document.activeElement === outside, 'focus stays where it was').to.equal(true);
      el.list.scrollTo(45, false); // in view (820 .. 1020): no scroll
      expect(rows().scrollTop).to.equal(820);
      el.list.scrollTo(10, false); // above the view: row 10 at the top
      expect(rows().scrollTop).to.equal(200);
      el.list.active = 12;
      el.list.scrollTo(12, true);
      await el.updateComplete;
      await el.updateComplete;
      expect(document.activeElement === el, 'focus in the list').to.equal(true);
      expect(focused()).to.equal(12);
    } finally {
      outside.remove();
    }
  });
});
