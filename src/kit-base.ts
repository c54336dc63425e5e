/**
 * Where the kit's own files are: the default datasets (`data/`), the boundaries (`geo/`)
 * and the MapLibre worker (`chunks/maplibre-gl-worker.mjs`).
 *
 * By default each file's URL comes from kit-files.ts, which bundlers rewrite (Vite and
 * webpack copy the files into the app's build) and which, served as is from a CDN,
 * resolves beside the kit's modules. A site that hosts a copy of the kit's `dist/` files
 * itself calls `setKitBase('https://example.org/hca/')` (exported by every entry) before
 * the first element loads its data; every kit file is then read from that folder.
 */
import { KIT_FILES, type KitFile } from './kit-files.js';

let base: URL | undefined;

/** The folder that holds the kit's `data/`, `geo/` and `chunks/` (a copy of its `dist/`). */
export function setKitBase(url: string | URL): void {
  const folder = new URL(url, document.baseURI);
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  base = folder;
}

const replaced = new Map<KitFile, string>();

/**
 * Reads one of the kit's files from `url` instead, on this page, for elements that load after
 * the call (`null` undoes it). Not exported by the entries: the data desk (`dist/beheer/`)
 * shows checked data, as blob: URLs, in the real elements this way, beside the published rest.
 */
export function replaceKitFile(path: KitFile, url: string | null): void {
  if (url) replaced.set(path, url);
  else replaced.delete(path);
}

/** The URL of a file that ships with the kit, e.g. `kitUrl('data/models.json')`. */
export function kitUrl(path: KitFile): string {
  return replaced.get(path) ?? (base ? new URL(path, base).href : KIT_FILES[path].href);
}
