/**
 * The one script tag: `<script type="module" src=".../hcaict-widgets.js">`.
 * It registers nothing up front; the first time one of the kit's tags appears on the
 * page (now or later), it loads that element's module, which loads its own heavy
 * libraries (Leaflet, Chart.js, MapLibre) only when needed. The element's data is
 * requested at the same moment, so data and code arrive in parallel.
 */
import { BOUNDARIES_PATH, DEFAULT_TIMEOUT_MS, datasetUrls, isDataVersion, prefetch } from '../src/data/prefetch.js';
import type { DatasetName } from '../src/data/schema.js';
import { emit } from '../src/events.js';
import { kitUrl } from '../src/kit-base.js';
import { pageReserveCss } from '../src/ui/reserve.js';
import { slices } from '../src/yield.js';

const modules: Record<string, () => Promise<unknown>> = {
  'hca-netwerkkaart': () => import('./netwerkkaart/define.js'),
  'hca-regioprofiel': () => import('./regioprofiel/define.js'),
  'hca-regiokaart': () => import('./regiokaart/define.js'),
  'hca-werkende-modellen': () => import('./werkende-modellen/define.js'),
};
const requested = new Set<string>();
const selector = Object.keys(modules).join(',');

/**
 * What each element reads (its main dataset, the others, and whether it draws the
 * boundaries), as its DataController and loadBoundaries ask for them: requested as soon as
 * the tag is seen, in parallel with the element's code, which then takes these requests over.
 */
const needs: Record<string, [DatasetName, DatasetName[], boolean]> = {
  'hca-netwerkkaart': ['initiatives', ['taxonomy', 'regions', 'models', 'locations'], true],
  'hca-regioprofiel': ['profiles', ['regions', 'initiatives'], true],
  'hca-regiokaart': ['profiles', ['regions'], true],
  'hca-werkende-modellen': ['models', ['initiatives', 'taxonomy'], false],
};

/** URLs to request, a few per task: starting a request costs a few ms on a slow phone. */
const queue: string[] = [];
let draining = false;

async function drain(): Promise<void> {
  draining = true;
  const slice = slices();
  while (queue.length) {
    prefetch(queue.shift()!);
    if (queue.length && slice.due()) await slice.next();
  }
  draining = false;
}

function prefetchData(el: Element): void {
  const tag = el.localName;
  if (customElements.get(tag)) return; // the element's code is here: it asks itself, at once
  const [main, others, boundaries] = needs[tag];
  const version = el.getAttribute('data-version');
  try {
    // a malformed data-version: nothing to fetch early, the element says so itself
    if (version === null || isDataVersion(version)) queue.push(...datasetUrls(main, others, el.getAttribute('src'), version).values());
  } catch {
    // a `src` that is no URL: the element says so itself
  }
  if (boundaries) queue.push(kitUrl(BOUNDARIES_PATH));
  if (!draining) void drain();
}

/** Said inside a tag whose code could not load and that has no fallback content of its own, with a button that loads it again. */
const FAILED = {
  nl: { text: 'Dit onderdeel van HCA ICT kon niet worden geladen.', retry: 'Opnieuw proberen', detail: 'de programmacode kon niet worden geladen' },
  en: { text: 'This HCA ICT component could not be loaded.', retry: 'Try again', detail: 'the program code could not be loaded' },
};
/** Marks the message the loader wrote into a tag, so it can be removed once the code is here. */
const MESSAGE = 'data-hca-failed';

function showFailure(tag: string): void {
  for (const el of document.querySelectorAll(tag)) {
    if (customElements.get(tag)) continue;
    const t = FAILED[el.closest('[lang]')?.getAttribute('lang')?.startsWith('en') ? 'en' : 'nl'];
    const problem = { file: `${tag.slice(4)}.js`, path: '', code: 'file.code', severity: 'error' as const };
    emit(el, 'hca-data-error', { problems: [problem], messages: [`${problem.file}: ${t.detail}`], fatal: true });
    // the page's own fallback content stays; a message written before stays too (with its focused button)
    if (el.childElementCount || el.textContent?.trim()) continue;
    const p = document.createElement('p');
    p.setAttribute('role', 'status');
    p.setAttribute(MESSAGE, '');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t.retry;
    // set through the CSSOM, which a page's style-src policy allows: a target of at least 24 x 24 px (WCAG 2.2)
    Object.assign(button.style, { minHeight: '44px', minWidth: '44px', marginInlineStart: '0.5em', font: 'inherit' });
    button.addEventListener('click', () => load(tag, (el as { dataTimeout?: number }).dataTimeout));
    p.append(`${t.text} `, button);
    el.append(p);
  }
}

/** The attempt to load each tag's code that is still awaited: an older one that fails late says nothing. */
const attempts = new Map<string, object>();

function load(tag: string, timeoutMs = DEFAULT_TIMEOUT_MS): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  const attempt = {};
  attempts.set(tag, attempt);
  const fail = (error: unknown) => {
    if (attempts.get(tag) !== attempt) return;
    attempts.delete(tag);
    requested.delete(tag);
    console.error(`[hcaict] <${tag}> could not be loaded:`, error);
    showFailure(tag);
  };
  // code that neither arrives nor fails (a hanging host) is told like a failure; it may still arrive
  const timer = setTimeout(() => customElements.get(tag) || fail(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  modules[tag]().then(
    () => {
      clearTimeout(timer);
      attempts.delete(tag);
      document.querySelectorAll(`${tag} > [${MESSAGE}]`).forEach((p) => p.remove());
    },
    (error) => {
      clearTimeout(timer);
      fail(error);
    },
  );
}

function found(el: Element): void {
  // the data first: it is the larger download, and the code's request follows at once
  prefetchData(el);
  // a page may give the element a dataTimeout before its code is here; it holds for the code too
  load(el.localName, (el as { dataTimeout?: number }).dataTimeout);
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) found(root);
  root.querySelectorAll(selector).forEach(found);
}

// Before any element's code is here: each tag a block of its reserved height (no layout shift when it arrives).
try {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageReserveCss(Object.keys(modules)));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
} catch {
  // no constructable stylesheets: the elements still work, they only shift the page when they arrive
}

scan(document);
new MutationObserver((records) => {
  for (const r of records) r.addedNodes.forEach((n) => n instanceof Element && scan(n));
}).observe(document.documentElement, { childList: true, subtree: true });
