/** Link previews: one page per region with its figures in title, description and Open Graph tags, escaped. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../src/cli/paths.js';
import { formatValue, pointAt, profileOf } from '../src/data/figures.js';
import type { Dataset } from '../src/data/schema.js';
import { formatFor } from '../src/i18n/format.js';
import { escapeHtml, mapPage, modelsPage, regionPages } from '../scripts/region-pages.js';

const read = <T>(name: string): T => JSON.parse(readFileSync(fromRoot('dist', 'data', `${name}.json`), 'utf8'));
const profiles = read<Dataset<'profiles'>>('profiles');
const regions = read<Dataset<'regions'>>('regions');
const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1];

test('one page per region, naming the region and its main figures, holding the profile element', () => {
  const pages = regionPages(profiles, regions, 'https://example.org/kit/');
  assert.equal(pages.length, regions.records.length);
  for (const id of ['utrecht', 'zeeland', 'midden-utrecht']) {
    const { html } = pages.find((p) => p.id === id)!;
    const region = regions.records.find((r) => r.id === id)!;
    const hbo = pointAt(profileOf(profiles, id), 'ict-ingeschrevenen-hbo')!;
    const def = profiles.indicators!.find((d) => d.id === 'ict-ingeschrevenen-hbo')!;
    assert.match(html, new RegExp(`<title>${region.name}: `));
    for (const key of ['og:title', 'og:description', 'twitter:card', 'description']) assert.ok(meta(html, key), `${id} ${key}`);
    assert.ok(meta(html, 'og:description')!.includes(`${formatValue(hbo.value, def, formatFor('nl'), '')} ICT-studenten in het hbo (${hbo.year})`));
    assert.equal(meta(html, 'og:url'), `https://example.org/kit/regio/${id}.html`);
    assert.ok(html.includes(`<link rel="canonical" href="https://example.org/kit/regio/${id}.html">`));
    assert.ok(html.includes(`<script type="module" src="../hcaict-widgets.js"></script>`));
    assert.ok(html.includes(`<hca-regioprofiel region="${id}" sync-url map-href="../kaart/?regio={region}&amp;initiatief={id}"></hca-regioprofiel>`));
  }
});

test('names from the data are escaped in text and attributes', () => {
  const hostile = { ...regions, records: [{ ...regions.records[1], name: `"><script>alert(1)</script>&'` }] };
  const [page] = regionPages(profiles, hostile);
  assert.ok(!page.html.includes('<script>alert(1)</script>'));
  assert.ok(page.html.includes(escapeHtml(`"><script>alert(1)</script>&'`)));
  assert.equal(escapeHtml(`<a href="x">&'`), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
});

test('the map and models pages hold their element and link back into each other', () => {
  const map = mapPage();
  assert.ok(map.includes('<hca-netwerkkaart sync-url></hca-netwerkkaart>'));
  assert.ok(map.includes('<script type="module" src="../hcaict-widgets.js"></script>'));
  const models = modelsPage();
  assert.ok(models.includes('<hca-werkende-modellen map-href="../kaart/?model={model}&amp;initiatief={id}"></hca-werkende-modellen>'));
  for (const page of [map, models]) assert.ok(page.includes('<a href="../regio/">Regioprofielen</a>'));
});
