/**
 * Where the kit's own files are served from. The default datasets (`data/`) and
 * boundaries (`geo/`) are resolved against it, so the kit works from any static host
 * or CDN on another origin than the page.
 *
 * The first entry module that runs (the loader or a per-element module, all at the
 * root of `dist/`) records its own folder here.
 */
let base: URL | undefined;

export function setKitBase(url: string | URL): void {
  base ??= new URL('./', url);
}

/** A URL of a file that ships with the kit, e.g. `kitUrl('data/models.json')`. */
export function kitUrl(path: string): string {
  return new URL(path, base ?? new URL('./', document.baseURI)).href;
}
