/**
 * The files that ship with the kit, each written as `new URL('./…', import.meta.url)`
 * with a literal path, the asset pattern bundlers understand: Vite and webpack see these
 * expressions in the installed package, copy each file into the app's build and put its
 * final URL here; served as is (the script tag from a CDN), they resolve beside this
 * module. The build keeps this module at the root of `dist/` (its own entry,
 * `dist/kit-files.js`), next to `data/`, `geo/` and `chunks/`, so the paths stay true.
 *
 * Nothing else may construct these URLs: `kitUrl()` in kit-base.ts reads them.
 */
export const KIT_FILES = {
  'data/initiatives.json': new URL('./data/initiatives.json', import.meta.url),
  'data/regions.json': new URL('./data/regions.json', import.meta.url),
  'data/profiles.json': new URL('./data/profiles.json', import.meta.url),
  'data/models.json': new URL('./data/models.json', import.meta.url),
  'data/taxonomy.json': new URL('./data/taxonomy.json', import.meta.url),
  'data/locations.json': new URL('./data/locations.json', import.meta.url),
  'geo/nederland.topo.json': new URL('./geo/nederland.topo.json', import.meta.url),
  'chunks/maplibre-gl-worker.mjs': new URL('./chunks/maplibre-gl-worker.mjs', import.meta.url),
} as const;

export type KitFile = keyof typeof KIT_FILES;
