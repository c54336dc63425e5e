/**
 * The bundled offline basemap: outline, provinces and arbeidsmarktregio's of 2024 from
 * `geo/nederland.topo.json` (CBS), fetched once per page from the kit's own host.
 */
import type { Topology } from 'topojson-specification';
import { kitUrl } from '../kit-base.js';
import { DEFAULT_TIMEOUT_MS, LoadError, fetchJson } from '../data/load.js';
import { BOUNDARIES_PATH } from '../data/prefetch.js';
import { yieldToMain } from '../yield.js';
import { boundariesOf, type Boundaries } from './layers.js';

export { boundsOf, type Boundaries, type RegionCollection, type RegionProperties } from './layers.js';

let pending: Promise<Boundaries> | undefined;
let loaded: Boundaries | undefined;

/** The three layers of the topology; a LoadError when it is not the kit's boundaries file. */
function layers(topo: Topology & { attribution?: string }, file: string): Boundaries {
  try {
    return boundariesOf(topo);
  } catch {
    throw new LoadError({ file, path: '', code: 'file.topology', severity: 'error' });
  }
}

/**
 * The boundaries, fetched and converted once per page; a failure (a LoadError: missing,
 * broken, slower than `timeoutMs`) is not kept, so the next call tries again. While they
 * are on their way, each caller continues in a task of its own once they arrive: the
 * elements that draw them (profile, choropleth, map) would otherwise all render in the one
 * task that received them. Once they are here, callers get them at once.
 */
export function loadBoundaries(timeoutMs = DEFAULT_TIMEOUT_MS, url = kitUrl(BOUNDARIES_PATH)): Promise<Boundaries> {
  if (loaded) return Promise.resolve(loaded);
  pending ??= fetchJson(url, timeoutMs)
    .then((topo) => layers(topo as Topology & { attribution?: string }, BOUNDARIES_PATH.split('/').pop()!))
    .catch((error) => {
      pending = undefined;
      throw error;
    });
  return pending.then(async (boundaries) => {
    loaded = boundaries;
    await yieldToMain();
    return boundaries;
  });
}

/** Forgets the boundaries (tests, and pages that republish the kit's files live). */
export function clearBoundariesCache(): void {
  loaded = pending = undefined;
}
