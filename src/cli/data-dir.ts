/** Where the team's editable sources live: `data/` in the repository, or `--data <dir>`. */
import { resolve } from 'node:path';
import { fromRoot } from './paths.js';

let dir = fromRoot('data');
export const setDataDir = (path: string) => {
  dir = resolve(path);
};
export const dataPath = (...parts: string[]) => resolve(dir, ...parts);
