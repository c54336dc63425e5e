/**
 * What the profile charts: one spec per chart, built from the data alone (no Chart.js
 * here), so the table view, the text for screen readers, the CSV and the chart itself
 * all show the same numbers.
 */
import { formatValue, labelIn, pointAt } from '../../src/data/figures.js';
import type { IndicatorDefinition, Profile, Source } from '../../src/data/schema.js';
import { valuesOver, yearsOf } from '../../src/data/trend.js';
import type { ChartSpec } from '../../src/charts/chart-controller.js';
import type { Format, Lang } from '../../src/i18n/locale.js';
import type { Messages } from './messages.js';

/** A chart of the profile: what Chart.js draws, plus its title, text, table and sources. */
export interface ProfileChart extends ChartSpec {
  title: string;
  defs: IndicatorDefinition[];
  /** Years the chart shows, for the line under it. */
  years: number[];
  notes: string[];
  description: string;
}

export interface ChartInput {
  defs: IndicatorDefinition[];
  region: Profile | undefined;
  regionName: string;
  compare: Profile | undefined;
  compareName: string;
  national: Profile | undefined;
  t: Messages;
  format: Format;
  lang: Lang;
}

const STUDENTS = ['ict-deelnemers-mbo', 'ict-ingeschrevenen-hbo'];
const FLOW = ['ict-eerstejaars-hbo', 'ict-eerstejaars-wo', 'ict-gediplomeerden-hbo', 'ict-gediplomeerden-wo'];
const BY_LEVEL = ['deelnemers-mbo', 'ingeschrevenen-hbo', 'eerstejaars-hbo', 'eerstejaars-wo', 'gediplomeerden-hbo', 'gediplomeerden-wo'];

/** A short category label: the level and count of a rate (`hbo, ingeschreven`), else the label after "Aandeel vrouwen: ". */
const shortLabel = (def: IndicatorDefinition, level: string, input: ChartInput) =>
  input.t.short[`ict-${level}`] ?? labelIn(def.label, input.lang).split(': ').at(-1)!;

function describe(spec: Omit<ProfileChart, 'description'>, t: Messages, format: Format): string {
  const fmt = (v: number | null) => (v === null ? t.descGap : formatValue(v, spec, format, t.descGap));
  const lines = spec.series.map((s) =>
    t.descLine(
      s.label,
      s.values.map((v, i) => `${spec.categories[i]} ${fmt(v)}`),
    ),
  );
  return `${t.chartKind[spec.type]}: ${spec.title}. ${lines.join(' ')} ${spec.notes.join(' ')}`.trim();
}

function lineChart(id: string, title: string, ids: string[], input: ChartInput, notes: string[] = []): ProfileChart | undefined {
  const defs = ids.map((i) => input.defs.find((d) => d.id === i)).filter((d): d is IndicatorDefinition => !!d);
  const years = yearsOf(
    [input.region],
    defs.map((d) => d.id),
  );
  if (!defs.length || !years.length) return undefined;
  const spec = {
    id,
    title,
    type: 'line' as const,
    unit: defs[0].unit,
    categories: years.map(String),
    series: defs.map((d) => ({ label: input.t.short[d.id] ?? labelIn(d.label, input.lang), values: valuesOver(input.region, d.id, years) })),
    defs,
    years,
    notes,
  };
  return { ...spec, description: describe(spec, input.t, input.format) };
}

/** A rate per level at the region's newest year, side by side with the comparison region in the same year. */
function barChart(id: string, title: string, group: string, input: ChartInput): ProfileChart | undefined {
  const found = BY_LEVEL.flatMap((level) => input.defs.filter((d) => d.group === group && d.id.endsWith(level)).map((d) => ({ d, level })));
  const defs = found.map((f) => f.d);
  const rows = found.map(({ d, level }) => {
    const year = pointAt(input.region, d.id)?.year ?? pointAt(input.national, d.id)?.year;
    return {
      d,
      level,
      year,
      a: year === undefined ? null : (pointAt(input.region, d.id, year)?.value ?? null),
      b: year === undefined ? null : (pointAt(input.compare, d.id, year)?.value ?? null),
    };
  });
  if (!rows.some((r) => r.a !== null || r.b !== null)) return undefined;
  const spec = {
    id,
    title,
    type: 'bar' as const,
    unit: 'percent' as const,
    categories: rows.map((r) => `${shortLabel(r.d, r.level, input)} (${r.year ?? '–'})`),
    series: [
      { label: input.regionName, values: rows.map((r) => r.a) },
      { label: input.compareName, values: rows.map((r) => r.b) },
    ],
    defs,
    years: [...new Set(rows.flatMap((r) => (r.year === undefined ? [] : [r.year])))].sort(),
    notes: [],
  };
  return { ...spec, description: describe(spec, input.t, input.format) };
}

export function educationCharts(input: ChartInput): ProfileChart[] {
  const { t } = input;
  return [
    lineChart('studenten', t.chartStudents, STUDENTS, input, [t.yearsApart, t.noWo]),
    lineChart('instroom-uitstroom', t.chartFlow, FLOW, input),
    barChart('vrouwen', t.chartWomen, 'vrouwen', input),
    barChart('aandeel-ict', t.chartShare, 'aandeel-ict', input),
  ].filter((c): c is ProfileChart => !!c);
}

export function labourChart(input: ChartInput): ProfileChart | undefined {
  return lineChart('arbeidsmarkt', input.t.chartLabour, ['werkzame-icters'], { ...input, region: input.national });
}

/** The distinct sources of a set of definitions, point-level sources included. */
export function sourcesOf(defs: IndicatorDefinition[], profile?: Profile): Source[] {
  const all = defs.flatMap((d) => [
    d.source,
    ...(profile?.series.find((s) => s.indicator === d.id)?.points.flatMap((p) => (p.source ? [p.source] : [])) ?? []),
  ]);
  const seen = new Set<string>();
  return all.filter((s) => {
    const key = `${s.publisher}|${s.title}|${s.url}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
