import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { testServer } from './test/server-plugin.mjs';

const server = testServer();

// Counts results for scripts/test.mjs, which prints the one plain `N passed, N failed` line.
const totals = () => ({
  onTestRunFinished({ sessions }) {
    let passed = 0,
      failed = 0,
      skipped = 0;
    const walk = (suite) => {
      for (const t of suite.tests) {
        if (t.skipped) skipped++;
        else if (t.passed) passed++;
        else failed++;
      }
      suite.suites.forEach(walk);
    };
    for (const s of sessions) {
      if (s.testResults) walk(s.testResults);
      if (!s.passed && (s.errors?.length ?? 0) > 0) failed++; // a file that failed to load or run
    }
    const file = process.env.WTR_TOTALS;
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    }
  },
});

const bench = !!process.env.BENCH;

// `executeServerCommand('hca-throttle', { cpu, network, block })` from a benchmark or test: CPU slowdown
// and network conditions of the test page (and its same-origin iframes) through the
// DevTools protocol, as Lighthouse's mobile run applies them; `{ cpu: 1, network: null }` resets.
// `block: ['*/dist/*']` makes those URLs fail as with no connection (a page offline; the test
// runner's own connection stays up, which emulating offline would cut).
const throttle = () => ({
  name: 'hca-throttle',
  async executeCommand({ command, payload, session }) {
    if (command !== 'hca-throttle') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = (page.__hcaCdp ??= await page.createCDPSession());
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: payload.cpu ?? 1 });
    await cdp.send('Network.enable');
    const n = payload.network;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: n?.latency ?? 0,
      downloadThroughput: n ? (n.downloadKbps * 1000) / 8 : -1,
      uploadThroughput: n ? (n.uploadKbps * 1000) / 8 : -1,
    });
    await cdp.send('Network.setBlockedURLs', { urls: payload.block ?? [] });
    return true;
  },
});

// `executeServerCommand('hca-validate', { files })`: the built CLI's verdict (`hcaict-data validate
// --json`) on a copy of dist/data with `files` ({ 'initiatives.json': text }) put in place, as
// the team publishes the data desk's zip.
const validate = () => ({
  name: 'hca-validate',
  executeCommand({ command, payload }) {
    if (command !== 'hca-validate') return undefined;
    const dir = mkdtempSync(join(tmpdir(), 'hca-validate-'));
    try {
      cpSync('dist/data', dir, { recursive: true });
      for (const [name, text] of Object.entries(payload.files)) writeFileSync(join(dir, basename(name)), text);
      const r = spawnSync('node', ['dist/cli/hcaict-data.mjs', 'validate', dir, '--json'], { encoding: 'utf8' });
      return { status: r.status, report: JSON.parse(r.stdout || '{}') };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export default {
  files: bench ? ['test/**/*.bench.ts', 'widgets/**/*.bench.ts'] : ['test/**/*.test.ts', 'widgets/**/*.test.ts', 'src/**/*.test.ts', '!**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  middleware: [server.middleware],
  // target must lower TC39 decorators: 'auto' gives esnext on a current Chromium and leaves them in
  plugins: [throttle(), validate(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.css': 'text' } }), server.plugin],
  // axe with the WCAG 2.2 rules, before any test module runs
  testRunnerHtml: (framework) =>
    `<!doctype html><html lang="nl"><body><script type="module" src="/test/helpers/axe-wcag22.ts"></script><script type="module" src="${framework}"></script></body></html>`,
  testFramework: { config: { timeout: bench ? 600000 : 20000 } },
  testsFinishTimeout: bench ? 1800000 : 600000,
  concurrency: 1, // chromeLauncher: background tabs get no requestAnimationFrame
  reporters: [defaultReporter(), totals()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          ...(process.env.GL_FLAGS ?? '--enable-unsafe-swiftshader').split(' ').filter(Boolean),
        ],
      },
    }),
  ],
};
