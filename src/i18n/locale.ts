/**
 * Language and Intl formatting. The element's own `lang` wins, then the nearest `lang`
 * up the tree (across shadow roots), then the page's; Dutch is the default.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

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

const intlLocale: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Formatting for one language. */
export class Format {
  private readonly integer: Intl.NumberFormat;
  private readonly decimal: Intl.NumberFormat;
  private readonly date: Intl.DateTimeFormat;
  constructor(readonly lang: Lang) {
    const locale = intlLocale[lang];
    this.integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    this.decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    this.date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  }
  number(n: number): string {
    return Number.isInteger(n) ? this.integer.format(n) : this.decimal.format(n);
  }
  percent(n: number): string {
    return `${this.decimal.format(n)}%`;
  }
  /** An ISO date (`2026-11-27`) as a written date, in the page's language. */
  isoDate(iso: string): string {
    const d = new Date(`${iso}T12:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : this.date.format(d);
  }
}

const formats = new Map<Lang, Format>();
export const formatFor = (lang: Lang) => formats.get(lang) ?? formats.set(lang, new Format(lang)).get(lang)!;

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
