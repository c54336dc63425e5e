// Finds a Chromium for the browser tests: CHROME_PATH, then /usr/bin/chromium, then other
// usual places. Where none is found and we are root on Debian, installs Debian's package.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const works = (path) => {
  try {
    return spawnSync(path, ['--version'], { timeout: 20000 }).status === 0;
  } catch {
    return false;
  }
};

export function findChromium({ install = false } = {}) {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (existsSync(env) && works(env)) return env;
    console.error(`CHROME_PATH=${env} is not a working browser; looking elsewhere.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p) && works(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (install && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("[test] No Chromium found: installing Debian's chromium package (apt-get, about a minute)...");
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      /* reported below */
    }
    if (existsSync('/usr/bin/chromium') && works('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'No Chromium found: install Chromium or Chrome (on Debian: sudo apt-get install chromium) or set CHROME_PATH to its executable, then run npm test again.',
  );
  return undefined;
}
