/**
 * The frame of every page of the built site (`dist/regio/`, `dist/modellen/`, `dist/kaart/`):
 * the head with description, canonical link and Open Graph tags, a header with the
 * programme's name, the site's sections and where the page is (a breadcrumb), and a footer
 * with sources, licence and the date of the data. One stylesheet for all of them, for the
 * screen (375 px and up, light and dark) and for A4 print.
 */
import type { DatasetName, Dataset } from '../src/data/schema.js';
import { formatFor } from '../src/i18n/format.js';

export const PROGRAMME = 'Human Capital Agenda ICT';
/** Size of the preview images (Open Graph's large card). */
export const IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Text for HTML element content and double-quoted attribute values (also XML, for the SVG of the preview images). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The start of every page the build writes, up to the title (no favicon request: a 404 in every visitor's console). */
export function pageStart(title: string, meta = ''): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${meta}
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} | ${PROGRAMME}</title>`;
}

/** A page of the site: where it lives under dist/ and what a link to it previews. */
export interface PageMeta {
  /** Path under the site root, e.g. `regio/utrecht.html`. */
  path: string;
  title: string;
  description: string;
  /** The preview image beside the page (same folder), e.g. `utrecht.png`, with its text alternative. */
  image?: { file: string; alt: string };
  /** The site's absolute address (`--site` / HCA_SITE_URL); without it canonical and image stay relative. */
  site?: string;
}

/** Title, description, canonical link, Open Graph and Twitter card tags, the site's style and the kit's loader. */
export function pageHead(m: PageMeta): string {
  const e = escapeHtml;
  const file = m.path.split('/').pop()!;
  const abs = (name: string) => (m.site ? new URL(m.path.replace(/[^/]*$/, name), m.site).href : name);
  const url = abs(file === 'index.html' ? './' : file);
  const tags = [
    `<meta name="description" content="${e(m.description)}">`,
    `<link rel="canonical" href="${e(url)}">`,
    '<meta property="og:type" content="website">',
    '<meta property="og:locale" content="nl_NL">',
    `<meta property="og:site_name" content="${PROGRAMME}">`,
    `<meta property="og:title" content="${e(m.title)}">`,
    `<meta property="og:description" content="${e(m.description)}">`,
    ...(m.site ? [`<meta property="og:url" content="${e(url)}">`] : []),
    ...(m.image
      ? [
          `<meta property="og:image" content="${e(abs(m.image.file))}">`,
          `<meta property="og:image:type" content="image/png">`,
          `<meta property="og:image:width" content="${IMAGE_SIZE.width}">`,
          `<meta property="og:image:height" content="${IMAGE_SIZE.height}">`,
          `<meta property="og:image:alt" content="${e(m.image.alt)}">`,
          '<meta name="twitter:card" content="summary_large_image">',
        ]
      : ['<meta name="twitter:card" content="summary">']),
    `<meta name="twitter:title" content="${e(m.title)}">`,
    `<meta name="twitter:description" content="${e(m.description)}">`,
  ];
  return `${pageStart(m.title)}
${tags.join('\n')}
<style>${SITE_CSS}</style>
<script type="module" src="../hcaict-widgets.js"></script>
</head>`;
}

/** A step of the breadcrumb; the last one is the page itself. One step may hold several links (a region in two provinces). A section's front page has none. */
export type Crumb = { label: string; href?: string }[];

const SECTIONS = [
  ['regio', "Regio's", '../regio/'],
  ['kaart', 'Netwerkkaart', '../kaart/'],
  ['modellen', 'Werkende modellen', '../modellen/'],
] as const;

/**
 * The programme's name, the site's sections (the current one marked), the breadcrumb and the
 * page's heading. The elements bring their own headings from h2 down, so the page's h1 names
 * what kind of page this is.
 */
export function siteHeader(section: (typeof SECTIONS)[number][0], heading: string, crumbs: Crumb[]): string {
  const e = escapeHtml;
  const link = ({ label, href }: Crumb[number]) => (href ? `<a href="${e(href)}">${e(label)}</a>` : e(label));
  const steps = crumbs.map(
    (step, i) => `<li${i === crumbs.length - 1 ? ' aria-current="page"' : ''}>${step.map(link).join('<span class="and"> / </span>')}</li>`,
  );
  const nav = SECTIONS.map(([id, label, href]) => `<li><a href="${href}"${id === section ? ' aria-current="true"' : ''}>${label}</a></li>`).join('');
  return `<a class="skip" href="#inhoud">Naar de inhoud</a>
<header class="site">
<div class="wrap bar">
<a class="brand" href="../regio/">${PROGRAMME}</a>
<nav class="sections" aria-label="Onderdelen"><ul>${nav}</ul></nav>
</div>
<div class="wrap">
${crumbs.length ? `<nav class="crumbs" aria-label="U bent hier"><ol>${steps.join('')}</ol></nav>\n` : ''}<h1>${e(heading)}</h1>
</div>
</header>`;
}

/** The datasets a page shows, for its footer. */
type Shown = Pick<Dataset<DatasetName>, 'attribution' | 'license' | 'publisher' | 'updated'>;

/** Sources (each dataset's attribution, and further lines such as the boundaries'), licence and the date of the newest data. */
export function siteFooter(datasets: Shown[], more: string[] = []): string {
  const e = escapeHtml;
  const sources = [...new Set([...datasets.map((d) => d.attribution).filter((a): a is string => !!a), ...more])];
  const licences = [...new Set(datasets.map((d) => `${d.license}, ${d.publisher}`))];
  const updated = datasets.map((d) => d.updated).reduce((a, b) => (a > b ? a : b));
  return `<footer class="site">
<div class="wrap">
<h2>Bronnen</h2>
<ul>${sources.map((s) => `<li>${e(s)}</li>`).join('')}</ul>
<p><strong>Licentie:</strong> gegevens ${e(licences.join('; '))}, tenzij bij een bron anders vermeld; de software EUPL-1.2.</p>
<p><strong>Gegevens bijgewerkt op</strong> <time datetime="${e(updated)}">${e(formatFor('nl').isoDate(updated))}</time>. Eerdere versies: <a href="../data/releases.json">releases.json</a>. Voor het HCA ICT-team: <a href="../beheer/">gegevens controleren en publiceren</a>.</p>
</div>
</footer>`;
}

/** A whole page: head, header, the element (with a text for the moment before the kit runs), footer. */
export function sitePage(head: PageMeta, header: string, main: string, footer: string): string {
  return `${pageHead(head)}
<body>
${header}
<main id="inhoud" class="wrap">
${main}
</main>
${footer}
</body>
</html>
`;
}

/**
 * The site's stylesheet: the kit's colours (src/theme/tokens.ts) for light and dark, so the
 * page around an element matches it (the elements follow the page's colour scheme); links
 * and buttons at least 24 px high; the header and footer small in print.
 */
export const SITE_CSS = `
:root { --bg: #ffffff; --surface: #f4f6f9; --text: #1b2333; --muted: #4a5568; --border: #c9d1dd; --accent: #0b5cad; color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { --bg: #121722; --surface: #1d2433; --text: #e9edf3; --muted: #b3bdcc; --border: #3a4558; --accent: #7cb8f5; } }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.5; color: var(--text); background: var(--bg); }
a { color: var(--accent); }
.wrap { max-width: 77rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; left: 1rem; top: -4rem; padding: 0.5rem 1rem; background: var(--bg); z-index: 1; }
.skip:focus { top: 0.5rem; }
header.site { background: var(--surface); border-bottom: 1px solid var(--border); }
.bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0 1.5rem; padding-top: 0.4rem; padding-bottom: 0.4rem; }
.brand { font-weight: 700; font-size: 1.1rem; text-decoration: none; padding: 0.3rem 0; }
.sections ul, .crumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; }
.sections ul { gap: 0 1.25rem; }
.sections a { display: inline-block; padding: 0.3rem 0; }
.sections a[aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
.crumbs { border-top: 1px solid var(--border); padding: 0.35rem 0 0; font-size: 0.95rem; }
.crumbs li { padding: 0.15rem 0; }
.crumbs li + li::before { content: '›'; margin: 0 0.5rem; color: var(--muted); }
.crumbs a { display: inline-block; }
.crumbs .and { color: var(--muted); }
header.site h1 { margin: 0; padding: 0.1rem 0 0.6rem; font-size: 0.85rem; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); }
main { display: block; padding-top: 1rem; padding-bottom: 2rem; }
main > h2 { margin-top: 2rem; }
main ul.regions { columns: 14rem auto; padding-left: 1.2rem; }
main ul.regions li { padding: 0.15rem 0; }
.fallback { color: var(--muted); }
hca-regioprofiel:defined + .fallback, hca-werkende-modellen:defined + .fallback { display: none; }
footer.site { background: var(--surface); border-top: 1px solid var(--border); color: var(--muted); font-size: 0.9rem; padding: 1rem 0 1.5rem; }
footer.site h2 { font-size: 1rem; margin: 0 0 0.3rem; color: var(--text); }
footer.site ul { margin: 0 0 0.5rem; padding-left: 1.2rem; }
footer.site p { margin: 0.3rem 0; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  :root { --bg: #fff; --surface: #fff; --text: #000; --muted: #333; }
  .wrap { max-width: none; padding: 0; }
  .skip, .sections, header.site h1 { display: none; }
  header.site, footer.site { border: 0; padding: 0; }
  header.site { font-size: 9pt; }
  .bar { padding: 0; }
  .crumbs { border: 0; padding: 0; }
  main { padding: 0.2rem 0 0; }
  footer.site { font-size: 7.5pt; break-inside: avoid; margin-top: 0.4rem; }
  footer.site h2 { display: none; }
  footer.site ul { margin: 0; padding: 0; list-style: none; display: inline; }
  footer.site li { display: inline; }
  footer.site li + li::before { content: ' · '; }
  footer.site p { display: inline; margin: 0 0 0 0.3rem; }
}
`;
