/** Registers <hca-werkende-modellen>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { HcaWerkendeModellen } from './werkende-modellen.js';

define('hca-werkende-modellen', HcaWerkendeModellen);

export { setKitBase } from '../../src/kit-base.js';
export { HcaWerkendeModellen };

declare global {
  interface HTMLElementTagNameMap {
    'hca-werkende-modellen': HcaWerkendeModellen;
  }
}
