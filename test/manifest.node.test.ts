/** custom-elements.json, as the build writes it from the elements' JSDoc: what editors and docs read. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../src/cli/paths.js';

interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(fromRoot('custom-elements.json'), 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
const byTag = new Map(elements.map((d) => [d.tagName!, d]));
const attrs = (tag: string) => (byTag.get(tag)?.attributes ?? []).map((a) => a.name);

test('the manifest names all four tags, with their attributes (inherited ones too) and events', () => {
  assert.deepEqual([...byTag.keys()].sort(), ['hca-netwerkkaart', 'hca-regiokaart', 'hca-regioprofiel', 'hca-werkende-modellen']);
  for (const tag of byTag.keys()) for (const a of ['src', 'data-version', 'theme', 'lang']) assert.ok(attrs(tag).includes(a), `${tag} ${a}`);
  assert.ok(attrs('hca-netwerkkaart').includes('sync-url'));
  assert.ok(attrs('hca-regioprofiel').includes('sync-url'));
  assert.ok(attrs('hca-netwerkkaart').includes('tiles-attribution'));
  const events = (tag: string) => (byTag.get(tag)?.events ?? []).map((e) => e.name);
  assert.ok(events('hca-netwerkkaart').includes('hca-select'));
  assert.ok(events('hca-regioprofiel').includes('hca-region-change'));
});

test('the manifest holds no test or benchmark module', () => {
  assert.deepEqual(
    manifest.modules.map((m) => m.path).filter((p) => /\.(test|bench)\.ts$/.test(p)),
    [],
  );
});

test("VS Code's HTML custom data (built from the manifest) has every tag and attribute, with the allowed values", () => {
  const data = JSON.parse(readFileSync(fromRoot('dist/vscode.html-custom-data.json'), 'utf8')) as {
    version: number;
    tags: { name: string; description: { value: string }; attributes: { name: string; values?: { name: string }[]; valueSet?: string }[] }[];
  };
  assert.equal(data.version, 1.1);
  assert.deepEqual(data.tags.map((t) => t.name).sort(), [...byTag.keys()].sort());
  for (const tag of data.tags) {
    assert.deepEqual(tag.attributes.map((a) => a.name).sort(), attrs(tag.name).sort(), tag.name);
    assert.match(tag.description.value, /hca-ready/, `${tag.name} lists its events`);
  }
  const attr = (tag: string, name: string) => data.tags.find((t) => t.name === tag)!.attributes.find((a) => a.name === name)!;
  assert.deepEqual(attr('hca-netwerkkaart', 'renderer').values, [{ name: 'leaflet' }, { name: 'maplibre' }]);
  assert.deepEqual(attr('hca-regiokaart', 'theme').values, [{ name: 'auto' }, { name: 'light' }, { name: 'dark' }]);
  assert.deepEqual(attr('hca-regiokaart', 'level').values, [{ name: 'provincie' }, { name: 'arbeidsmarktregio' }]);
  assert.equal(attr('hca-netwerkkaart', 'sync-url').valueSet, 'v');
  const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { exports: Record<string, unknown> };
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
});
