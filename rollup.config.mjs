import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const require = createRequire(import.meta.url);

// `import css from 'x.css'` becomes the stylesheet's text, for adoptedStyleSheets / unsafeCSS.
const cssText = () => ({
  name: 'css-text',
  async load(id) {
    if (!id.endsWith('.css')) return null;
    const src = (await readFile(id, 'utf8'))
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return { code: `export default ${JSON.stringify(src)};`, moduleSideEffects: false };
  },
});

// maplibre-gl v6 starts its module worker from new URL('./maplibre-gl-worker.mjs', import.meta.url)
// of the chunk that holds its code: ship the worker next to the chunks.
const maplibreWorker = () => ({
  name: 'maplibre-worker',
  generateBundle(_, bundle) {
    const usesMaplibre = Object.values(bundle).some((c) => c.type === 'chunk' && c.moduleIds.some((id) => id.includes('/maplibre-gl/')));
    if (usesMaplibre) {
      this.emitFile({
        type: 'asset',
        fileName: 'chunks/maplibre-gl-worker.mjs',
        // without its sourceMappingURL: the package ships no maps (Vite's dev server looks for it)
        source: readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
      });
    }
  },
  // MapLibre wraps a worker from another origin in a blob that imports `new URL(e, import.meta.url)`;
  // webpack reads that expression as an asset request it cannot resolve and warns "Critical
  // dependency" in every app that bundles the kit. The kit always gives MapLibre an absolute
  // worker URL (src/map/maplibre-view.ts), so the page's URL is an equal base there.
  transform(code, id) {
    if (!id.includes('/maplibre-gl/dist/maplibre-gl.mjs')) return null;
    const from = 'new URL(e,import.meta.url)';
    if (code.split(from).length !== 2) this.error(`maplibre-gl changed: expected one ${from}; check the worker wrapper`);
    return { code: code.replace(from, 'new URL(e,globalThis.location.href)'), map: null };
  },
});

// A retry of the kit's own chunks. Browsers used to keep a failed `import()` for the life of
// the page (the module map cached the failure; whatwg/html#10327 changed that for fetch errors,
// and current Chromium refetches), and every browser keeps a chunk that did not parse. So each
// import of a kit chunk goes through a small helper: it imports as usual, and once that URL has
// failed, tries it as usual and then at the same URL with a `?retry=n` query, a new module-map
// entry. The literal import() stays, for bundlers that rebundle the kit (webpack and Vite see
// it); the retry URL is invisible to them (webpackIgnore / @vite-ignore, kept by terser).
const RETRY_IMPORT = '__hcaImport';
const retryImport = () => ({
  name: 'retry-import',
  renderDynamicImport({ chunk, targetChunk }) {
    if (!targetChunk) return null;
    const relative = posix.relative(posix.dirname(chunk.fileName), targetChunk.fileName);
    const path = relative.startsWith('../') ? relative : `./${relative}`;
    return { left: `${RETRY_IMPORT}(() => import(`, right: `), ${JSON.stringify(path)}, import.meta.url)` };
  },
  renderChunk(code) {
    if (!code.includes(`${RETRY_IMPORT}(`)) return null;
    const helper = `const ${RETRY_IMPORT}Failed = new Map();
function ${RETRY_IMPORT}(load, path, base) {
  const url = new URL(path, base).href;
  const failed = ${RETRY_IMPORT}Failed.get(url) ?? 0;
  const retry = () => import(/* webpackIgnore: true */ /* @vite-ignore */ url + '?retry=' + failed);
  return (failed ? load().catch(retry) : load()).catch((error) => {
    ${RETRY_IMPORT}Failed.set(url, failed + 1);
    throw error;
  });
}
`;
    return { code: `${helper}${code}`, map: null };
  },
});

// dist/meta.json: every chunk with its static and dynamic imports, for the size gate.
const meta = () => ({
  name: 'meta',
  async writeBundle(options, bundle) {
    const chunks = {};
    for (const [file, c] of Object.entries(bundle)) {
      if (c.type !== 'chunk') continue;
      chunks[file] = {
        entry: c.isEntry ? c.name : null,
        imports: c.imports,
        dynamicImports: c.dynamicImports,
        maplibre: c.moduleIds.some((id) => id.includes('/maplibre-gl/')),
        // the Leaflet map renderer, which the werkende modellen load only when a model page opens
        leaflet: c.moduleIds.some((id) => id.endsWith('/src/map/leaflet-view.ts')),
        problems: c.moduleIds.some((id) => id.endsWith('/src/data/messages.ts')),
      };
    }
    await mkdir(options.dir, { recursive: true });
    await writeFile(`${options.dir}/meta.json`, JSON.stringify(chunks, null, 2));
  },
});

// terser, but skip chunks that are only the already-minified maplibre-gl (saves build time)
function minify() {
  // keeps the comments that hide retryImport's retry URL from bundlers
  const t = terser({ format: { comments: /webpackIgnore|@vite-ignore/ } });
  return {
    ...t,
    renderChunk(code, chunk, opts, m) {
      if (chunk.moduleIds.length && chunk.moduleIds.every((id) => id.includes('/maplibre-gl/dist/'))) return null;
      return t.renderChunk.call(this, code, chunk, opts, m);
    },
  };
}

// The libraries only the data desk (dist/beheer/) loads on demand: the .xlsx reader.
const DESK_ONLY = /\/node_modules\/(read-excel-file|saxen)\//;

export default {
  input: {
    'hcaict-widgets': 'widgets/loader.ts',
    index: 'widgets/index.ts',
    netwerkkaart: 'widgets/netwerkkaart/define.ts',
    regioprofiel: 'widgets/regioprofiel/define.ts',
    regiokaart: 'widgets/regiokaart/define.ts',
    'werkende-modellen': 'widgets/werkende-modellen/define.ts',
    // The kit's file URLs, written `new URL('./data/…', import.meta.url)`: an entry of its own
    // so it stays at the root of dist/, beside data/, geo/ and chunks/ (see src/kit-files.ts).
    'kit-files': 'src/kit-files.ts',
    // The iframe route's script, beside the pages scripts/embed-pages.ts writes (dist/embed/<element>.html).
    'embed/embed': 'widgets/embed.ts',
    // The data desk's page script, beside dist/beheer/index.html (not part of the package).
    'beheer/beheer': 'widgets/beheer/define.ts',
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // The data desk's code is in its entry (no other entry uses it); the .xlsx reader it loads
    // on demand goes beside it too, out of the package's chunks/.
    chunkFileNames: (chunk) => (chunk.moduleIds.every((id) => DESK_ONLY.test(id)) ? 'beheer/[name]-[hash].js' : 'chunks/[name]-[hash].js'),
    sourcemap: true,
  },
  plugins: [
    resolve({ browser: true, exportConditions: ['production'] }),
    // papaparse (the data desk reads CSV with it, as the CLI does) is CommonJS only
    commonjs({ include: /node_modules\/papaparse\// }),
    cssText(),
    retryImport(),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, noEmitOnError: true }),
    ...(process.env.NO_MINIFY ? [] : [minify()]),
    maplibreWorker(),
    meta(),
  ],
  onwarn(w, warn) {
    if (w.code === 'THIS_IS_UNDEFINED') return;
    warn(w);
  },
};
