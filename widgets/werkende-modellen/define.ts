/** Registers <hca-werkende-modellen>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { HcaWerkendeModellen } from './werkende-modellen.js';

define('hca-werkende-modellen', HcaWerkendeModellen);

export { setKitBase } from '../../src/kit-base.js';
// The event types (HTMLElementEventMap), and the tags in React's JSX and Vue's components.
export type { HcaEvent, HcaEventDetails, SelectKind } from '../../src/events.js';
export type { HcaWerkendeModellenAttributes } from '../frameworks.js';
export { HcaWerkendeModellen };

declare global {
  interface HTMLElementTagNameMap {
    'hca-werkende-modellen': HcaWerkendeModellen;
  }
}
