/**
 * Languages and Intl formatting, without the DOM: used by the elements (through
 * locale.ts) and by Node scripts that write pages (scripts/site-pages.ts and its modules).
 */
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

const intlLocale: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

const MONTHS: Record<Lang, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * Formatting for one language. The Intl number formats are made on first use (`warm`
 * makes them ahead): making the first Intl object of a page loads locale data, some
 * 10 ms of main thread (50 on a slow phone), which should not land in a render. Dates
 * need no Intl at all: a long date is the day, the month's name and the year.
 */
export class Format {
  private integerFormat?: Intl.NumberFormat;
  private decimalFormat?: Intl.NumberFormat;
  constructor(readonly lang: Lang) {}
  private get integer(): Intl.NumberFormat {
    return (this.integerFormat ??= new Intl.NumberFormat(intlLocale[this.lang], { maximumFractionDigits: 0 }));
  }
  private get decimal(): Intl.NumberFormat {
    return (this.decimalFormat ??= new Intl.NumberFormat(intlLocale[this.lang], { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  }
  /** Makes the Intl objects now (in a task of their own, before a render needs them). */
  warm(): void {
    void this.integer;
    void this.decimal;
  }
  number(n: number): string {
    return Number.isInteger(n) ? this.integer.format(n) : this.decimal.format(n);
  }
  percent(n: number): string {
    return `${this.decimal.format(n)}%`;
  }
  /** An ISO date (`2026-11-27`) as a written date, in the page's language: `27 november 2026`, as Intl's long date style. */
  isoDate(iso: string): string {
    const d = new Date(`${iso}T12:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : `${d.getUTCDate()} ${MONTHS[this.lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }
}

const formats = new Map<Lang, Format>();
export const formatFor = (lang: Lang) => formats.get(lang) ?? formats.set(lang, new Format(lang)).get(lang)!;
