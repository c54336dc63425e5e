/** Registers <hca-regioprofiel>. Importing this module is the only side effect. */
import { define } from '../../src/define.js';
import { setKitBase } from '../../src/kit-base.js';
import { HcaRegioprofiel } from './regioprofiel.js';

setKitBase(import.meta.url);
define('hca-regioprofiel', HcaRegioprofiel);

export { HcaRegioprofiel };

declare global {
  interface HTMLElementTagNameMap {
    'hca-regioprofiel': HcaRegioprofiel;
  }
}
