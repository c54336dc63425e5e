import { expect } from '@open-wc/testing';
import { nextEvent, readJson } from './helpers/wait.js';

const TAGS = ['hca-netwerkkaart', 'hca-regioprofiel', 'hca-regiokaart', 'hca-werkende-modellen'];

type Meta = Record<string, { imports: string[]; dynamicImports: string[]; maplibre: boolean }>;
/** The kit's script files (entries and chunks) this page has loaded, as paths in dist/. */
const kitScriptsLoaded = () =>
  [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name)))]
    .filter((u) => u.origin === location.origin && u.pathname.startsWith('/dist/') && u.pathname.endsWith('.js'))
    .map((u) => u.pathname.slice('/dist/'.length));
/** The files and everything they import statically, per dist/meta.json. */
function withImports(meta: Meta, files: string[]): Set<string> {
  const out = new Set<string>();
  const walk = (f: string) => {
    if (out.has(f)) return;
    out.add(f);
    meta[f].imports.forEach(walk);
  };
  files.forEach(walk);
  return out;
}

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
    // Exactly the loader and what werkende-modellen needs, per the build's own import graph
    // (dist/meta.json), and none of the map code: not the renderers netwerkkaart.js loads
    // on demand, nor anything only they import.
    const meta = await readJson<Meta>('/dist/meta.json');
    const needed = withImports(meta, ['hcaict-widgets.js', 'werkende-modellen.js']);
    const loaded = kitScriptsLoaded();
    expect(loaded.sort()).to.deep.equal([...needed].sort());
    // the map renderers: what netwerkkaart.js or a chunk it imports (the shared map core) loads on demand
    const renderers = [...withImports(meta, ['netwerkkaart.js'])].flatMap((f) => meta[f].dynamicImports);
    expect(renderers.length).to.be.greaterThan(0);
    const mapCode = [...withImports(meta, renderers)].filter((f) => !needed.has(f));
    expect(loaded.filter((f) => mapCode.includes(f))).to.deep.equal([]);
    // and the map code found that way does hold Leaflet (its attribution link), in the Leaflet renderer's chunks
    const leafletView = renderers.filter((f) => !meta[f].maplibre);
    const holdsLeaflet = [];
    for (const f of withImports(meta, leafletView)) if ((await (await fetch(`/dist/${f}`)).text()).includes('leafletjs.com')) holdsLeaflet.push(f);
    expect(holdsLeaflet).to.have.length.greaterThan(0);
    expect(mapCode).to.include.members(holdsLeaflet);
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

  it("reserves each tag's height and requests its data as soon as it sees the tag, in parallel with its code; the element reuses those requests", async () => {
    // a fresh page (an iframe) with the kit from another origin, as a partner page loads it
    const { origin } = await readJson('/__test/kit-origin');
    const tags = ['hca-werkende-modellen', 'hca-regiokaart', 'hca-regioprofiel'];
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:800px;height:600px;border:0';
    frame.srcdoc = `<!doctype html><html lang="nl"><head>
      <script>
        window.ready = [];
        document.addEventListener('hca-ready', (e) => ready.push(e.target.localName), true);
        // after the loader ran, before any element's code: each tag a block of its reserved height
        document.addEventListener('DOMContentLoaded', () => {
          window.before = [...document.body.children].map((el) => customElements.get(el.localName) ? 'defined' : getComputedStyle(el).display + ' ' + el.getBoundingClientRect().height);
        });
      </script>
      <script type="module" src="${origin}/hcaict-widgets.js"></script></head>
      <body><hca-werkende-modellen></hca-werkende-modellen><hca-regiokaart></hca-regiokaart><hca-regioprofiel region="utrecht"></hca-regioprofiel></body></html>`;
    document.body.append(frame);
    const win = () => frame.contentWindow as Window & { ready?: string[]; before?: string[] };
    for (let i = 0; i < 300 && !(tags.every((t) => win().ready?.includes(t)) ?? false); i++) await new Promise((r) => setTimeout(r, 50));
    expect(win().ready).to.have.members(tags);
    const before = win().before!.map((b) => b.split(' '));
    expect(before.map((b) => b[0])).to.deep.equal(['block', 'block', 'block']);
    for (const [, height] of before) expect(Number(height), 'reserved height (regiokaart: 70vh of 600 px)').to.be.at.least(420);
    const entries = win().performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const data = entries.filter((e) => e.name.startsWith(origin) && /\/(data|geo)\//.test(e.name));
    const code = entries.filter((e) => e.name.startsWith(origin) && /\/(werkende-modellen|regiokaart|regioprofiel)\.js$/.test(e.name));
    const files = data.map((e) => new URL(e.name).pathname).sort();
    // once per URL: the element took over the loader's request instead of asking again
    expect(files).to.deep.equal([...new Set(files)]);
    expect(files).to.include.members(['/data/models.json', '/data/profiles.json', '/data/regions.json', '/data/initiatives.json', '/geo/nederland.topo.json']);
    // and asked in parallel with the code: the first before any element's code had arrived, and every one
    // before the last code arrived (the loader starts them a few per task, so a busy machine may interleave)
    const firstCode = Math.min(...code.map((e) => e.responseEnd));
    const lastCode = Math.max(...code.map((e) => e.responseEnd));
    expect(Math.min(...data.map((e) => e.startTime)), `the first data request before the first code arrived (${firstCode.toFixed(1)} ms)`).to.be.below(
      firstCode,
    );
    for (const e of data) expect(e.startTime, `${e.name} started before the last code arrived (${lastCode.toFixed(1)} ms)`).to.be.below(lastCode);
    frame.remove();
  });
});
