/**
 * Link previews: one static page per region, `dist/regio/<id>.html`, with a title, a
 * description naming the region's main figures, Open Graph and Twitter card tags and a
 * canonical link, holding `<hca-regioprofiel region="<id>" sync-url>`. A link shared in
 * mail or chat previews the region; the page itself shows the live profile.
 *
 * Run by `npm run build` after the data step. `--site=https://example.org/kit/` (or
 * HCA_SITE_URL) makes canonical and og:url absolute; without it they stay relative.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fromRoot } from '../src/cli/paths.js';
import { formatValue, labelIn, pointAt, profileOf } from '../src/data/figures.js';
import type { Dataset, IndicatorDefinition } from '../src/data/schema.js';
import { formatFor } from '../src/i18n/format.js';

/** The main figures of a preview, with the words that follow the number. */
const MAIN_FIGURES: Record<string, string> = {
  'ict-ingeschrevenen-hbo': 'ICT-studenten in het hbo',
  'ict-deelnemers-mbo': 'ICT-studenten in het mbo',
  'ict-eerstejaars-wo': 'eerstejaars ICT in het wo',
};
const LEVELS: Record<string, string> = { land: 'Land', provincie: 'Provincie', arbeidsmarktregio: 'Arbeidsmarktregio' };

/** Text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface RegionPage {
  id: string;
  html: string;
}

export function regionPages(profiles: Dataset<'profiles'>, regions: Dataset<'regions'>, site?: string): RegionPage[] {
  const fmt = formatFor('nl');
  const defs = profiles.indicators ?? [];
  const def = (id: string) => defs.find((d) => d.id === id) as IndicatorDefinition | undefined;
  return regions.records.map((region) => {
    const profile = profileOf(profiles, region.id);
    const figures = Object.entries(MAIN_FIGURES).flatMap(([id, words]) => {
      const d = def(id);
      const p = pointAt(profile, id);
      return d && p ? [{ label: words || labelIn(d.label, 'nl'), value: formatValue(p.value, d, fmt, ''), year: p.year }] : [];
    });
    const title = `${region.name}: regioprofiel ICT-onderwijs`;
    const lead = region.level === 'land' ? 'Nederland' : `${LEVELS[region.level].toLowerCase()} ${region.name}`;
    const description =
      `ICT-onderwijs in ${lead}: ` +
      (figures.length ? figures.map((f) => `${f.value} ${f.label} (${f.year})`).join(', ') : 'geen cijfers') +
      '. Bron: DUO open onderwijsdata; met trend, vergelijking met Nederland en initiatieven.';
    const file = `${region.id}.html`;
    const url = site ? new URL(`regio/${file}`, site).href : file;
    const e = escapeHtml;
    const html = `${pageStart(title)}
<meta name="description" content="${e(description)}">
<link rel="canonical" href="${e(url)}">
<meta property="og:type" content="website">
<meta property="og:locale" content="nl_NL">
<meta property="og:site_name" content="Human Capital Agenda ICT">
<meta property="og:title" content="${e(`${region.name}: regioprofiel ICT-onderwijs`)}">
<meta property="og:description" content="${e(description)}">
${site ? `<meta property="og:url" content="${e(url)}">\n` : ''}<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${e(`${region.name}: regioprofiel ICT-onderwijs`)}">
<meta name="twitter:description" content="${e(description)}">
<style>
  body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 78rem; color: #1b2333; }
  .fallback { color: #4a5568; }
  hca-regioprofiel:defined + .fallback { display: none; }
  @page { size: A4; margin: 14mm 12mm; }
  @media print { body { padding: 0; } nav { display: none; } }
</style>
<script type="module" src="../hcaict-widgets.js"></script>
</head>
<body>
<nav><a href="./">Alle regio's</a> <a href="../kaart/">Netwerkkaart</a></nav>
<main>
<hca-regioprofiel region="${e(region.id)}" sync-url map-href="../kaart/?regio={region}&amp;initiatief={id}"></hca-regioprofiel>
<div class="fallback">
<h1>${e(region.name)}</h1>
<p>${e(description)}</p>
</div>
</main>
</body>
</html>
`;
    return { id: region.id, html };
  });
}

/** The start of every page the build writes, up to the title (no favicon request: a 404 in every visitor's console). */
export function pageStart(title: string, meta = ''): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${meta}
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} | Human Capital Agenda ICT</title>`;
}

/** A plain page of the kit's small site around the profiles: one element, the loader, a way back. */
function shell(title: string, description: string, body: string, loader = '../hcaict-widgets.js'): string {
  return `${pageStart(title)}
<meta name="description" content="${escapeHtml(description)}">
<style>body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 78rem; color: #1b2333; } ul { columns: 14rem auto; } nav a { margin-right: 1rem; }</style>
<script type="module" src="${loader}"></script>
</head>
<body>
<nav><a href="../regio/">Regioprofielen</a><a href="../kaart/">Netwerkkaart</a><a href="../modellen/">Werkende modellen</a></nav>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The index page: the choropleth that leads into the profiles. */
export function indexPage(regions: Dataset<'regions'>): string {
  const list = regions.records.map((r) => `<li><a href="${escapeHtml(r.id)}.html">${escapeHtml(r.name)}</a></li>`).join('\n');
  return shell(
    'Regioprofielen ICT-onderwijs',
    'Het ICT-onderwijs per provincie en arbeidsmarktregio: cijfers van DUO met trend en vergelijking met Nederland.',
    `<h1>Regioprofielen ICT-onderwijs</h1>
<hca-regiokaart indicator="ict-ingeschrevenen-hbo" level="provincie" href-template="{region}.html"></hca-regiokaart>
<h2>Alle regio's</h2>
<ul>
${list}
</ul>`,
  );
}

/** The netwerkkaart page the profiles and the models link into (`?regio=…&initiatief=…`). */
export const mapPage = () =>
  shell(
    'Netwerkkaart ICT-initiatieven',
    'Initiatieven tegen het tekort aan ICT-professionals op de kaart: samenwerkingen, campussen, omscholing en community’s.',
    '<h1>Netwerkkaart ICT-initiatieven</h1>\n<hca-netwerkkaart sync-url></hca-netwerkkaart>',
  );

/** The working models, each example one click away on the netwerkkaart. */
export const modelsPage = () =>
  shell(
    'Werkende modellen',
    'De zeven werkende modellen achter succesvolle ICT-initiatieven, met voorbeelden op de netwerkkaart.',
    '<hca-werkende-modellen map-href="../kaart/?model={model}&amp;initiatief={id}"></hca-werkende-modellen>',
  );

export function main(argv: string[]): number {
  const site = argv.find((a) => a.startsWith('--site='))?.slice(7) || process.env.HCA_SITE_URL || undefined;
  const read = <T>(name: string): T => JSON.parse(readFileSync(fromRoot('dist', 'data', `${name}.json`), 'utf8'));
  const profiles = read<Dataset<'profiles'>>('profiles');
  const regions = read<Dataset<'regions'>>('regions');
  const out = fromRoot('dist', 'regio');
  mkdirSync(out, { recursive: true });
  const pages = regionPages(profiles, regions, site);
  for (const p of pages) writeFileSync(`${out}/${p.id}.html`, p.html);
  writeFileSync(`${out}/index.html`, indexPage(regions));
  for (const [dir, html] of [
    ['kaart', mapPage()],
    ['modellen', modelsPage()],
  ] as const) {
    mkdirSync(fromRoot('dist', dir), { recursive: true });
    writeFileSync(fromRoot('dist', dir, 'index.html'), html);
  }
  console.log(`region pages: ${pages.length} + index in dist/regio/; dist/kaart/ and dist/modellen/`);
  return 0;
}
