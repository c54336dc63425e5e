/** Registers <hca-netwerkkaart>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { HcaNetwerkkaart } from './netwerkkaart.js';

define('hca-netwerkkaart', HcaNetwerkkaart);

export { setKitBase } from '../../src/kit-base.js';
// The event types (HTMLElementEventMap), and the tags in React's JSX and Vue's components.
export type { HcaEvent, HcaEventDetails, SelectKind } from '../../src/events.js';
export type { HcaNetwerkkaartAttributes } from '../frameworks.js';
export { HcaNetwerkkaart };

declare global {
  interface HTMLElementTagNameMap {
    'hca-netwerkkaart': HcaNetwerkkaart;
  }
}
