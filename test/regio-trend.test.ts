import { expect } from '@open-wc/testing';
import { changeOf, compareWithNational, valuesOver, yearsOf } from '../src/data/trend.js';
import { csvCell, toCsv } from '../src/data/csv.js';
import type { Profile } from '../src/data/schema.js';

const profile = (region: string, points: Record<string, [number, number | undefined][]>): Profile => ({
  region,
  series: Object.entries(points).map(([indicator, ps]) => ({
    indicator,
    points: ps.map(([year, value]) => (value === undefined ? { year } : { year, value })),
  })),
});

describe('trend and comparison arithmetic', () => {
  const count = { id: 'n', unit: 'count', aggregate: 'sum' } as const;
  const rate = { id: 'r', unit: 'percent', aggregate: 'rate' } as const;
  const region = profile('x', {
    n: [
      [2022, 200],
      [2023, 250],
      [2024, 225],
    ],
    r: [
      [2023, 8.4],
      [2024, 10.1],
    ],
    g: [
      [2022, 10],
      [2023, undefined],
      [2024, 12],
    ],
  });
  const nl = profile('nl', {
    n: [
      [2023, 1000],
      [2024, 2500],
    ],
    r: [[2024, 11.7]],
  });

  it('computes the change against the previous year, absolute and relative', () => {
    const c = changeOf(region, count)!;
    expect([c.from.year, c.to.year, c.delta, c.relative, c.direction]).to.deep.equal([2023, 2024, -25, -10, 'down']);
    const up = changeOf(region, count, 2023)!;
    expect([up.delta, up.relative, up.direction]).to.deep.equal([50, 25, 'up']);
  });

  it('gives a percentage change in percentage points, without a relative change', () => {
    const c = changeOf(region, rate)!;
    expect(c.delta).to.equal(1.7);
    expect(c.relative).to.equal(undefined);
    expect(c.direction).to.equal('up');
  });

  it('gives no change when the previous year has no value (a gap is not a change)', () => {
    expect(changeOf(region, { id: 'g', unit: 'count' })).to.equal(undefined);
    expect(changeOf(region, { id: 'n', unit: 'count' }, 2022)).to.equal(undefined);
    expect(changeOf(region, { id: 'missing', unit: 'count' })).to.equal(undefined);
  });

  it('compares a count as its share of the national total, a rate against the national rate', () => {
    expect(compareWithNational(225, 2024, nl, count)).to.deep.equal({ kind: 'share', year: 2024, national: 2500, share: 9 });
    expect(compareWithNational(10.1, 2024, nl, rate)).to.deep.equal({ kind: 'rate', year: 2024, national: 11.7, difference: -1.6 });
    expect(compareWithNational(8.4, 2023, nl, rate)).to.equal(undefined); // no national value that year
    expect(compareWithNational(undefined, 2024, nl, count)).to.equal(undefined);
  });

  it('keeps gaps as null over a range of years', () => {
    expect(yearsOf([region], ['g', 'r'])).to.deep.equal([2022, 2023, 2024]);
    expect(valuesOver(region, 'g', [2022, 2023, 2024])).to.deep.equal([10, null, 12]);
  });
});

describe('CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+31')).to.equal(`"'+31"`);
    expect(csvCell('-2')).to.equal(`"'-2"`);
    expect(csvCell('@SUM(A1)')).to.equal(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).to.equal(`"'\tx"`);
  });
  it('writes numbers as numbers (a negative number stays a number), and quotes separators', () => {
    expect(csvCell(-2.5)).to.equal('-2.5');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell('a, b')).to.equal('"a, b"');
    expect(csvCell('regel\nnieuw')).to.equal('"regel\nnieuw"');
    expect(toCsv(['a', 'b'], [[1, 'x']])).to.equal('\ufeffa,b\r\n1,x\r\n');
  });
});
