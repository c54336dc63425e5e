/**
 * Dated data releases. `build` keeps every release it publishes in `data/releases/<date>/`
 * (committed: the history no later build can derive again), and writes all of them to
 * `dist/data/<date>/` beside the latest data, with `releases.json` listing them and what
 * changed in each, so a partner page can pin `data-version="2026-11-30"` and keep showing
 * what it showed. A release is the set of built dataset files, named by their envelope date.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetName } from '../data/schema.js';
import { dataPath } from './data-dir.js';
import { type DatasetDiff, diffDocuments } from '../data/diff.js';
import { listJsonFiles } from './io.js';

export const RELEASE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dataset name -> document. */
export type Docs = Map<string, Record<string, unknown>>;

export interface Release {
  date: string;
  docs: Docs;
}

/** What `releases.json` says of one release. */
export interface ReleaseEntry {
  date: string;
  /** The folder of its files, relative to `releases.json`. */
  path: string;
  records: Partial<Record<DatasetName, number>>;
  /** The release before it; absent for the first. */
  previous?: string;
  /** What changed against `previous`, per dataset that changed (the `hcaict-data diff` of the two). */
  changes: DatasetDiff[];
}

export interface ReleasesIndex {
  latest: string;
  /** Newest first. */
  releases: ReleaseEntry[];
}

export const releasesDir = () => dataPath('releases');

/** The releases kept in the data folder, oldest first; throws on a file that is no JSON. */
export function recordedReleases(): Release[] {
  const dir = releasesDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => RELEASE_DATE.test(d))
    .sort()
    .map((date) => {
      const docs: Docs = new Map();
      for (const file of listJsonFiles(join(dir, date))) {
        const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        docs.set(String(doc.dataset), doc);
      }
      return { date, docs };
    });
}

const changesOf = (before: Docs, after: Docs) =>
  diffDocuments(before, after).filter((d) => d.added.length || d.removed.length || d.changed.length || d.other.length);

/** True when two releases hold the same data, apart from their dates. */
export const sameData = (a: Docs, b: Docs) => changesOf(a, b).length === 0;

/** `releases.json`: every release, newest first, each with what changed since the one before. */
export function releasesIndex(releases: Release[]): ReleasesIndex {
  const entries = releases.map(({ date, docs }, i): ReleaseEntry => {
    const previous = releases[i - 1];
    return {
      date,
      path: `${date}/`,
      records: Object.fromEntries([...docs].map(([name, doc]) => [name, (doc.records as unknown[]).length])),
      ...(previous ? { previous: previous.date } : {}),
      changes: previous ? changesOf(previous.docs, docs) : [],
    };
  });
  return { latest: releases[releases.length - 1].date, releases: entries.reverse() };
}
