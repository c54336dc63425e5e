import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import { serveDatasets } from '../../test/helpers/datasets.js';
import { canvasColours } from '../../test/helpers/canvas.js';
import { mount, nextEvent, readJson, frame, until } from '../../test/helpers/wait.js';
import { NL_BBOX } from '../../src/data/schema.js';
import { CLUSTER_MAX_ZOOM } from '../../src/map/clusters.js';
import type { MapView } from '../../src/map/map-view.js';
import { initiativesCsv, initiativesGeoJson } from './export.js';
import type { HcaNetwerkkaart } from './netwerkkaart.js';
/** Goes back or forward in the page's history and waits until the page is there. */
const popstate = (go: () => void) => new Promise((resolve) => (addEventListener('popstate', resolve, { once: true }), go()));

type El = HcaNetwerkkaart & HTMLElement;
const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as T | null;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** The element's map view once drawn (its public test hook). */
const mapOf = async (el: Element): Promise<MapView> => (await (el as El).mapReady)!;
const inBounds = ([[s, w], [n, e]]: [[number, number], [number, number]], [lat, lon]: [number, number]) => lat >= s && lat <= n && lon >= w && lon <= e;
/** Clicks the full-screen button as a user would (the Fullscreen API needs a user gesture) and waits for the change. */
async function clickFullscreen(el: Element, on: boolean): Promise<void> {
  const button = $$(el, '.actions button[aria-pressed]')[0];
  const r = button.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
  await until(() => (document.fullscreenElement === el) === on && button.getAttribute('aria-pressed') === String(on), `full screen ${on ? 'on' : 'off'}`);
  await (await mapOf(el)).idle();
}
const countText = (el: Element) => $(el, '.count')!.textContent!.trim();
/** A synthetic touch gesture on `target`: fingers down at `from`, moved to `to` in steps, then lifted. */
async function touchDrag(target: Element, from: [number, number][], to: [number, number][], steps = 6): Promise<void> {
  const at = (t: number) => from.map(([x, y], i) => new Touch({ identifier: i + 1, target, clientX: x + (to[i][0] - x) * t, clientY: y + (to[i][1] - y) * t }));
  const fire = (type: string, touches: Touch[], changed = touches) =>
    target.dispatchEvent(new TouchEvent(type, { touches, targetTouches: touches, changedTouches: changed, bubbles: true, composed: true, cancelable: true }));
  fire('touchstart', at(0));
  for (let i = 1; i <= steps; i++) {
    fire('touchmove', at(i / steps));
    await frame();
  }
  fire('touchend', [], at(1));
  await frame();
}

describe('hca-netwerkkaart', () => {
  let data: { records: any[]; updated: string };
  before(async () => {
    data = await readJson('/dist/data/initiatives.json');
  });
  afterEach(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
    document.querySelectorAll('hca-netwerkkaart').forEach((e) => e.remove());
    history.replaceState(null, '', location.pathname);
  });

  it('draws the offline basemap, clusters and the list, with no tile server', async () => {
    const { el, detail } = await mount('hca-netwerkkaart', {});
    expect(detail.count).to.equal(data.records.length);
    expect($$(el, '.leaflet-overlay-pane path').length).to.be.greaterThan(12);
    expect($$(el, '.leaflet-tile').length).to.equal(0);
    const clusters = $$(el, '.hca-cluster');
    expect(clusters.length).to.be.greaterThan(0);
    for (const c of clusters) {
      expect(c.getAttribute('role')).to.equal('button');
      expect(c.getAttribute('aria-label')).to.match(/^\d+ initiatieven$/);
    }
    // the map's clusters and markers are one tab stop (roving focus)
    expect($$(el, '.hca-marker').filter((m) => m.tabIndex === 0)).to.have.length(1);
    const shown = $$(el, '.hca-marker').reduce((n, m) => n + Number(m.textContent || 1), 0);
    expect(shown).to.equal(data.records.length);
    expect($$(el, '[part="item"]').length).to.be.greaterThan(3);
    expect(countText(el)).to.equal(`${data.records.length} initiatieven`);
    expect($(el, '.leaflet-control-attribution')!.textContent).to.contain('CBS');
    await expect(el).to.be.accessible();
  });

  it('searches without regard to case or diacritics, with the count in a live region', async () => {
    const { el } = await mount('hca-netwerkkaart', {});
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    const change = nextEvent(el, 'hca-filter-change');
    input.value = 'FRYSLAN';
    input.dispatchEvent(new InputEvent('input'));
    const expected = data.records.filter((r) =>
      [r.name, ...r.organisations, ...r.partners, r.place.name, r.summary].some((t: string) => strip(t).includes('fryslan')),
    );
    expect(expected.length).to.be.greaterThan(0);
    expect((await change).count).to.equal(expected.length);
    await (el as El).updateComplete;
    expect(countText(el)).to.equal(`${expected.length} van ${data.records.length} initiatieven`);
    expect($(el, '.count')!.getAttribute('aria-live')).to.equal('polite');
    expect($$(el, '.chip').map((c) => c.textContent)).to.deep.equal(['“FRYSLAN”×']);
  });

  it('filters by facets with counts over the other facets, chips and clear all; axe with a panel open', async () => {
    const { el } = await mount('hca-netwerkkaart', {});
    const regions = (await readJson('/dist/data/regions.json')).records;
    $(el, '#facet-region')!.click();
    await (el as El).updateComplete;
    expect($(el, '#facet-region')!.getAttribute('aria-expanded')).to.equal('true');
    // Every option's count equals the number of records in that region.
    for (const label of $$(el, '#panel label')) {
      const name = label.querySelector('span')!.textContent!.trim();
      const region = regions.find((r: any) => r.name === name);
      expect(Number(label.querySelector('.c')!.textContent), name).to.equal(data.records.filter((r) => r.regions.includes(region.id)).length);
    }
    await expect(el).to.be.accessible();
    const utrecht = regions.find((r: any) => r.id === 'utrecht');
    const box = $$(el, '#panel label')
      .find((l) => l.querySelector('span')!.textContent!.trim() === utrecht.name)!
      .querySelector('input')!;
    const view = await mapOf(el);
    box.click();
    await (el as El).updateComplete;
    // Picking a region shows it: the map now fits Utrecht (about 5.0-5.6 E, 51.9-52.3 N).
    await until(() => view.camera().zoom >= 8, 'map fits the picked region');
    expect(inBounds(view.camera().bounds, [52.09, 5.12])).to.equal(true);
    expect(inBounds(view.camera().bounds, [53.2, 6.57]), 'Groningen out of view').to.equal(false);
    const inUtrecht = data.records.filter((r) => r.regions.includes('utrecht'));
    expect((el as El).result!.records.length).to.equal(inUtrecht.length);
    // A second facet: the level counts are over Utrecht's initiatives only.
    $(el, '#facet-level')!.click();
    await (el as El).updateComplete;
    const hbo = $$(el, '#panel label').find((l) => l.querySelector('input') && /hbo/i.test(l.textContent!))!;
    const hboId = 'hbo';
    expect(Number(hbo.querySelector('.c')!.textContent)).to.equal(inUtrecht.filter((r) => r.levels.includes(hboId)).length);
    expect($$(el, '.chip').length).to.equal(1);
    $$(el, '.chip')[0].click();
    await (el as El).updateComplete;
    expect((el as El).result!.records.length).to.equal(data.records.length);
    (el as El).setFilters({ region: ['utrecht'], level: ['hbo'] });
    await (el as El).updateComplete;
    expect((el as El).result!.records.length).to.equal(inUtrecht.filter((r) => r.levels.includes('hbo')).length);
    $(el, '.chips .linkish')!.click();
    await (el as El).updateComplete;
    expect($$(el, '.chip').length).to.equal(0);
    expect(active(el)).to.equal($(el, 'input[type="search"]'));
  });

  it('works by keyboard: Tab to search and facets, list with arrows, card opens on Enter, Escape returns focus', async () => {
    const { el } = await mount('hca-netwerkkaart', {});
    const before = document.createElement('button');
    before.textContent = 'voor';
    document.body.prepend(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal($(el, 'input[type="search"]'));
      await sendKeys({ press: 'Tab' });
      expect(active(el)!.id).to.equal('facet-region');
      await sendKeys({ press: 'Enter' });
      await (el as El).updateComplete;
      expect($(el, '#panel')).to.exist;
      await sendKeys({ press: 'Escape' });
      await (el as El).updateComplete;
      expect($(el, '#panel')).to.equal(null);
      expect(active(el)!.id).to.equal('facet-region');
      // The list has one tab stop; arrows move within it.
      const row0 = $(el, '.row[data-index="0"]')!;
      row0.focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => active(el)?.dataset.index === '1', 'row 1 focused');
      await sendKeys({ press: 'End' });
      await until(() => active(el)?.dataset.index === String(data.records.length - 1), 'last row focused');
      const last = data.records[data.records.length - 1];
      const select = nextEvent(el, 'hca-select');
      await sendKeys({ press: 'Enter' });
      expect(await select).to.deep.equal({ kind: 'initiative', id: last.id });
      await until(() => active(el)?.id === 'card-title', 'card heading focused');
      expect(active(el)!.textContent).to.equal(last.name);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await until(() => active(el)?.dataset.id === last.id, 'focus back on the row');
      expect($(el, '[part="card"]')).to.equal(null);
    } finally {
      before.remove();
    }
  });

  it('is a short tab trail: the map is one stop for its clusters, and a skip button passes it', async () => {
    const { el } = await mount('hca-netwerkkaart', {});
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    const trail: string[] = [];
    for (let i = 0; i < 40 && !active(el)?.classList.contains('row'); i++) {
      await sendKeys({ press: 'Tab' });
      const a = active(el);
      trail.push(a?.classList.contains('hca-marker') ? 'marker' : (a?.className.split(' ')[0] ?? a?.tagName ?? 'outside'));
    }
    expect(trail.at(-1)).to.equal('row');
    expect(trail.filter((s) => s === 'marker')).to.have.length(1);
    // search, 6 facets, 3 actions, skip, map, 2 zoom buttons, 1 cluster, the legend and its switch, list row
    expect(trail.length, trail.join(' > ')).to.be.at.most(17);
    // the skip button takes keyboard users past the map to the list
    input.focus();
    const skip = $(el, 'button.skip')!;
    skip.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => active(el)?.classList.contains('row'), 'a list row focused');
    expect(active(el)!.dataset.index).to.equal('0');
  });

  it('shows every field in the card, highlights the marker, links models to the model filter', async () => {
    const taxonomy = (await readJson('/dist/data/taxonomy.json')).records;
    const { el } = await mount('hca-netwerkkaart', {});
    const rec = data.records.find((r) => r.models.length && r.pillars.length && r.partners.length) ?? data.records.find((r) => r.models.length)!;
    (el as El).select(rec.id);
    await (el as El).updateComplete;
    await frame();
    const card = $(el, '[part="card"]')!;
    expect(card.querySelector('h2')!.textContent).to.equal(rec.name);
    const text = card.textContent!;
    for (const v of [...rec.organisations, ...rec.partners, rec.place.name]) expect(text).to.contain(v);
    for (const s of rec.sources) expect(text).to.contain(s.title);
    const pillar = taxonomy.find((t: any) => t.facet === 'pillar' && t.id === rec.pillars[0]);
    expect(text).to.contain(pillar.label.nl);
    if (pillar.status === 'concept') expect(text).to.contain('concept');
    expect(card.querySelectorAll('a[href]').length).to.be.greaterThan(0);
    for (const a of card.querySelectorAll('a[href]')) expect(a.getAttribute('href')).to.match(/^https?:/);
    const marker = await until(() => $(el, `.hca-marker.hca-selected[data-id="${rec.id}"]`), 'selected marker');
    expect(marker.getAttribute('aria-pressed')).to.equal('true');
    (card.querySelector('.pill') as HTMLElement).click();
    await (el as El).updateComplete;
    expect((el as El).filters.model).to.deep.equal([rec.models[0]]);
    expect((el as El).result!.records.length).to.equal(data.records.filter((r) => r.models.includes(rec.models[0])).length);
  });

  it('links the card to the model pages and the region profiles when `model-href` and `profile-href` are set, and not without', async () => {
    const rec = data.records.find((r) => r.models.length && r.regions.length > 1)!;
    const { el } = await mount('hca-netwerkkaart', { 'model-href': '/modellen/{model}.html', 'profile-href': '/regio/{region}.html' });
    (el as El).select(rec.id);
    await (el as El).updateComplete;
    const links = $$(el, '[part="card"] a[href]').map((a) => a.getAttribute('href'));
    for (const m of rec.models) expect(links).to.include(`/modellen/${m}.html`);
    for (const r of rec.regions) expect(links).to.include(`/regio/${r}.html`);
    const about = $(el, '[part="card"] a.model-link')!;
    expect(about.textContent).to.match(/^Over dit model: /);
    await expect(el).to.be.accessible();
    el.remove();
    const plain = await mount('hca-netwerkkaart', {});
    (plain.el as El).select(rec.id);
    await (plain.el as El).updateComplete;
    expect($(plain.el, '[part="card"] a.model-link')).to.equal(null);
    expect($$(plain.el, '[part="card"] a[href]').every((a) => /^https?:/.test(a.getAttribute('href')!))).to.equal(true);
  });

  it('says in the card that a point placed from the gemeente is the gemeente, not an address (nl, en)', async () => {
    const rec = data.records.find((r) => r.place.gemeente === 'GM0344' && r.place.precision === 'gemeente')!;
    const { el } = await mount('hca-netwerkkaart', {});
    (el as El).select(rec.id);
    await (el as El).updateComplete;
    expect($(el, '[part="card"] .precision')!.textContent).to.equal('locatie: gemeente Utrecht (het midden van de gemeente, geen adres)');
    el.setAttribute('lang', 'en');
    await until(() => $(el, '[part="card"] .precision')!.textContent!.startsWith('location:'), 'the English label');
    expect($(el, '[part="card"] .precision')!.textContent).to.equal('location: municipality of Utrecht (its centre, not an address)');
    // the label names the gemeente, also where the place has another name
    const hague = data.records.find((r) => r.place.name === 'Den Haag')!;
    (el as El).select(hague.id);
    await (el as El).updateComplete;
    expect($(el, '[part="card"] .precision')!.textContent).to.contain("municipality of 's-Gravenhage");
  });

  it('clusters are focusable buttons: axe passes with one focused, Enter zooms in or lists members', async () => {
    const { el } = await mount('hca-netwerkkaart', {});
    const cluster = $$(el, '.hca-cluster').sort((a, b) => Number(b.textContent) - Number(a.textContent))[0];
    const n = Number(cluster.textContent);
    cluster.focus();
    expect(active(el)).to.equal(cluster);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await frame();
    // Either the map zoomed in (the cluster split) or the list shows its members.
    const split = !cluster.isConnected;
    const listed = $(el, '.members');
    expect(split || !!listed, 'cluster activated').to.equal(true);
    if (split) {
      const shown = $$(el, '.hca-marker');
      expect(shown.length).to.be.greaterThan(0);
      expect(active(el)?.classList.contains('hca-marker')).to.equal(true);
    } else expect(listed!.textContent).to.contain(String(n));
  });

  it('clusters 5,000 points progressively: all counted at first, complete levels after zooming in', async () => {
    // The real initiatives repeated to 5,000, each copy moved a little (kept inside the Netherlands), served as a dataset.
    const [west, south, east, north] = NL_BBOX;
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
    const records = Array.from({ length: 5000 }, (_, i) => {
      const r = data.records[i % data.records.length];
      const lat = clamp(r.place.lat + ((i * 7919) % 100) / 1000 - 0.05, south + 0.01, north - 0.01);
      const lon = clamp(r.place.lon + ((i * 104729) % 100) / 1000 - 0.05, west + 0.01, east - 0.01);
      return { ...r, id: `${r.id}-${i}`, place: { ...r.place, lat, lon } };
    });
    const src = await serveDatasets('many-5000', { initiatives: { ...data, records } });
    const { el, detail } = await mount('hca-netwerkkaart', { src });
    expect(detail.count).to.equal(5000);
    const sum = () => $$(el, '.hca-layer-initiatives').reduce((n, m) => n + Number(m.textContent || 1), 0);
    expect(sum()).to.equal(5000);
    const view = await mapOf(el);
    const layer = () => view.layerInfo('initiatives')!;
    expect(layer().markers).to.equal(5000);
    const quickMax = layer().clusteredTo;
    expect(quickMax, 'first paint uses the quick index').to.be.lessThan(CLUSTER_MAX_ZOOM);
    // Zoom in through clusters until past the levels the quick index has.
    for (let i = 0; i < 6 && layer().zoom <= quickMax; i++) {
      const biggest = $$(el, '.hca-cluster').sort((a, b) => Number(b.textContent) - Number(a.textContent))[0];
      biggest.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await frame();
    }
    expect(layer().zoom).to.be.greaterThan(quickMax);
    expect(layer().clusteredTo, 'zooming in switches to the complete index').to.equal(CLUSTER_MAX_ZOOM);
    const ids = $$(el, '.hca-layer-initiatives').map((m) => m.getAttribute('aria-label'));
    expect(ids.length).to.be.greaterThan(0);
    expect(sum()).to.be.lessThan(5000);
  });

  it('shows the checked positions while the records are checked; text only once checked; a record found invalid leaves the map', async () => {
    const records: unknown[] = Array.from({ length: 3000 }, (_, i) => ({ ...data.records[i % data.records.length], id: `i-${i}` }));
    const noPlace = { ...data.records[0], id: 'geen-plaats', place: { ...data.records[0].place, lat: 'noord' } };
    const noName = { ...data.records[1], id: 'geen-naam', name: '' };
    records.push(noPlace, noName);
    const src = await serveDatasets('first-markers', { initiatives: { ...data, records } });
    // the data arrives after the map is drawn, as a large file does
    await fetch(`/__test/fail?path=${src}&mode=slow`, { method: 'POST' });
    const el = document.createElement('hca-netwerkkaart') as El;
    el.setAttribute('src', src);
    el.style.height = '500px';
    const errors: string[] = [];
    el.addEventListener('hca-data-error', (e) => errors.push(...e.detail.problems.map((p) => `${p.id} ${p.path}`)));
    const ready = nextEvent(el, 'hca-ready');
    // Each frame until the markers first appear: what is on screen then.
    const first = new Promise<{ markers: number; rows: number; names: (string | null)[] }>((resolve) => {
      const look = () => {
        const markers = el.mapView?.layerInfo('initiatives')?.markers;
        if (!markers) return requestAnimationFrame(look);
        resolve({ markers, rows: $$(el, '[part="item"]').length, names: $$(el, '.hca-layer-initiatives').map((m) => m.getAttribute('aria-label')) });
      };
      requestAnimationFrame(look);
    });
    document.body.append(el);
    const seen = await first;
    expect(seen.markers, 'every record with a valid position, before the checks').to.equal(3001);
    expect(seen.rows, 'no list rows before the checks').to.equal(0);
    // no record's own text on the map before the checks: counts, or a marker that says it is being checked
    expect(seen.names.length).to.be.greaterThan(0);
    for (const name of seen.names) expect(name).to.match(/^(\d+ initiatieven|Initiatief \(gegevens worden gecontroleerd\))$/);
    expect((await ready).count).to.equal(3000);
    expect((await mapOf(el)).layerInfo('initiatives')!.markers, 'the record found invalid left the map').to.equal(3000);
    expect($$(el, '[part="item"]').length).to.be.greaterThan(3);
    expect(errors).to.deep.equal(['geen-plaats place.lat', 'geen-naam name']);

    // Another file (`src` changed): its unchecked positions are not drawn beside the earlier file's list.
    const next = await serveDatasets('first-markers-next', { initiatives: { ...data, records: [...records.slice(0, 10), noName] } });
    await fetch(`/__test/fail?path=${next}&mode=slow`, { method: 'POST' });
    const drawn = new Set<number>();
    let watching = true;
    const watch = () => {
      drawn.add(el.mapView?.layerInfo('initiatives')?.markers ?? 0);
      if (watching) requestAnimationFrame(watch);
    };
    watch();
    el.setAttribute('src', next);
    await until(() => el.result?.records.length === 10, 'the new file checked', 10_000);
    watching = false;
    expect(
      [...drawn].sort((a, b) => a - b),
      'markers of the earlier file, then the checked ones of the new file',
    ).to.deep.equal([10, 3000]);
    el.remove();
    await fetch('/__test/fail?mode=reset', { method: 'POST' });
  });

  it('restores the view from the URL with sync-url and writes changes back', async () => {
    const rec = data.records.find((r) => r.regions.includes('utrecht'))!;
    history.replaceState(null, '', `${location.pathname}?regio=utrecht&initiatief=${rec.id}&keep=1`);
    const { el, detail } = await mount('hca-netwerkkaart', { 'sync-url': '' });
    const expected = data.records.filter((r) => r.regions.includes('utrecht')).length;
    expect(detail.count).to.equal(expected);
    expect((el as El).filters.region).to.deep.equal(['utrecht']);
    await until(() => $(el, '[part="card"] h2')?.textContent === rec.name, 'card of the linked initiative');
    (el as El).setFilters({ query: 'ict', level: ['hbo'] });
    await (el as El).updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    const params = new URLSearchParams(location.search);
    expect(params.get('regio')).to.equal('utrecht');
    expect(params.get('zoek')).to.equal('ict');
    expect(params.get('niveau')).to.equal('hbo');
    expect(params.get('keep')).to.equal('1');
    // Round trip: a new element on this URL shows the same view.
    el.remove();
    const again = await mount('hca-netwerkkaart', { 'sync-url': '' });
    expect((again.el as El).filters).to.deep.include({ query: 'ict', region: ['utrecht'], level: ['hbo'] });
    expect(again.detail.count).to.equal((el as El).result!.records.length);
    expect((again.el as El).shareUrl(rec.id)).to.contain(`initiatief=${rec.id}`);
  });

  it('writes filters the page sets by attribute into the URL, and follows back/forward (sync-url)', async () => {
    const { el } = await mount('hca-netwerkkaart', { 'sync-url': '' });
    const param = (p: string) => new URLSearchParams(location.search).get(p);
    el.setAttribute('region', 'utrecht');
    await until(() => param('regio') === 'utrecht', '?regio=utrecht after the attribute');
    el.setAttribute('query', 'campus');
    await until(() => param('zoek') === 'campus', '?zoek=campus after the attribute');
    expect((el as El).filters).to.deep.include({ query: 'campus', region: ['utrecht'] });
    history.pushState(null, '', `${location.pathname}?regio=zeeland`);
    await popstate(() => history.back());
    await until(() => (el as El).filters.query === 'campus' && (el as El).filters.region[0] === 'utrecht', 'the filters of the entry before');
    await popstate(() => history.forward());
    await until(() => (el as El).filters.region[0] === 'zeeland' && !(el as El).filters.query, 'the filters of the entry after');
    expect(param('regio')).to.equal('zeeland');
  });

  it('pre-filters with region, model and query attributes, and hides what controls leaves out', async () => {
    const model = data.records.find((r) => r.models.length)!.models[0];
    const { el, detail } = await mount('hca-netwerkkaart', { region: 'utrecht', model, controls: 'list legend' });
    expect(detail.count).to.equal(data.records.filter((r) => r.regions.includes('utrecht') && r.models.includes(model)).length);
    expect($(el, 'input[type="search"]')).to.equal(null);
    expect($(el, '#facet-region')).to.equal(null);
    expect($(el, '[part="legend"]')).to.exist;
    expect($(el, '.actions')).to.equal(null);
    // `region` fits the map to Utrecht: zoomed in from the whole country.
    expect((await mapOf(el)).camera().zoom).to.be.greaterThan(8);
  });

  it('adds a raster basemap with its attribution for `tiles`, and speaks English with lang="en"', async () => {
    const { el } = await mount('hca-netwerkkaart', { tiles: '/test/fixtures/no-tiles/{z}/{x}/{y}.png', 'tiles-attribution': 'Kaart: testtegels', lang: 'en' });
    expect($$(el, '.leaflet-tile').length).to.be.greaterThan(0);
    expect($(el, '.leaflet-control-attribution')!.textContent).to.contain('testtegels');
    expect($$(el, '.hca-cluster')[0].getAttribute('aria-label')).to.match(/^\d+ initiatives$/);
    expect(countText(el)).to.equal(`${data.records.length} initiatives`);
  });

  it('switches on the DUO education locations layer from the legend', async () => {
    const locations = (await readJson('/dist/data/locations.json')).records;
    const { el } = await mount('hca-netwerkkaart', {});
    expect($$(el, '.hca-layer-locations').length).to.equal(0);
    const toggle = $<HTMLInputElement>(el, '[part="legend"] input[type="checkbox"]')!;
    toggle.click();
    await (el as El).updateComplete;
    const drawn = $$(el, '.hca-layer-locations');
    expect(drawn.length).to.be.greaterThan(0);
    expect(drawn.reduce((n, m) => n + Number(m.textContent || 1), 0)).to.equal(locations.length);
    expect(drawn.every((m) => m.classList.contains('hca-square'))).to.equal(true);
  });

  it('cooperative gestures: a plain wheel does not zoom and shows a hint', async () => {
    const { el } = await mount('hca-netwerkkaart', {});
    const before = $$(el, '.hca-marker').length;
    $(el, '.leaflet-container')!.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -300, bubbles: true, composed: true, cancelable: true, clientX: 200, clientY: 200 }),
    );
    await (el as El).updateComplete;
    expect($(el, '.gesture')!.classList.contains('show')).to.equal(true);
    await new Promise((r) => setTimeout(r, 400));
    expect($$(el, '.hca-marker').length).to.equal(before);
  });

  it('cooperative touch (Leaflet): one finger scrolls the page with a hint, two fingers zoom, a mouse still drags', async () => {
    const { el } = await mount('hca-netwerkkaart', {});
    const view = await mapOf(el);
    const center = () => view.camera().center;
    const c = $(el, '.leaflet-container')!;
    // The browser may scroll the page from the map, but not zoom it.
    expect(getComputedStyle(c).touchAction).to.equal('pan-x pan-y');
    let box = c.getBoundingClientRect();
    let x = box.left + box.width / 2,
      y = box.top + box.height / 2;
    await view.idle();
    await frame();
    const start = center();
    await touchDrag(c, [[x, y]], [[x + 30, y + 120]]);
    expect($(el, '.gesture')!.classList.contains('show')).to.equal(true);
    expect($(el, '.gesture')!.textContent).to.equal('Gebruik twee vingers om de kaart te verplaatsen');
    expect(center(), 'centre after one finger').to.deep.equal(start);
    await expect(el).to.be.accessible();
    // Two fingers pinch out: the map zooms in.
    const zoom = view.camera().zoom;
    await touchDrag(
      c,
      [
        [x - 20, y],
        [x + 20, y],
      ],
      [
        [x - 80, y],
        [x + 80, y],
      ],
    );
    await until(() => view.camera().zoom > zoom + 0.5, 'pinch zoom');
    await view.idle();
    // A mouse drag pans the map (dragging is back on for the mouse).
    const before = center();
    const from = [Math.round(box.left + 30), Math.round(y)];
    expect(el.shadowRoot!.elementFromPoint(from[0], from[1])!.closest('.hca-marker, .leaflet-control')).to.equal(null);
    await sendMouse({ type: 'move', position: from as [number, number] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 4; i++) await sendMouse({ type: 'move', position: [from[0] + 40 * i, from[1] + 10 * i] });
    await sendMouse({ type: 'up' });
    await frame();
    expect(center(), 'centre after a mouse drag').not.to.deep.equal(before);
    // Full screen (the real Fullscreen API, from the button): no page to scroll, so one finger pans the map.
    await clickFullscreen(el, true);
    expect(getComputedStyle(c).touchAction).to.equal('none');
    box = c.getBoundingClientRect();
    ((x = box.left + box.width / 2), (y = box.top + box.height / 2));
    const moved = center();
    await touchDrag(c, [[x, y]], [[x + 30, y + 120]]);
    expect(center(), 'centre after one finger, not cooperative').not.to.deep.equal(moved);
    // Out of full screen, one finger scrolls the page again.
    await clickFullscreen(el, false);
    expect(getComputedStyle(c).touchAction).to.equal('pan-x pan-y');
  });

  it('cooperative touch in English and with MapLibre: one finger is held back, two fingers pan; off in full screen', async () => {
    const { el } = await mount('hca-netwerkkaart', { renderer: 'maplibre', lang: 'en' });
    const view = await mapOf(el);
    await view.idle();
    const lat = () => view.camera().center[0];
    const canvas = $(el, 'canvas.maplibregl-canvas')!;
    expect(getComputedStyle(canvas).touchAction).to.equal('pan-x pan-y');
    const middle = () => {
      const box = canvas.getBoundingClientRect();
      return [box.left + box.width / 2, box.top + box.height / 2];
    };
    let [x, y] = middle();
    const center = view.camera().center;
    await touchDrag(canvas, [[x, y]], [[x + 30, y + 120]]);
    expect($(el, '.gesture')!.classList.contains('show')).to.equal(true);
    expect($(el, '.gesture')!.textContent).to.equal('Use two fingers to move the map');
    // Only our overlay: MapLibre's own screen is not shown.
    expect(getComputedStyle($(el, '.maplibregl-cooperative-gesture-screen')!).display).to.equal('none');
    expect(view.camera().center).to.deep.equal(center);
    await touchDrag(
      canvas,
      [
        [x - 20, y],
        [x + 20, y],
      ],
      [
        [x - 20, y + 100],
        [x + 20, y + 100],
      ],
    );
    await until(() => lat() > center[0] + 0.1, 'two-finger pan');
    await expect(el).to.be.accessible();
    // Full screen (the real Fullscreen API, from the button): no page to scroll, so one finger pans.
    await clickFullscreen(el, true);
    [x, y] = middle();
    const moved = lat();
    await touchDrag(canvas, [[x, y]], [[x, y + 100]]);
    await until(() => lat() > moved + 0.1, 'one-finger pan, not cooperative');
    // Out of full screen, one finger is held back again.
    await clickFullscreen(el, false);
    [x, y] = middle();
    const held = view.camera().center;
    await touchDrag(canvas, [[x, y]], [[x, y + 100]]);
    await view.idle();
    expect(view.camera().center, 'one finger after full screen').to.deep.equal(held);
  });

  it('downloads neutralise formulas and carry source and date', () => {
    const rec = { ...data.records[0], name: '=cmd|calc', organisations: ['+31 6', '@x', '-1'] };
    const meta = {
      labels: { source: 'Bron', date: 'Bijgewerkt', filters: 'Filters' },
      dataset: { publisher: 'HCA', license: 'CC BY', attribution: 'HCA ICT', updated: data.updated },
      filters: '',
      url: 'https://x',
    };
    const csv = initiativesCsv([rec], meta);
    expect(csv).to.contain(`Bijgewerkt,${data.updated}`);
    expect(csv.split('\r\n')[0]).to.contain('Bron');
    expect(csv).to.contain(`"'=cmd|calc"`);
    expect(csv).to.contain(`'+31 6`);
    expect(csv).not.to.match(/,=cmd/);
    const geo = JSON.parse(initiativesGeoJson([rec], meta));
    expect(geo.metadata.updated).to.equal(data.updated);
    expect(geo.features[0].geometry.coordinates).to.deep.equal([rec.place.lon, rec.place.lat]);
  });

  it('renders with MapLibre GL: WebGL canvas in the shadow root, same focusable clusters', async () => {
    const { el, detail } = await mount('hca-netwerkkaart', { renderer: 'maplibre' });
    expect(detail.count).to.equal(data.records.length);
    const canvas = $<HTMLCanvasElement>(el, 'canvas.maplibregl-canvas')!;
    expect(canvas).to.exist;
    await (await mapOf(el)).idle();
    // The canvas has the map's size and shows land and borders, not only the background.
    expect(canvas.clientHeight).to.be.closeTo($(el, '.mapwrap')!.clientHeight, 4);
    expect(canvas.clientWidth).to.be.closeTo($(el, '.mapwrap')!.clientWidth, 4);
    const { background, land, lines } = canvasColours(canvas, getComputedStyle($(el, '.map')!).getPropertyValue('--_border'));
    expect(background, 'background pixels').to.be.greaterThan(1000);
    expect(land, 'land pixels').to.be.greaterThan(1000);
    expect(lines, 'border pixels').to.be.greaterThan(100);
    const clusters = $$(el, '.hca-cluster');
    expect(clusters.length).to.be.greaterThan(0);
    expect(clusters.every((c) => c.getAttribute('role') === 'button' && /^\d+ initiatieven$/.test(c.getAttribute('aria-label')!))).to.equal(true);
    expect(clusters.reduce((n, c) => n + Number(c.textContent), 0) + $$(el, '.hca-point').length).to.equal(data.records.length);
    const select = nextEvent(el, 'hca-select');
    (el as El).select(data.records[0].id);
    expect((await select).id).to.equal(data.records[0].id);
    await until(() => $(el, `.hca-marker.hca-selected[data-id="${data.records[0].id}"]`), 'selected marker on MapLibre');
    await expect(el).to.be.accessible();
  });
});
