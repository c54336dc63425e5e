import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { PrintController } from './print-controller.js';

class PrintHost extends LitElement {
  captured = 0;
  readonly printing = new PrintController(this, () => ({ a: `image ${++this.captured}` }));
  render() {
    return html`${Object.entries(this.printing.images).map(([id, src]) => html`<img data-id=${id} alt="" src=${src} />`)}`;
  }
}
customElements.define('test-print-host', PrintHost);

describe('PrintController', () => {
  it('takes the chart images before the page prints and has the host render them', async () => {
    const el = document.createElement('test-print-host') as PrintHost;
    document.body.append(el);
    await el.updateComplete;
    expect(el.renderRoot.querySelectorAll('img').length).to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.captured).to.equal(1);
    expect(el.renderRoot.querySelector('img[data-id="a"]')!.getAttribute('src')).to.equal('image 1');
    el.printing.prepare();
    await el.updateComplete;
    expect(el.renderRoot.querySelector('img')!.getAttribute('src')).to.equal('image 2');
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.captured).to.equal(2); // no longer listening once off the page
  });
});
