/**
 * The data desk page's script (dist/beheer/beheer.js): registers <hca-databeheer> and, with
 * it, the elements it previews. Everything the desk runs arrives when the page opens, so the
 * desk keeps working offline: the three elements, and now rather than on first use the code
 * they load lazily (Leaflet, Chart.js; the .xlsx reader follows once the page is idle).
 */
import { define } from '../../src/define.js';
import '../netwerkkaart/define.js';
import '../werkende-modellen/define.js';
import '../regioprofiel/define.js';
import { HcaDatabeheer } from './databeheer.js';

void import('../../src/map/leaflet-view.js');
void import('../../src/charts/chart-setup.js');

// `?taal=en` (the URL parameter of the kit's pages) shows the desk in English.
const taal = new URLSearchParams(location.search).get('taal');
if (taal === 'en' || taal === 'nl') document.documentElement.lang = taal;

define('hca-databeheer', HcaDatabeheer);

declare global {
  interface HTMLElementTagNameMap {
    'hca-databeheer': HcaDatabeheer;
  }
}
