/**
 * The preview images of the site's pages (`og:image`): 1200 × 630 PNGs drawn as SVG and
 * rasterised at build time by resvg, with the Inter font that ships in scripts/fonts/ and no
 * system font, so every machine makes the same image. A region's image shows its shape, its
 * three main figures with year and source, and a source line; a model's its name and where
 * it is applied.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { COLORS } from '../src/theme/tokens.js';
import { fromRoot } from '../src/cli/paths.js';
import { formatFor } from '../src/i18n/format.js';
import type { Boundaries } from '../src/geo/layers.js';
import { regionPaths, svgFrame } from '../src/geo/svg-map.js';
import type { Region } from '../src/data/schema.js';
import { escapeHtml, IMAGE_SIZE, PROGRAMME } from './page-frame.js';
import type { MainFigure } from './region-pages.js';
import type { ModelReach } from './model-pages.js';

const { width: W, height: H } = IMAGE_SIZE;
const FONT: ResvgRenderOptions['font'] = {
  fontFiles: [fromRoot('scripts', 'fonts', 'Inter-Regular.ttf'), fromRoot('scripts', 'fonts', 'Inter-Bold.ttf')],
  loadSystemFonts: false,
  defaultFontFamily: 'Inter',
  sansSerifFamily: 'Inter',
};
/** The kit's light colours (src/theme/tokens.ts). */
const C = { text: '#1b2333', muted: '#4a5568', land: '#e8ecf1', border: '#c9d1dd', accent: COLORS.accent, concept: '#7a4b00', conceptBg: '#fff2cc' };
const MARGIN = 60;

type Weight = 400 | 700;
const widths = new Map<string, number>();
/** The width the text takes in Inter at this size and weight, measured by resvg itself. */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  const key = `${size}/${weight}/${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${size * 2}"><text x="0" y="${size * 1.5}" font-size="${size}" font-weight="${weight}">${escapeHtml(text)}</text></svg>`;
    const box = new Resvg(svg, { font: FONT }).getBBox();
    w = box ? box.x + box.width : 0;
    widths.set(key, w);
  }
  return w;
}

/** Words in lines no wider than `max`; a word wider than `max` stands on a line of its own. */
export function wrap(text: string, size: number, weight: Weight, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size, weight) <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The largest size from `sizes` at which the text fits in `maxLines` lines of `max`, and those lines. */
export function fit(text: string, weight: Weight, max: number, maxLines: number, sizes: number[]): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrap(text, size, weight, max);
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, size, weight) <= max)) return { size, lines };
  }
  const size = sizes.at(-1)!;
  return { size, lines: wrap(text, size, weight, max) };
}

/** Lines of text, top line's baseline at y. */
function textLines(lines: string[], x: number, y: number, size: number, attrs: string, leading = 1.2): string {
  return lines.map((l, i) => `<text x="${x}" y="${Math.round(y + i * size * leading)}" font-size="${size}" ${attrs}>${escapeHtml(l)}</text>`).join('');
}

function card(body: string, kicker: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="#ffffff"/>
<rect width="${W}" height="12" fill="${C.accent}"/>
<text x="${MARGIN}" y="68" font-size="22" font-weight="700" fill="${C.accent}" letter-spacing="1.5">${escapeHtml(kicker.toUpperCase())}</text>
${body}
</svg>`;
}

/** At most `n` lines, the last one ending in an ellipsis when text was left out. */
const clip = (lines: string[], n: number) => (lines.length > n ? [...lines.slice(0, n - 1), `${lines[n - 1]}…`] : lines);

/** The source line along the bottom, at most two lines across the card. */
function sourceLine(text: string): string {
  const { size, lines } = fit(text, 400, W - 2 * MARGIN, 2, [19, 17, 15]);
  return `<line x1="${MARGIN}" x2="${W - MARGIN}" y1="${H - 88}" y2="${H - 88}" stroke="${C.border}" stroke-width="2"/>
${textLines(clip(lines, 2), MARGIN, H - 56, size, `fill="${C.muted}"`, 1.35)}`;
}

export interface RegionImage {
  region: Region;
  /** "Provincie", "Arbeidsmarktregio", "Land". */
  level: string;
  figures: MainFigure[];
  /** Sources of everything the image shows, in one line. */
  source: string;
}

/** Drawing in a frame's coordinates, fitted into a box; `px` turns pixels into the frame's units (stroke widths). */
function fitted(viewBox: string, x: number, y: number, w: number, h: number, draw: (px: (n: number) => string) => string): string {
  const [, , vw, vh] = viewBox.split(' ').map(Number);
  const scale = Math.min(w / vw, h / vh);
  return `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${viewBox}">${draw((n) => (n / scale).toFixed(1))}</svg>`;
}

/** The region's shape, large, and below it the Netherlands with the region marked; for the Netherlands its provinces. */
function regionShape(boundaries: Boundaries, region: Region, x: number, y: number, w: number, h: number): string {
  const { frame, paths } = regionPaths(boundaries, 1000);
  const provinces = [...paths].filter(([k]) => k.startsWith('provincie:')).map(([, d]) => d);
  const netherlands = (bx: number, by: number, bw: number, bh: number, fill: string, here?: string) =>
    fitted(frame.viewBox, bx, by, bw, bh, (px) =>
      [
        ...provinces.map((d) => `<path d="${d}" fill="${fill}" stroke="#ffffff" stroke-width="${px(2)}"/>`),
        ...(here ? [`<path d="${here}" fill="${C.accent}" stroke="${C.text}" stroke-width="${px(1.5)}"/>`] : []),
      ].join(''),
    );
  const feature = [...boundaries.provinces.features, ...boundaries.amrs.features].find((f) => f.id === region.id && f.properties.level === region.level);
  if (!feature) return netherlands(x, y, w, h, region.level === 'land' ? C.accent : C.land);
  const own = svgFrame({ type: 'FeatureCollection', features: [feature] }, 1000);
  const inset = 120;
  const shape = fitted(
    own.viewBox,
    x,
    y,
    w,
    h - inset - 16,
    (px) => `<path d="${own.path(feature)}" fill="${C.accent}" stroke="${C.text}" stroke-width="${px(2)}" stroke-linejoin="round"/>`,
  );
  return `${shape}\n${netherlands(x + w - inset, y + h - inset, inset, inset, C.land, paths.get(`${region.level}:${region.id}`))}`;
}

export function regionImageSvg(boundaries: Boundaries, r: RegionImage): string {
  const left = 720 - MARGIN;
  const name = fit(r.region.name, 700, left, 1, [64, 56, 48, 42, 36]);
  let body = textLines(name.lines, MARGIN, 140, name.size, `font-weight="700" fill="${C.text}"`);
  body += `<text x="${MARGIN}" y="184" font-size="26" fill="${C.muted}">${escapeHtml(r.level)} · ICT-onderwijs</text>`;
  const numberWidth = 210;
  r.figures.forEach((f, i) => {
    const y = 262 + i * 96;
    const value = fit(f.value, 700, numberWidth - 16, 1, [48, 42, 36]);
    body += textLines(value.lines, MARGIN, y, value.size, `font-weight="700" fill="${C.accent}"`);
    const x = MARGIN + numberWidth;
    const label = fit(`${f.label} (${f.year})`, 700, left - numberWidth, 1, [24, 21, 18]);
    body += textLines(label.lines, x, y - 14, label.size, `font-weight="700" fill="${C.text}"`);
    const source = fit(`Bron: ${f.source}`, 400, left - numberWidth, 2, [17, 15]);
    body += textLines(clip(source.lines, 2), x, y + 12, source.size, `fill="${C.muted}"`);
  });
  if (!r.figures.length) body += `<text x="${MARGIN}" y="262" font-size="26" fill="${C.muted}">Geen cijfers over ICT-onderwijs in deze regio.</text>`;
  body += regionShape(boundaries, r.region, 760, 40, 380, 460);
  body += sourceLine(r.source);
  return card(body, `${PROGRAMME} · Regioprofiel`);
}

export interface ModelImage {
  name: string;
  concept: boolean;
  reach: ModelReach;
  source: string;
}

export function modelImageSvg(m: ModelImage): string {
  const n = formatFor('nl');
  let body = '';
  let y = 150;
  if (m.concept) {
    const w = textWidth('CONCEPT', 20, 700) + 28;
    body += `<rect x="${MARGIN}" y="100" width="${w.toFixed(0)}" height="36" rx="6" fill="${C.conceptBg}" stroke="${C.concept}" stroke-width="2"/>
<text x="${MARGIN + 14}" y="125" font-size="20" font-weight="700" fill="${C.concept}" letter-spacing="1">CONCEPT</text>`;
    y = 210;
  }
  const name = fit(m.name, 700, W - 2 * MARGIN, 3, [68, 60, 54, 48]);
  body += textLines(name.lines, MARGIN, y, name.size, `font-weight="700" fill="${C.text}"`, 1.15);
  const top = y + (name.lines.length - 1) * name.size * 1.15 + 110;
  const figures: [number, string][] = [
    [m.reach.initiatives, m.reach.initiatives === 1 ? 'initiatief' : 'initiatieven'],
    [m.reach.regions, m.reach.regions === 1 ? 'arbeidsmarktregio' : "arbeidsmarktregio's"],
  ];
  let x = MARGIN;
  for (const [value, label] of figures) {
    body += `<text x="${x}" y="${Math.round(top)}" font-size="72" font-weight="700" fill="${C.accent}">${n.number(value)}</text>`;
    const vw = textWidth(n.number(value), 72, 700);
    body += `<text x="${Math.round(x + vw + 16)}" y="${Math.round(top)}" font-size="30" fill="${C.text}">${escapeHtml(label)}</text>`;
    x += vw + 16 + textWidth(label, 30) + 64;
  }
  body += sourceLine(m.source);
  return card(body, `${PROGRAMME} · Werkend model`);
}

/** The PNG of an image's SVG. */
export function renderPng(svg: string): Buffer {
  return new Resvg(svg, { font: FONT, fitTo: { mode: 'original' } }).render().asPng();
}
