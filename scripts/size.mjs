#!/usr/bin/env node
// `npm run size`: gzip size of what a page loads for each entry, against the budgets in
// DESIGN.md. "initial" = the entry and its static imports; "everything" = also every
// chunk it loads on use (Leaflet, Chart.js, ...), except MapLibre, which loads only
// for renderer="maplibre" and is listed on its own; "no map" = everything but the Leaflet
// map renderer (the werkende modellen load it only when a model page with a map opens).
// The words for data problems load only when the data has one, and are listed on their
// own. Data files are excluded.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const meta = JSON.parse(readFileSync(join(dist, 'meta.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const KB = 1000;

const BUDGETS = [
  // [entry file, what counts, budget in bytes, label]
  ['hcaict-widgets.js', 'initial', 12 * KB, 'the one script tag (loader)'],
  ['werkende-modellen.js', 'no map', 35 * KB, 'hca-werkende-modellen, all but the map of a model page'],
  ['werkende-modellen.js', 'everything', 95 * KB, '... with that map (Leaflet, loaded on opening a model)'],
  ['netwerkkaart.js', 'everything', 95 * KB, 'hca-netwerkkaart with Leaflet, everything included'],
  ['regioprofiel.js', 'everything', 120 * KB, 'hca-regioprofiel with Chart.js, everything included'],
  ['regiokaart.js', 'everything', 60 * KB, 'hca-regiokaart, everything included (our own budget)'],
  // the team's page, not a partner's: the three previewed elements, their libraries and the
  // checks (papaparse, turf, fflate, the .xlsx reader), all loaded on open to work offline
  ['beheer/beheer.js', 'everything', 300 * KB, 'data desk dist/beheer/, everything (our own budget)'],
];

function closure(file, mode) {
  const dynamic = mode !== 'initial';
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f) || !meta[f]) return;
    if (meta[f].maplibre) return; // only with renderer="maplibre"
    if (meta[f].problems && dynamic) return; // only when the data has a problem
    if (mode === 'no map' && meta[f].leaflet) return;
    seen.add(f);
    meta[f].imports.forEach(walk);
    if (dynamic) meta[f].dynamicImports.filter((d) => !(file === 'hcaict-widgets.js' || meta[d]?.entry)).forEach(walk);
  };
  walk(file);
  return [...seen];
}

const rows = [];
let failed = 0;
for (const [file, mode, budget, label] of BUDGETS) {
  const files = closure(file, mode);
  const size = files.reduce((a, f) => a + gz(f), 0);
  const ok = size <= budget;
  if (!ok) failed++;
  rows.push([label, file, mode, size, budget, ok ? 'ok' : 'OVER']);
}
const maplibre = Object.keys(meta).filter((f) => meta[f].maplibre);
if (maplibre.length) {
  const worker = readdirSync(join(dist, 'chunks')).filter((f) => f.startsWith('maplibre-gl-worker'));
  const size = maplibre.reduce((a, f) => a + gz(f), 0) + worker.reduce((a, f) => a + gz(join('chunks', f)), 0);
  rows.push(['MapLibre GL + worker (only with renderer="maplibre")', maplibre.join(' '), 'on demand', size, null, 'info']);
}
for (const f of Object.keys(meta).filter((f) => meta[f].problems))
  rows.push(['the words for data problems (only when there is one)', f, 'on demand', gz(f), null, 'info']);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`${pad('what a page loads', 56)} ${lpad('gzip B', 9)} ${lpad('budget B', 9)}  result`);
for (const [label, , , size, budget, result] of rows) {
  console.log(`${pad(label, 56)} ${lpad(size.toLocaleString('en'), 9)} ${lpad(budget ? budget.toLocaleString('en') : '-', 9)}  ${result}`);
}
console.log('\nevery file (gzip -9 bytes):');
for (const f of Object.keys(meta).sort()) console.log(`  ${pad(f, 48)} ${lpad(gz(f).toLocaleString('en'), 9)}`);
if (failed) {
  console.error(`\nsize gate: ${failed} entr${failed === 1 ? 'y is' : 'ies are'} over budget`);
  process.exit(1);
}
console.log('\nsize gate: every entry within budget');
