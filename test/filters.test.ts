import { expect } from '@open-wc/testing';
import type { Initiative } from '../src/data/schema.js';
import { FACETS, FilterIndex, emptyFilters, facetValues, isEmpty, normalize, type Filters } from '../src/state/filters.js';
import { readJson } from './helpers/wait.js';

// Expectations are computed here the slow, obvious way from the built data.
const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const matches = (r: Initiative, f: Filters, skip?: string) =>
  strip(f.query)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => [r.name, ...r.organisations, ...r.partners, r.place.name, r.summary].some((t) => strip(t).includes(w))) &&
  FACETS.every((k) => k === skip || f[k].length === 0 || facetValues(r, k).some((v) => f[k].includes(v)));

describe('filters (src/state/filters.ts)', () => {
  let records: Initiative[];
  let regions: { id: string; name: string; level: string }[];
  before(async () => {
    records = (await readJson('/dist/data/initiatives.json')).records;
    regions = (await readJson('/dist/data/regions.json')).records;
  });

  it('normalises case and diacritics', () => {
    expect(normalize('  Fryslân  ÉÉN\tTwee ')).to.equal('fryslan een twee');
  });

  it('finds "fryslan" in records that say "Fryslân", and nothing for nonsense', () => {
    const index = new FilterIndex(records);
    const f = { ...emptyFilters(), query: 'fryslan' };
    const expected = records.filter((r) => matches(r, f));
    expect(expected.length, 'the data has records mentioning Fryslân').to.be.greaterThan(0);
    expect(index.apply(f).records.map((r) => r.id)).to.deep.equal(expected.map((r) => r.id));
    expect(index.apply({ ...emptyFilters(), query: 'zzqqxx' }).records).to.have.length(0);
    expect(isEmpty(emptyFilters())).to.equal(true);
  });

  it('filters by every facet alone and combined, with counts over the other facets', () => {
    const index = new FilterIndex(records);
    const province = regions.find((r) => r.level === 'provincie' && records.some((i) => i.regions.includes(r.id)))!;
    const cases: Filters[] = [
      emptyFilters(),
      { ...emptyFilters(), region: [province.id] },
      { ...emptyFilters(), kind: [records[0].kind, records[5].kind] },
      { ...emptyFilters(), level: ['hbo'], targetGroup: [records[0].targetGroups[0]] },
      { ...emptyFilters(), model: [records.find((r) => r.models.length)!.models[0]], query: 'ict' },
      { ...emptyFilters(), theme: [records.find((r) => r.themes.length)!.themes[0]], region: [province.id], kind: [records[0].kind] },
    ];
    for (const f of cases) {
      const result = index.apply(f);
      expect(
        result.records.map((r) => r.id),
        JSON.stringify(f),
      ).to.deep.equal(records.filter((r) => matches(r, f)).map((r) => r.id));
      for (const facet of FACETS) {
        const others = records.filter((r) => matches(r, f, facet));
        const expected = new Map<string, number>();
        for (const r of others) for (const v of facetValues(r, facet)) expected.set(v, (expected.get(v) ?? 0) + 1);
        expect([...result.counts[facet]].sort(), `${facet} ${JSON.stringify(f)}`).to.deep.equal([...expected].sort());
      }
    }
  });
});
