/** Registers <hca-regiokaart>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { setKitBase } from '../../src/kit-base.js';
import { HcaRegiokaart } from './regiokaart.js';

setKitBase(import.meta.url);
define('hca-regiokaart', HcaRegiokaart);

export { HcaRegiokaart };

declare global {
  interface HTMLElementTagNameMap {
    'hca-regiokaart': HcaRegiokaart;
  }
}
