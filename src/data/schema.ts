/**
 * The data contract of the kit: one valibot schema per dataset. It is the single
 * source of truth for the TypeScript types (`v.InferOutput`), the runtime checks in
 * the browser and in the CLI, and the JSON Schema files published in `dist/schema/`.
 *
 * Messages in `v.*` actions are message keys (see `messages.ts`), so the same schema
 * reports in plain Dutch or English.
 */
import * as v from 'valibot';

/** Schema version of every dataset this module describes. */
export const SCHEMA_VERSION = 1;

/** Bounding box of the Netherlands (CBS 2024 outline, rounded outwards): [west, south, east, north]. */
export const NL_BBOX = [3.3, 50.7, 7.3, 53.6] as const;

export const Slug = v.pipe(
  v.string('type.string'),
  v.maxLength(80, 'text.tooLong'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id.slug'),
);
const text = (max: number) =>
  v.pipe(v.string('type.string'), v.trim(), v.minLength(1, 'text.empty'), v.maxLength(max, 'text.tooLong'));
const ShortText = text(200);
const LongText = text(2000);
/** Only http(s): a `javascript:` or `data:` link is an error, never a link. */
export const HttpUrl = v.pipe(
  v.string('type.string'),
  v.maxLength(2000, 'text.tooLong'),
  v.regex(/^https?:\/\/[^\s<>"]+$/i, 'url.http'),
);
const IsoDate = v.pipe(v.string('type.string'), v.isoDate('date.iso'));
const Year = v.pipe(v.number('type.number'), v.integer('number.integer'), v.minValue(1900, 'year.range'), v.maxValue(2100, 'year.range'));
const GemeenteCode = v.pipe(v.string('type.string'), v.regex(/^GM\d{4}$/, 'code.gemeente'));
const list = <T extends v.GenericSchema>(item: T, max = 50) =>
  v.pipe(v.array(item, 'type.array'), v.maxLength(max, 'list.tooLong'));
const Label = v.object({ nl: ShortText, en: v.optional(ShortText) }, 'type.object');

/** A publication a figure or a record comes from. */
export const Source = v.object(
  {
    publisher: v.optional(ShortText),
    title: text(300),
    url: v.optional(HttpUrl),
  },
  'type.object',
);

/** A place on the map: coordinates outside the Netherlands' bounding box are an error, never a marker in the sea. */
const Place = v.object(
  {
    name: ShortText,
    gemeente: GemeenteCode,
    lat: v.pipe(v.number('type.number'), v.minValue(NL_BBOX[1], 'coord.outside'), v.maxValue(NL_BBOX[3], 'coord.outside')),
    lon: v.pipe(v.number('type.number'), v.minValue(NL_BBOX[0], 'coord.outside'), v.maxValue(NL_BBOX[2], 'coord.outside')),
    /** `gemeente`: the point is the gemeente's centre (placed from the gemeente, not an address); absent: the point is the record's own. */
    precision: v.optional(v.picklist(['gemeente'], 'place.precision')),
  },
  'type.object',
);

export const Status = v.picklist(['concept', 'published'], 'status.concept');

// ---------------------------------------------------------------- records

export const Initiative = v.object(
  {
    id: Slug,
    name: ShortText,
    summary: LongText,
    kind: Slug,
    organisations: v.optional(list(ShortText), []),
    partners: v.optional(list(ShortText, 100), []),
    place: Place,
    /** Region ids (province and arbeidsmarktregio), derived from the gemeente. */
    regions: list(Slug, 10),
    levels: v.optional(list(Slug), []),
    targetGroups: v.optional(list(Slug), []),
    themes: v.optional(list(Slug), []),
    pillars: v.optional(list(Slug), []),
    models: v.optional(list(Slug), []),
    website: v.optional(HttpUrl),
    startYear: v.optional(Year),
    status: v.optional(v.picklist(['actief', 'afgerond', 'onbekend'], 'status.initiative'), 'onbekend'),
    sources: v.pipe(list(Source, 20), v.minLength(1, 'sources.none')),
    verified: IsoDate,
  },
  'type.object',
);

/** What a map marker needs of an initiative, checked as in `Initiative`: the map may draw these before the rest of each record is checked. */
export const InitiativePosition = v.looseObject(
  { id: Slug, place: v.looseObject({ lat: Place.entries.lat, lon: Place.entries.lon }, 'type.object') },
  'type.object',
);

export const Region = v.object(
  {
    id: Slug,
    name: ShortText,
    level: v.picklist(['land', 'provincie', 'arbeidsmarktregio'], 'region.level'),
    code: v.pipe(v.string('type.string'), v.regex(/^(NL01|PV\d{2}|AM\d{2})$/, 'code.region')),
    gemeenten: list(v.object({ code: GemeenteCode, name: ShortText }, 'type.object'), 400),
    parent: v.optional(Slug),
    /** For an arbeidsmarktregio: the provinces it lies in (10 of them cross a province border). */
    provinces: v.optional(list(Slug, 12)),
  },
  'type.object',
);

const Point = v.object(
  {
    year: Year,
    /** Absent when unknown or masked: a missing value is absent, never 0. */
    value: v.optional(v.pipe(v.number('type.number'), v.finite('number.finite'))),
    /** True when the publisher masked the cell (DUO masks counts under 5). */
    masked: v.optional(v.boolean('type.boolean')),
    /** The period within the year when the source gives one, e.g. `2022 Q4`. */
    period: v.optional(ShortText),
    /** The source of this one point, when it differs from the indicator's source. */
    source: v.optional(Source),
  },
  'type.object',
);

export const IndicatorDefinition = v.object(
  {
    id: Slug,
    label: Label,
    unit: v.picklist(['count', 'percent', 'thousand-persons'], 'indicator.unit'),
    /** How regions compare with the Netherlands: a count as a share of the national total, a rate against the national rate. */
    aggregate: v.picklist(['sum', 'rate'], 'indicator.aggregate'),
    group: Slug,
    level: v.optional(v.picklist(['mbo', 'hbo', 'wo', 'ho', 'all'], 'indicator.level')),
    definition: Label,
    caveats: v.optional(list(Label, 10), []),
    source: Source,
  },
  'type.object',
);

export const Profile = v.object(
  {
    region: Slug,
    series: list(v.object({ indicator: Slug, points: list(Point, 100) }, 'type.object'), 200),
  },
  'type.object',
);

export const Model = v.object(
  {
    id: Slug,
    name: ShortText,
    status: Status,
    summary: LongText,
    problem: LongText,
    targetGroups: v.optional(list(Slug), []),
    buildingBlocks: list(LongText),
    partners: v.optional(list(v.object({ who: ShortText, role: LongText }, 'type.object')), []),
    financing: v.optional(LongText),
    results: v.optional(list(v.object({ text: LongText, source: Source }, 'type.object')), []),
    conditions: list(LongText),
    /** The steps to start the model in another region, in order. */
    steps: v.optional(list(LongText), []),
    /** Initiatives that apply the model; those whose own `models` name it count too. */
    examples: list(Slug, 200),
  },
  'type.object',
);

export const TaxonomyTerm = v.object(
  {
    facet: v.picklist(['kind', 'targetGroup', 'level', 'theme', 'pillar'], 'taxonomy.facet'),
    id: Slug,
    label: Label,
    status: v.optional(Status, 'published'),
  },
  'type.object',
);

/** An ICT education location from DUO, shown as a map layer. */
export const Location = v.object(
  {
    id: Slug,
    institution: ShortText,
    level: v.picklist(['mbo', 'hbo', 'wo'], 'location.level'),
    place: Place,
    regions: list(Slug, 10),
    programmes: v.pipe(v.number('type.number'), v.integer('number.integer'), v.minValue(0, 'number.min')),
    students: v.optional(v.pipe(v.number('type.number'), v.integer('number.integer'), v.minValue(0, 'number.min'))),
    /** Students in the broad ICT selection (core plus related programmes) in `year`. */
    studentsBroad: v.optional(v.pipe(v.number('type.number'), v.integer('number.integer'), v.minValue(0, 'number.min'))),
    year: Year,
  },
  'type.object',
);

// ---------------------------------------------------------------- datasets

/** Every dataset the kit reads, with the schema of one record. */
export const RECORD_SCHEMAS = {
  initiatives: Initiative,
  regions: Region,
  profiles: Profile,
  models: Model,
  taxonomy: TaxonomyTerm,
  locations: Location,
} as const;
export type DatasetName = keyof typeof RECORD_SCHEMAS;
export const DATASET_NAMES = Object.keys(RECORD_SCHEMAS) as DatasetName[];

const envelopeEntries = {
  $schema: v.optional(v.string('type.string')),
  schemaVersion: v.literal(SCHEMA_VERSION, 'envelope.version'),
  updated: IsoDate,
  publisher: ShortText,
  license: ShortText,
  attribution: LongText,
  sources: v.optional(list(Source, 50), []),
};

/** The envelope as checked at run time: records are checked one by one, so one bad record is skipped, not fatal. */
export function envelopeSchema(name: DatasetName): v.GenericSchema<unknown, RawDocument> {
  return v.object(
    {
      ...envelopeEntries,
      dataset: v.literal(name, 'envelope.dataset'),
      ...(name === 'profiles' ? { indicators: list(IndicatorDefinition, 200) } : {}),
      records: v.array(v.unknown(), 'type.array'),
    },
    'type.object',
  ) as unknown as v.GenericSchema<unknown, RawDocument>;
}

/** The envelope with its records still unchecked. */
export interface RawDocument extends Envelope {
  $schema?: string;
  indicators?: IndicatorDefinition[];
  records: unknown[];
}

/** The whole document, records included: the shape published as JSON Schema. */
export function documentSchema(name: DatasetName) {
  return v.object({
    ...envelopeEntries,
    dataset: v.literal(name),
    ...(name === 'profiles' ? { indicators: v.array(IndicatorDefinition) } : {}),
    records: v.array(RECORD_SCHEMAS[name]),
  });
}

export type Initiative = v.InferOutput<typeof Initiative>;
export type Region = v.InferOutput<typeof Region>;
export type Profile = v.InferOutput<typeof Profile>;
export type IndicatorDefinition = v.InferOutput<typeof IndicatorDefinition>;
export type Model = v.InferOutput<typeof Model>;
export type TaxonomyTerm = v.InferOutput<typeof TaxonomyTerm>;
export type Location = v.InferOutput<typeof Location>;
export type Source = v.InferOutput<typeof Source>;
export type Label = v.InferOutput<typeof Label>;
export type DataPoint = v.InferOutput<typeof Point>;

export interface RecordTypes {
  initiatives: Initiative;
  regions: Region;
  profiles: Profile;
  models: Model;
  taxonomy: TaxonomyTerm;
  locations: Location;
}

export interface Envelope {
  schemaVersion: number;
  dataset: DatasetName;
  updated: string;
  publisher: string;
  license: string;
  attribution: string;
  sources: Source[];
}

/** A dataset after validation: the envelope, the valid records, and the definitions of profiles. */
export interface Dataset<N extends DatasetName = DatasetName> extends Envelope {
  dataset: N;
  records: RecordTypes[N][];
  indicators?: IndicatorDefinition[];
}
