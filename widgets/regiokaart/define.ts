/** Registers <hca-regiokaart>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { HcaRegiokaart } from './regiokaart.js';

define('hca-regiokaart', HcaRegiokaart);

export { setKitBase } from '../../src/kit-base.js';
// The event types (HTMLElementEventMap), and the tags in React's JSX and Vue's components.
export type { HcaEvent, HcaEventDetails, SelectKind } from '../../src/events.js';
export type { HcaRegiokaartAttributes } from '../frameworks.js';
export { HcaRegiokaart };

declare global {
  interface HTMLElementTagNameMap {
    'hca-regiokaart': HcaRegiokaart;
  }
}
