/**
 * Region profiles from the DUO open data in data/bronnen/duo and the documented national
 * labour-market figures in data/bronnen/arbeidsmarkt. Every DUO row is reassigned from its
 * 2015 gemeente to the 2024 regions: the 2015 gemeente's label point is placed in a 2024
 * gemeente polygon, whose province and arbeidsmarktregio count it.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { DataPoint, IndicatorDefinition, Label, Profile, Source } from '../data/schema.js';
import { NETHERLANDS_ID } from '../geo/region-id.js';
import { type Gemeente, gemeenteLocator } from './geo.js';
import { dataPath } from './data-dir.js';

export const DUO_DIR = ['bronnen', 'duo'];
export const LABOUR_FILE = ['bronnen', 'arbeidsmarkt', 'gedocumenteerde_cijfers.csv'];
const DUO_URL = 'https://www.duo.nl/open_onderwijsdata/';

export function readCsv(path: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0].message} (rij ${(parsed.errors[0].row ?? 0) + 2})`);
  return parsed.data;
}

/** One DUO detail series: which file, which rows, which indicator suffix. */
interface Series {
  suffix: string;
  file: string;
  indicator: string;
  niveau: 'hbo' | 'wo' | 'mbo';
  group: string;
  gemeenteColumn: string;
  label: Label;
  what: Label;
  title: string;
}

const SERIES: Series[] = [
  {
    suffix: 'ingeschrevenen-hbo',
    file: 'duo_hbo_ingeschrevenen_ict_2020_2024.csv',
    indicator: 'ingeschrevenen',
    niveau: 'hbo',
    group: 'ingeschrevenen',
    gemeenteColumn: 'gemeentecode',
    label: { nl: 'ICT-studenten hbo (ingeschreven)', en: 'ICT students in higher professional education (enrolled)' },
    what: {
      nl: 'ingeschreven studenten (peildatum 1 oktober) in een hbo-ICT-opleiding',
      en: 'students enrolled (on 1 October) in a higher professional ICT programme',
    },
    title: 'Open onderwijsdata: ingeschrevenen hbo',
  },
  {
    suffix: 'eerstejaars-hbo',
    file: 'duo_ho_eerstejaars_ict_2015_2019.csv',
    indicator: 'eerstejaars',
    niveau: 'hbo',
    group: 'eerstejaars',
    gemeenteColumn: 'gemeentecode',
    label: { nl: 'Eerstejaars ICT hbo', en: 'First-year ICT students, higher professional education' },
    what: {
      nl: 'eerstejaars (nieuwe inschrijvingen op 1 oktober) in een hbo-ICT-opleiding',
      en: 'first-year students (new enrolments on 1 October) in a higher professional ICT programme',
    },
    title: 'Open onderwijsdata: eerstejaars ingeschrevenen hbo (bestand 03b)',
  },
  {
    suffix: 'eerstejaars-wo',
    file: 'duo_ho_eerstejaars_ict_2015_2019.csv',
    indicator: 'eerstejaars',
    niveau: 'wo',
    group: 'eerstejaars',
    gemeenteColumn: 'gemeentecode',
    label: { nl: 'Eerstejaars ICT wo', en: 'First-year ICT students, university' },
    what: {
      nl: 'eerstejaars (nieuwe inschrijvingen op 1 oktober) in een universitaire ICT-opleiding',
      en: 'first-year students (new enrolments on 1 October) in a university ICT programme',
    },
    title: 'Open onderwijsdata: eerstejaars ingeschrevenen wo (bestand 03b)',
  },
  {
    suffix: 'gediplomeerden-hbo',
    file: 'duo_ho_gediplomeerden_ict_2014_2018.csv',
    indicator: 'gediplomeerden',
    niveau: 'hbo',
    group: 'gediplomeerden',
    gemeenteColumn: 'gemeentecode',
    label: { nl: 'Gediplomeerden ICT hbo', en: 'ICT graduates, higher professional education' },
    what: {
      nl: 'diploma’s in een hbo-ICT-opleiding (jaar zoals DUO het noemt)',
      en: 'diplomas in a higher professional ICT programme (year as labelled by DUO)',
    },
    title: 'Open onderwijsdata: gediplomeerden hbo (bestand 05)',
  },
  {
    suffix: 'gediplomeerden-wo',
    file: 'duo_ho_gediplomeerden_ict_2014_2018.csv',
    indicator: 'gediplomeerden',
    niveau: 'wo',
    group: 'gediplomeerden',
    gemeenteColumn: 'gemeentecode',
    label: { nl: 'Gediplomeerden ICT wo', en: 'ICT graduates, university' },
    what: {
      nl: 'diploma’s in een universitaire ICT-opleiding (jaar zoals DUO het noemt)',
      en: 'diplomas in a university ICT programme (year as labelled by DUO)',
    },
    title: 'Open onderwijsdata: gediplomeerden wo (bestand 05)',
  },
  {
    suffix: 'deelnemers-mbo',
    file: 'duo_mbo_deelnemers_ict_2015_2019.csv',
    indicator: 'deelnemers',
    niveau: 'mbo',
    group: 'deelnemers',
    gemeenteColumn: 'gemeentecode_zetel',
    label: { nl: 'ICT-studenten mbo', en: 'ICT students in vocational education (mbo)' },
    what: {
      nl: 'mbo-studenten (peildatum 1 oktober) in het opleidingsdomein Informatie en communicatietechnologie',
      en: 'vocational students (on 1 October) in the domain Information and communication technology',
    },
    title: 'Open onderwijsdata: deelnemers mbo per instelling, plaats, opleiding, niveau en geslacht',
  },
];

const CAVEAT = {
  taught: { nl: 'Geteld waar de opleiding wordt gegeven, niet waar studenten wonen.', en: 'Counted where the programme is taught, not where students live.' },
  mboSeat: {
    nl: 'Mbo: DUO geeft alleen de vestigingsplaats (zetel) van de instelling; alle studenten van een grote ROC tellen in die ene gemeente. Regionale mbo-cijfers zijn indicatief.',
    en: 'Mbo: DUO only gives the seat of the institution; all students of a large college count in that one municipality. Regional mbo figures are indicative.',
  },
  selection: {
    nl: 'Welke opleidingen ICT zijn, is een eigen selectie (kern-ICT op opleidingsnaam; zie data/bronnen/duo/ict_opleidingen_selectie.csv), geen officiële definitie. Mbo: het hele domein ICT.',
    en: 'Which programmes count as ICT is our own selection (core ICT by programme name; see data/bronnen/duo/ict_opleidingen_selectie.csv), not an official definition. Mbo: the whole ICT domain.',
  },
  regions: {
    nl: 'DUO gebruikt de gemeenten van toen; elke gemeente van 2015 is via haar kaartpunt ingedeeld bij de gemeente, provincie en arbeidsmarktregio van 2024.',
    en: 'DUO uses the municipalities of the time; each 2015 municipality is assigned through its map point to the 2024 municipality, province and labour-market region.',
  },
  /** `perYear`: how many ICT cells DUO masked in each year, e.g. `2020: 10, 2021: 12`. */
  masked: (perYear: string): Label => ({
    nl: `DUO maskeert aantallen onder 5 ("<5") in elk jaar (ICT-cellen per jaar: ${perYear}); die tellen hier als 0, dus de aantallen zijn ondergrenzen.`,
    en: `DUO masks counts under 5 ("<5") in every year (ICT cells per year: ${perYear}); they count as 0 here, so the counts are lower bounds.`,
  }),
  maskedShares: {
    nl: 'Daardoor kunnen ook de percentages afwijken: een gemaskeerde cel ontbreekt in het aandeel vrouwen en in het aandeel ICT.',
    en: 'The percentages can be off too: a masked cell is missing from the share of women and from the ICT share.',
  },
  zero: {
    nl: 'Een regio zonder instelling met ICT-studenten telt 0: DUO noemt alle instellingen.',
    en: 'A region without an institution with ICT students counts 0: DUO lists all institutions.',
  },
};

const LABOUR_SOURCE_NOTE = {
  nl: 'Alleen landelijke cijfers: er is geen open bestand met ICT-werkgelegenheid of ICT-vacatures per provincie of arbeidsmarktregio gevonden.',
  en: 'National figures only: no open file with ICT employment or ICT vacancies per province or labour-market region was found.',
};

const VACANCY_SNAPSHOTS: Label = {
  nl: 'Momentopnamen van één kwartaal uit twee berichten; het kwartaal staat bij elk punt.',
  en: 'Snapshots of one quarter from two reports; the quarter is given with each point.',
};
const VACANCY_METHODS: Label = {
  nl: 'Twee telmethoden: 2021 Q3 is geteld vóór, 2022 Q4 na de methodeherziening van UWV in het eerste kwartaal van 2022. De punten zijn niet te vergelijken; het verschil is geen trend.',
  en: 'Two counting methods: 2021 Q3 was counted before, 2022 Q4 after UWV revised its method in the first quarter of 2022. The points cannot be compared; the difference is not a trend.',
};

/** National labour-market figures taken from gedocumenteerde_cijfers.csv (Nederland rows only). */
const LABOUR: {
  id: string;
  match: (indicator: string) => boolean;
  unit: IndicatorDefinition['unit'];
  aggregate: IndicatorDefinition['aggregate'];
  label: Label;
  definition: Label;
  caveats?: Label[];
}[] = [
  {
    id: 'werkzame-icters',
    match: (i) => i === "werkzame ICT'ers",
    unit: 'thousand-persons',
    aggregate: 'sum',
    label: { nl: 'Werkzame ICT’ers', en: 'ICT professionals in employment' },
    definition: {
      nl: 'Werkzame personen met een ICT-beroep, x 1.000 (CBS, ICT, kennis en economie).',
      en: 'Employed persons with an ICT occupation, thousands (CBS, ICT, knowledge and the economy).',
    },
    caveats: [
      {
        nl: 'Voor 2021 meldt de bron een voetnoot (mogelijke trendbreuk). Voor 2022 noemt CBS "ruim 600 duizend"; dat is geen exact cijfer en staat er daarom niet in.',
        en: 'For 2021 the source has a footnote (possible break in the series). For 2022 CBS says "over 600 thousand"; not an exact figure, so it is left out.',
      },
    ],
  },
  {
    id: 'aandeel-vrouwen-icters',
    match: (i) => i === "aandeel vrouwen onder werkzame ICT'ers",
    unit: 'percent',
    aggregate: 'rate',
    label: { nl: 'Aandeel vrouwen onder werkzame ICT’ers', en: 'Share of women among ICT professionals' },
    definition: {
      nl: 'Percentage vrouwen onder de werkzame personen met een ICT-beroep.',
      en: 'Percentage of women among employed persons with an ICT occupation.',
    },
  },
  {
    id: 'technische-beroepen',
    match: (i) => i === 'personen met een technisch beroep',
    unit: 'count',
    aggregate: 'sum',
    label: { nl: 'Mensen met een technisch beroep', en: 'People in technical occupations' },
    definition: {
      nl: 'Aantal personen met een technisch beroep (Monitor Techniekpact).',
      en: 'Number of people with a technical occupation (Techniekpact monitor).',
    },
    caveats: [
      {
        nl: 'Voor 2022: 1.847.000 (304.000 vrouwen en 1.543.000 mannen), niet 847.000 zoals in een eerdere notitie stond.',
        en: 'For 2022: 1,847,000 (304,000 women and 1,543,000 men), not 847,000 as an earlier note said.',
      },
    ],
  },
  {
    id: 'vacatures-ict',
    match: (i) => i === 'openstaande vacatures ICT' || i === 'openstaande vacatures ICT-beroepen',
    unit: 'count',
    aggregate: 'sum',
    label: { nl: 'Openstaande vacatures ICT-beroepen', en: 'Open vacancies, ICT occupations' },
    definition: {
      nl: 'Openstaande vacatures in ICT-beroepen in een kwartaal (UWV, via Techniekpact).',
      en: 'Open vacancies in ICT occupations in one quarter (UWV, via Techniekpact).',
    },
    caveats: [VACANCY_SNAPSHOTS, VACANCY_METHODS],
  },
  {
    id: 'vacatures-techniek',
    match: (i) => i === 'openstaande vacatures techniek' || i === 'openstaande vacatures technische beroepen',
    unit: 'count',
    aggregate: 'sum',
    label: { nl: 'Openstaande vacatures technische beroepen', en: 'Open vacancies, technical occupations' },
    definition: {
      nl: 'Openstaande vacatures in technische beroepen in een kwartaal (UWV, via Techniekpact).',
      en: 'Open vacancies in technical occupations in one quarter (UWV, via Techniekpact).',
    },
    caveats: [VACANCY_SNAPSHOTS, VACANCY_METHODS],
  },
  {
    id: 'werkloosheid-technisch-opgeleiden',
    match: (i) => i === 'werkloosheid technisch opgeleiden',
    unit: 'percent',
    aggregate: 'rate',
    label: { nl: 'Werkloosheid onder technisch opgeleiden', en: 'Unemployment among people with a technical education' },
    definition: {
      nl: 'Werkloosheidspercentage van technisch opgeleiden (Monitor Techniekpact); ter vergelijking: de hele beroepsbevolking 3,5% in 2022.',
      en: 'Unemployment rate of people with a technical education (Techniekpact monitor); for comparison, the whole labour force 3.5% in 2022.',
    },
  },
];

export interface ProfilesResult {
  indicators: IndicatorDefinition[];
  records: Profile[];
  sources: Source[];
  /** 2015 gemeenten placed by nearest polygon (point on a simplified coast) and those whose 2024 province differs from 2015. */
  notes: string[];
}

/** Maps 2015 gemeentecodes to the 2024 gemeente through their label points. */
export function reassignment2015(): { to2024: Map<string, Gemeente>; notes: string[] } {
  const rows = readCsv(dataPath(...DUO_DIR, 'gemeenten_2015_cbs_arbeidsmarktregio.csv'));
  const locator = gemeenteLocator();
  const to2024 = new Map<string, Gemeente>();
  const notes: string[] = [];
  for (const r of rows) {
    const lat = Number(r.lat),
      lon = Number(r.lon);
    const hit = locator.locate(lat, lon);
    if (!hit) throw new Error(`gemeente ${r.gemeentecode} ${r.gemeentenaam} (2015): punt ${lat},${lon} ligt in geen enkele gemeente van 2024`);
    if (hit.nearest)
      notes.push(
        `${r.gemeentecode} ${r.gemeentenaam}: punt net buiten de vereenvoudigde grens, ingedeeld bij de dichtstbijzijnde gemeente ${hit.gemeente.name}`,
      );
    to2024.set(r.gemeentecode, hit.gemeente);
  }
  return { to2024, notes };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function buildProfiles(regionIds: string[]): ProfilesResult {
  const { to2024, notes } = reassignment2015();
  const regionsOf = (code: string, where: string): string[] => {
    const g = to2024.get(code);
    if (!g) throw new Error(`${where}: gemeentecode ${code} staat niet in gemeenten_2015_cbs_arbeidsmarktregio.csv`);
    return [NETHERLANDS_ID, g.province, g.amr];
  };
  const indicators: IndicatorDefinition[] = [];
  /** region -> indicator -> points */
  const out = new Map<string, Map<string, DataPoint[]>>(regionIds.map((id) => [id, new Map()]));
  const add = (region: string, indicator: string, point: DataPoint) => {
    const m = out.get(region);
    if (!m) return;
    if (!m.has(indicator)) m.set(indicator, []);
    m.get(indicator)!.push(point);
  };

  // Denominators: all programmes per gemeente (2015 division), reassigned the same way.
  const aggregates = readCsv(dataPath(...DUO_DIR, 'regio_aggregaten_ict_onderwijs.csv'));
  const detailCache = new Map<string, Record<string, string>[]>();

  for (const s of SERIES) {
    if (!detailCache.has(s.file)) detailCache.set(s.file, readCsv(dataPath(...DUO_DIR, s.file)));
    const rows = detailCache.get(s.file)!.filter((r) => r.indicator === s.indicator && r.niveau === s.niveau);
    const years = [...new Set(rows.map((r) => Number(r.jaar)))].sort((a, b) => a - b);
    type Acc = { total: number; women: number; masked: boolean; all: number };
    const maskedPerYear = new Map<number, number>();
    const acc = new Map<string, Acc>();
    const cell = (region: string, year: number) => {
      const key = `${region}|${year}`;
      if (!acc.has(key)) acc.set(key, { total: 0, women: 0, masked: false, all: 0 });
      return acc.get(key)!;
    };
    for (const r of rows) {
      if (s.niveau !== 'mbo' && r.ict_categorie !== 'kern') continue;
      const masked = r.onderdrukt === '1';
      if (masked) maskedPerYear.set(Number(r.jaar), (maskedPerYear.get(Number(r.jaar)) ?? 0) + 1);
      const n = masked || r.aantal === '' ? 0 : Number(r.aantal);
      if (!Number.isFinite(n)) throw new Error(`${s.file}: aantal "${r.aantal}" is geen getal`);
      for (const region of regionsOf(r[s.gemeenteColumn], s.file)) {
        const c = cell(region, Number(r.jaar));
        c.total += n;
        if (r.geslacht === 'vrouw') c.women += n;
        if (masked) c.masked = true;
      }
    }
    for (const a of aggregates) {
      if (a.indicator !== s.indicator || a.niveau !== s.niveau || a.regiotype !== 'gemeente') continue;
      const all = Number(a.alle_opleidingen_totaal);
      if (!Number.isFinite(all)) continue;
      for (const region of regionsOf(a.regiocode, 'regio_aggregaten_ict_onderwijs.csv')) cell(region, Number(a.jaar)).all += all;
    }
    const source: Source = { publisher: 'DUO', title: s.title, url: DUO_URL };
    const caveats = [
      CAVEAT.taught,
      ...(s.niveau === 'mbo' ? [CAVEAT.mboSeat] : []),
      ...(maskedPerYear.size ? [CAVEAT.masked(years.map((y) => `${y}: ${maskedPerYear.get(y) ?? 0}`).join(', ')), CAVEAT.maskedShares] : []),
      CAVEAT.selection,
      CAVEAT.regions,
    ];
    const level = s.niveau;
    indicators.push(
      {
        id: `ict-${s.suffix}`,
        label: s.label,
        unit: 'count',
        aggregate: 'sum',
        group: s.group,
        level,
        definition: { nl: `Aantal ${s.what.nl}.`, en: `Number of ${s.what.en}.` },
        caveats: [...caveats, CAVEAT.zero],
        source,
      },
      {
        id: `aandeel-vrouwen-${s.suffix}`,
        label: { nl: `Aandeel vrouwen: ${s.label.nl}`, en: `Share of women: ${s.label.en}` },
        unit: 'percent',
        aggregate: 'rate',
        group: 'vrouwen',
        level,
        definition: {
          nl: `Vrouwen als percentage van alle ${s.what.nl}. Ontbreekt waar er geen ICT-studenten zijn.`,
          en: `Women as a percentage of all ${s.what.en}. Absent where there are no ICT students.`,
        },
        caveats,
        source,
      },
      {
        id: `aandeel-ict-${s.suffix}`,
        label: { nl: `Aandeel ICT: ${s.label.nl}`, en: `ICT share: ${s.label.en}` },
        unit: 'percent',
        aggregate: 'rate',
        group: 'aandeel-ict',
        level,
        definition: {
          nl: `ICT-studenten als percentage van alle studenten van dit niveau in de regio (alle opleidingen, zelfde telling). Ontbreekt waar er geen ${level}-instelling is.`,
          en: `ICT students as a percentage of all students of this level in the region (all programmes, same count). Absent where there is no ${level} institution.`,
        },
        caveats,
        source,
      },
    );
    for (const region of regionIds) {
      for (const year of years) {
        const c = acc.get(`${region}|${year}`) ?? { total: 0, women: 0, masked: false, all: 0 };
        const m = c.masked ? { masked: true } : {};
        add(region, `ict-${s.suffix}`, { year, value: c.total, ...m });
        if (c.total > 0) add(region, `aandeel-vrouwen-${s.suffix}`, { year, value: round1((100 * c.women) / c.total), ...m });
        if (c.all > 0) add(region, `aandeel-ict-${s.suffix}`, { year, value: round1((100 * c.total) / c.all), ...m });
      }
    }
  }

  // National labour market: only rows the CSV documents for the Netherlands, with their own URL.
  const labour = readCsv(dataPath(...LABOUR_FILE)).filter((r) => r.regio === 'Nederland');
  const titleOfUrl = new Map<string, string>();
  for (const r of labour) if (!r.uitgever_bron.includes('idem') && !titleOfUrl.has(r.url)) titleOfUrl.set(r.url, r.uitgever_bron);
  for (const def of LABOUR) {
    const points: DataPoint[] = [];
    let first: Source | undefined;
    for (const r of labour.filter((x) => def.match(x.indicator))) {
      const m = /^(\d{4})(?:\s+(Q[1-4]))?$/.exec(r.periode.trim());
      const value = Number(r.waarde);
      if (!m || r.waarde.trim() === '' || !Number.isFinite(value)) continue; // "ruim 600", "2013-2022": not a point
      const source: Source = {
        publisher: r.uitgever_bron.replace(/\s*[(/].*$/, '').trim(),
        title: (titleOfUrl.get(r.url) ?? r.uitgever_bron).slice(0, 300),
        url: r.url,
      };
      first ??= source;
      points.push({ year: Number(m[1]), value, ...(m[2] ? { period: `${m[1]} ${m[2]}` } : {}), ...(first.url === source.url ? {} : { source }) });
    }
    if (!points.length || !first) continue;
    points.sort((a, b) => a.year - b.year);
    indicators.push({
      id: def.id,
      label: def.label,
      unit: def.unit,
      aggregate: def.aggregate,
      group: 'arbeidsmarkt',
      level: 'all',
      definition: def.definition,
      caveats: [...(def.caveats ?? []), LABOUR_SOURCE_NOTE],
      source: first,
    });
    for (const p of points) add(NETHERLANDS_ID, def.id, p);
  }

  const records: Profile[] = regionIds.map((region) => ({
    region,
    series: [...out.get(region)!].map(([indicator, points]) => ({ indicator, points })),
  }));
  const sources: Source[] = [
    { publisher: 'DUO', title: 'Open onderwijsdata (CC0)', url: DUO_URL },
    { publisher: 'CBS', title: 'CBS Gebiedsindelingen 2015 en 2024 (indeling naar regio’s)' },
    ...[...new Map(indicators.filter((d) => d.group === 'arbeidsmarkt').map((d) => [d.source.url, d.source])).values()],
  ];
  return { indicators, records, sources, notes };
}
