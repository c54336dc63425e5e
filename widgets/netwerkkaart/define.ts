/** Registers <hca-netwerkkaart>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { HcaNetwerkkaart } from './netwerkkaart.js';

define('hca-netwerkkaart', HcaNetwerkkaart);

export { setKitBase } from '../../src/kit-base.js';
export { HcaNetwerkkaart };

declare global {
  interface HTMLElementTagNameMap {
    'hca-netwerkkaart': HcaNetwerkkaart;
  }
}
