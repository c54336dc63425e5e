import './helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import '../widgets/netwerkkaart/define.js';
import '../widgets/regioprofiel/define.js';
import '../widgets/regiokaart/define.js';
import '../widgets/werkende-modellen/define.js';
import type { HcaEventDetails } from '../src/events.js';
import type { DatasetName, Initiative, Location, Profile } from '../src/data/schema.js';
import type { MapView } from '../src/map/map-view.js';
import { LOCATION_PREFIX } from '../widgets/netwerkkaart/markers.js';
import { serveDatasets } from './helpers/datasets.js';
import { frame, mount, until } from './helpers/wait.js';
import { CANARY, TEXT_PAYLOADS, hostileCorpus } from './fixtures/hostile/corpus.js';

/**
 * The hostile corpus (test/fixtures/hostile/corpus.ts: markup and script in every text
 * field of every dataset, bad links, wrong types, duplicate ids, broken coordinates, huge
 * strings) rendered by all four elements: no script runs, no unsafe link is made, every
 * valid record is shown, every invalid one is reported by record and field. The CLI's
 * check of the same corpus is test/cli/hostile.node.test.ts.
 */
const corpus = hostileCorpus();
const byName = Object.fromEntries(corpus.map((d) => [d.name, d])) as Record<DatasetName, (typeof corpus)[number]>;
/** A page template that tries to make a script link; the elements must refuse it. */
const hostileTemplate = `javascript:window.${CANARY}=1//{id}{region}`;

let src: string;
before(async () => {
  const main = Object.fromEntries(corpus.map((d) => [d.name, d.document]));
  src = (await serveDatasets('hostile-corpus', main, [])).replace(/[^/]+\.json$/, '');
});
afterEach(() => {
  document.querySelectorAll('[data-hostile]').forEach((el) => el.remove());
});

/** Every element under `root`, inside nested shadow roots too. */
function deepElements(root: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  const walk = (node: ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

async function mountHostile(tag: string, main: DatasetName, attrs: Record<string, string> = {}) {
  const errors: HcaEventDetails['hca-data-error'][] = [];
  const container = document.createElement('div');
  container.dataset.hostile = '';
  container.addEventListener('hca-data-error', (e) => errors.push((e as CustomEvent).detail));
  document.body.append(container);
  const { el, detail } = await mount(tag, { src: `${src}${main}.json`, ...attrs }, container);
  await frame();
  return { el, count: detail.count, errors };
}

/** No payload ran, no payload made an element or an event handler, every link is http(s). */
function expectSafe(el: HTMLElement): void {
  expect((window as unknown as Record<string, unknown>)[CANARY], 'a payload ran').to.equal(undefined);
  const elements = deepElements(el.shadowRoot!);
  const handlers = elements.flatMap((e) => [...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${e.localName}[${a.name}]`));
  expect(handlers, 'event-handler attributes').to.deep.equal([]);
  expect(
    elements.filter((e) => e.matches('script, iframe, object, embed, img, b, style')).map((e) => e.localName),
    'elements from payload markup',
  ).to.deep.equal([]);
  const links = elements.filter((e) => e.hasAttribute('href') || e.hasAttribute('xlink:href') || e.hasAttribute('src'));
  for (const link of links) {
    const url = link.getAttribute('href') ?? link.getAttribute('xlink:href') ?? link.getAttribute('src')!;
    if (url.startsWith('#')) continue; // in-document references (SVG patterns)
    expect(['http:', 'https:'], `${link.localName} ${url.slice(0, 60)}`).to.include(new URL(url, document.baseURI).protocol);
  }
}

/** The text of everything rendered, nested shadow roots included. */
const shownText = (el: HTMLElement) => [el.shadowRoot!, ...deepElements(el.shadowRoot!).map((e) => e.shadowRoot)].map((r) => r?.textContent ?? '').join(' ');

/** The element reported exactly the corpus's invalid records of the datasets it reads, each with record and field. */
function expectReported(errors: HcaEventDetails['hca-data-error'][], datasets: DatasetName[]): void {
  expect(errors.length, 'one hca-data-error').to.equal(1);
  const [{ problems, messages, fatal }] = errors;
  expect(fatal).to.equal(false);
  const key = (file: string, index: number | undefined, path: string, code: string) => `${file} #${index} ${path} ${code}`;
  const reported = problems.map((p) => key(p.file, p.index, p.path, p.code)).sort();
  const expected = datasets.flatMap((n) => byName[n].invalid.map((p) => key(byName[n].file, p.index, p.path, p.code))).sort();
  expect(reported).to.deep.equal(expected);
  problems.forEach((p, i) => {
    expect(messages[i]).to.contain(`record ${p.index! + 1}`);
    if (p.path) expect(messages[i]).to.contain(`veld ${p.path}`);
    expect(messages[i].length, 'the message does not echo a huge value').to.be.below(400);
  });
}

describe('hostile data in every dataset, rendered by all four elements', () => {
  it('netwerkkaart: every valid initiative listed, payloads as text, no script, no unsafe link', async () => {
    const { el, count, errors } = await mountHostile('hca-netwerkkaart', 'initiatives');
    expect(count).to.equal(byName.initiatives.valid.length);
    expectReported(errors, ['initiatives', 'taxonomy', 'regions', 'models', 'locations']);
    const text = shownText(el);
    for (const p of TEXT_PAYLOADS) expect(text, p).to.contain(p.slice(0, 40));
    // the detail card of each initiative
    for (const r of byName.initiatives.valid as Initiative[]) {
      (el as unknown as { select(id: string): void }).select(r.id);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expectSafe(el);
    }
    // the education locations: every valid one on the map, each one's card
    const toggle = el.shadowRoot!.querySelector<HTMLInputElement>('[part="legend"] input[type="checkbox"]')!;
    toggle.click();
    const map = (await (el as unknown as { mapReady: Promise<MapView> }).mapReady)!;
    await until(() => map.layerInfo('locations')?.markers, 'the locations layer');
    expect(map.layerInfo('locations')!.markers).to.equal(byName.locations.valid.length);
    for (const l of byName.locations.valid as Location[]) {
      (el as unknown as { openLocation(id: string): void }).openLocation(`${LOCATION_PREFIX}${l.id}`);
      await frame();
      expect(el.shadowRoot!.querySelector('[part="card"]')!.textContent).to.contain(l.institution);
      expectSafe(el);
    }
    await expect(el).to.be.accessible();
  });

  it('regioprofiel: every valid region in the picker, the region initiatives listed, payloads as text', async () => {
    const { el, errors } = await mountHostile('hca-regioprofiel', 'profiles', { region: 'utrecht', 'map-href': hostileTemplate });
    expectReported(errors, ['profiles', 'regions', 'initiatives', 'models']);
    const options = [...el.shadowRoot!.querySelectorAll('select#region option')].map((o) => (o as HTMLOptionElement).value);
    expect(options).to.have.members(byName.regions.valid.map((r) => (r as { id: string }).id));
    const inRegion = (byName.initiatives.valid as Initiative[]).filter((i) => i.regions.includes('utrecht'));
    expect(el.shadowRoot!.querySelectorAll('li[data-initiative]').length).to.equal(inRegion.length);
    const text = shownText(el);
    for (const p of TEXT_PAYLOADS) expect(text, p).to.contain(p.slice(0, 40)); // the initiatives' names and summaries
    expectSafe(el);
    await expect(el).to.be.accessible();
  });

  it('regiokaart: a value for every province with a valid profile, none for the invalid ones', async () => {
    const { el, errors } = await mountHostile('hca-regiokaart', 'profiles', { 'href-template': hostileTemplate });
    expectReported(errors, ['profiles', 'regions']);
    const provinces = new Set((byName.profiles.valid as Profile[]).map((p) => p.region).filter((r) => r !== 'nl'));
    const rows = [...el.shadowRoot!.querySelectorAll('tr[data-region]')];
    expect(rows.length).to.equal(12);
    const withValue = rows.filter((r) => r.querySelector('td.num')!.textContent!.trim() !== 'geen gegeven').map((r) => (r as HTMLElement).dataset.region);
    expect(withValue).to.have.members([...provinces]);
    expectSafe(el);
    await expect(el).to.be.accessible();
  });

  it('werkende-modellen: every valid model listed and opened, payloads as text', async () => {
    const { el, count, errors } = await mountHostile('hca-werkende-modellen', 'models', { 'map-href': hostileTemplate });
    expect(count).to.equal(byName.models.valid.length);
    expectReported(errors, ['models', 'initiatives', 'taxonomy', 'regions']);
    const items = deepElements(el.shadowRoot!).filter((e) => e.matches('[part~="item"]'));
    expect(items.length).to.equal(byName.models.valid.length);
    for (const summary of deepElements(el.shadowRoot!).filter((e): e is HTMLElement => e.matches('[part~="item"] summary'))) summary.click();
    await frame();
    const text = shownText(el);
    for (const p of TEXT_PAYLOADS) expect(text, p).to.contain(p.slice(0, 40));
    expectSafe(el);
    await expect(el).to.be.accessible();
  });

  it('reports the same problems in English with lang="en"', async () => {
    const { errors } = await mountHostile('hca-werkende-modellen', 'models', { lang: 'en' });
    const [{ problems, messages }] = errors;
    expect(messages.length).to.equal(problems.length);
    expect(messages.every((m) => !/\bveld\b/.test(m))).to.equal(true);
    expect(messages.find((m) => m.includes('results.0.source.url'))).to.match(/^models\.json, record \d+ \(tekst-\d+\), field results\.0\.source\.url: /);
  });
});
