/**
 * No layout shift: an element takes (about) its final height before its data, and even
 * before its code, has arrived, so the partner's text below it does not jump.
 *
 * Each height is a lower bound of what the element shows with the shipped data at any
 * width (measured: werkende modellen 800 to 875 px at 1,200 px wide, with the page's font,
 * and taller when narrower; the regiokaart 430 to 770 px, its map at most 75vh high; a
 * profile 5,000 px and more): the content only grows past it, and past the bottom of the
 * screen, where growing moves nothing a visitor sees. In `em`, so it follows the font the
 * page gives the element. reserve.test.ts checks the bounds at phone and desktop widths. The netwerkkaart has its own box
 * height (the page's, or its default); it only needs to be a block from the start.
 *
 * No Lit here: the loader uses this module too.
 */
export const RESERVED_HEIGHT: Readonly<Record<string, string>> = {
  'hca-regioprofiel': '60em',
  'hca-regiokaart': 'min(40em, 70vh)',
  'hca-werkende-modellen': '48em',
};

/** Elements with a box height of their own (the page's, or this default, as in their stylesheet): held from before their code arrives. */
export const BOX_HEIGHT: Readonly<Record<string, string>> = {
  'hca-netwerkkaart': 'var(--hca-netwerkkaart-height, 600px)',
};

/**
 * For the page, before an element's code has loaded (the loader adopts it): every tag of
 * the kit is a block with its reserved height. `:where()` gives the rules no weight, so
 * any rule of the page wins (its own height for the netwerkkaart, say).
 */
export function pageReserveCss(tags: readonly string[]): string {
  const rule = (tag: string) => (RESERVED_HEIGHT[tag] ? `;min-height:${RESERVED_HEIGHT[tag]}` : BOX_HEIGHT[tag] ? `;height:${BOX_HEIGHT[tag]}` : '');
  return tags.map((tag) => `:where(${tag}:not(:defined)){display:block${rule(tag)}}`).join('');
}

/** For the element's shadow root, while its data loads (the `loading` custom state KitElement sets): the same heights. */
export function hostReserveCss(): string {
  return Object.entries(RESERVED_HEIGHT)
    .map(([tag, height]) => `:host(${tag}:state(loading)){min-height:${height}}`)
    .join('');
}
