/**
 * Language and Intl formatting. The element's own `lang` wins, then the nearest `lang`
 * up the tree (across shadow roots), then the page's; Dutch is the default.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Format, type Lang, LANGS, formatFor } from './format.js';
import { yieldToMain } from '../yield.js';

export { type Lang, LANGS, Format, formatFor } from './format.js';

export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const code = node.getAttribute('lang')!.toLowerCase().split('-')[0];
      return (LANGS as readonly string[]).includes(code) ? (code as Lang) : 'nl';
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'nl';
}

/**
 * Tracks the host's language: reads it on connect and whenever the host's `lang`
 * attribute or the document's `lang` changes.
 */
export class LocaleController<M> implements ReactiveController {
  lang: Lang = 'nl';
  private observer?: MutationObserver;
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly catalogue: Record<Lang, M>,
  ) {
    host.addController(this);
  }
  /** The messages of the current language. */
  get t(): M {
    return this.catalogue[this.lang];
  }
  get format(): Format {
    return formatFor(this.lang);
  }
  hostConnected(): void {
    this.refresh();
    // the number formats in a task of their own, before the first render with data needs them
    void yieldToMain().then(() => this.format.warm());
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  hostDisconnected(): void {
    this.observer?.disconnect();
  }
  private refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }
}
