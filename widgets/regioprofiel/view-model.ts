/**
 * What the profile shows, computed from the data and the element's attributes before
 * each render that needs it: the region shown (the Netherlands for an unknown id), the
 * comparison, the key figures with their year, change and comparison, the chart specs,
 * one numbering of the caveats for the whole profile, the sources and the region's
 * initiatives. A pure function, so `render()` only renders and tests need no element.
 */
import type { Loaded } from '../../src/data/data-controller.js';
import { labelIn, pointAt, profileOf } from '../../src/data/figures.js';
import { modelsApplied } from '../../src/data/models.js';
import type { DataPoint, IndicatorDefinition, Initiative, Label, Model, Region, Source } from '../../src/data/schema.js';
import { changeOf, compareWithNational, type Change } from '../../src/data/trend.js';
import { NETHERLANDS_ID } from '../../src/geo/region-id.js';
import type { Format, Lang } from '../../src/i18n/locale.js';
import { educationCharts, labourChart, sourcesOf, type ProfileChart } from './charts.js';
import type { Messages } from './messages.js';

/** The key figures, in this order: students per level, then inflow and outflow, then two rates. */
export const KEY_FIGURES = [
  'ict-deelnemers-mbo',
  'ict-ingeschrevenen-hbo',
  'ict-eerstejaars-hbo',
  'ict-eerstejaars-wo',
  'ict-gediplomeerden-hbo',
  'ict-gediplomeerden-wo',
  'aandeel-vrouwen-ingeschrevenen-hbo',
  'aandeel-ict-ingeschrevenen-hbo',
];

const LABOUR_GROUP = 'arbeidsmarkt';
/** The labour-market indicator that has a chart rather than a figure. */
const LABOUR_CHARTED = 'werkzame-icters';

export type ProfileData = Loaded<'profiles' | 'regions', 'initiatives' | 'models'>;

export interface ViewInput {
  /** The region and comparison asked for (attributes or URL). */
  region: string;
  compare: string;
  /** Year of the key figures; undefined: the newest year of each. */
  year: number | undefined;
  t: Messages;
  format: Format;
  lang: Lang;
}

/** A key figure: the region's value, the comparison region's value in the same year, the change and the national comparison. */
export interface FigureView {
  def: IndicatorDefinition;
  point: DataPoint | undefined;
  comparePoint: DataPoint | undefined;
  change: Change | undefined;
  /** Against the Netherlands; undefined when the Netherlands is shown, or without a national value. */
  vs: ReturnType<typeof compareWithNational>;
  /** Numbers of the figure's caveats in the profile's list. */
  nums: number[];
}

/** A national labour-market figure (there are no regional ones). */
export interface LabourFigureView {
  def: IndicatorDefinition;
  point: DataPoint | undefined;
  nums: number[];
}

export interface ChartView {
  spec: ProfileChart;
  sources: Source[];
  /** The caveats of the chart's indicators, each once. */
  caveats: Label[];
  nums: number[];
}

export interface ProfileView {
  /** The region shown: the id asked for, or the Netherlands when that id is not in the data. */
  id: string;
  /** The comparison shown: the id asked for when known and not the region itself, else the Netherlands. */
  compareId: string;
  region: Region | undefined;
  name: string;
  compareName: string;
  figures: FigureView[];
  charts: ChartView[];
  labour: ChartView | undefined;
  labourFigures: LabourFigureView[];
  /** Every chart, for the chart controller. */
  specs: ProfileChart[];
  /** The caveats of the profile, numbered from 1 in this order. */
  caveats: string[];
  sources: Source[];
  initiatives: Initiative[];
  /** The working models the region's initiatives apply, each with its number of initiatives there. */
  models: { model: Model; count: number }[];
}

/** The region shown for the region asked for, and the comparison shown. */
export function shownRegions(regions: Region[], region: string, compare: string): { id: string; compareId: string } {
  const known = (x: string) => regions.some((r) => r.id === x);
  const id = known(region) ? region : NETHERLANDS_ID;
  return { id, compareId: known(compare) && compare !== id ? compare : NETHERLANDS_ID };
}

export function profileView(d: ProfileData, input: ViewInput): ProfileView {
  const { t, format, lang, year } = input;
  const regions = d.regions.records;
  const { id, compareId } = shownRegions(regions, input.region, input.compare);
  const region = regions.find((r) => r.id === id);
  const name = region?.name ?? id;
  const compareName = regions.find((r) => r.id === compareId)?.name ?? compareId;
  const defs = d.profiles.indicators ?? [];
  const profile = profileOf(d.profiles, id);
  const compare = profileOf(d.profiles, compareId);
  const national = profileOf(d.profiles, NETHERLANDS_ID);
  const chartInput = { defs, region: profile, regionName: name, compare, compareName, national, t, format, lang };
  const education = educationCharts(chartInput);
  const labour = labourChart(chartInput);

  // Caveats numbered once for the whole profile; figures and charts refer to the numbers in print.
  const caveats: string[] = [];
  const caveatNums = (ds: IndicatorDefinition[]) =>
    [...new Set(ds.flatMap((x) => (x.caveats ?? []).map((c) => labelIn(c, lang))))].map(
      (c) => (caveats.includes(c) ? caveats.indexOf(c) : caveats.push(c) - 1) + 1,
    );
  const chartView = (spec: ProfileChart): ChartView => ({
    spec,
    sources: sourcesOf(spec.defs),
    caveats: [...new Map(spec.defs.flatMap((x) => x.caveats ?? []).map((c) => [c.nl, c])).values()],
    nums: caveatNums(spec.defs),
  });

  const isNl = id === NETHERLANDS_ID;
  const initiatives = (d.initiatives?.records ?? []).filter((i) => isNl || i.regions.includes(id)).sort((a, b) => a.name.localeCompare(b.name, lang));
  const figures = KEY_FIGURES.flatMap((k) => defs.find((x) => x.id === k) ?? []).map((def): FigureView => {
    const point = pointAt(profile, def.id, year);
    return {
      def,
      point,
      comparePoint: pointAt(compare, def.id, point?.year ?? year),
      change: changeOf(profile, def, year),
      vs: isNl ? undefined : compareWithNational(point?.value, point?.year, national, def),
      nums: caveatNums([def]),
    };
  });
  const charts = education.map(chartView);
  const labourFigures = defs
    .filter((x) => x.group === LABOUR_GROUP && x.id !== LABOUR_CHARTED)
    .map((def) => ({ def, point: pointAt(national, def.id), nums: caveatNums([def]) }));
  return {
    id,
    compareId,
    region,
    name,
    compareName,
    figures,
    charts,
    labour: labour && chartView(labour),
    labourFigures,
    specs: labour ? [...education, labour] : education,
    caveats,
    sources: sourcesOf(defs, national),
    initiatives,
    models: modelsApplied(d.models?.records ?? [], initiatives).map((m) => ({ model: m.model, count: m.initiatives.length })),
  };
}
