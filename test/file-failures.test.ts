import { expect } from '@open-wc/testing';
import { clearDatasetCache } from '../src/data/load.js';
import type { HcaEventDetails } from '../src/events.js';
import { clearBoundariesCache } from '../src/geo/boundaries.js';
import { setKitBase } from '../src/kit-base.js';
import '../widgets/netwerkkaart/define.js';
import '../widgets/regiokaart/define.js';
import '../widgets/regioprofiel/define.js';
import '../widgets/werkende-modellen/define.js';
import { until } from './helpers/wait.js';

/**
 * Every file an element loads can fail: its datasets, the boundaries and the code of its
 * map or charts. For each element and each file, the test server (test/server-plugin.mjs)
 * makes that one file answer 404, a broken body, or too slowly; the element must then say
 * in words what failed (never an empty box), offer a retry button, fire hca-data-error once,
 * and after the file heals, show the data when the button is pressed. Nothing reaches the
 * page as an uncaught error. (The code chunks, in the built kit: test/chunk-failures.test.ts.)
 */
type Mode = '404' | 'invalid' | 'slow';
type Tag = 'hca-netwerkkaart' | 'hca-regioprofiel' | 'hca-regiokaart' | 'hca-werkende-modellen';

interface FileCase {
  /** The path the test server makes fail (a module's without extension). */
  path: string;
  /** What the element says failed. */
  says: string;
  /** The file's name in hca-data-error's problems. */
  file: string;
  /** What shows that the part is there after the retry. */
  shown: (root: ShadowRoot, el: HTMLElement) => unknown;
  attrs?: Record<string, string>;
}

const TIMEOUT_MS = 700;

const data = (name: string) => `data/${name}.json`;
const BOUNDARIES = 'geo/nederland.topo.json';
const regions = (root: ShadowRoot) => root.querySelectorAll('path.region').length >= 12;
const profile = (root: ShadowRoot) => root.querySelector('h2')?.textContent === 'Utrecht';
const listed = (root: ShadowRoot) => root.querySelectorAll('[part~="item"]').length > 0;
const mapDrawn = (_: ShadowRoot, el: HTMLElement) => (el as HTMLElement & { mapView?: unknown }).mapView;
const models = (root: ShadowRoot) => root.querySelectorAll('li.model').length === 7;

const FILES: Record<Tag, FileCase[]> = {
  'hca-regiokaart': [
    { path: data('profiles'), file: 'profiles.json', says: 'De cijfers per regio konden niet worden geladen.', shown: regions },
    { path: data('regions'), file: 'regions.json', says: 'De regio’s konden niet worden geladen.', shown: regions },
    { path: BOUNDARIES, file: 'nederland.topo.json', says: 'De grenzen van de regio’s konden niet worden geladen.', shown: regions },
  ],
  'hca-regioprofiel': [
    { path: data('profiles'), file: 'profiles.json', says: 'De cijfers per regio konden niet worden geladen.', shown: profile },
    { path: data('regions'), file: 'regions.json', says: 'De regio’s konden niet worden geladen.', shown: profile },
    {
      path: data('initiatives'),
      file: 'initiatives.json',
      says: 'De initiatieven konden niet worden geladen.',
      shown: (r) => r.querySelector('.initiatives li'),
    },
    {
      path: BOUNDARIES,
      file: 'nederland.topo.json',
      says: 'De grenzen van de regio’s konden niet worden geladen.',
      shown: (r) => r.querySelector('[part="map"] svg path'),
    },
  ],
  'hca-netwerkkaart': [
    { path: data('initiatives'), file: 'initiatives.json', says: 'De initiatieven konden niet worden geladen.', shown: listed },
    { path: data('taxonomy'), file: 'taxonomy.json', says: 'De namen van types, doelgroepen, niveaus en thema’s konden niet worden geladen.', shown: listed },
    { path: data('regions'), file: 'regions.json', says: 'De regio’s konden niet worden geladen.', shown: listed },
    { path: data('models'), file: 'models.json', says: 'De werkende modellen konden niet worden geladen.', shown: listed },
    { path: data('locations'), file: 'locations.json', says: 'De locaties van ICT-opleidingen konden niet worden geladen.', shown: listed },
    { path: BOUNDARIES, file: 'nederland.topo.json', says: 'De kaart kon niet worden geladen.', shown: mapDrawn },
  ],
  'hca-werkende-modellen': [
    { path: data('models'), file: 'models.json', says: 'De werkende modellen konden niet worden geladen.', shown: models },
    { path: data('initiatives'), file: 'initiatives.json', says: 'De initiatieven konden niet worden geladen.', shown: models },
    { path: data('taxonomy'), file: 'taxonomy.json', says: 'De namen van types, doelgroepen, niveaus en thema’s konden niet worden geladen.', shown: models },
  ],
};

const serverFail = async (path: string, mode: Mode | 'reset') => {
  const r = await fetch(`/__test/fail?${new URLSearchParams({ path, mode })}`, { method: 'POST' });
  if (!r.ok) throw new Error(`/__test/fail: ${r.status}`);
};
const words = (root: ParentNode) => (root.textContent ?? '').replace(/\s+/g, ' ').trim();

let uncaught: unknown[] = [];
const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.error);

/** Attaches the element (with a short data timeout) and collects its hca-data-error events. */
function attach(tag: Tag, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { dataTimeout?: number };
  for (const [k, v] of Object.entries({ region: 'utrecht', ...attrs })) el.setAttribute(k, v);
  el.dataTimeout = TIMEOUT_MS;
  el.style.height = '700px';
  const errors: HcaEventDetails['hca-data-error'][] = [];
  el.addEventListener('hca-data-error', (e) => errors.push(e.detail));
  document.body.append(el);
  return { el, root: el.shadowRoot!, errors };
}

/** The failure is on screen: in words, with a retry button, announced once. */
async function expectFailure(root: ShadowRoot, errors: HcaEventDetails['hca-data-error'][], c: { file: string; says: string }, count = 1) {
  const status = await until(() => [...root.querySelectorAll<HTMLElement>('[part="status"]')].find((s) => words(s).includes(c.says)), `"${c.says}"`);
  expect(status.getAttribute('role')).to.be.oneOf(['alert', 'status']);
  expect(words(root).length, 'the element is not empty').to.be.greaterThan(c.says.length);
  const retry = status.querySelector<HTMLButtonElement>('button.retry')!;
  expect(words(retry)).to.equal('Opnieuw proberen');
  const box = retry.getBoundingClientRect();
  expect(Math.min(box.width, box.height), 'retry target size').to.be.at.least(24);
  const about = errors.filter((e) => e.problems.some((p) => p.file === c.file));
  expect(about, 'hca-data-error about the file').to.have.length(count);
  return retry;
}

/** After healing: the retry loads the part, the message goes, and focus moves on from the button. */
async function expectRetryWorks(el: HTMLElement, root: ShadowRoot, retry: HTMLButtonElement, c: { says: string; shown: FileCase['shown'] }) {
  retry.focus();
  retry.click();
  await until(() => c.shown(root, el), 'the part after the retry', 12000);
  await until(() => !words(root).includes(c.says), 'the failure message to go');
  expect(root.querySelector('button.retry')).to.equal(null);
  expect(root.activeElement, 'focus stays inside the element').to.not.equal(null);
}

describe('every file an element loads can fail, and be retried', () => {
  beforeEach(async () => {
    uncaught = [];
    // the kit's files at URLs of their own: nothing from an earlier test in the browser's cache
    setKitBase(`/__test/kit/${Math.random().toString(36).slice(2)}/`);
    clearDatasetCache();
    clearBoundariesCache();
    await serverFail('', 'reset');
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  afterEach(async () => {
    await serverFail('', 'reset');
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    document.querySelectorAll('hca-netwerkkaart, hca-regioprofiel, hca-regiokaart, hca-werkende-modellen').forEach((e) => e.remove());
    expect(uncaught, 'no uncaught errors').to.deep.equal([]);
  });

  for (const [tag, files] of Object.entries(FILES) as [Tag, FileCase[]][]) {
    for (const c of files) {
      for (const mode of ['404', 'invalid', 'slow'] as Mode[]) {
        it(`${tag}: ${c.file} ${mode === '404' ? 'missing' : mode === 'invalid' ? 'broken' : 'too slow'}`, async () => {
          await serverFail(c.path, mode);
          const { el, root, errors } = attach(tag, c.attrs);
          const retry = await expectFailure(root, errors, c);
          const problem = errors.flatMap((e) => e.problems).find((p) => p.file === c.file)!;
          expect(problem.code).to.equal({ '404': 'file.missing', invalid: 'file.json', slow: 'file.timeout' }[mode]);
          if (mode === '404') await expect(el).to.be.accessible();
          await serverFail('', 'reset');
          await expectRetryWorks(el, root, retry, c);
          expect(
            errors.filter((e) => e.problems.some((p) => p.file === c.file)),
            'no new hca-data-error',
          ).to.have.length(1);
        });
      }
    }
  }

  it('says it in English with lang=en', async () => {
    await serverFail(BOUNDARIES, '404');
    const { root } = attach('hca-regiokaart', { lang: 'en' });
    const status = await until(() => root.querySelector('[part="status"][role="alert"]'), 'the failure');
    expect(words(status)).to.contain('The region boundaries could not be loaded.');
    expect(words(status.querySelector('button')!)).to.equal('Try again');
  });
});
