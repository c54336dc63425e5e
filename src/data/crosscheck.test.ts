import { expect } from '@open-wc/testing';
import { readJson } from '../../test/helpers/wait.js';
import { crossCheck, crossCheckInSlices, type DatasetBundle } from './crosscheck.js';
import type { Dataset } from './schema.js';

describe('the checks between datasets', () => {
  it('give the same problems in slices as at once, and let frames paint while a large dataset is checked', async () => {
    const [initiatives, regions, models, taxonomy] = await Promise.all(
      ['initiatives', 'regions', 'models', 'taxonomy'].map((n) => readJson(`/dist/data/${n}.json`)),
    );
    const real = (initiatives as Dataset<'initiatives'>).records;
    // 60,000 initiatives; every 1,000th names a region and a model that do not exist
    const records = Array.from({ length: 60_000 }, (_, i) => {
      const r = real[i % real.length];
      return i % 1000 === 3 ? { ...r, id: `${r.id}-${i}`, regions: ['atlantis'], models: ['geen-model'] } : { ...r, id: `${r.id}-${i}` };
    });
    const bundle = {
      initiatives: { dataset: { ...initiatives, records }, file: 'initiatives.json' },
      regions: { dataset: regions, file: 'regions.json' },
      models: { dataset: models, file: 'models.json' },
      taxonomy: { dataset: taxonomy, file: 'taxonomy.json' },
    } as DatasetBundle;
    const expected = crossCheck(bundle);
    expect(expected.filter((p) => p.code === 'ref.region')).to.have.length(60);
    expect(expected.filter((p) => p.code === 'ref.model')).to.have.length(60);
    let frames = 0;
    let ended = false;
    const frame = () => ended || (frames++, requestAnimationFrame(frame));
    requestAnimationFrame(frame);
    const t0 = performance.now();
    const sliced = await crossCheckInSlices(bundle);
    const took = performance.now() - t0;
    ended = true;
    expect(sliced).to.deep.equal(expected);
    expect(frames, `frames painted during ${took.toFixed(0)} ms of checks`).to.be.at.least(took > 50 ? 1 : 0);
  });
});
