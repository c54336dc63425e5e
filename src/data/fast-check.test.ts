import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { readJson } from '../../test/helpers/wait.js';
import { hostileCorpus } from '../../test/fixtures/hostile/corpus.js';
import { INVALID, compileFast } from './fast-check.js';
import { DATASET_NAMES, RECORD_SCHEMAS, type DatasetName } from './schema.js';

/**
 * The fast path must agree with valibot on every record: the same verdict, and for a valid
 * record the same output (trimmed, defaults filled in, unknown fields left out). Checked on
 * the shipped data, the test fixtures and many mutations of each shipped record.
 */

function rng(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const REPLACEMENTS: unknown[] = [
  undefined, // the field left out
  null,
  '',
  '   ',
  '  Padded text  ',
  'x'.repeat(2500),
  'javascript:alert(1)',
  'https://example.org/a',
  'http://example.org/b c',
  '2024-02-30',
  '2024-12-01',
  'GM0344',
  'GM34',
  'een-slug',
  'Geen Slug',
  0,
  -1,
  1.5,
  52.1,
  5.1,
  2024,
  1e9,
  Number.NaN,
  Infinity,
  true,
  [],
  ['een-slug'],
  [''],
  {},
  { nl: 'Tekst' },
];

/** Every path to a value inside `value` (object keys and array indexes). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

/** A copy of `record` with the value at `path` replaced (or removed, for undefined). */
function mutate(record: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

function agree(name: DatasetName, record: unknown, where: string): boolean {
  const fast = compileFast(RECORD_SCHEMAS[name])!;
  const slow = v.safeParse(RECORD_SCHEMAS[name], record, { abortPipeEarly: true });
  const output = fast(record);
  expect(output !== INVALID, `${where}: the same verdict (valibot: ${slow.success ? 'valid' : slow.issues[0].message})`).to.equal(slow.success);
  if (slow.success) expect(output, `${where}: the same output`).to.deep.equal(slow.output);
  return slow.success;
}

describe('the fast path of validation', () => {
  it('is compiled for every dataset the kit reads', () => {
    for (const name of DATASET_NAMES) expect(compileFast(RECORD_SCHEMAS[name]), name).to.be.a('function');
  });

  it('agrees with valibot on the shipped data, the fixtures and thousands of mutations of them', async () => {
    const docs: [DatasetName, { records: unknown[] }][] = [];
    for (const name of DATASET_NAMES) docs.push([name, await readJson(`/dist/data/${name}.json`)]);
    for (const fixture of ['broken', 'ok']) docs.push(['initiatives', await readJson(`/test/fixtures/${fixture}/initiatives.json`)]);
    for (const { name, document } of hostileCorpus()) docs.push([name, document]);
    const rand = rng(7);
    let valid = 0;
    let invalid = 0;
    for (const [name, doc] of docs) {
      for (const [i, record] of (Array.isArray(doc.records) ? doc.records : []).entries()) {
        agree(name, record, `${name} ${i}`) ? valid++ : invalid++;
        // Mutations: a sample of each record's paths, each with a few replacements.
        const all = paths(record);
        for (let k = 0; k < Math.min(40, all.length * 2); k++) {
          const path = all[Math.floor(rand() * all.length)];
          const replacement = REPLACEMENTS[Math.floor(rand() * REPLACEMENTS.length)];
          agree(name, mutate(record, path, replacement), `${name} ${i} ${path.join('.')} = ${String(replacement).slice(0, 20)}`) ? valid++ : invalid++;
        }
        // An unknown field is left out of the output by both.
        agree(name, { ...(record as object), unknown: '<b>x</b>' }, `${name} ${i} + unknown field`);
      }
    }
    // Both verdicts occur often, so the agreement is tested both ways.
    expect(valid).to.be.greaterThan(1000);
    expect(invalid).to.be.greaterThan(1000);
  });
});
