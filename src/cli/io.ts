/** File helpers of the data CLI: reading dataset files and folders, atomic writes. */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type DatasetName } from '../data/schema.js';
import { datasetNameOf } from '../data/validate.js';
import type { DataProblem } from '../data/validate.js';

export interface LoadedFile {
  /** Path as given, for messages. */
  file: string;
  json?: unknown;
  name?: DatasetName;
  problem?: DataProblem;
}

/** The index of the dated data releases beside the latest datasets (`dist/data/releases.json`); not a dataset. */
export const RELEASES_INDEX = 'releases.json';

/** The dataset files of a folder (sorted; not the releases index), or the file itself. */
export function listJsonFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json') && f !== RELEASES_INDEX)
    .sort()
    .map((f) => join(path, f));
}

/** Reads one file as a dataset document; a read or JSON error becomes a problem, never an exception. */
export function loadFile(file: string): LoadedFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { file, problem: { file, path: '', code: 'file.missing', severity: 'error' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { file, problem: { file, path: '', code: 'file.json', params: { detail: (e as Error).message.slice(0, 120) }, severity: 'error' } };
  }
  const name = datasetNameOf(json);
  if (!name) {
    const found = (json as { dataset?: unknown })?.dataset;
    return {
      file,
      json,
      problem: {
        file,
        path: 'dataset',
        code: 'file.unknownDataset',
        params: { received: found === undefined ? 'niets' : JSON.stringify(found).slice(0, 60) },
        severity: 'error',
      },
    };
  }
  return { file, json, name };
}

/** Writes a file atomically: to a temp file next to it, then rename. */
export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/**
 * Replaces folder `target` by folder `staged` (both on the same file system) with renames:
 * the old folder is moved aside, the new one moved in, the old one removed. If the second
 * rename fails the old folder is moved back.
 */
export function swapDir(staged: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  const had = existsSync(target);
  if (had) renameSync(target, old);
  try {
    renameSync(staged, target);
  } catch (e) {
    if (had) renameSync(old, target);
    throw e;
  }
  if (had) rmSync(old, { recursive: true, force: true });
}

export const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
