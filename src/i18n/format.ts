/**
 * Languages and Intl formatting, without the DOM: used by the elements (through
 * locale.ts) and by Node scripts that write pages (scripts/region-pages.ts).
 */
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

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
