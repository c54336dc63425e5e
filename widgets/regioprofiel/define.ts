/** Registers <hca-regioprofiel>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { HcaRegioprofiel } from './regioprofiel.js';

define('hca-regioprofiel', HcaRegioprofiel);

export { setKitBase } from '../../src/kit-base.js';
// The event types (HTMLElementEventMap), and the tags in React's JSX and Vue's components.
export type { HcaEvent, HcaEventDetails, SelectKind } from '../../src/events.js';
export type { HcaRegioprofielAttributes } from '../frameworks.js';
export { HcaRegioprofiel };

declare global {
  interface HTMLElementTagNameMap {
    'hca-regioprofiel': HcaRegioprofiel;
  }
}
