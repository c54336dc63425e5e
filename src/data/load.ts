/**
 * Fetches and validates a dataset once per URL per page: every element that asks for
 * the same URL shares one request and one validation. Never throws: every failure
 * becomes a readable problem. The boundaries (`fetchJson`) and the kit's code chunks
 * (`loadCode`) fail the same way, with a `LoadError` that carries such a problem.
 */
import type { DatasetName } from './schema.js';
import { DEFAULT_TIMEOUT_MS, REQUEST, takePrefetched } from './prefetch.js';
import { type DataProblem, type ValidationResult, validateDatasetInSlices } from './validate.js';
import { afterPaint } from '../yield.js';

export { DEFAULT_TIMEOUT_MS };

interface Pending {
  /** The document as parsed, before it is checked; undefined when it could not be read. */
  parsed: Promise<unknown>;
  result: Promise<ValidationResult<DatasetName>>;
  /** The parsed document was asked for (to draw from it): the checks wait until a frame is painted. */
  previewed: boolean;
}

const cache = new Map<string, Pending>();

/** A file that could not be loaded, with the problem that says why. */
export class LoadError extends Error {
  constructor(readonly problem: DataProblem) {
    super(`${problem.file}: ${problem.code}`);
  }
}

const problem = (file: string, code: string, params?: Record<string, string | number>): DataProblem => ({ file, path: '', code, params, severity: 'error' });
const timedOut = (file: string, timeoutMs: number) => problem(file, 'file.timeout', { seconds: Math.round(timeoutMs / 100) / 10 });

/** The name of the file at `url`, as problems name it. */
const fileOf = (url: string) => url.split('/').pop()?.split('?')[0] || url;

/** `promise`, or a rejection once `signal` aborts (a request started without that signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The parsed JSON at `url` (taking over a request the loader started early), or a LoadError: missing, server error, no JSON, too slow, no connection. */
export async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const file = fileOf(url);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  const failed = () => new LoadError(abort.signal.aborted ? timedOut(file, timeoutMs) : problem(file, 'file.network'));
  try {
    let response: Response;
    try {
      // the loader may have asked already, while this element's code was on its way
      const prefetched = takePrefetched(url);
      response = await (prefetched ? untilAborted(prefetched, abort.signal) : fetch(url, { ...REQUEST, signal: abort.signal }));
    } catch {
      throw failed();
    }
    if (response.status === 404) throw new LoadError(problem(file, 'file.missing'));
    if (!response.ok) throw new LoadError(problem(file, 'file.http', { status: response.status }));
    try {
      // response.json(): the browser reads and parses the body in one go, without a string of it on the main thread
      return await untilAborted(response.json(), abort.signal);
    } catch (e) {
      if (e instanceof SyntaxError) throw new LoadError(problem(file, 'file.json', { detail: e.message.slice(0, 120) }));
      throw failed();
    }
  } finally {
    clearTimeout(timer);
  }
}

function fetchAndValidate(name: DatasetName, url: string, timeoutMs: number): Pending {
  const json = fetchJson(url, timeoutMs);
  const parsed = json.catch(() => undefined);
  const entry: Pending = { parsed, result: undefined!, previewed: false };
  entry.result = json.then(
    // What is drawn from the parsed document (a map's first markers) is painted first: the
    // checks, given back in slices, would otherwise hold the frame up until they end.
    (document) => parsed.then(() => (entry.previewed ? afterPaint() : undefined)).then(() => validateDatasetInSlices(name, document, fileOf(url))),
    (e: unknown) => ({ problems: [e instanceof LoadError ? e.problem : problem(fileOf(url), 'file.network')], total: 0 }),
  );
  return entry;
}

function pending(name: DatasetName, url: string, timeoutMs: number): Pending {
  const key = `${name} ${url}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = fetchAndValidate(name, url, timeoutMs);
    cache.set(key, entry);
    // A failed load may succeed later (the team fixed the file, the network came back).
    entry.result.then((r) => r.dataset || cache.delete(key));
  }
  return entry;
}

/** The validated dataset at `url` (cached per page). */
export function loadDataset<N extends DatasetName>(name: N, url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ValidationResult<N>> {
  return pending(name, url, timeoutMs).result as Promise<ValidationResult<N>>;
}

/**
 * The document at `url` as soon as it is parsed, before its records are checked (they are
 * checked next, by `loadDataset`): for what may be drawn from a part of each record that
 * is checked on its own, such as a marker's position. Undefined when it could not be read.
 */
export function parsedDataset(name: DatasetName, url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  const entry = pending(name, url, timeoutMs);
  entry.previewed = true;
  return entry.parsed;
}

/** Forgets every cached dataset (tests, and pages that republish data live). */
export function clearDatasetCache(): void {
  cache.clear();
}

/**
 * One of the kit's code chunks (`load` is its `import()`), or a LoadError naming `file`
 * when it fails or takes longer than `timeoutMs`. A chunk that arrives after the timeout is
 * kept by the browser: the next try gets it at once.
 */
export function loadCode<T>(file: string, load: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new LoadError(timedOut(file, timeoutMs))), timeoutMs)));
  const code = load().catch((error: unknown) => {
    console.error(`[hcaict] ${file} could not be loaded:`, error);
    throw new LoadError(problem(file, 'file.code'));
  });
  return Promise.race([code, timeout]).finally(() => clearTimeout(timer));
}

/** The problem behind a failed load: the LoadError's own, or `file` could not be fetched. */
export function problemOf(error: unknown, file: string): DataProblem {
  return error instanceof LoadError ? error.problem : problem(file, 'file.network');
}
