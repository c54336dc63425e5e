/** For sites that bundle the kit themselves: every element, registered, plus the public types. */
export { HcaNetwerkkaart } from '../widgets/netwerkkaart/define.js';
export { HcaRegioprofiel } from '../widgets/regioprofiel/define.js';
export { HcaRegiokaart } from '../widgets/regiokaart/define.js';
export { HcaWerkendeModellen } from '../widgets/werkende-modellen/define.js';
export type { HcaEventDetails, HcaEvent, SelectKind } from './events.js';
export type * from './data/schema.js';
