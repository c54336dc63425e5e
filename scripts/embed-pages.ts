/**
 * The iframe route: `dist/embed/<element>.html`, one page per element, holding the tag and
 * `embed.js` (widgets/embed.ts, built by Rollup into the same folder), which copies the
 * whitelisted URL parameters onto the tag and tells the parent page its height.
 *
 * The netwerkkaart fills the iframe (at least 400 px); the others are as tall as their
 * content, so the parent page sizes the iframe to them. Run by `npm run build` after the bundles.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fromRoot } from '../src/cli/paths.js';
import { pageStart } from './page-frame.js';

interface EmbedPage {
  file: string;
  tag: string;
  title: string;
  loading: string;
  fill?: boolean;
}

export const EMBED_PAGES: EmbedPage[] = [
  { file: 'netwerkkaart', tag: 'hca-netwerkkaart', title: 'Netwerkkaart', loading: 'De netwerkkaart van HCA ICT wordt geladen.', fill: true },
  { file: 'regioprofiel', tag: 'hca-regioprofiel', title: 'Regioprofiel', loading: 'Het regioprofiel van HCA ICT wordt geladen.' },
  { file: 'regiokaart', tag: 'hca-regiokaart', title: 'Regiokaart', loading: 'De regiokaart van HCA ICT wordt geladen.' },
  { file: 'werkende-modellen', tag: 'hca-werkende-modellen', title: 'Werkende modellen', loading: 'De werkende modellen van HCA ICT worden geladen.' },
];

export function embedPage(p: EmbedPage): string {
  const size = p.fill ? 'height: 100vh; min-height: 400px;' : '';
  return `${pageStart(p.title, '\n<meta name="robots" content="noindex">')}
<style>
  html, body { margin: 0; }
  ${p.tag} { display: block; ${size} }
</style>
<script type="module" src="embed.js"></script>
</head>
<body>
<${p.tag} data-hca-embed><p>${p.loading}</p></${p.tag}>
</body>
</html>
`;
}

export function main(): number {
  const out = fromRoot('dist', 'embed');
  mkdirSync(out, { recursive: true });
  for (const p of EMBED_PAGES) writeFileSync(`${out}/${p.file}.html`, embedPage(p));
  console.log(`embed pages: ${EMBED_PAGES.map((p) => `embed/${p.file}.html`).join(', ')}`);
  return 0;
}
