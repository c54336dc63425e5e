import { expect } from '@open-wc/testing';
import type { HcaEventDetails } from '../src/events.js';
import { readJson, until } from './helpers/wait.js';

/**
 * The kit's code can fail too: an element's module, which the one script tag loads, and
 * the chunks an element loads on demand (Chart.js, Leaflet, MapLibre). Each failure is said
 * in words with a retry button and fires hca-data-error; once the file heals, the retry
 * loads it for real, also where the browser keeps a failed module for the page's life (a
 * module that did not parse: the built kit then retries at a `?retry=n` URL). The built kit
 * is loaded from a URL of its own (/__test/kit/<id>/, served from dist/ by the test server),
 * so no other test's copy is in the browser's cache; the test server makes one file fail.
 */
type Mode = '404' | 'invalid' | 'slow';

const kit = `/__test/kit/${Math.random().toString(36).slice(2)}/`;
const serverFail = async (path: string, mode: Mode | 'reset') => {
  const r = await fetch(`/__test/fail?${new URLSearchParams({ path, mode })}`, { method: 'POST' });
  if (!r.ok) throw new Error(`/__test/fail: ${r.status}`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const words = (root: ParentNode) => (root.textContent ?? '').replace(/\s+/g, ' ').trim();
const TIMEOUT_MS = 700;
/** How long the test server holds a slow response. */
const SLOW_MS = 3000;

let chunks: string[] = [];
const chunk = (name: string) => kit + chunks.find((c) => c.startsWith(`chunks/${name}-`))!;

const uncaught: unknown[] = [];
const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.error);

/** The element once its code is here (with a short timeout for its chunks), and its hca-data-error events. */
async function attach(tag: string, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { dataTimeout?: number };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (tag === 'hca-netwerkkaart') el.style.height = '700px';
  const errors: HcaEventDetails['hca-data-error'][] = [];
  el.addEventListener('hca-data-error', (e) => errors.push(e.detail));
  document.body.append(el);
  await customElements.whenDefined(tag);
  el.dataTimeout = TIMEOUT_MS;
  return { el, root: el.shadowRoot!, errors };
}

/** The failure in words, with a retry button of at least 24 x 24 px; `count` hca-data-error events about `file`. */
async function failure(root: ShadowRoot, errors: HcaEventDetails['hca-data-error'][], says: string, file: string, count: number) {
  const status = await until(() => [...root.querySelectorAll<HTMLElement>('[part="status"]')].find((s) => words(s).includes(says)), `"${says}"`);
  const retry = status.querySelector<HTMLButtonElement>('button.retry')!;
  const box = retry.getBoundingClientRect();
  expect(Math.min(box.width, box.height)).to.be.at.least(24);
  await until(() => errors.filter((e) => e.problems.some((p) => p.file === file)).length === count, `${count} hca-data-error about ${file}`);
  await until(() => retry.getAttribute('aria-disabled') === 'false', 'the retry to be over');
  return retry;
}

describe('the code of the built kit can fail, and be retried', () => {
  before(async () => {
    chunks = Object.keys(await readJson('/dist/meta.json'));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  afterEach(async () => {
    document.querySelectorAll('hca-netwerkkaart, hca-regioprofiel, hca-regiokaart').forEach((e) => e.remove());
    await serverFail('', 'reset');
    expect(uncaught, 'no uncaught errors').to.deep.equal([]);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });

  it("the one script tag: an element's module missing, then not parsing, then healed", async () => {
    await serverFail(`${kit}regiokaart.js`, '404');
    const withFallback = document.createElement('hca-regiokaart');
    withFallback.innerHTML = '<p>Kaart van de regio’s wordt geladen.</p>';
    const empty = document.createElement('hca-regiokaart');
    const errors: HcaEventDetails['hca-data-error'][] = [];
    empty.addEventListener('hca-data-error', (e) => errors.push(e.detail));
    document.body.append(withFallback, empty);
    const consoleError = console.error;
    console.error = () => undefined; // the loader logs each failure for the page's developers
    try {
      await import(new URL(`${kit}hcaict-widgets.js`, location.origin).href);
      const message = await until(() => empty.querySelector('p[role="status"]'), 'the message');
      expect(words(message)).to.contain('Dit onderdeel van HCA ICT kon niet worden geladen.');
      expect(withFallback.textContent).to.equal('Kaart van de regio’s wordt geladen.');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.deep.include({ fatal: true, messages: ['regiokaart.js: de programmacode kon niet worden geladen'] });
      const retry = message.querySelector('button')!;
      expect(words(retry)).to.equal('Opnieuw proberen');
      expect(Math.min(retry.offsetWidth, retry.offsetHeight)).to.be.at.least(24);
      await expect(empty).to.be.accessible();

      // broken: a module that does not parse is kept as failed by every browser
      await serverFail(`${kit}regiokaart.js`, 'invalid');
      retry.click();
      await until(() => errors.length === 2, 'the second failure');
      expect(customElements.get('hca-regiokaart')).to.equal(undefined);
      expect(empty.querySelectorAll('p[role="status"]')).to.have.length(1);

      await serverFail('', 'reset');
      retry.click();
      await customElements.whenDefined('hca-regiokaart');
      await until(() => empty.shadowRoot?.querySelector('path.region'), 'the choropleth');
      expect(empty.querySelector('p[role="status"]'), 'the message goes').to.equal(null);
      const loads = performance.getEntriesByType('resource').filter((e) => e.name.includes(`${kit}regiokaart.js`));
      expect(loads.map((e) => new URL(e.name).search)).to.include('?retry=2');
    } finally {
      console.error = consoleError;
    }
  });

  it("the one script tag: an element's module that hangs is told after the element's dataTimeout, and arrives later", async function () {
    this.timeout(15000);
    await serverFail(`${kit}werkende-modellen.js`, 'slow');
    const el = document.createElement('hca-werkende-modellen') as HTMLElement & { dataTimeout?: number };
    el.dataTimeout = TIMEOUT_MS; // set before the element's code is here
    const errors: HcaEventDetails['hca-data-error'][] = [];
    el.addEventListener('hca-data-error', (e) => errors.push(e.detail));
    const consoleError = console.error;
    console.error = () => undefined;
    try {
      await import(new URL(`${kit}hcaict-widgets.js`, location.origin).href);
      document.body.append(el);
      const message = await until(() => el.querySelector('p[role="status"]'), 'the message after the timeout', SLOW_MS - 500);
      expect(words(message)).to.contain('Dit onderdeel van HCA ICT kon niet worden geladen.');
      expect(errors).to.have.length(1);
      await serverFail('', 'reset');
      await customElements.whenDefined('hca-werkende-modellen'); // the slow answer still arrives
      await until(() => !el.querySelector('p[role="status"]'), 'the message gone once the code is here');
      expect(el.dataTimeout, 'the timeout set before the upgrade is kept').to.equal(TIMEOUT_MS);
      expect(errors).to.have.length(1);
    } finally {
      console.error = consoleError;
      el.remove();
    }
  });

  it('hca-regioprofiel: the Chart.js code missing, then too slow, then healed', async function () {
    this.timeout(30000);
    await serverFail(chunk('chart-setup'), '404');
    const { el, root, errors } = await attach('hca-regioprofiel', { region: 'utrecht' });
    const says = 'De grafieken konden niet worden geladen; de tabellen eronder tonen dezelfde cijfers.';
    let retry = await failure(root, errors, says, 'chart.js', 1);
    expect(root.querySelectorAll('[part="figure"]').length, 'the rest is shown').to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    await serverFail(chunk('chart-setup'), 'slow');
    retry.click();
    retry = await failure(root, errors, says, 'chart.js', 2);
    expect(errors[errors.length - 1].problems[0].code).to.equal('file.timeout');
    await serverFail('', 'reset');
    await sleep(SLOW_MS); // the slow answer arrives meanwhile; the browser keeps the module
    retry.focus();
    retry.click();
    await until(() => {
      const canvas = root.querySelector('canvas[data-chart]')!;
      canvas.scrollIntoView(); // a chart is drawn once it nears the viewport
      return '$chartjs' in canvas;
    }, 'a chart');
    await until(() => !root.querySelector('button.retry'), 'the retry button to go');
    expect(root.activeElement, 'focus moved on inside the element').to.not.equal(null);
  });

  for (const [renderer, name] of [
    ['leaflet', 'leaflet-view'],
    ['maplibre', 'maplibre-view'],
  ]) {
    it(`hca-netwerkkaart: the ${renderer} code missing, then not parsing, then healed`, async function () {
      this.timeout(30000);
      await serverFail(chunk(name), '404');
      const { el, root, errors } = await attach('hca-netwerkkaart', { renderer });
      const says = 'De kaart kon niet worden geladen. De rest wordt wel getoond.';
      let retry = await failure(root, errors, says, renderer, 1);
      expect(root.querySelectorAll('[part~="item"]').length, 'the list is shown').to.be.greaterThan(0);
      await serverFail(chunk(name), 'invalid');
      retry.click();
      retry = await failure(root, errors, says, renderer, 2);
      await serverFail('', 'reset');
      retry.click();
      await until(() => (el as HTMLElement & { mapView?: unknown }).mapView, 'the map', 15000);
      await until(() => !words(root).includes(says), 'the message to go');
    });
  }
});
