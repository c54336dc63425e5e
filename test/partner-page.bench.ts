/**
 * Benchmark (`npm run bench`): the kit on a partner-like page. Each scenario is a fresh
 * document (an iframe with `srcdoc`, same origin as the test page) holding a header, a
 * text and an image above the elements and text below them, the one script tag
 * `hcaict-widgets.js` from the kit served on ANOTHER origin (as from a CDN), and the
 * elements as the embed builder writes them (a short text inside each tag that reserves
 * the element's height); the page gives the netwerkkaart its height (`display: block;
 * height: 560px`, as the README says). Pages: each element alone, all four together, and
 * all four as bare tags (a text without reserved height, no `display: block`): what a page
 * that does not reserve gets, since the kit's script can only reserve after the first paint.
 *
 * Measured inside the page from its start (observers in an inline script before the
 * kit's tag, `buffered: true`), until 1.5 s without a long task after the last hca-ready:
 * - CLS: layout shifts without recent input, in session windows as Chrome counts them
 *   (gap < 1 s, window <= 5 s), the largest window; `shifts` names what moved most.
 * - longest task and TBT: 'longtask' entries (the page runs nothing but the kit),
 *   TBT = sum of (duration - 50 ms).
 * - requests before paint: resources started before the frame after the (last) hca-ready;
 *   kB: transferSize (or encodedBodySize) of every resource of the page.
 * - data at / code at: start of the first data request, and end of the last element
 *   module (netwerkkaart.js, ...), in ms since the page started: data at < code at means
 *   the data was requested in parallel with the element's code.
 *
 * Two runs of each page: desktop (1280 x 800, no throttling) and mobile as Lighthouse's
 * mobile run (412 x 823, 4x CPU slowdown and 150 ms / 1.6 Mbps network through the
 * DevTools protocol, `hca-throttle` in web-test-runner.config.mjs); the median of three
 * loads is printed. It prints figures; it is not a timed unit test.
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { RESERVED_HEIGHT } from '../src/ui/reserve.js';
import { readJson } from './helpers/wait.js';
import { median, table } from './helpers/bench-data.js';

const LOADS = 3;
const QUIET_MS = 1500;

interface Variant {
  name: string;
  width: number;
  height: number;
  cpu: number;
  network: { latency: number; downloadKbps: number; uploadKbps: number } | null;
}
const VARIANTS: Variant[] = [
  { name: 'desktop 1280x800', width: 1280, height: 800, cpu: 1, network: null },
  { name: 'mobile 412x823, 4x CPU, 150 ms RTT', width: 412, height: 823, cpu: 4, network: { latency: 150, downloadKbps: 1600, uploadKbps: 750 } },
];

const FALLBACK: Record<string, [string, string]> = {
  'hca-netwerkkaart': ['', 'Netwerkkaart van HCA ICT wordt geladen.'],
  'hca-regioprofiel': [' region="utrecht"', 'Regioprofiel van HCA ICT wordt geladen.'],
  'hca-regiokaart': ['', 'Regiokaart van HCA ICT wordt geladen.'],
  'hca-werkende-modellen': ['', 'Werkende modellen van HCA ICT worden geladen.'],
};
const TAGS = Object.keys(FALLBACK);
/** A tag as the embed builder writes it: the fallback text reserves the element's height; `bare`: without that. */
const element = (tag: string, bare: boolean) => {
  const [attrs, text] = FALLBACK[tag];
  const reserve = !bare && RESERVED_HEIGHT[tag] ? ` style="margin:0;min-height:${RESERVED_HEIGHT[tag]}"` : '';
  return `<${tag}${attrs}><p${reserve}>${text}</p></${tag}>`;
};
const BARE = 'all four, bare tags';
const SCENARIOS: [string, string[]][] = [...TAGS.map((tag): [string, string[]] => [tag, [tag]]), ['all four', TAGS], [BARE, TAGS]];

/** Runs first in the page (a classic inline script): observers from the page's start. */
const INSTRUMENT = `
window.__bench = { shifts: [], tasks: [], ready: {}, paint: {}, defined: {}, errors: [] };
(function () {
  var b = window.__bench;
  var describe = function (node) {
    if (!node || !node.nodeName) return '?';
    var host = node.getRootNode && node.getRootNode().host;
    var name = node.nodeType === 1 ? node.localName + (node.className && typeof node.className === 'string' ? '.' + node.className.split(' ')[0] : '') : node.nodeName;
    return (host ? host.localName + ' > ' : '') + name;
  };
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) {
      b.shifts.push({ t: e.startTime, value: e.value, input: e.hadRecentInput,
        sources: (e.sources || []).map(function (s) { return describe(s.node) + ' ' + Math.round(s.previousRect.y) + '->' + Math.round(s.currentRect.y) + ' h ' + Math.round(s.previousRect.height) + '->' + Math.round(s.currentRect.height); }) });
    });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) { b.tasks.push({ t: e.startTime, d: e.duration }); });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('hca-ready', function (e) {
    var tag = e.target.localName;
    b.ready[tag] = performance.now();
    requestAnimationFrame(function () { setTimeout(function () { b.paint[tag] = performance.now(); }); });
  }, true);
  document.addEventListener('hca-data-error', function (e) { b.errors.push(e.target.localName + ': ' + e.detail.messages.join('; ')); }, true);
  ${JSON.stringify(TAGS)}.forEach(function (tag) {
    customElements.whenDefined(tag).then(function () { b.defined[tag] = performance.now(); });
  });
})();
`;

const TEXT =
  'De provincie werkt samen met onderwijs, bedrijven en gemeenten aan meer ICT-talent in de regio. ' +
  'Op deze pagina ziet u welke initiatieven er zijn, hoe de regio ervoor staat en welke aanpakken werken.';

function page(origin: string, tags: string[], bare: boolean): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ICT-talent in de regio</title>
<script>${INSTRUMENT}</script>
<script type="module" src="${origin}/hcaict-widgets.js"></script>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1d2430; }
  header, footer { background: #1f3a5f; color: #fff; padding: 12px 16px; }
  main { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
  .hero { height: 120px; background: #dfe7f2; border-radius: 8px; }
  hca-netwerkkaart { ${bare ? '' : 'display: block; '}height: 560px; }
  section { margin: 24px 0; }
</style>
</head>
<body>
<header><strong>Provincie Voorbeeld</strong> · Werk · Onderwijs · Economie</header>
<main>
  <h1>ICT-talent in de regio</h1>
  <p>${TEXT}</p>
  <div class="hero" role="img" aria-label="Foto"></div>
  ${tags.map((t) => `<section>${element(t, bare)}</section>`).join('\n  ')}
  <h2>Meer weten</h2>
  <p>${TEXT}</p>
  <p>${TEXT}</p>
  <p>${TEXT}</p>
</main>
<footer>Provincie Voorbeeld · Contact · Privacy</footer>
</body>
</html>`;
}

interface Bench {
  shifts: { t: number; value: number; input: boolean; sources: string[] }[];
  tasks: { t: number; d: number }[];
  ready: Record<string, number>;
  paint: Record<string, number>;
  defined: Record<string, number>;
  errors: string[];
}

interface Figures {
  cls: number;
  longest: number;
  tbt: number;
  requests: number;
  kb: number;
  dataAt: number;
  codeAt: number;
  ready: number;
  shifts: string[];
  long: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CLS as Chrome computes it: the largest session window of shifts without recent input. */
function cls(shifts: Bench['shifts']): number {
  let best = 0,
    sum = 0,
    start = -Infinity,
    last = -Infinity;
  for (const s of shifts.filter((x) => !x.input).sort((a, b) => a.t - b.t)) {
    if (s.t - last > 1000 || s.t - start > 5000) {
      sum = 0;
      start = s.t;
    }
    sum += s.value;
    last = s.t;
    best = Math.max(best, sum);
  }
  return best;
}

interface Frame {
  t: number;
  d: number;
  render: number;
  scripts: string[];
}

/**
 * Long animation frames with the scripts that ran in them, to name a long task's cause.
 * A same-origin iframe shares the event loop and the frames of this page, so Chrome
 * reports them here, not in the iframe.
 */
function watchFrames(): { frames: Frame[]; stop: () => void } {
  const frames: Frame[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { renderStart?: number; scripts?: Record<string, string & number>[] })[])
      frames.push({
        t: e.startTime,
        d: e.duration,
        render: e.renderStart ? Math.round(e.startTime + e.duration - e.renderStart) : 0,
        scripts: (e.scripts ?? [])
          .filter((x) => x.duration >= 5)
          .map((x) => `${Math.round(x.duration)} ms ${x.invoker} ${x.sourceFunctionName} ${String(x.sourceURL).split('/').pop()}`),
      });
  });
  try {
    observer.observe({ type: 'long-animation-frame' });
  } catch {
    // no long-animation-frame entries in this browser: tasks stay unnamed
  }
  return { frames, stop: () => observer.disconnect() };
}

async function load(origin: string, tags: string[], bare: boolean, v: Variant): Promise<Figures> {
  const watch = watchFrames();
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;top:0;left:0;border:0;width:${v.width}px;height:${v.height}px;background:#fff`;
  frame.title = 'partner page';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = page(origin, tags, bare);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __bench: Bench };
  const t0 = performance.now();
  // all ready (or 60 s), then a quiet period without long tasks
  for (;;) {
    await sleep(100);
    const b = win.__bench;
    const done = tags.every((t) => b.paint[t] !== undefined);
    if (performance.now() - t0 > 60000) throw new Error(`${tags.join(', ')}: not ready within 60 s (${JSON.stringify(b.ready)}; ${b.errors.join(' | ')})`);
    if (!done) continue;
    const lastReady = Math.max(...tags.map((t) => b.paint[t]));
    const lastTask = Math.max(0, ...b.tasks.map((x) => x.t + x.d));
    if (win.performance.now() - Math.max(lastReady, lastTask) >= QUIET_MS) break;
  }
  const b = win.__bench;
  const firstPaint = Math.max(...tags.map((t) => b.paint[t]));
  const resources = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const kit = resources.filter((r) => r.name.startsWith(origin));
  const data = kit.filter((r) => /\/(data|geo)\//.test(r.name));
  const code = kit.filter((r) => /\/(netwerkkaart|regioprofiel|regiokaart|werkende-modellen)\.js$/.test(r.name));
  const bigShifts = b.shifts.filter((s) => !s.input && s.value >= 0.001).map((s) => `${s.value.toFixed(3)} at ${Math.round(s.t)} ms: ${s.sources.join(', ')}`);
  await sleep(100); // the last frames' entries
  watch.stop();
  const shift = win.performance.timeOrigin - performance.timeOrigin; // iframe time = this page's time - shift
  const longTasks = b.tasks
    .filter((x) => x.d > 50)
    .map((x) => {
      const frames = watch.frames.filter((f) => f.t - shift < x.t + x.d && f.t - shift + f.d > x.t);
      const scripts = frames.flatMap((f) => f.scripts);
      const render = frames.reduce((a, f) => a + f.render, 0);
      return `${Math.round(x.d)} ms at ${Math.round(x.t)} ms: ${scripts.join(', ') || 'no script over 5 ms'}${render ? `; rendering (style, layout, paint) ${render} ms` : ''}`;
    });
  const figures: Figures = {
    cls: cls(b.shifts),
    longest: Math.max(0, ...b.tasks.map((x) => x.d)),
    tbt: b.tasks.reduce((a, x) => a + Math.max(0, x.d - 50), 0),
    requests: resources.filter((r) => r.startTime < firstPaint).length,
    kb: resources.reduce((a, r) => a + (r.transferSize || r.encodedBodySize), 0) / 1000,
    dataAt: Math.min(...data.map((r) => r.startTime)),
    codeAt: Math.max(...code.map((r) => r.responseEnd)),
    ready: firstPaint,
    shifts: bigShifts,
    long: longTasks,
  };
  if (b.errors.length) console.warn(`${tags.join(', ')}: ${b.errors.join(' | ')}`);
  frame.remove();
  return figures;
}

describe('the kit on a partner page', () => {
  it('prints CLS, long tasks, TBT, requests and bytes per page', async () => {
    const { origin } = await readJson('/__test/kit-origin');
    const head = ['page', 'CLS', 'longest task ms', 'TBT ms', 'ready ms', 'requests before paint', 'kB', 'data at ms', 'code at ms'];
    const out: string[] = [''];
    for (const v of VARIANTS) {
      await setViewport({ width: Math.max(800, v.width + 20), height: v.height + 20 });
      const rows: string[][] = [];
      const notes: string[] = [];
      const tasks: string[] = [];
      for (const [name, tags] of SCENARIOS) {
        const runs: Figures[] = [];
        for (let i = 0; i < LOADS; i++) {
          await executeServerCommand('hca-throttle', { cpu: v.cpu, network: v.network });
          try {
            runs.push(await load(origin, tags, name === BARE, v));
          } finally {
            await executeServerCommand('hca-throttle', { cpu: 1, network: null });
          }
          await sleep(300);
        }
        const m = (f: (x: Figures) => number) => median(runs.map(f));
        rows.push([
          name,
          m((x) => x.cls).toFixed(3),
          m((x) => x.longest).toFixed(0),
          m((x) => x.tbt).toFixed(0),
          m((x) => x.ready).toFixed(0),
          m((x) => x.requests).toFixed(0),
          m((x) => x.kb).toFixed(0),
          m((x) => x.dataAt).toFixed(0),
          m((x) => x.codeAt).toFixed(0),
        ]);
        const worst = runs.reduce((a, x) => (x.cls > a.cls ? x : a));
        if (worst.shifts.length) notes.push(`  ${name} (worst load, CLS ${worst.cls.toFixed(3)}):`, ...worst.shifts.slice(0, 6).map((s) => `    ${s}`));
        const slowest = runs.reduce((a, x) => (x.longest > a.longest ? x : a));
        if (slowest.long.length) tasks.push(`  ${name} (worst load):`, ...slowest.long.map((s) => `    ${s}`));
      }
      out.push(
        `partner page, ${v.name} (median of ${LOADS} loads)`,
        table(head, rows),
        ...(notes.length ? ['layout shifts >= 0.001:', ...notes] : []),
        ...(tasks.length ? ['tasks over 50 ms (with the scripts of their long animation frame):', ...tasks] : []),
        '',
      );
    }
    out.push('targets: CLS <= 0.01, no task over 50 ms, data at < code at (data requested in parallel with the code)');
    console.log(out.join('\n'));
  });
});
