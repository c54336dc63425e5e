/**
 * Loads the datasets an element needs: fetch -> validate -> cross-check, then hands the
 * host its data. The element's `src` names its main dataset; companion datasets
 * (regions, taxonomy, ...) are read from the same folder, so a self-hosted copy of the
 * data stays consistent. Without `src`, the data that ships with the kit is used.
 *
 * It is also the one error path of everything else an element loads: the boundaries
 * (loaded here beside the datasets when the element asks for them) and the code of its
 * map or charts (their controllers report a failure with `fail`). Each failure is listed
 * in `failures` with a way to load that part again, announced once as `hca-data-error`,
 * and `retry()` loads again what failed, and only that.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import { resolveLang } from '../i18n/locale.js';
import { crossCheckInSlices, type DatasetBundle } from './crosscheck.js';
import { DEFAULT_TIMEOUT_MS, loadDataset, parsedDataset, problemOf } from './load.js';
import { BOUNDARIES_PATH, datasetUrl, datasetUrls, isDataVersion } from './prefetch.js';
import { afterPaint, yieldToMain } from '../yield.js';
import { loadProblemTexts, problemText } from './problem-text.js';
import type { Boundaries } from '../geo/boundaries.js';
import type { Dataset, DatasetName } from './schema.js';
import type { DataProblem, ValidationResult } from './validate.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  /** The dated data release to show (`2026-11-30`); `src` wins over it. */
  dataVersion?: string | null;
  /** Milliseconds before a slow request gives up (a property, not an attribute). */
  dataTimeout?: number;
  readonly lang: string;
}

export type Loaded<M extends DatasetName, O extends DatasetName> = { [N in M]: Dataset<N> } & { [N in O]?: Dataset<N> };

export { datasetUrl };

/** What an element loads: a dataset, the boundaries, the code of its map or its charts. */
export type LoadPart = DatasetName | 'boundaries' | 'map' | 'charts';

export interface LoadFailure {
  part: LoadPart;
  /** Why, for the details and `hca-data-error`. */
  problem: DataProblem;
  /** The element cannot show anything without this part. */
  required: boolean;
  /** Loads this part again; settles when that try is over (a new failure is reported again). */
  retry: () => Promise<unknown>;
}

export interface Companions<R extends DatasetName, O extends DatasetName, M extends DatasetName> {
  required?: R[];
  optional?: O[];
  /** The boundaries, loaded beside the datasets: without them a required part shows only its failure. */
  boundaries?: { load: (timeoutMs: number) => Promise<Boundaries>; required: boolean };
  count?: (data: Loaded<M | R, O>) => number | Promise<number>;
  /**
   * Told the main dataset's document as soon as it is parsed, a task before its records are
   * checked: for drawing what is checked on its own (a marker's position) while the rest is.
   */
  preview?: (document: unknown) => void;
}

export class DataController<M extends DatasetName, O extends DatasetName = never, R extends DatasetName = never> implements ReactiveController {
  status: 'loading' | 'ready' | 'error' = 'loading';
  data?: Loaded<M | R, O>;
  problems: DataProblem[] = [];
  /** The boundaries, when the element asked for them and they loaded. */
  boundaries?: Boundaries;
  /** True while `retry()` loads again what failed. */
  retrying = false;
  private requested?: string;
  private announced = false;
  private generation = 0;
  /** Datasets and boundaries that failed in the last load. */
  private loadFailures: LoadFailure[] = [];
  /** Failures the element's other controllers reported (map, charts). */
  private reported: LoadFailure[] = [];

  constructor(
    private readonly host: DataHost,
    private readonly main: M,
    private readonly companions: Companions<R, O, M> = {},
  ) {
    host.addController(this);
  }

  /** Every part that could not be loaded, each with a way to load it again. */
  get failures(): readonly LoadFailure[] {
    return [...this.loadFailures, ...this.reported];
  }

  /** Reports a part the element's other controllers could not load (the map's or the charts' code): shown with a retry, announced as `hca-data-error`. */
  fail(failure: LoadFailure): void {
    this.reported.push(failure);
    this.host.requestUpdate();
    this.announce([failure.problem], failure.required);
  }

  /** Loads again what failed, and only that: a failed dataset or boundaries file (what loaded is cached), and each reported part. */
  async retry(): Promise<void> {
    if (this.retrying) return;
    const reported = [...this.reported]; // a failure reported while retrying stays
    this.retrying = true;
    this.host.requestUpdate();
    try {
      await Promise.all([this.loadFailures.length ? this.load() : undefined, ...reported.map((f) => f.retry())]);
    } finally {
      this.reported = this.reported.filter((f) => !reported.includes(f));
      this.retrying = false;
      this.host.requestUpdate();
    }
  }

  /** Fires `hca-data-error` once the problem texts are here, and shows them in the status. */
  private announce(problems: DataProblem[], fatal: boolean): void {
    void loadProblemTexts().then(() => {
      const lang = resolveLang(this.host);
      emit(this.host, 'hca-data-error', { problems, messages: problems.map((p) => problemText(p, lang)), fatal });
      this.host.requestUpdate();
    });
  }

  /** The date of the data shown (its main dataset's envelope), once loaded. */
  get updated(): string | undefined {
    return this.data?.[this.main].updated;
  }

  private get request(): string {
    return `${this.host.src ?? ''} ${this.host.dataVersion ?? ''}`;
  }

  hostUpdate(): void {
    if (this.requested !== this.request) void this.load();
  }

  private async load(): Promise<void> {
    this.requested = this.request;
    const generation = ++this.generation;
    this.status = 'loading';
    const timeout = this.host.dataTimeout ?? DEFAULT_TIMEOUT_MS;
    const required = [this.main, ...(this.companions.required ?? [])] as DatasetName[];
    const optional = (this.companions.optional ?? []) as DatasetName[];
    const names = [...required, ...optional];
    const version = this.host.src ? null : this.host.dataVersion || null;
    const urls = datasetUrls(this.main, names.slice(1), this.host.src, version);
    const unknownVersion = (name: DatasetName): ValidationResult<DatasetName> => ({
      problems: [{ file: `${name}.json`, path: '', code: 'data.version', params: { version: version! }, severity: 'error' }],
      total: 0,
    });
    const geo = this.companions.boundaries;
    const preview = this.companions.preview;
    if (preview && !(version && !isDataVersion(version))) {
      void parsedDataset(this.main, urls.get(this.main)!, timeout).then((document) => {
        if (document !== undefined && generation === this.generation && this.status === 'loading') preview(document);
      });
    }
    const [results, boundaries] = await Promise.all([
      Promise.all(
        names.map(async (name) => {
          if (version && !isDataVersion(version)) return unknownVersion(name);
          const result = await loadDataset(name, urls.get(name)!, timeout);
          // a release that is not there: say which, not "file not found"
          return version && result.problems.some((p) => p.code === 'file.missing') ? unknownVersion(name) : result;
        }),
      ),
      geo?.load(timeout).then(
        (value) => ({ value }),
        (error: unknown) => ({ problem: problemOf(error, BOUNDARIES_PATH.split('/').pop()!) }),
      ),
    ]);
    // A task of its own for this element's render: elements that share a dataset would
    // otherwise all render in the task that finished validating it.
    await yieldToMain();
    if (generation !== this.generation) return;
    const problems: DataProblem[] = [];
    const failures: LoadFailure[] = [];
    const retry = () => this.load();
    const bundle: DatasetBundle = {};
    const data: Record<string, Dataset> = {};
    let fatal = false;
    results.forEach((result, i) => {
      const name = names[i];
      const isRequired = required.includes(name);
      // An optional companion that fails only costs labels; it is a warning.
      const own = result.problems.map((p) => (isRequired ? p : { ...p, severity: 'warning' as const }));
      const empty = isRequired && result.dataset && result.total > 0 && result.dataset.records.length === 0;
      if (empty) own.push({ file: `${name}.json`, path: '', code: 'file.empty', severity: 'error' });
      problems.push(...own);
      if (result.dataset && !empty) {
        data[name] = result.dataset;
        (bundle as Record<string, unknown>)[name] = { dataset: result.dataset, file: result.problems[0]?.file ?? `${name}.json` };
      } else {
        fatal ||= isRequired;
        failures.push({ part: name, problem: empty ? own[own.length - 1] : own[0], required: isRequired, retry });
      }
    });
    if (boundaries && 'problem' in boundaries) {
      const required = geo!.required;
      fatal ||= required;
      const problem = required ? boundaries.problem : { ...boundaries.problem, severity: 'warning' as const };
      problems.push(problem);
      failures.push({ part: 'boundaries', problem, required, retry });
    }
    this.boundaries = boundaries && 'value' in boundaries ? boundaries.value : undefined;
    this.problems = problems;
    this.loadFailures = failures;
    this.data = fatal ? undefined : (data as Loaded<M | R, O>);
    this.status = fatal ? 'error' : 'ready';
    this.host.requestUpdate();
    let drawn: Promise<unknown> = this.host.updateComplete;
    if (this.data && !this.announced) {
      this.announced = true;
      const data = this.data;
      // `count` may wait for the element's own asynchronous rendering (a map, a chart).
      drawn = drawn
        .then(() => this.companions.count?.(data) ?? data[this.main].records.length)
        .then((count) => emit(this.host, 'hca-ready', { count }));
    }
    if (problems.length) this.announce(problems, fatal);
    if (fatal) return;
    // The checks between datasets only warn (a record naming a region that is not in the
    // regions): they run once the element has been painted, and are announced on their own.
    void drawn
      .catch(() => undefined)
      .then(afterPaint)
      .then(() => crossCheckInSlices(bundle))
      .then((found) => {
        if (generation !== this.generation) return;
        const warnings = found.map((p) => ({ ...p, severity: 'warning' as const }));
        if (!warnings.length) return;
        this.problems = [...problems, ...warnings];
        this.host.requestUpdate();
        this.announce(warnings, false);
      });
  }
}
