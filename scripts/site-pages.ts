/**
 * The built site, linked both ways: `dist/regio/` (a page per region and the choropleth
 * index), `dist/modellen/` (a page per working model and the index), `dist/kaart/` (the
 * netwerkkaart), each region and model page with its 1200 × 630 preview image beside it.
 *
 * Run by `npm run build` after the data step. `--site=https://example.org/kit/` (or
 * HCA_SITE_URL) makes canonical, og:url and og:image absolute; without it they stay relative.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fromRoot } from '../src/cli/paths.js';
import type { Dataset, DatasetName } from '../src/data/schema.js';
import { boundariesOf } from '../src/geo/layers.js';
import { formatFor } from '../src/i18n/format.js';
import { modelPages, modelsIndexPage, type ModelData } from './model-pages.js';
import { siteFooter, siteHeader, sitePage } from './page-frame.js';
import { modelImageSvg, regionImageSvg, renderPng } from './page-images.js';
import { indexPage, regionPages, type RegionData } from './region-pages.js';

/** The netwerkkaart page the profiles and the models link into (`?regio=…&initiatief=…`, `?model=…`); it links back to both. */
export function mapPage(initiatives: Dataset<'initiatives'>): string {
  return sitePage(
    {
      path: 'kaart/index.html',
      title: 'Netwerkkaart ICT-initiatieven',
      description: 'Initiatieven tegen het tekort aan ICT-professionals op de kaart: samenwerkingen, campussen, omscholing en community’s.',
    },
    siteHeader('kaart', 'Netwerkkaart ICT-initiatieven', []),
    '<hca-netwerkkaart sync-url model-href="../modellen/{model}.html" profile-href="../regio/{region}.html"></hca-netwerkkaart>',
    siteFooter([initiatives]),
  );
}

export function main(argv: string[]): number {
  const t0 = Date.now();
  const site = argv.find((a) => a.startsWith('--site='))?.slice(7) || process.env.HCA_SITE_URL || undefined;
  const read = <N extends DatasetName>(name: N): Dataset<N> => JSON.parse(readFileSync(fromRoot('dist', 'data', `${name}.json`), 'utf8'));
  const boundaries = boundariesOf(JSON.parse(readFileSync(fromRoot('geo', 'nederland.topo.json'), 'utf8')));
  const regionData: RegionData = { profiles: read('profiles'), regions: read('regions'), boundaries: boundaries.attribution };
  const modelData: ModelData = { models: read('models'), initiatives: read('initiatives'), regions: regionData.regions };
  const write = (dir: string, file: string, content: string | Buffer) => {
    mkdirSync(fromRoot('dist', dir), { recursive: true });
    writeFileSync(fromRoot('dist', dir, file), content);
  };

  const regions = regionPages(regionData, site);
  for (const p of regions) {
    write('regio', `${p.id}.html`, p.html);
    const source = `${regionData.profiles.attribution ?? ''} ${boundaries.attribution}`.trim();
    write('regio', `${p.id}.png`, renderPng(regionImageSvg(boundaries, { region: p.region, level: p.level, figures: p.figures, source })));
  }
  write('regio', 'index.html', indexPage(regionData));

  const models = modelPages(modelData, site);
  const updated = formatFor('nl').isoDate(modelData.initiatives.updated);
  for (const p of models) {
    write('modellen', `${p.id}.html`, p.html);
    const source = `Bron: initiatieven op de netwerkkaart van ${modelData.initiatives.publisher} (bijgewerkt ${updated}), uit openbare bronnen; arbeidsmarktregio's: CBS Gebiedsindelingen 2024.`;
    write('modellen', `${p.id}.png`, renderPng(modelImageSvg({ name: p.model.name, concept: p.model.status === 'concept', reach: p.reach, source })));
  }
  write('modellen', 'index.html', modelsIndexPage(modelData));
  write('kaart', 'index.html', mapPage(modelData.initiatives));

  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`site pages: ${regions.length} regions and ${models.length} models with preview images, indexes, netwerkkaart (${seconds} s)`);
  return 0;
}
