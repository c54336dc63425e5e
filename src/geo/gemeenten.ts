/**
 * The 2024 gemeenten (geo/gemeenten.json) and look-up by CBS code or name: how a place in
 * the team's spreadsheet becomes coordinates and regions. Pure: the CLI passes the table it
 * bundles, the data desk the copy it loads from the built site.
 */
import { foldText } from '../i18n/fold.js';

export interface Gemeente {
  code: string;
  name: string;
  province: string;
  amr: string;
  lat: number;
  lon: number;
}

/** Name key: no diacritics, case, punctuation or apostrophes ("'s-Gravenhage" = "s gravenhage"). */
export const nameKey = (name: string) =>
  foldText(name)
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Common names that are not the CBS gemeente name. Only exact, unambiguous ones. */
const ALIASES: Record<string, string> = {
  'den haag': 's gravenhage',
  'the hague': 's gravenhage',
  'den bosch': 's hertogenbosch',
  nuenen: 'nuenen gerwen en nederwetten',
};

/** The gemeente of `all` by CBS code (GMxxxx) or by name; undefined when unknown (never guessed). */
export function findGemeenteIn(all: readonly Gemeente[], codeOrName: string): Gemeente | undefined {
  const value = codeOrName.trim();
  if (/^GM\d{4}$/i.test(value)) return all.find((g) => g.code === value.toUpperCase());
  const key = nameKey(value);
  const wanted = ALIASES[key] ?? key;
  return all.find((g) => nameKey(g.name) === wanted);
}
