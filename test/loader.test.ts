import { expect } from '@open-wc/testing';
import { nextEvent, readJson } from './helpers/wait.js';

const TAGS = ['hca-netwerkkaart', 'hca-regioprofiel', 'hca-regiokaart', 'hca-werkende-modellen'];
const chunksLoaded = (part: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes('/chunks/') && e.name.includes(part)).length;

describe('the one script tag (dist/hcaict-widgets.js)', () => {
  it('registers a tag, and loads its code, only when the tag appears on the page', async () => {
    await import(new URL('/dist/hcaict-widgets.js', location.origin).href);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.undefined;
    const el = document.createElement('hca-werkende-modellen');
    const ready = nextEvent(el, 'hca-ready');
    document.body.append(el);
    await customElements.whenDefined('hca-werkende-modellen');
    const { count } = await ready;
    expect(count).to.equal((await readJson('/dist/data/models.json')).records.length);
    expect(customElements.get('hca-netwerkkaart')).to.be.undefined;
    expect(chunksLoaded('leaflet')).to.equal(0);
    el.remove();
  });

  it('leaves a tag alone, with one warning, when a second copy of the kit is on the page', async () => {
    const { origin } = await readJson('/__test/kit-origin');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    try {
      await import(`${origin}/hcaict-widgets.js`); // another copy: another origin, another module graph
      const first = customElements.get('hca-werkende-modellen');
      const el = document.createElement('hca-werkende-modellen');
      el.setAttribute('src', '/dist/data/models.json');
      const ready = nextEvent(el, 'hca-ready');
      document.body.append(el);
      await ready;
      await new Promise((r) => setTimeout(r, 300));
      expect(customElements.get('hca-werkende-modellen')).to.equal(first);
      expect(errors).to.deep.equal([]);
      el.remove();
    } finally {
      console.warn = warn;
      removeEventListener('error', onError);
    }
    // The second copy's own element module registers the same tag: one warning, no throw.
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await import(`${origin}/werkende-modellen.js`);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('<hca-werkende-modellen> is already defined'))).to.have.length(1);
  });
});

