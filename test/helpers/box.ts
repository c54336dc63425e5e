/**
 * The box contract in a test (DESIGN.md; src/ui/box.ts): an element placed in a page
 * between other content, and what of it paints outside its box.
 */
import { nextEvent } from './wait.js';

export interface InPage {
  el: HTMLElement;
  /** The page's content right after the element. */
  after: HTMLElement;
}

/**
 * Builds `tag` with `attrs` and the page's own `style` on it (`height: 320px`, `width: 375px`),
 * puts it between a paragraph before and content after it, and resolves once it is ready.
 */
export async function mountInPage(tag: string, attrs: Record<string, string>, style = ''): Promise<InPage> {
  const page = document.createElement('div');
  page.className = 'test-page';
  page.innerHTML =
    '<p>Tekst van de pagina boven het element.</p><p class="after" style="min-height: 240px; margin: 0; background: #fe9">Tekst na het element.</p>';
  const after = page.querySelector<HTMLElement>('.after')!;
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.cssText = style;
  const ready = nextEvent(el, 'hca-ready');
  page.insertBefore(el, after);
  document.body.append(page);
  await ready;
  return { el, after };
}

export function removePages(): void {
  document.querySelectorAll('.test-page').forEach((p) => p.remove());
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const flatParent = (n: Element): Element | null => n.assignedSlot ?? n.parentElement ?? (n.parentNode instanceof ShadowRoot ? n.parentNode.host : null);

/** The padding box of an element: what its overflow clips to. */
export function paddingBox(el: Element): Box {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
}

/** Border box plus focus outline (when one is drawn). */
export function paintBox(el: Element): Box {
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  const ring = s.outlineStyle !== 'none' ? parseFloat(s.outlineWidth) + Math.max(0, parseFloat(s.outlineOffset)) : 0;
  return { left: r.left - ring, top: r.top - ring, right: r.right + ring, bottom: r.bottom + ring };
}

/**
 * What of `el` is painted: its border box and outline, cut by every ancestor that clips it
 * (overflow other than visible, or paint containment) on its containing-block chain, so a
 * positioned element escapes the clip of ancestors below its containing block. Null when
 * nothing of it shows (hidden, visually hidden, closed details, scrolled out of view).
 */
export function paintedRect(el: Element): Box | null {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return null;
  const own = getComputedStyle(el);
  if (own.clip === 'rect(0px, 0px, 0px, 0px)') return null;
  const b = el.getBoundingClientRect();
  if (b.width === 0 && b.height === 0) return null;
  let r = paintBox(el);
  let position = own.position;
  for (let a = flatParent(el); a; a = flatParent(a)) {
    const s = getComputedStyle(a);
    const contains = /layout|paint|strict|content/.test(s.contain) || s.containerType !== 'normal' || s.transform !== 'none';
    const isBlock = position === 'fixed' ? contains : position === 'absolute' ? contains || s.position !== 'static' : true;
    if (!isBlock) continue;
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || /paint|strict|content/.test(s.contain)) {
      const c = paddingBox(a);
      r = { left: Math.max(r.left, c.left), top: Math.max(r.top, c.top), right: Math.min(r.right, c.right), bottom: Math.min(r.bottom, c.bottom) };
      if (r.right <= r.left || r.bottom <= r.top) return null;
    }
    position = s.position;
  }
  return r;
}

const describe = (e: Element, r: Box) =>
  `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? `.${e.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''} ` +
  `[${Math.round(r.left)}, ${Math.round(r.top)}, ${Math.round(r.right)}, ${Math.round(r.bottom)}]`;

/** Every element in `host`'s shadow root that paints outside the host's border box, with where it paints. */
export function paintedOutside(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  const out: string[] = [];
  for (const e of host.shadowRoot!.querySelectorAll('*')) {
    const r = paintedRect(e);
    if (r && (r.left < box.left - 0.5 || r.top < box.top - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5)) out.push(describe(e, r));
  }
  return out;
}

/** Samples the page below `host` (to the bottom of the window) every 8 px: the points where the host is what is hit. */
export function hitsBelow(host: HTMLElement): number {
  const box = host.getBoundingClientRect();
  let hits = 0;
  for (let y = Math.ceil(box.bottom) + 1; y < Math.min(innerHeight, box.bottom + 240); y += 8)
    for (let x = Math.ceil(box.left) + 1; x < box.right; x += 8) if (document.elementFromPoint(x, y) === host) hits++;
  return hits;
}

/** True when `a` and `b` overlap (touching edges do not count). */
export const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Without a height set by the page: the element is as high as its content (no inner scrollbar), the page's content follows it, nothing paints outside. */
export function grewToContent({ el, after }: InPage): { height: number; scrolls: boolean; afterBelow: boolean; outside: string[] } {
  const box = el.getBoundingClientRect();
  return {
    height: box.height,
    scrolls: el.scrollHeight > el.clientHeight + 1,
    afterBelow: after.getBoundingClientRect().top >= box.bottom - 0.5,
    outside: paintedOutside(el),
  };
}
