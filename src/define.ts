/**
 * Registers a tag only when it is free. A second copy (or another version) of the kit
 * on the same page must not throw: the first registration wins and this one warns once.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`[hcaict] <${tag}> is already defined by another copy of the kit; this copy leaves it alone.`);
    return;
  }
  customElements.define(tag, ctor);
}
