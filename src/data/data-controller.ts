/**
 * Loads the datasets an element needs: fetch -> validate -> cross-check, then hands the
 * host its data. The element's `src` names its main dataset; companion datasets
 * (regions, taxonomy, ...) are read from the same folder, so a self-hosted copy of the
 * data stays consistent. Without `src`, the data that ships with the kit is used.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import { resolveLang } from '../i18n/locale.js';
import { crossCheck, type DatasetBundle } from './crosscheck.js';
import { DEFAULT_TIMEOUT_MS, loadDataset } from './load.js';
import { datasetUrl, datasetUrls, isDataVersion } from './prefetch.js';
import { yieldToMain } from '../yield.js';
import { describeProblem } from './messages.js';
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

export class DataController<M extends DatasetName, O extends DatasetName = never, R extends DatasetName = never> implements ReactiveController {
  status: 'loading' | 'ready' | 'error' = 'loading';
  data?: Loaded<M | R, O>;
  problems: DataProblem[] = [];
  private requested?: string;
  private announced = false;
  private generation = 0;

  constructor(
    private readonly host: DataHost,
    private readonly main: M,
    private readonly companions: { required?: R[]; optional?: O[]; count?: (data: Loaded<M | R, O>) => number | Promise<number> } = {},
  ) {
    host.addController(this);
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
    const results = await Promise.all(
      names.map(async (name) => {
        if (version && !isDataVersion(version)) return unknownVersion(name);
        const result = await loadDataset(name, urls.get(name)!, timeout);
        // a release that is not there: say which, not "file not found"
        return version && result.problems.some((p) => p.code === 'file.missing') ? unknownVersion(name) : result;
      }),
    );
    // A task of its own for this element's render: elements that share a dataset would
    // otherwise all render in the task that finished validating it.
    await yieldToMain();
    if (generation !== this.generation) return;
    const problems: DataProblem[] = [];
    const bundle: DatasetBundle = {};
    const data: Record<string, Dataset> = {};
    let fatal = false;
    results.forEach((result, i) => {
      const name = names[i];
      if (result.dataset) {
        data[name] = result.dataset;
        (bundle as Record<string, unknown>)[name] = { dataset: result.dataset, file: result.problems[0]?.file ?? `${name}.json` };
      }
      const isRequired = required.includes(name);
      // An optional companion that fails only costs labels; it is a warning.
      problems.push(...result.problems.map((p) => (isRequired ? p : { ...p, severity: 'warning' as const })));
      if (isRequired && (!result.dataset || (result.total > 0 && result.dataset.records.length === 0))) {
        fatal = true;
        if (result.dataset) problems.push({ file: `${name}.json`, path: '', code: 'file.empty', severity: 'error' });
      }
    });
    if (!fatal) problems.push(...crossCheck(bundle).map((p) => ({ ...p, severity: 'warning' as const })));
    this.problems = problems;
    this.data = fatal ? undefined : (data as Loaded<M | R, O>);
    this.status = fatal ? 'error' : 'ready';
    this.host.requestUpdate();
    if (this.data && !this.announced) {
      this.announced = true;
      const data = this.data;
      // `count` may wait for the element's own asynchronous rendering (a map, a chart).
      void this.host.updateComplete
        .then(() => this.companions.count?.(data) ?? data[this.main].records.length)
        .then((count) => emit(this.host, 'hca-ready', { count }));
    }
    if (problems.length) {
      const lang = resolveLang(this.host);
      emit(this.host, 'hca-data-error', { problems, messages: problems.map((p) => describeProblem(p, lang)), fatal });
    }
  }
}
