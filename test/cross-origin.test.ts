import { expect } from '@open-wc/testing';
import { nextEvent, readJson } from './helpers/wait.js';

/**
 * A partner page: the kit is served from another origin (as from a CDN), the page
 * holds only the one script tag and the four elements with no attributes.
 */
describe('a partner page on another origin than the kit', () => {
  it('gets hca-ready from all four elements, requests no other host, logs no error, and passes axe', async () => {
    const { origin } = await readJson('/__test/kit-origin');
    expect(origin).to.not.equal(location.origin);
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const tags = ['hca-netwerkkaart', 'hca-regioprofiel', 'hca-regiokaart', 'hca-werkende-modellen'];
      const elements = tags.map((t) => document.createElement(t));
      const ready = elements.map((el) => nextEvent(el, 'hca-ready', 30000));
      const dataErrors: unknown[] = [];
      elements.forEach((el) => el.addEventListener('hca-data-error', (e) => dataErrors.push((e as CustomEvent).detail)));
      const script = document.createElement('script');
      script.type = 'module';
      script.src = `${origin}/hcaict-widgets.js`;
      document.head.append(script);
      document.body.append(...elements);
      const counts = (await Promise.all(ready)).map((d) => d.count);

      const initiatives = await readJson(`${origin}/data/initiatives.json`);
      const models = await readJson(`${origin}/data/models.json`);
      expect(counts[0]).to.equal(initiatives.records.length);
      expect(counts[1]).to.be.greaterThan(0);
      expect(counts[2]).to.equal(12);
      expect(counts[3]).to.equal(models.records.length);
      expect(dataErrors).to.deep.equal([]);

      const hosts = new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).origin));
      for (const host of hosts) expect([location.origin, origin], `request to ${host}`).to.include(host);
      expect(errors).to.deep.equal([]);
      for (const el of elements) await expect(el).to.be.accessible();
      elements.forEach((el) => el.remove());
    } finally {
      console.error = consoleError;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  });
});
