/**
 * Link previews: one static page per region, `dist/regio/<id>.html`, with a title, a
 * description naming the region's main figures, Open Graph tags with a preview image and a
 * canonical link, holding `<hca-regioprofiel region="<id>" sync-url>` in the site's frame
 * (header with the breadcrumb Nederland › provincie › regio, footer with sources, licence
 * and data date). A link shared in mail or chat previews the region; the page itself shows
 * the live profile. Also the index: the choropleth that leads to every profile.
 */
import { formatValue, pointAt, profileOf, sourceLabel } from '../src/data/figures.js';
import type { Dataset, Region } from '../src/data/schema.js';
import { formatFor } from '../src/i18n/format.js';
import { NETHERLANDS_ID } from '../src/geo/region-id.js';
import { escapeHtml, siteFooter, siteHeader, sitePage, type Crumb } from './page-frame.js';

/** The main figures of a preview (the profile's key figures for the three levels of education), with the words that follow the number. */
const MAIN_FIGURES: Record<string, string> = {
  'ict-ingeschrevenen-hbo': 'ICT-studenten in het hbo',
  'ict-deelnemers-mbo': 'ICT-studenten in het mbo',
  'ict-eerstejaars-wo': 'eerstejaars ICT in het wo',
};
const LEVELS: Record<Region['level'], string> = { land: 'Land', provincie: 'Provincie', arbeidsmarktregio: 'Arbeidsmarktregio' };

/** A main figure as the page and its preview image show it: the number, what it counts, its year and source. */
export interface MainFigure {
  value: string;
  label: string;
  year: number;
  source: string;
}

export interface RegionPage {
  id: string;
  region: Region;
  /** "Provincie", "Arbeidsmarktregio", "Land". */
  level: string;
  figures: MainFigure[];
  html: string;
}

export interface RegionData {
  profiles: Dataset<'profiles'>;
  regions: Dataset<'regions'>;
  /** The boundaries' attribution (the profile's locator map, the preview image's shape). */
  boundaries: string;
}

export function mainFigures(profiles: Dataset<'profiles'>, id: string): MainFigure[] {
  const fmt = formatFor('nl');
  const profile = profileOf(profiles, id);
  return Object.entries(MAIN_FIGURES).flatMap(([indicator, label]) => {
    const def = profiles.indicators?.find((d) => d.id === indicator);
    const p = pointAt(profile, indicator);
    return def && p ? [{ label, value: formatValue(p.value, def, fmt, ''), year: p.year, source: sourceLabel(p.source ?? def.source) }] : [];
  });
}

/** Nederland › the province (or provinces) › the region; the Netherlands' own page is one step. */
export function regionCrumbs(regions: Region[], region: Region): Crumb[] {
  const step = (r: Region) => ({ label: r.name, href: `${r.id}.html` });
  const nl = regions.find((r) => r.id === NETHERLANDS_ID);
  const top: Crumb[] = nl && region.id !== nl.id ? [[step(nl)]] : [];
  const provinces = (region.level === 'arbeidsmarktregio' ? (region.provinces ?? []) : []).flatMap((id) => regions.find((r) => r.id === id) ?? []);
  return [...top, ...(provinces.length ? [provinces.map(step)] : []), [{ label: region.name }]];
}

export function regionPages(d: RegionData, site?: string): RegionPage[] {
  const regions = d.regions.records;
  return regions.map((region) => {
    const figures = mainFigures(d.profiles, region.id);
    const level = LEVELS[region.level];
    const lead = region.level === 'land' ? 'Nederland' : `${level.toLowerCase()} ${region.name}`;
    const title = `${region.name}: regioprofiel ICT-onderwijs`;
    const description =
      `ICT-onderwijs in ${lead}: ` +
      (figures.length ? figures.map((f) => `${f.value} ${f.label} (${f.year})`).join(', ') : 'geen cijfers') +
      '. Bron: DUO open onderwijsdata; met trend, vergelijking met Nederland en initiatieven.';
    const e = escapeHtml;
    const html = sitePage(
      { path: `regio/${region.id}.html`, title, description, site, image: { file: `${region.id}.png`, alt: imageAlt(region, level, figures) } },
      siteHeader('regio', 'Regioprofiel ICT-onderwijs', regionCrumbs(regions, region)),
      `<hca-regioprofiel region="${e(region.id)}" sync-url map-href="../kaart/?regio={region}&amp;initiatief={id}" model-href="../modellen/{model}.html"></hca-regioprofiel>
<div class="fallback">
<h2>${e(region.name)}</h2>
<p>${e(description)}</p>
</div>`,
      siteFooter([d.profiles], [d.boundaries]),
    );
    return { id: region.id, region, level, figures, html };
  });
}

/** What the preview image shows, in words. */
function imageAlt(region: Region, level: string, figures: MainFigure[]): string {
  const list = figures.map((f) => `${f.value} ${f.label} (${f.year})`).join(', ');
  return `${region.name} (${level.toLowerCase()}) op de kaart${list ? `, met ${list}` : ''}. Bron: DUO.`;
}

/** The index page: the choropleth that leads into the profiles, and every region as a link. */
export function indexPage(d: RegionData): string {
  const e = escapeHtml;
  const byLevel = (level: Region['level']) => d.regions.records.filter((r) => r.level === level);
  const list = (rs: Region[]) => `<ul class="regions">\n${rs.map((r) => `<li><a href="${e(r.id)}.html">${e(r.name)}</a></li>`).join('\n')}\n</ul>`;
  return sitePage(
    {
      path: 'regio/index.html',
      title: 'Regioprofielen ICT-onderwijs',
      description: 'Het ICT-onderwijs per provincie en arbeidsmarktregio: cijfers van DUO met trend en vergelijking met Nederland.',
    },
    siteHeader('regio', 'Regioprofielen ICT-onderwijs', []),
    `<hca-regiokaart indicator="ict-ingeschrevenen-hbo" level="provincie" href-template="{region}.html"></hca-regiokaart>
<h2>Nederland en provincies</h2>
${list([...byLevel('land'), ...byLevel('provincie')])}
<h2>Arbeidsmarktregio's</h2>
${list(byLevel('arbeidsmarktregio'))}`,
    siteFooter([d.profiles], [d.boundaries]),
  );
}
