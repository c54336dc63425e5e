/**
 * What every element of the kit declares: its data source, theme and data timeout, and
 * the status view of its data controller, with its reserved height while the data loads.
 * Elements add their own attributes, their controllers and their template.
 */
import { LitElement, unsafeCSS, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataController } from '../data/data-controller.js';
import type { DatasetName } from '../data/schema.js';
import type { LocaleController } from '../i18n/locale.js';
import { tokens } from '../theme/tokens.js';
import { dataDateText, renderDataStatus } from './data-status.js';
import { hostReserveCss } from './reserve.js';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * @attribute {'nl' | 'en'} lang - `nl` or `en`; without it the nearest `lang` of the page applies (default `nl`).
 */
export abstract class KitElement extends LitElement {
  static styles: CSSResultGroup = [tokens, unsafeCSS(hostReserveCss())];

  /** URL of the element's dataset; companion datasets are read from the same folder. Default: the data that ships with the kit. */
  @property() accessor src: string | null = null;
  /**
   * The dated data release to show, e.g. `2026-11-30` (the release dates are listed in the kit's
   * `data/releases.json`): the element keeps showing that data when newer data is published.
   * Default: the latest data. `src` wins over it.
   */
  @property({ attribute: 'data-version' }) accessor dataVersion: string | null = null;
  /** `auto` (follows the page), `light` or `dark`. */
  @property({ reflect: true }) accessor theme: Theme = 'auto';
  /**
   * Milliseconds before a slow file (data, boundaries, the element's code) is given up (a
   * property, not an attribute). A value a page set before the element's code arrived is kept.
   */
  dataTimeout?: number = (this as { dataTimeout?: number }).dataTimeout;

  /** The element's messages in the page's language, and Intl formatting. */
  protected abstract readonly locale: LocaleController<unknown>;
  /** The element's datasets: loading, validation, `hca-ready` and `hca-data-error`. */
  protected abstract readonly data: Pick<DataController<DatasetName>, 'status' | 'problems' | 'updated' | 'failures' | 'retrying' | 'retry'>;

  private readonly internals = this.attachInternals();
  private shown = false;

  constructor() {
    super();
    // `:state(loading)` until the first complete render with data (`hca-ready`), and while new
    // data loads after that: the element keeps its reserved height (reserve.ts) meanwhile.
    this.setState('loading', true);
    const done = () => {
      this.shown = true;
      this.setState('loading', this.data.status === 'loading');
    };
    this.addEventListener('hca-ready', done);
    this.addEventListener('hca-data-error', (e) => e.detail.fatal && done());
    this.addController({ hostUpdate: () => this.shown && this.setState('loading', this.data.status === 'loading') });
  }

  private setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // a browser without custom states (or with only the older `--name` form): no reserved height, nothing else lost
    }
  }

  /** `Gegevens van 30 november 2026`: the date of the data shown, for a quiet line of the element; empty before the data is there. */
  protected get dataDate(): string {
    const updated = this.data.updated;
    return updated ? dataDateText(updated, this.locale.lang) : '';
  }

  /** Loading, error and skipped-records messages; a retry button for each part that could not load. */
  protected renderStatus() {
    return renderDataStatus(this.data, this.locale.lang, this.retry);
  }

  /**
   * Loads again what failed. The retry button keeps focus while it loads, and is still
   * there if the part fails again; once all is loaded, focus moves to what took its place.
   */
  private readonly retry = async () => {
    const focused = this.shadowRoot?.activeElement?.classList.contains('retry');
    await this.data.retry();
    await this.updateComplete;
    if (focused) this.renderRoot.querySelector<HTMLElement>('.retry, a[href], button, input, select, summary, [tabindex="0"]')?.focus();
  };
}
