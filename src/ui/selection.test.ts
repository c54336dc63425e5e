import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { SelectionController } from './selection.js';

const focus = (el: HTMLElement | null): boolean => (el?.focus(), !!el);

/** A list of row buttons, a "map" and a card for the open row: the shape of a widget, not a widget. */
class SelectionHost extends LitElement {
  rows = ['a', 'b', 'c'];
  /** Bumped to re-create every row (as a virtual list drops and redraws rows). */
  generation = 0;
  fallbacks: string[] = [];
  readonly selection = new SelectionController<'row'>(this, {
    focusOnOpen: () => this.renderRoot.querySelector<HTMLElement>('.card h2'),
    returnFocus: [
      ({ id, from }) => (this.fallbacks.push(`row ${id} from ${from}`), focus(this.renderRoot.querySelector<HTMLElement>(`.row[data-id="${id}"]`))),
      () => (this.fallbacks.push('map'), focus(this.renderRoot.querySelector<HTMLElement>('.map'))),
    ],
  });
  render() {
    const open = this.selection.current;
    return html`<div @keydown=${(e: KeyboardEvent) => this.selection.onEscape(e)}>
      <div class="map" tabindex="-1"></div>
      ${repeat(
        this.rows,
        (id) => `${id}-${this.generation}`,
        (id) => html`<button class="row" data-id=${id} @click=${() => this.selection.open(id, 'row', { from: 'list' })}>${id}</button>`,
      )}
      ${
        open
          ? html`<section class="card">
              <h2 tabindex="-1">${open.id}</h2>
              <button class="close" @click=${() => this.selection.close()}>x</button>
            </section>`
          : nothing
      }
    </div>`;
  }
}
customElements.define('test-selection-host', SelectionHost);

describe('SelectionController', () => {
  let el: SelectionHost;
  const $ = (sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
  /** What has focus, in words (`button.row b`, `h2`, `div.map`): readable when a check fails. */
  const focused = () => {
    const a = el.shadowRoot!.activeElement as HTMLElement | null;
    return a ? `${a.tagName.toLowerCase()}${a.className ? `.${a.className}` : ''}${a.dataset.id ? ` ${a.dataset.id}` : ''}` : 'nothing';
  };
  const settle = async () => {
    await el.updateComplete;
    await el.updateComplete;
  };
  beforeEach(async () => {
    el = document.createElement('test-selection-host') as SelectionHost;
    document.body.append(el);
    await el.updateComplete;
  });
  afterEach(() => el.remove());

  it('opens by keyboard into the card and Escape returns focus to the row that opened it', async () => {
    $('.row[data-id="b"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(el.selection.current).to.deep.equal({ id: 'b', kind: 'row' });
    expect(focused()).to.equal('h2');
    await sendKeys({ press: 'Escape' });
    await settle();
    expect($('.card')).to.equal(null);
    expect(focused()).to.equal('button.row b');
    expect(el.fallbacks, 'the opener itself, no fallback').to.deep.equal([]);
    // Escape with nothing open is left to the page.
    const e = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    expect(el.selection.onEscape(e)).to.equal(false);
    expect(e.defaultPrevented).to.equal(false);
  });

  it('opening another record keeps the first opener; a close button returns there too', async () => {
    $('.row[data-id="a"]')!.focus();
    $('.row[data-id="a"]')!.click();
    await settle();
    el.selection.open('c', 'row');
    await settle();
    expect($('.card h2')!.textContent).to.equal('c');
    $('.close')!.click();
    await settle();
    expect(focused()).to.equal('button.row a');
    expect(el.fallbacks).to.deep.equal([]);
  });

  it('when the opener is gone, focus goes to the first fallback that takes it: the row drawn anew, else the map', async () => {
    $('.row[data-id="b"]')!.focus();
    $('.row[data-id="b"]')!.click();
    await settle();
    el.generation++;
    el.requestUpdate();
    await settle();
    el.selection.close();
    await settle();
    expect(el.fallbacks).to.deep.equal(['row b from list']);
    expect(focused()).to.equal('button.row b');
    // The row is gone for good: the map.
    $('.row[data-id="b"]')!.click();
    await settle();
    el.rows = ['a', 'c'];
    el.requestUpdate();
    await settle();
    el.selection.close();
    await settle();
    expect(el.fallbacks.slice(1)).to.deep.equal(['row b from list', 'map']);
    expect(focused()).to.equal('div.map');
  });

  it('a selection set by a link or script moves no focus; closing it uses the fallbacks', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      outside.focus();
      el.selection.set({ id: 'c', kind: 'row' });
      await settle();
      expect($('.card h2')!.textContent).to.equal('c');
      expect(document.activeElement === outside, 'focus stays outside').to.equal(true);
      el.selection.close();
      await settle();
      expect(el.fallbacks).to.deep.equal(['row c from other']);
      expect(focused()).to.equal('button.row c');
    } finally {
      outside.remove();
    }
  });
});
