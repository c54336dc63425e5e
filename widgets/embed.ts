/**
 * The iframe route, for CMSs that allow an iframe but no script tag:
 * `dist/embed/<element>.html?regio=utrecht` shows one element at full width (built as
 * `dist/embed/embed.js`; scripts/embed-pages.ts writes the pages).
 *
 * The page holds the tag (`<hca-regioprofiel data-hca-embed>`); this script copies the URL
 * parameters that tag accepts onto it, as attribute values (never as HTML), loads its
 * module and tells the parent page its height:
 * `parent.postMessage({ type: 'hca-embed-height', height }, '*')`, whenever it changes.
 * Other parameters (`src`, `tiles`, link templates, anything unknown) are ignored, so a link
 * to the kit's host cannot make it show another site's data or send visitors elsewhere.
 */

interface Embeddable {
  load: () => Promise<unknown>;
  /** URL parameter -> attribute. */
  params: Record<string, string>;
  /** Mirrors its view into the iframe's URL, restoring `type`, `doelgroep`, ... from it. */
  syncUrl?: boolean;
}

/** Every element: its language, colours and pinned data release (`versie=2026-11-30`). */
const COMMON = { lang: 'lang', taal: 'lang', theme: 'theme', versie: 'data-version', 'data-version': 'data-version' };

export const EMBEDDABLE: Record<string, Embeddable> = {
  'hca-netwerkkaart': {
    load: () => import('./netwerkkaart/define.js'),
    params: { ...COMMON, region: 'region', regio: 'region', model: 'model', query: 'query', zoek: 'query', renderer: 'renderer', controls: 'controls' },
    syncUrl: true,
  },
  'hca-regioprofiel': {
    load: () => import('./regioprofiel/define.js'),
    params: { ...COMMON, region: 'region', regio: 'region', compare: 'compare', vergelijk: 'compare', year: 'year', jaar: 'year' },
    syncUrl: true,
  },
  'hca-regiokaart': {
    load: () => import('./regiokaart/define.js'),
    params: { ...COMMON, indicator: 'indicator', year: 'year', jaar: 'year', level: 'level', niveau: 'level' },
  },
  'hca-werkende-modellen': {
    load: () => import('./werkende-modellen/define.js'),
    params: { ...COMMON, model: 'model', compare: 'compare', vergelijk: 'compare' },
  },
};

/** At most this many characters per value: ids, a search, a list of controls. */
const MAX_VALUE = 200;

/** The attributes the URL's parameters give `tag`, by its whitelist. */
export function embedAttributes(tag: string, search: string): Record<string, string> {
  const spec = EMBEDDABLE[tag];
  const attrs: Record<string, string> = {};
  if (!spec) return attrs;
  for (const [param, value] of new URLSearchParams(search)) {
    const attr = Object.hasOwn(spec.params, param) ? spec.params[param] : undefined;
    if (attr && value.length <= MAX_VALUE) attrs[attr] = value;
  }
  if (spec.syncUrl) attrs['sync-url'] = '';
  return attrs;
}

function start(): void {
  const el = document.querySelector<HTMLElement>('[data-hca-embed]');
  const spec = el && EMBEDDABLE[el.localName];
  if (!el || !spec) return;
  for (const [name, value] of Object.entries(embedAttributes(el.localName, location.search))) el.setAttribute(name, value);
  spec.load().catch((error) => console.error(`[hcaict] <${el.localName}> could not be loaded:`, error));

  if (window.parent === window) return;
  let last = -1;
  const report = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'hca-embed-height', height }, '*');
  };
  new ResizeObserver(report).observe(el);
  report();
}

start();
