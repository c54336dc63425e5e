import { expect } from '@open-wc/testing';
import { readJson } from '../../test/helpers/wait.js';
import type { Dataset } from './schema.js';
import { validateDataset, validateDatasetInSlices } from './validate.js';

/** 200,000 initiatives from the shipped ones (enough to take well over 100 ms, even on the fast path), with a bad record every 997 and a duplicate id every 1,499. */
async function largeDocument(): Promise<{ records: unknown[] }> {
  const real = await readJson<Dataset<'initiatives'>>('/dist/data/initiatives.json');
  const records: unknown[] = [];
  for (let i = 0; i < 200_000; i++) {
    const r = real.records[i % real.records.length];
    if (i % 997 === 5) records.push({ ...r, id: `bad-${i}`, place: { ...r.place, lat: 'noord' } });
    else if (i % 1499 === 7) records.push({ ...r, id: `${real.records[0].id}-0` });
    else records.push({ ...r, id: `${r.id}-${i}` });
  }
  return { ...real, records };
}

describe('validating a large dataset in slices', () => {
  it('gives the main thread back between slices and reports exactly what validateDataset reports', async () => {
    const doc = await largeDocument();
    const expected = validateDataset('initiatives', doc, 'initiatives.json');
    expect(expected.problems.length).to.be.greaterThan(20); // the bad records and the duplicates
    await new Promise((r) => setTimeout(r, 50)); // that validation was one long task; let it end

    // A frame requested before validation starts is painted before it ends: the page is not blocked.
    let frames = 0;
    let ended = false;
    const frame = () => {
      if (ended) return;
      frames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    const result = await validateDatasetInSlices('initiatives', doc, 'initiatives.json');
    const took = performance.now() - t0;
    ended = true;
    await new Promise((r) => setTimeout(r, 50)); // long-task entries arrive after the task
    observer.disconnect();

    expect(took, 'the dataset takes long enough to need slices').to.be.greaterThan(100);
    expect(frames, `frames painted during ${took.toFixed(0)} ms of validation`).to.be.at.least(1); // none when it blocks
    // slices of ~8 ms (a loaded test machine may stretch one, hence the margin); unsliced, it is one task of all of it
    expect(Math.max(0, ...longTasks), 'longest task during validation').to.be.below(100);
    expect(result.total).to.equal(expected.total);
    expect(result.problems).to.deep.equal(expected.problems);
    expect(result.dataset!.records.map((r) => r.id)).to.deep.equal(expected.dataset!.records.map((r) => r.id));
  });

  it('reports a bad envelope and a small file as before', async () => {
    expect(await validateDatasetInSlices('initiatives', { records: 'nee' }, 'x.json')).to.deep.equal(validateDataset('initiatives', { records: 'nee' }, 'x.json'));
    const small = await readJson('/dist/data/models.json');
    expect(await validateDatasetInSlices('models', small, 'models.json')).to.deep.equal(validateDataset('models', small, 'models.json'));
  });
});
