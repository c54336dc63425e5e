/** Test helpers: wait for a kit event, and read a dataset the way a test computes its expectations. */
import type { HcaEventDetails } from '../../src/events.js';

export function nextEvent<K extends keyof HcaEventDetails>(target: EventTarget, type: K, timeout = 15000): Promise<HcaEventDetails[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve((e as CustomEvent<HcaEventDetails[K]>).detail);
      },
      { once: true },
    );
  });
}

export async function readJson<T = any>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json();
}

/** Builds an element from a tag and attributes, attaches it, and resolves once it is ready. */
export async function mount(
  tag: string,
  attrs: Record<string, string>,
  container: HTMLElement = document.body,
): Promise<{ el: HTMLElement; detail: HcaEventDetails['hca-ready'] }> {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const event = nextEvent(el, 'hca-ready');
  container.append(el);
  return { el, detail: await event };
}

/** Two animation frames: what was rendered has been painted. */
export const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Resolves with `fn()` once it is truthy, checking every two frames; fails after `timeout` ms naming `what`. */
export async function until<T>(fn: () => T, what: string, timeout = 8000): Promise<NonNullable<T>> {
  const t0 = performance.now();
  for (;;) {
    const v = fn();
    if (v) return v as NonNullable<T>;
    if (performance.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await frame();
  }
}
