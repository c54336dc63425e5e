/** Registers <hca-werkende-modellen>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { setKitBase } from '../../src/kit-base.js';
import { HcaWerkendeModellen } from './werkende-modellen.js';

setKitBase(import.meta.url);
define('hca-werkende-modellen', HcaWerkendeModellen);

export { HcaWerkendeModellen };

declare global {
  interface HTMLElementTagNameMap {
    'hca-werkende-modellen': HcaWerkendeModellen;
  }
}
