/**
 * The kit's events, declared once. Every event bubbles and crosses shadow roots.
 */
import type { DataProblem } from './data/validate.js';

export type SelectKind = 'initiative' | 'region' | 'model';

export interface HcaEventDetails {
  /** The first render with data is complete. */
  'hca-ready': { count: number };
  /** Data could not be loaded, or some records were skipped. */
  'hca-data-error': { problems: DataProblem[]; messages: string[]; fatal: boolean };
  /** The user chose an initiative, region or model. */
  'hca-select': { kind: SelectKind; id: string };
  /** Search or facet filters changed. */
  'hca-filter-change': { filters: Record<string, string[] | string>; count: number };
  /** The profile now shows another region. */
  'hca-region-change': { region: string; compare?: string };
}

export type HcaEvent<K extends keyof HcaEventDetails> = CustomEvent<HcaEventDetails[K]>;

/** Dispatches a typed kit event from `target`. */
export function emit<K extends keyof HcaEventDetails>(target: EventTarget, type: K, detail: HcaEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'hca-ready': HcaEvent<'hca-ready'>;
    'hca-data-error': HcaEvent<'hca-data-error'>;
    'hca-select': HcaEvent<'hca-select'>;
    'hca-filter-change': HcaEvent<'hca-filter-change'>;
    'hca-region-change': HcaEvent<'hca-region-change'>;
  }
}
