/**
 * Fetches and validates a dataset once per URL per page: every element that asks for
 * the same URL shares one request and one validation. Never throws: every failure
 * becomes a readable problem.
 */
import type { DatasetName } from './schema.js';
import { REQUEST, takePrefetched } from './prefetch.js';
import { type ValidationResult, validateDatasetInSlices } from './validate.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

const cache = new Map<string, Promise<ValidationResult<DatasetName>>>();

function fail<N extends DatasetName>(file: string, code: string, params?: Record<string, string | number>): ValidationResult<N> {
  return { problems: [{ file, path: '', code, params, severity: 'error' }], total: 0 };
}

/** `promise`, or a rejection once `signal` aborts (a request started without that signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function fetchAndValidate<N extends DatasetName>(name: N, url: string, timeoutMs: number): Promise<ValidationResult<N>> {
  const file = url.split('/').pop()?.split('?')[0] || url;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      // the loader may have asked already, while this element's code was on its way
      const prefetched = takePrefetched(url);
      response = await (prefetched ? untilAborted(prefetched, abort.signal) : fetch(url, { ...REQUEST, signal: abort.signal }));
    } catch {
      return abort.signal.aborted ? fail(file, 'file.timeout', { seconds: Math.round(timeoutMs / 100) / 10 }) : fail(file, 'file.network');
    }
    if (response.status === 404) return fail(file, 'file.missing');
    if (!response.ok) return fail(file, 'file.http', { status: response.status });
    let text: string;
    try {
      text = await untilAborted(response.text(), abort.signal);
    } catch {
      return abort.signal.aborted ? fail(file, 'file.timeout', { seconds: Math.round(timeoutMs / 100) / 10 }) : fail(file, 'file.network');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return fail(file, 'file.json', { detail: e instanceof Error ? e.message.slice(0, 120) : '' });
    }
    return await validateDatasetInSlices(name, json, file);
  } finally {
    clearTimeout(timer);
  }
}

/** The validated dataset at `url` (cached per page). */
export function loadDataset<N extends DatasetName>(name: N, url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ValidationResult<N>> {
  const key = `${name} ${url}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchAndValidate(name, url, timeoutMs);
    cache.set(key, pending);
    // A failed load may succeed later (the team fixed the file, the network came back).
    pending.then((r) => r.dataset || cache.delete(key));
  }
  return pending as Promise<ValidationResult<N>>;
}

/** Forgets every cached dataset (tests, and pages that republish data live). */
export function clearDatasetCache(): void {
  cache.clear();
}
