/**
 * The arithmetic behind a key figure: the change against the previous year and the
 * comparison with the Netherlands. Pure functions; a missing value gives `undefined`,
 * never a made-up 0.
 */
import type { DataPoint, IndicatorDefinition, Profile } from './schema.js';
import { pointAt } from './figures.js';

export interface Change {
  from: DataPoint & { value: number };
  to: DataPoint & { value: number };
  /** `to - from`, in the unit of the indicator (percentage points for a percentage). */
  delta: number;
  /** Relative change in percent; only for counts and only when `from` is not 0. */
  relative?: number;
  direction: 'up' | 'down' | 'same';
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The change from the year before the newest year with a value (or before `year`).
 * Undefined when either year has no value: a gap in the series is not a change.
 */
export function changeOf(profile: Profile | undefined, def: Pick<IndicatorDefinition, 'id' | 'unit'>, year?: number): Change | undefined {
  const to = pointAt(profile, def.id, year);
  if (!to) return undefined;
  const from = pointAt(profile, def.id, to.year - 1);
  if (!from) return undefined;
  const delta = round(to.value! - from.value!, def.unit === 'count' ? 0 : 1);
  const relative = def.unit !== 'percent' && from.value !== 0 ? round(((to.value! - from.value!) / from.value!) * 100) : undefined;
  return {
    from: from as Change['from'],
    to: to as Change['to'],
    delta,
    relative,
    direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
  };
}

export type NationalComparison =
  | { kind: 'share'; year: number; national: number; /** the region's share of the national total, in percent */ share: number }
  | { kind: 'rate'; year: number; national: number; /** region minus national, in the indicator's unit */ difference: number };

/**
 * How a region's value compares with the Netherlands in the same year: a count as its
 * share of the national total (`aggregate: 'sum'`), a rate against the national rate.
 */
export function compareWithNational(
  value: number | undefined,
  year: number | undefined,
  national: Profile | undefined,
  def: Pick<IndicatorDefinition, 'id' | 'aggregate'>,
): NationalComparison | undefined {
  if (value === undefined || year === undefined) return undefined;
  const n = pointAt(national, def.id, year)?.value;
  if (n === undefined) return undefined;
  if (def.aggregate === 'sum') return n === 0 ? undefined : { kind: 'share', year, national: n, share: round((value / n) * 100) };
  return { kind: 'rate', year, national: n, difference: round(value - n) };
}

/** The values of a series over `years`, `null` where a year has no value (a gap in a chart, not a 0). */
export function valuesOver(profile: Profile | undefined, indicator: string, years: number[]): (number | null)[] {
  return years.map((y) => pointAt(profile, indicator, y)?.value ?? null);
}

/** Every year that has a value in any of the given series, sorted. */
export function yearsOf(profiles: (Profile | undefined)[], indicators: string[]): number[] {
  const years = new Set<number>();
  for (const p of profiles) for (const s of p?.series ?? []) {
    if (indicators.includes(s.indicator)) for (const pt of s.points) if (pt.value !== undefined) years.add(pt.year);
  }
  return [...years].sort((a, b) => a - b);
}
