/**
 * The profile's view model, on the shipped data. Expected numbers are read by hand from
 * the DUO reference aggregates (data-source/regio_aggregaten_ict_onderwijs.csv, column
 * ict_kern_totaal and the two percentage columns) and the documented national figures.
 */
import { expect } from '@open-wc/testing';
import { formatFor } from '../../src/i18n/locale.js';
import { readJson } from '../../test/helpers/wait.js';
import { messages } from './messages.js';
import { KEY_FIGURES, profileView, shownRegions, type ProfileData, type ViewInput } from './view-model.js';

let data: ProfileData;
const view = (region: string, more: Partial<ViewInput> = {}) =>
  profileView(data, { region, compare: 'nl', year: undefined, t: messages.nl, format: formatFor('nl'), lang: 'nl', ...more });
const figure = (v: ReturnType<typeof view>, id: string) => v.figures.find((f) => f.def.id === id)!;

describe('regioprofiel view model', () => {
  before(async () => {
    const [profiles, regions, initiatives] = await Promise.all(['profiles', 'regions', 'initiatives'].map((n) => readJson(`/dist/data/${n}.json`)));
    data = { profiles, regions, initiatives };
  });

  it('shows the Netherlands for an unknown region, and compares with the Netherlands unless another known region is asked', () => {
    const regions = data.regions.records;
    expect(shownRegions(regions, 'utrecht', 'zeeland')).to.deep.equal({ id: 'utrecht', compareId: 'zeeland' });
    expect(shownRegions(regions, 'atlantis', 'zeeland')).to.deep.equal({ id: 'nl', compareId: 'zeeland' });
    expect(shownRegions(regions, 'utrecht', 'utrecht')).to.deep.equal({ id: 'utrecht', compareId: 'nl' });
    expect(shownRegions(regions, 'utrecht', 'atlantis')).to.deep.equal({ id: 'utrecht', compareId: 'nl' });
    const v = view('atlantis');
    expect([v.id, v.name, v.compareName]).to.deep.equal(['nl', 'Nederland', 'Nederland']);
  });

  it('gives Utrecht its key figures in order, with the newest year, the change and its share of the national total', () => {
    const v = view('utrecht');
    expect(v.figures.map((f) => f.def.id)).to.deep.equal(KEY_FIGURES);
    const hbo = figure(v, 'ict-ingeschrevenen-hbo');
    expect(hbo.point).to.include({ year: 2024, value: 2526, masked: true });
    expect(hbo.comparePoint).to.include({ year: 2024, value: 25687 });
    expect(hbo.change).to.include({ delta: 155, relative: 6.5, direction: 'up' });
    expect(hbo.change!.from.year).to.equal(2023);
    expect(hbo.vs).to.deep.equal({ kind: 'share', year: 2024, national: 25687, share: 9.8 });
    const women = figure(v, 'aandeel-vrouwen-ingeschrevenen-hbo');
    expect(women.point).to.include({ year: 2024, value: 10.1 });
    expect(women.change).to.include({ delta: 1.3, direction: 'up' });
    expect(women.vs).to.deep.equal({ kind: 'rate', year: 2024, national: 11.7, difference: -1.6 });
    const mbo = figure(v, 'ict-deelnemers-mbo');
    expect(mbo.point).to.include({ year: 2019, value: 1930 });
    expect(mbo.change).to.include({ delta: 40, relative: 2.1, direction: 'up' });
  });

  it('takes the figures of an earlier year, and the comparison region in that same year', () => {
    const v = view('groningen', { compare: 'zeeland', year: 2022 });
    expect(v.compareName).to.equal('Zeeland');
    const hbo = figure(v, 'ict-ingeschrevenen-hbo');
    expect(hbo.point).to.include({ year: 2022, value: 991 });
    expect(hbo.comparePoint).to.include({ year: 2022, value: 265 });
    expect(hbo.change).to.include({ delta: -50, direction: 'down' });
    expect(figure(v, 'ict-deelnemers-mbo').point).to.equal(undefined); // mbo figures end in 2019
  });

  it('compares in the year the region has a value, not the newest year of the comparison', () => {
    const source = { publisher: 'DUO', title: 'Open onderwijsdata', url: 'https://www.duo.nl/open_onderwijsdata/' };
    const def = {
      id: 'ict-ingeschrevenen-hbo',
      unit: 'count',
      aggregate: 'sum',
      group: 'ingeschrevenen',
      label: { nl: 'ICT-studenten hbo' },
      definition: { nl: '' },
      caveats: [],
      source,
    };
    const small = {
      regions: {
        records: [
          { id: 'nl', name: 'Nederland', level: 'land', gemeenten: [] },
          { id: 'x', name: 'X', level: 'provincie', gemeenten: [] },
        ],
      },
      profiles: {
        indicators: [def],
        records: [
          {
            region: 'nl',
            series: [
              {
                indicator: def.id,
                points: [
                  { year: 2023, value: 25950 },
                  { year: 2024, value: 25687 },
                ],
              },
            ],
          },
          { region: 'x', series: [{ indicator: def.id, points: [{ year: 2023, value: 100 }, { year: 2024 }] }] },
        ],
      },
    } as unknown as ProfileData;
    const f = profileView(small, { region: 'x', compare: 'nl', year: undefined, t: messages.nl, format: formatFor('nl'), lang: 'nl' }).figures[0];
    expect(f.point).to.include({ year: 2023, value: 100 });
    expect(f.comparePoint).to.include({ year: 2023, value: 25950 });
    expect(f.vs).to.include({ year: 2023, national: 25950 });
  });

  it('keeps a real 0 and an absent value apart', () => {
    const zeeland = figure(view('zeeland'), 'ict-eerstejaars-wo');
    expect(zeeland.point).to.include({ year: 2019, value: 0 });
    expect(zeeland.change).to.include({ delta: 0, direction: 'same' });
    expect(zeeland.change!.relative).to.equal(undefined);
    const achterhoek = view('achterhoek');
    expect(figure(achterhoek, 'ict-ingeschrevenen-hbo').point).to.include({ year: 2024, value: 0 });
    const women = figure(achterhoek, 'aandeel-vrouwen-ingeschrevenen-hbo');
    expect([women.point, women.change, women.vs]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('does not compare the Netherlands with itself', () => {
    const v = view('nl');
    expect(v.figures.every((f) => f.vs === undefined)).to.equal(true);
    expect(figure(v, 'ict-ingeschrevenen-hbo').change).to.include({ delta: -263, relative: -1, direction: 'down' });
  });

  it('numbers every caveat once for the whole profile, figures and charts referring to the same numbers', () => {
    const v = view('utrecht');
    expect(v.caveats.length).to.equal(12);
    expect(new Set(v.caveats).size).to.equal(12);
    expect(v.caveats[0]).to.match(/^Geteld waar de opleiding wordt gegeven/);
    expect(figure(v, 'ict-deelnemers-mbo').nums).to.deep.equal([1, 2, 3, 4, 5]);
    expect(figure(v, 'ict-ingeschrevenen-hbo').nums).to.deep.equal([1, 6, 7, 3, 4, 5]);
    expect(v.caveats[5]).to.match(/^DUO maskeert aantallen onder 5/);
    expect(v.caveats[6]).to.match(/^Daardoor kunnen ook de percentages afwijken/);
    expect(v.labourFigures.map((f) => [f.def.id, f.nums])).to.deep.equal([
      ['aandeel-vrouwen-icters', [8]],
      ['technische-beroepen', [9, 8]],
      ['vacatures-ict', [10, 11, 8]],
      ['vacatures-techniek', [10, 11, 8]],
      ['werkloosheid-technisch-opgeleiden', [8]],
    ]);
    expect(v.caveats[10]).to.match(/^Twee telmethoden: 2021 Q3 is geteld vóór, 2022 Q4 na/);
    expect(v.labour!.nums).to.deep.equal([12, 8]);
    expect(v.caveats[11]).to.match(/^Voor 2021 meldt de bron een voetnoot/);
    // every chart's numbers point at its own caveats
    for (const c of [...v.charts, v.labour!])
      expect(
        c.nums.map((n) => v.caveats[n - 1]),
        c.spec.id,
      ).to.deep.equal(c.caveats.map((x) => x.nl));
  });

  it('charts education and the national labour market, and hands every chart to the chart controller', () => {
    const v = view('utrecht');
    expect(v.charts.map((c) => c.spec.id)).to.deep.equal(['studenten', 'instroom-uitstroom', 'vrouwen', 'aandeel-ict']);
    expect(v.specs.map((s) => s.id)).to.deep.equal(['studenten', 'instroom-uitstroom', 'vrouwen', 'aandeel-ict', 'arbeidsmarkt']);
    const students = v.charts[0].spec;
    expect(students.series.map((s) => s.label)).to.deep.equal(['mbo, deelnemers', 'hbo, ingeschreven']);
    expect(students.categories).to.deep.equal(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(students.series[1].values).to.deep.equal([null, null, null, null, null, 1944, 2128, 2281, 2371, 2526]);
    const women = v.charts[2].spec;
    expect(women.categories[0]).to.equal('mbo, deelnemers (2019)');
    expect(women.series.map((s) => [s.label, s.values[0]])).to.deep.equal([
      ['Utrecht', 3.9],
      ['Nederland', 4.2],
    ]);
    const labour = v.labour!.spec;
    expect(labour.categories).to.deep.equal(['2005', '2010', '2015', '2017', '2018', '2019', '2020', '2021']);
    expect(labour.series[0].values).to.deep.equal([315, 336, 370, 380, 415, 452, 474, 556]);
    expect(v.labourFigures.map((f) => f.def.id)).not.to.include('werkzame-icters');
  });

  it('lists the initiatives of the region by name; the Netherlands lists them all', () => {
    const nh = view('noord-holland').initiatives.map((i) => i.id);
    expect(nh.length).to.equal(13);
    expect(nh[0]).to.equal('codam-coding-college');
    expect(nh.at(-1)).to.equal('techmeup-opleidingsfonds');
    const all = view('nl').initiatives.map((i) => i.name);
    expect([all.length, all[0], all.at(-1)]).to.deep.equal([64, 'Apeldoorn IT', 'Zwolle IT City']);
  });
});
