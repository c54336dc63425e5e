/**
 * The CLI's `validate` over the hostile corpus (test/fixtures/hostile/corpus.ts): it must
 * report exactly the invalid records the corpus was built with, by record and field, and
 * count every other record as valid. The browser test renders the same corpus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkPath } from '../../src/cli/check.js';
import { describeProblem } from '../../src/data/messages.js';
import { DATASET_NAMES } from '../../src/data/schema.js';
import { fieldsOf, hostileCorpus, TEXT_PAYLOADS, URL_PAYLOADS } from '../fixtures/hostile/corpus.js';
import { RECORD_SCHEMAS } from '../../src/data/schema.js';

const corpus = hostileCorpus();
const dir = mkdtempSync(join(tmpdir(), 'hca-hostile-corpus-'));
for (const d of corpus) writeFileSync(join(dir, d.file), JSON.stringify(d.document));
const report = checkPath(dir);

test('the corpus covers every dataset, with payloads in every text field and bad links in every link field', () => {
  assert.deepEqual(
    corpus.map((d) => d.name),
    DATASET_NAMES,
  );
  for (const d of corpus) {
    const fields = fieldsOf(RECORD_SCHEMAS[d.name]);
    assert.ok(
      fields.some((f) => f.kind === 'text'),
      `${d.name} has text fields`,
    );
    // every text payload sits in every text field of some valid record
    for (const f of fields.filter((x) => x.kind === 'text')) {
      const values = d.valid.map((r) => f.path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], r));
      for (const p of TEXT_PAYLOADS) assert.ok(values.includes(p), `${d.name}: ${f.path.join('.')} holds ${p.slice(0, 20)}`);
    }
    for (const f of fields.filter((x) => x.kind === 'url')) {
      const path = f.path.join('.');
      assert.equal(d.invalid.filter((p) => p.path === path && p.code === 'url.http').length, URL_PAYLOADS.length, `${d.name}: bad links in ${path}`);
    }
    assert.ok(
      d.invalid.some((p) => p.code === 'text.tooLong'),
      `${d.name}: a huge string`,
    );
    assert.ok(
      d.invalid.some((p) => p.code.startsWith('type.')),
      `${d.name}: a wrong type`,
    );
    assert.ok(
      d.invalid.some((p) => p.code === 'id.duplicate'),
      `${d.name}: a duplicate id`,
    );
  }
});

test('validate reports exactly the invalid records of the corpus, by record and field', () => {
  const reported = report.problems.map((p) => `${basename(p.file)} #${p.index} ${p.path} ${p.code} ${p.severity}`).sort();
  const expected = corpus.flatMap((d) => d.invalid.map((p) => `${d.file} #${p.index} ${p.path} ${p.code} error`)).sort();
  assert.deepEqual(reported, expected);
  assert.equal(report.errors, expected.length);
  for (const p of report.problems) {
    const line = describeProblem(p);
    assert.match(line, new RegExp(`record ${p.index! + 1}\\b`));
    assert.ok(line.length < 400, `the message does not echo the payload: ${line.slice(0, 80)}`);
  }
});

test('validate counts every valid record of the corpus as valid', () => {
  for (const d of corpus) {
    const file = report.files.find((f) => basename(f.file) === d.file)!;
    assert.equal(file.records, d.document.records.length, d.file);
    assert.equal(file.valid, d.valid.length, d.file);
  }
});
