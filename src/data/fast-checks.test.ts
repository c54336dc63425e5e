import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { readJson } from '../../test/helpers/wait.js';
import { hostileCorpus } from '../../test/fixtures/hostile/corpus.js';
import { FAST_CHECKS } from './fast-checks.generated.js';
import { DATASET_NAMES, InitiativePosition, RECORD_SCHEMAS, type DatasetName } from './schema.js';

/**
 * The fast path (generated from the schema by scripts/fast-checks.ts) may only say yes to a
 * record valibot accepts and gives back unchanged: then the kit uses the record as it is.
 * Everything else goes through valibot. Checked on the shipped data, the test fixtures, the
 * hostile corpus and many mutations of each shipped record, both ways.
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

let taken = 0;

/** Checks that the fast path's verdict on `record` is valibot's; returns valibot's verdict. */
function agree(name: DatasetName, record: unknown, where: string): boolean {
  const fast = FAST_CHECKS[name];
  if (!fast) return v.is(RECORD_SCHEMAS[name], record); // valibot alone checks it
  const slow = v.safeParse(RECORD_SCHEMAS[name], record, { abortPipeEarly: true });
  const unchanged = slow.success && isDeepStrictEqual(slow.output, record);
  if (unchanged) taken++;
  expect(fast(record), `${where}: valibot says ${slow.success ? (unchanged ? 'valid, unchanged' : 'valid, changed') : slow.issues[0].message}`).to.equal(unchanged);
  // the map's first markers: a position the check takes is one valibot takes, and the other way round
  if (name === 'initiatives') expect(FAST_CHECKS.initiativePosition!(record), `${where}: position`).to.equal(v.is(InitiativePosition, record));
  return slow.success;
}

/** Deep equality with the same keys (an unknown field, or a field set to undefined, differs). */
function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && isDeepStrictEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

describe('the fast path of validation', () => {
  it('exists for the datasets that grow large, and takes every shipped record of them as it is', async () => {
    for (const name of ['initiatives', 'locations'] as const) {
      expect(FAST_CHECKS[name], name).to.be.a('function');
      const { records } = await readJson<{ records: unknown[] }>(`/dist/data/${name}.json`);
      records.forEach((record, i) => expect(FAST_CHECKS[name]!(record), `${name} ${i}`).to.equal(true));
    }
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
    expect(taken, 'records the fast path takes').to.be.greaterThan(500);
  });
});
