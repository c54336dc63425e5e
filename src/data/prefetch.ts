/**
 * Where an element's datasets live, and requests started before the element's code
 * arrives. The loader (the one script tag) sees a tag long before the element's module
 * has loaded; it starts the element's data requests at once with `prefetch`, and the
 * data loader (`load.ts`) takes over each such request with `takePrefetched` instead of
 * asking again: data and code come in parallel, and every URL is requested once.
 *
 * Both bundles import this small module, so they share its one map of requests.
 */
import { kitUrl } from '../kit-base.js';
import type { DatasetName } from './schema.js';

/** Milliseconds before a file of the kit (data, boundaries, code) that neither arrives nor fails is given up. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** A data release's name: the date of its data, `2026-11-30`. */
export const isDataVersion = (version: string) => /^\d{4}-\d{2}-\d{2}$/.test(version);

/**
 * Where a dataset lives: beside the `src` file if one is given (`src` wins), else in the
 * kit's `data/`, or its dated release `data/<version>/` when the element pins one.
 */
export function datasetUrl(name: DatasetName, src?: string | null, version?: string | null): string {
  if (src) {
    try {
      return new URL(`${name}.json`, new URL(src, document.baseURI)).href;
    } catch {
      // a `blob:` or `data:` src has no folder (it holds the main dataset only), or src is no URL at all: the kit's own
    }
  }
  // A release lies beside the latest data: a relative URL also under setKitBase() (bundlers that rename files need it).
  return version ? new URL(`${version}/${name}.json`, kitUrl(`data/${name}.json`)).href : kitUrl(`data/${name}.json`);
}

/** `src` against the page; a string that is no URL stays as it is, and its request fails with a readable problem. */
function absolute(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

/** The URL of each dataset an element reads: its main dataset at `src` (if given), the others beside it. */
export function datasetUrls(main: DatasetName, others: readonly DatasetName[], src?: string | null, version?: string | null): Map<DatasetName, string> {
  const urls = new Map<DatasetName, string>([[main, src ? absolute(src) : datasetUrl(main, null, version)]]);
  for (const name of others) urls.set(name, datasetUrl(name, src, version));
  return urls;
}

/** The boundaries that ship with the kit (the offline basemap, the choropleth's and profile's map), under `kitUrl`. */
export const BOUNDARIES_PATH = 'geo/nederland.topo.json';

/** The kit's requests for its own files: no cookies, the same for every dataset. */
export const REQUEST: RequestInit = { credentials: 'omit' };

const early = new Map<string, Promise<Response>>();
/** URLs the data loader asked for itself: too late to start early. */
const asked = new Set<string>();

/** Starts the request of `url` now, unless one is already waiting, or the data loader has asked for it already. */
export function prefetch(url: string): void {
  if (early.has(url) || asked.has(url)) return;
  const response = fetch(url, REQUEST);
  response.catch(() => undefined); // a failure is reported by whoever takes it, not as an unhandled rejection
  early.set(url, response);
}

/** The early request of `url`, if one was started and not taken yet; it is handed over once. Else the caller asks itself. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  asked.add(url);
  return response;
}
