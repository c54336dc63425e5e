/** Registers <hca-netwerkkaart>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { setKitBase } from '../../src/kit-base.js';
import { HcaNetwerkkaart } from './netwerkkaart.js';

setKitBase(import.meta.url);
define('hca-netwerkkaart', HcaNetwerkkaart);

export { HcaNetwerkkaart };

declare global {
  interface HTMLElementTagNameMap {
    'hca-netwerkkaart': HcaNetwerkkaart;
  }
}
