/**
 * The whole profile as CSV: every series of the region, one row per year, with the
 * comparison region's value in the same year and the source of each value. A pure
 * function of the data, so the download and its tests need no element.
 */
import { toCsv } from '../../src/data/csv.js';
import { labelIn, pointAt, profileOf, sourceLabel } from '../../src/data/figures.js';
import type { Dataset } from '../../src/data/schema.js';
import type { Lang } from '../../src/i18n/locale.js';
import type { Messages } from './messages.js';

export interface CsvData {
  profiles: Dataset<'profiles'>;
  regions: Dataset<'regions'>;
}

/** `region` and `compare` are region ids as shown (already checked against the data). */
export function profileCsv(data: CsvData, region: string, compare: string, t: Pick<Messages, 'csvHeader' | 'units'>, lang: Lang): string {
  const name = (id: string) => data.regions.records.find((x) => x.id === id)?.name ?? id;
  const profile = profileOf(data.profiles, region);
  const other = profileOf(data.profiles, compare);
  const rows = (data.profiles.indicators ?? []).flatMap((def) =>
    (profile?.series.find((s) => s.indicator === def.id)?.points ?? []).map((p) => [
      region,
      name(region),
      def.id,
      labelIn(def.label, lang),
      t.units[def.unit],
      p.period ?? p.year,
      p.value,
      !!p.masked,
      compare,
      name(compare),
      pointAt(other, def.id, p.year)?.value,
      sourceLabel(p.source ?? def.source),
      (p.source ?? def.source).url,
    ]),
  );
  return toCsv(t.csvHeader, rows);
}
