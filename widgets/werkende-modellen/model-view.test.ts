import { expect } from '@open-wc/testing';
import type { Initiative, Model, Region } from '../../src/data/schema.js';
import { modelFacts, rankModels, type ModelsData } from './model-view.js';

const model = (id: string, targetGroups: string[], examples: string[] = []): Model => ({
  id,
  name: id.toUpperCase(),
  status: 'concept',
  summary: 's',
  problem: 'p',
  targetGroups,
  buildingBlocks: ['b'],
  partners: [],
  results: [],
  conditions: ['c'],
  steps: [],
  examples,
});
const initiative = (id: string, models: string[], regions: string[], levels: string[], pillars: string[] = []) =>
  ({ id, name: id, models, regions, levels, pillars, targetGroups: [], place: { name: id, gemeente: 'GM0001', lat: 52, lon: 5 } }) as unknown as Initiative;
const region = (id: string, level: Region['level']) => ({ id, name: id, level, code: 'PV01', gemeenten: [] }) as Region;
const envelope = { schemaVersion: 1, updated: '2026-01-01', publisher: 'x', license: 'x', attribution: 'x', sources: [] };

const data = {
  models: { ...envelope, dataset: 'models', records: [model('a', ['werkenden']), model('b', ['zij-instromers'], ['i3']), model('c', ['zij-instromers'])] },
  initiatives: {
    ...envelope,
    dataset: 'initiatives',
    records: [
      initiative('i1', ['a'], ['utrecht', 'amr-u'], ['hbo']),
      initiative('i2', ['b'], ['zeeland'], ['mbo'], ['omscholing']),
      initiative('i3', [], ['utrecht'], ['wo']),
      initiative('i4', ['b', 'c'], ['utrecht'], []),
    ],
  },
  regions: { ...envelope, dataset: 'regions', records: [region('utrecht', 'provincie'), region('zeeland', 'provincie'), region('amr-u', 'arbeidsmarktregio')] },
  taxonomy: {
    ...envelope,
    dataset: 'taxonomy',
    records: ['mbo', 'hbo', 'wo'].map((id) => ({ facet: 'level', id, label: { nl: id }, status: 'published' })),
  },
} as unknown as ModelsData;

describe('working models: what the data says of each model, and the guided choice', () => {
  const facts = modelFacts(data);

  it('counts the initiatives that name a model and those the model lists as examples, each once, with their levels and regions', () => {
    const b = facts[1];
    expect(b.initiatives.map((i) => i.id)).to.deep.equal(['i2', 'i3', 'i4']);
    expect(b.levels, 'in the taxonomy order').to.deep.equal(['mbo', 'wo']);
    expect(b.goals).to.deep.equal(['omscholing']);
    expect(b.provinces.map((p) => [p.region.id, p.count])).to.deep.equal([
      ['utrecht', 2],
      ['zeeland', 1],
    ]);
    expect(facts[0].amrs.map((p) => p.region.id)).to.deep.equal(['amr-u']);
  });

  it('with nothing chosen: every model in the order of the data, no reasons', () => {
    const ranked = rankModels(facts, {});
    expect(ranked.map((r) => r.facts.model.id)).to.deep.equal(['a', 'b', 'c']);
    expect(ranked.every((r) => !r.matched.length && !r.missed.length)).to.equal(true);
  });

  it('ranks by the number of answers matched, ties in the order of the data, and names what matched and what did not', () => {
    const ranked = rankModels(facts, { targetGroup: 'zij-instromers', level: 'mbo', region: 'utrecht' });
    expect(ranked.map((r) => [r.facts.model.id, r.matched.length])).to.deep.equal([
      ['b', 3],
      ['c', 2],
      ['a', 1],
    ]);
    expect(ranked[1].matched).to.deep.equal(['targetGroup', 'region']);
    expect(ranked[1].missed).to.deep.equal(['level']);
    expect(rankModels(facts, { region: 'zeeland' }).map((r) => r.facts.model.id)).to.deep.equal(['b', 'a', 'c']);
  });
});
