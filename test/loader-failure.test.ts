import { expect } from '@open-wc/testing';

/** The loader when an element's code cannot load (a CDN or CORS rule blocks it): the page shows text, not an empty box. */
describe('the one script tag, when an element cannot load', () => {
  it('keeps the fallback content a page put inside the tag, and writes a message into an empty tag', async () => {
    const withFallback = document.createElement('hca-regiokaart');
    withFallback.innerHTML = '<p>Kaart van de regio’s wordt geladen.</p>';
    const empty = document.createElement('hca-regiokaart');
    document.body.append(withFallback, empty);
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await import(new URL('/__test/no-regiokaart/hcaict-widgets.js', location.origin).href);
      for (let i = 0; i < 100 && !empty.textContent; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      console.error = consoleError;
    }
    expect(customElements.get('hca-regiokaart')).to.be.undefined;
    expect(withFallback.textContent).to.equal('Kaart van de regio’s wordt geladen.');
    expect(empty.querySelector('p[role="status"]')!.textContent).to.contain('kon niet worden geladen');
    expect(errors.length).to.equal(1);
    await expect(empty).to.be.accessible();
  });
});
