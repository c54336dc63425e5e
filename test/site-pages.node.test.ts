/**
 * The built site as `npm run build` leaves it in dist/: every region and model page previews
 * with an og:image that exists and is a 1200 × 630 PNG, and sits in the site's frame.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromRoot } from '../src/cli/paths.js';
import type { Dataset, DatasetName } from '../src/data/schema.js';
import { renderPng, regionImageSvg, modelImageSvg, fit, textWidth } from '../scripts/page-images.js';
import { boundariesOf } from '../src/geo/layers.js';

const read = <N extends DatasetName>(name: N): Dataset<N> => JSON.parse(readFileSync(fromRoot('dist', 'data', `${name}.json`), 'utf8'));
const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1];

/** Width and height from a PNG's signature and IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 24 || !png.subarray(0, 8).equals(signature) || png.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const pages = (dir: string) =>
  readdirSync(fromRoot('dist', dir))
    .filter((f) => f.endsWith('.html') && f !== 'index.html')
    .map((f) => fromRoot('dist', dir, f));

test('a built page for every region and every model, and nothing else', () => {
  const ids = (files: string[]) =>
    files
      .map((f) =>
        f
          .split('/')
          .pop()!
          .replace(/\.html$/, ''),
      )
      .sort();
  assert.deepEqual(
    ids(pages('regio')),
    read('regions')
      .records.map((r) => r.id)
      .sort(),
  );
  assert.deepEqual(
    ids(pages('modellen')),
    read('models')
      .records.map((m) => m.id)
      .sort(),
  );
});

test('every region and model page has og:title, og:description, canonical and an og:image that is a 1200 x 630 PNG beside it', () => {
  const all = [...pages('regio'), ...pages('modellen')];
  for (const file of all) {
    const html = readFileSync(file, 'utf8');
    for (const key of ['og:title', 'og:description', 'description', 'og:image:alt']) assert.ok(meta(html, key)?.trim(), `${file}: ${key}`);
    assert.match(html, /<link rel="canonical" href="[^"]+">/, file);
    const image = meta(html, 'og:image')!;
    // built without a site address: the image is named relative to the page
    const png = join(dirname(file), new URL(image, 'https://x/a/').pathname.replace('/a/', ''));
    assert.ok(existsSync(png), `${file}: ${image}`);
    assert.deepEqual(pngSize(readFileSync(png)), { width: 1200, height: 630 }, png);
    assert.ok(html.includes('<nav class="crumbs" aria-label="U bent hier">'), file);
    const footer = html.match(/<footer class="site">([\s\S]*)<\/footer>/)?.[1] ?? '';
    for (const part of ['<h2>Bronnen</h2>', '<strong>Licentie:</strong>', 'Gegevens bijgewerkt op</strong> <time datetime="', 'href="../beheer/"'])
      assert.ok(footer.includes(part), `${file}: ${part}`);
  }
});

test('the images show the region or model they preview: its name, its figures and a source line, drawn in Inter', () => {
  const boundaries = boundariesOf(JSON.parse(readFileSync(fromRoot('geo', 'nederland.topo.json'), 'utf8')));
  const regions = read('regions').records;
  const region = regions.find((r) => r.level === 'arbeidsmarktregio')!;
  const figures = [{ value: '1.234', label: 'ICT-studenten in het hbo', year: 2024, source: 'DUO, Open onderwijsdata: ingeschrevenen hbo' }];
  const svg = regionImageSvg(boundaries, { region, level: 'Arbeidsmarktregio', figures, source: 'Bron: DUO' });
  for (const text of [region.name, '1.234', 'ICT-studenten in het hbo (2024)', 'Bron: DUO, Open onderwijsdata: ingeschrevenen hbo', 'Bron: DUO']) {
    assert.ok(svg.includes(`>${text}</text>`), text);
  }
  assert.match(svg, /<path d="M[^"]+" fill="#0b5cad"/, 'the region drawn in the accent colour');
  const model = modelImageSvg({ name: `Model <&> "x"`, concept: true, reach: { initiatives: 12, regions: 1 }, source: 'Bron: HCA ICT' });
  for (const text of ['CONCEPT', 'Model &lt;&amp;&gt; &quot;x&quot;', '12', 'initiatieven', 'arbeidsmarktregio'])
    assert.ok(model.includes(`>${text}</text>`), text);
  assert.deepEqual(pngSize(renderPng(model)), { width: 1200, height: 630 });
  // the shipped font is what measures: a bold line is wider than the regular one, and a long name is wrapped to fit
  assert.ok(textWidth('Midden-Gelderland', 40, 700) > textWidth('Midden-Gelderland', 40, 400));
  const long = fit('Publiek-private samenwerking in het mbo-ICT-onderwijs', 700, 600, 3, [68, 60, 54]);
  assert.ok(long.lines.length > 1 && long.lines.length <= 3);
  for (const line of long.lines) assert.ok(textWidth(line, long.size, 700) <= 600, line);
});
