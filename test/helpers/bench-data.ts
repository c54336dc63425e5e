/** Generated initiatives and printed tables for the benchmarks (no DOM, so Node scripts can use them too). */
import { NL_BBOX, type Initiative } from '../../src/data/schema.js';

/** Deterministic pseudo-random numbers, so every run uses the same points. */
function rng(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** `n` initiatives made from the real ones: jittered near their real places, inside the Netherlands' bounding box. */
export function generate(real: Initiative[], n: number): Initiative[] {
  const rand = rng(n);
  const [w, s, e, north] = NL_BBOX;
  const out: Initiative[] = [];
  for (let i = 0; i < n; i++) {
    const r = real[i % real.length];
    const lat = Math.min(north - 0.01, Math.max(s + 0.01, r.place.lat + (rand() - 0.5) * 0.3));
    const lon = Math.min(e - 0.01, Math.max(w + 0.01, r.place.lon + (rand() - 0.5) * 0.45));
    out.push({ ...r, id: `${r.id}-${i}`, name: `${r.name} ${i}`, place: { ...r.place, lat, lon } });
  }
  return out;
}

export const quantile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};

/** The middle value of an odd number of runs (the lower middle of an even number). */
export const median = (xs: number[]) => quantile(xs, 0.5);

/** A Markdown table of `rows` under `head`, first column left-aligned. */
export function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join(' | ')} |`;
  return [line(head), `|${w.map((n, i) => (i ? '-'.repeat(n + 1) + ':' : '-'.repeat(n + 2))).join('|')}|`, ...rows.map(line)].join('\n');
}
