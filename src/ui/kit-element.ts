/**
 * What every element of the kit declares: its data source, theme and data timeout, and
 * the status view of its data controller. Elements add their own attributes, their
 * controllers and their template.
 */
import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataController } from '../data/data-controller.js';
import type { DatasetName } from '../data/schema.js';
import type { LocaleController } from '../i18n/locale.js';
import { tokens } from '../theme/tokens.js';
import { renderDataStatus } from './data-status.js';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * @attribute {'nl' | 'en'} lang - `nl` or `en`; without it the nearest `lang` of the page applies (default `nl`).
 */
export abstract class KitElement extends LitElement {
  static styles: CSSResultGroup = tokens;

  /** URL of the element's dataset; companion datasets are read from the same folder. Default: the data that ships with the kit. */
  @property() accessor src: string | null = null;
  /** `auto` (follows the page), `light` or `dark`. */
  @property({ reflect: true }) accessor theme: Theme = 'auto';
  /** Milliseconds before a slow data request gives up (a property, not an attribute). */
  dataTimeout?: number;

  /** The element's messages in the page's language, and Intl formatting. */
  protected abstract readonly locale: LocaleController<unknown>;
  /** The element's datasets: loading, validation, `hca-ready` and `hca-data-error`. */
  protected abstract readonly data: Pick<DataController<DatasetName>, 'status' | 'problems'>;

  /** Loading, error and skipped-records messages. */
  protected renderStatus() {
    return renderDataStatus(this.data, this.locale.lang);
  }
}
