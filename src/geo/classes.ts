/**
 * A classed colour scale for choropleths: quantile class limits over the values shown,
 * and a sequential ColorBrewer palette (YlGnBu) that stays readable with colour-vision
 * deficiencies and in greyscale.
 */
export const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

export interface ClassScale {
  /** Upper limits of the classes; the last is the maximum. */
  limits: number[];
  min: number;
  colors: readonly string[];
  classOf(value: number): number;
}

export function quantileScale(values: number[], classes: number = PALETTE.length): ClassScale {
  const sorted = [...values].sort((a, b) => a - b);
  const unique = [...new Set(sorted)];
  const n = Math.min(classes, unique.length);
  const limits: number[] = [];
  for (let k = 1; k <= n; k++) {
    const limit = sorted[Math.min(sorted.length - 1, Math.ceil((k / n) * sorted.length) - 1)];
    if (limits.at(-1) !== limit) limits.push(limit);
  }
  const colors =
    limits.length === PALETTE.length ? PALETTE : limits.map((_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / Math.max(1, limits.length - 1))]);
  return {
    limits,
    min: sorted[0] ?? 0,
    colors,
    classOf: (value) =>
      Math.max(
        0,
        limits.findIndex((l) => value <= l),
      ),
  };
}
