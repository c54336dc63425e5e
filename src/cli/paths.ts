/**
 * Paths of the project, found from wherever the bundled script runs: .cache/ (the dev
 * launcher scripts/hcaict-data.mjs, tests) or dist/cli/ (the built bin, also inside an
 * installed package). Only `build` reads the repository's sources (data/, geo/source/).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + from);
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const fromRoot = (...parts: string[]) => join(ROOT, ...parts);
