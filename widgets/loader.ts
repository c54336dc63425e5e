/**
 * The one script tag: `<script type="module" src=".../hcaict-widgets.js">`.
 * It registers nothing up front; the first time one of the kit's tags appears on the
 * page (now or later), it loads that element's module, which loads its own heavy
 * libraries (Leaflet, Chart.js, MapLibre) only when needed.
 */
const modules: Record<string, () => Promise<unknown>> = {
  'hca-netwerkkaart': () => import('./netwerkkaart/define.js'),
  'hca-regioprofiel': () => import('./regioprofiel/define.js'),
  'hca-regiokaart': () => import('./regiokaart/define.js'),
  'hca-werkende-modellen': () => import('./werkende-modellen/define.js'),
};
const requested = new Set<string>();
const selector = Object.keys(modules).join(',');

/** Said inside a tag whose code could not load and that has no fallback content of its own. */
const FAILED = {
  nl: 'Dit onderdeel van HCA ICT kon niet worden geladen. Probeer de pagina later opnieuw te laden.',
  en: 'This HCA ICT component could not be loaded. Please reload the page later.',
};

function showFailure(tag: string): void {
  for (const el of document.querySelectorAll(tag)) {
    if (customElements.get(tag) || el.childElementCount || el.textContent?.trim()) continue;
    const p = document.createElement('p');
    p.setAttribute('role', 'status');
    p.textContent = FAILED[el.closest('[lang]')?.getAttribute('lang')?.startsWith('en') ? 'en' : 'nl'];
    el.append(p);
  }
}

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  modules[tag]().catch((error) => {
    requested.delete(tag);
    console.error(`[hcaict] <${tag}> could not be loaded:`, error);
    showFailure(tag);
  });
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) load(root.localName);
  root.querySelectorAll(selector).forEach((el) => load(el.localName));
}

scan(document);
new MutationObserver((records) => {
  for (const r of records) r.addedNodes.forEach((n) => n instanceof Element && scan(n));
}).observe(document.documentElement, { childList: true, subtree: true });
