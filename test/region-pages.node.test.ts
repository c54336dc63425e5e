/** Link previews: one page per region and per model with figures in title, description and Open Graph tags, in the site's frame, escaped. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../src/cli/paths.js';
import { formatValue, pointAt, profileOf } from '../src/data/figures.js';
import type { Dataset, DatasetName } from '../src/data/schema.js';
import { formatFor } from '../src/i18n/format.js';
import { modelPages, modelReach } from '../scripts/model-pages.js';
import { escapeHtml } from '../scripts/page-frame.js';
import { regionPages } from '../scripts/region-pages.js';
import { mapPage } from '../scripts/site-pages.js';

const read = <N extends DatasetName>(name: N): Dataset<N> => JSON.parse(readFileSync(fromRoot('dist', 'data', `${name}.json`), 'utf8'));
const profiles = read('profiles');
const regions = read('regions');
const models = read('models');
const initiatives = read('initiatives');
const boundaries = 'Grenzen: © CBS / Kadaster';
const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1];
/** The breadcrumb's steps as text, links and all. */
const crumbs = (html: string) =>
  [...(html.match(/<nav class="crumbs"[^>]*><ol>(.*?)<\/ol><\/nav>/)?.[1] ?? '').matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
const dataDate = formatFor('nl').isoDate(profiles.updated);

test('one page per region, naming the region and its main figures, holding the profile element', () => {
  const pages = regionPages({ profiles, regions, boundaries }, 'https://example.org/kit/');
  assert.equal(pages.length, regions.records.length);
  for (const id of ['utrecht', 'zeeland', 'midden-utrecht']) {
    const { html } = pages.find((p) => p.id === id)!;
    const region = regions.records.find((r) => r.id === id)!;
    const hbo = pointAt(profileOf(profiles, id), 'ict-ingeschrevenen-hbo')!;
    const def = profiles.indicators!.find((d) => d.id === 'ict-ingeschrevenen-hbo')!;
    assert.match(html, new RegExp(`<title>${region.name}: `));
    for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:card', 'description']) assert.ok(meta(html, key), `${id} ${key}`);
    assert.ok(meta(html, 'og:description')!.includes(`${formatValue(hbo.value, def, formatFor('nl'), '')} ICT-studenten in het hbo (${hbo.year})`));
    assert.equal(meta(html, 'og:url'), `https://example.org/kit/regio/${id}.html`);
    assert.equal(meta(html, 'og:image'), `https://example.org/kit/regio/${id}.png`);
    assert.equal(meta(html, 'og:image:width'), '1200');
    assert.equal(meta(html, 'og:image:height'), '630');
    assert.equal(meta(html, 'twitter:card'), 'summary_large_image');
    assert.ok(html.includes(`<link rel="canonical" href="https://example.org/kit/regio/${id}.html">`));
    assert.ok(html.includes(`<script type="module" src="../hcaict-widgets.js"></script>`));
    assert.ok(
      html.includes(
        `<hca-regioprofiel region="${id}" sync-url map-href="../kaart/?regio={region}&amp;initiatief={id}" model-href="../modellen/{model}.html"></hca-regioprofiel>`,
      ),
    );
  }
  // without a site address the links stay relative
  const [plain] = regionPages({ profiles, regions, boundaries });
  assert.equal(meta(plain.html, 'og:image'), `${plain.id}.png`);
  assert.equal(meta(plain.html, 'og:url'), undefined);
});

test('the header says where the page is: Nederland › provincie › regio, each step a link but the page itself', () => {
  const pages = regionPages({ profiles, regions, boundaries });
  const html = (id: string) => pages.find((p) => p.id === id)!.html;
  assert.deepEqual(crumbs(html('nl')), ['Nederland']);
  assert.deepEqual(crumbs(html('utrecht')), ['Nederland', 'Utrecht']);
  assert.deepEqual(crumbs(html('midden-utrecht')), ['Nederland', 'Utrecht', 'Midden-Utrecht']);
  // an arbeidsmarktregio across a province border names every province it lies in
  const across = regions.records.find((r) => r.level === 'arbeidsmarktregio' && (r.provinces?.length ?? 0) > 1)!;
  const names = across.provinces!.map((p) => regions.records.find((r) => r.id === p)!.name);
  assert.deepEqual(crumbs(html(across.id)), ['Nederland', names.join(' / '), across.name]);
  assert.ok(html('midden-utrecht').includes('<li><a href="nl.html">Nederland</a></li><li><a href="utrecht.html">Utrecht</a></li><li aria-current="page">'));
  assert.match(html('utrecht'), /<a class="brand" href="..\/regio\/">Human Capital Agenda ICT<\/a>/);
});

test('the footer names the sources, the licence and the date of the data', () => {
  const [page] = regionPages({ profiles, regions, boundaries });
  const footer = page.html.match(/<footer class="site">([\s\S]*)<\/footer>/)![1];
  assert.ok(footer.includes(escapeHtml(profiles.attribution!)));
  assert.ok(footer.includes(escapeHtml(boundaries)));
  assert.ok(footer.includes(`<strong>Licentie:</strong> gegevens ${profiles.license}, ${profiles.publisher}`));
  assert.ok(footer.includes(`<time datetime="${profiles.updated}">${dataDate}</time>`));
});

test('names and texts from the data are escaped in text and attributes', () => {
  const hostile = `"><script>alert(1)</script>&'`;
  const pages = regionPages({
    profiles: { ...profiles, attribution: hostile },
    regions: { ...regions, records: regions.records.map((r) => ({ ...r, name: hostile })) },
    boundaries: hostile,
  });
  for (const { html } of pages) {
    assert.ok(!html.includes('<script>alert(1)</script>'));
    assert.ok(html.includes(escapeHtml(hostile)));
  }
  const [model] = modelPages({ models: { ...models, records: [{ ...models.records[0], name: hostile, summary: hostile }] }, initiatives, regions });
  assert.ok(!model.html.includes('<script>alert(1)</script>'));
  assert.ok(meta(model.html, 'og:title')!.startsWith(escapeHtml(hostile)));
  assert.equal(escapeHtml(`<a href="x">&'`), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
});

test('a model reaches the initiatives that name it and the labour-market regions of their gemeenten', () => {
  // counted here through the gemeente → region table of regions.json, not through the initiatives' own region ids
  const amrOf = (gemeente: string) => regions.records.find((r) => r.level === 'arbeidsmarktregio' && r.gemeenten.some((g) => g.code === gemeente))?.id;
  for (const model of models.records) {
    const applied = initiatives.records.filter((i) => i.models.includes(model.id));
    assert.deepEqual(modelReach({ models, initiatives, regions }, model.id), {
      initiatives: applied.length,
      regions: new Set(applied.map((i) => amrOf(i.place.gemeente)).filter(Boolean)).size,
    });
  }
});

test('one page per model, marked concept, holding the models element with links into the map and the profiles', () => {
  const pages = modelPages({ models, initiatives, regions }, 'https://example.org/kit/');
  assert.equal(pages.length, models.records.length);
  for (const { id, html, model, reach } of pages) {
    assert.equal(meta(html, 'og:image'), `https://example.org/kit/modellen/${id}.png`);
    assert.ok(html.includes(`<link rel="canonical" href="https://example.org/kit/modellen/${id}.html">`));
    assert.equal(meta(html, 'og:title'), escapeHtml(`${model.name}: werkend model${model.status === 'concept' ? ' (concept)' : ''}`));
    assert.ok(meta(html, 'og:description')!.includes(`${reach.initiatives} initiatieven in ${reach.regions} arbeidsmarktregio`));
    if (model.status === 'concept') assert.ok(meta(html, 'og:description')!.startsWith('Concepttekst.'));
    assert.ok(
      html.includes(
        `<hca-werkende-modellen model="${id}" map-href="../kaart/?model={model}&amp;initiatief={id}" profile-href="../regio/{region}.html"></hca-werkende-modellen>`,
      ),
    );
    assert.deepEqual(crumbs(html), ['Werkende modellen', model.name.replace(/&/g, '&amp;')]);
  }
});

test('the map page links into the models and the profiles', () => {
  const map = mapPage(initiatives);
  assert.ok(map.includes('<hca-netwerkkaart sync-url model-href="../modellen/{model}.html" profile-href="../regio/{region}.html"></hca-netwerkkaart>'));
  assert.ok(map.includes('<script type="module" src="../hcaict-widgets.js"></script>'));
  for (const section of ['../regio/', '../kaart/', '../modellen/']) assert.ok(map.includes(`<a href="${section}"`));
});
