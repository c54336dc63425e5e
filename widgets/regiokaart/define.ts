/** Registers <hca-regiokaart>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { HcaRegiokaart } from './regiokaart.js';

define('hca-regiokaart', HcaRegiokaart);

export { setKitBase } from '../../src/kit-base.js';
export { HcaRegiokaart };

declare global {
  interface HTMLElementTagNameMap {
    'hca-regiokaart': HcaRegiokaart;
  }
}
