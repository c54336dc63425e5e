/**
 * The bundled offline basemap: outline, provinces and arbeidsmarktregio's of 2024 from
 * `geo/nederland.topo.json` (CBS), fetched once per page from the kit's own host.
 */
import type { Topology } from 'topojson-specification';
import { kitUrl } from '../kit-base.js';
import { BOUNDARIES_PATH, REQUEST, takePrefetched } from '../data/prefetch.js';
import { yieldToMain } from '../yield.js';
import { boundariesOf, type Boundaries } from './layers.js';

export { boundsOf, type Boundaries, type RegionCollection, type RegionProperties } from './layers.js';

let pending: Promise<Boundaries> | undefined;
let loaded: Boundaries | undefined;

/**
 * The boundaries, fetched and converted once per page. While they are on their way, each
 * caller continues in a task of its own once they arrive: the elements that draw them
 * (profile, choropleth, map) would otherwise all render in the one task that received
 * them. Once they are here, callers get them at once.
 */
export function loadBoundaries(url = kitUrl(BOUNDARIES_PATH)): Promise<Boundaries> {
  pending ??= (takePrefetched(url) ?? fetch(url, REQUEST))
    .then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<Topology & { attribution?: string }>;
    })
    .then(boundariesOf)
    .catch((error) => {
      pending = undefined;
      throw error;
    });
  if (loaded) return Promise.resolve(loaded);
  return pending.then(async (boundaries) => {
    loaded = boundaries;
    await yieldToMain();
    return boundaries;
  });
}
