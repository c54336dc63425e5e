/**
 * Reading figures out of a profile: the latest value of a series, the value of a year,
 * and labels in the page's language. A missing value stays missing (undefined), never 0.
 */
import type { DataPoint, Dataset, IndicatorDefinition, Label, Profile, Source, TaxonomyTerm } from './schema.js';
import type { Format, Lang } from '../i18n/format.js';

export const labelIn = (label: Label, lang: Lang) => (lang === 'en' && label.en) || label.nl;

export function seriesOf(profile: Profile | undefined, indicator: string): DataPoint[] {
  return profile?.series.find((s) => s.indicator === indicator)?.points ?? [];
}

/** The newest point that has a value (or the point of `year` when given). */
export function pointAt(profile: Profile | undefined, indicator: string, year?: number): DataPoint | undefined {
  const points = seriesOf(profile, indicator).filter((p) => p.value !== undefined);
  if (year !== undefined) return points.find((p) => p.year === year);
  return points.reduce<DataPoint | undefined>((a, p) => (!a || p.year > a.year ? p : a), undefined);
}

export function profileOf(profiles: Dataset<'profiles'>, region: string): Profile | undefined {
  return profiles.records.find((p) => p.region === region);
}

export function formatValue(value: number | undefined, def: Pick<IndicatorDefinition, 'unit'>, format: Format, missing: string): string {
  if (value === undefined) return missing;
  if (def.unit === 'percent') return format.percent(value);
  if (def.unit === 'thousand-persons') return format.number(value * 1000);
  return format.number(value);
}

/** A taxonomy term's label in the page's language and whether it is still a concept; unknown ids show as themselves. */
export function termOf(
  taxonomy: Dataset<'taxonomy'> | undefined,
  facet: TaxonomyTerm['facet'],
  id: string,
  lang: Lang,
): { label: string; concept: boolean } {
  const term = taxonomy?.records.find((t) => t.facet === facet && t.id === id);
  return term ? { label: labelIn(term.label, lang), concept: term.status === 'concept' } : { label: id, concept: false };
}

/** `CBS, ICT kennis en economie`: the publisher once, also when the title already starts with it. */
export function sourceLabel(s: Pick<Source, 'publisher' | 'title'>): string {
  return s.publisher && !s.title.startsWith(s.publisher) ? `${s.publisher}, ${s.title}` : s.title;
}
