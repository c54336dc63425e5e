import { expect } from '@open-wc/testing';
import { messages } from './messages.js';
import { profileCsv, type CsvData } from './profile-csv.js';

const duo = { publisher: 'DUO', title: 'Open onderwijsdata: ingeschrevenen hbo', url: 'https://www.duo.nl/open_onderwijsdata/' };
const cbs = { publisher: 'CBS', title: 'ICT kennis en economie', url: 'https://longreads.cbs.nl/ict-kennis-en-economie-2022/' };

/** Two regions, two indicators; the numbers are the DUO aggregates of Utrecht and Zeeland. */
const data = {
  regions: {
    records: [
      { id: 'utrecht', name: 'Utrecht' },
      { id: 'zeeland', name: 'Zeeland' },
    ],
  },
  profiles: {
    indicators: [
      { id: 'ict-ingeschrevenen-hbo', unit: 'count', label: { nl: 'ICT-studenten hbo (ingeschreven)', en: 'ICT students hbo (enrolled)' }, source: duo },
      { id: 'aandeel-vrouwen', unit: 'percent', label: { nl: '=aandeel vrouwen' }, source: duo },
    ],
    records: [
      {
        region: 'utrecht',
        series: [
          {
            indicator: 'ict-ingeschrevenen-hbo',
            points: [
              { year: 2023, value: 2371, masked: true },
              { year: 2024, value: 2526, masked: true },
            ],
          },
          { indicator: 'aandeel-vrouwen', points: [{ year: 2024, value: 10.1, period: '2024 Q4', source: cbs }, { year: 2025 }] },
        ],
      },
      { region: 'zeeland', series: [{ indicator: 'ict-ingeschrevenen-hbo', points: [{ year: 2024, value: 315 }] }] },
    ],
  },
} as unknown as CsvData;

const lines = (csv: string) => csv.slice(1).split('\r\n');

describe('profileCsv', () => {
  it('writes one row per point of the region, with the comparison value of the same year and the source', () => {
    const csv = profileCsv(data, 'utrecht', 'zeeland', messages.nl, 'nl');
    expect(csv.startsWith('\ufeff')).to.equal(true);
    expect(lines(csv)).to.deep.equal([
      'regio_id,regio,indicator_id,indicator,eenheid,jaar,waarde,ondergrens,vergelijking_id,vergelijking,vergelijking_waarde,bron,bron_url',
      'utrecht,Utrecht,ict-ingeschrevenen-hbo,ICT-studenten hbo (ingeschreven),aantal,2023,2371,ja,zeeland,Zeeland,,"DUO, Open onderwijsdata: ingeschrevenen hbo",https://www.duo.nl/open_onderwijsdata/',
      'utrecht,Utrecht,ict-ingeschrevenen-hbo,ICT-studenten hbo (ingeschreven),aantal,2024,2526,ja,zeeland,Zeeland,315,"DUO, Open onderwijsdata: ingeschrevenen hbo",https://www.duo.nl/open_onderwijsdata/',
      // the point's own source and period; a label that looks like a formula stays text
      `utrecht,Utrecht,aandeel-vrouwen,"'=aandeel vrouwen",procent,2024 Q4,10.1,nee,zeeland,Zeeland,,"CBS, ICT kennis en economie",https://longreads.cbs.nl/ict-kennis-en-economie-2022/`,
      // a year without a value stays empty, never 0
      'utrecht,Utrecht,aandeel-vrouwen,"\'=aandeel vrouwen",procent,2025,,nee,zeeland,Zeeland,,"DUO, Open onderwijsdata: ingeschrevenen hbo",https://www.duo.nl/open_onderwijsdata/',
      '',
    ]);
  });

  it('writes English headers, labels and units for lang=en, and region ids where a name is unknown', () => {
    const [head, first] = lines(profileCsv(data, 'zeeland', 'atlantis', messages.en, 'en'));
    expect(head).to.equal('region_id,region,indicator_id,indicator,unit,year,value,lower_bound,compare_id,compare,compare_value,source,source_url');
    expect(first).to.equal(
      'zeeland,Zeeland,ict-ingeschrevenen-hbo,ICT students hbo (enrolled),count,2024,315,nee,atlantis,atlantis,,"DUO, Open onderwijsdata: ingeschrevenen hbo",https://www.duo.nl/open_onderwijsdata/',
    );
  });

  it('gives only the header for a region without a profile', () => {
    expect(lines(profileCsv(data, 'atlantis', 'utrecht', messages.nl, 'nl')).length).to.equal(2);
  });
});
