/** Registers <hca-regioprofiel>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { HcaRegioprofiel } from './regioprofiel.js';

define('hca-regioprofiel', HcaRegioprofiel);

export { setKitBase } from '../../src/kit-base.js';
export { HcaRegioprofiel };

declare global {
  interface HTMLElementTagNameMap {
    'hca-regioprofiel': HcaRegioprofiel;
  }
}
