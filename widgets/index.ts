/** For sites that bundle the kit themselves: every element, registered, plus the public types. */
export { HcaNetwerkkaart } from './netwerkkaart/define.js';
export { HcaRegioprofiel } from './regioprofiel/define.js';
export { HcaRegiokaart } from './regiokaart/define.js';
export { HcaWerkendeModellen } from './werkende-modellen/define.js';
export { setKitBase } from '../src/kit-base.js';
export type { HcaEventDetails, HcaEvent, SelectKind } from '../src/events.js';
export type * from '../src/data/schema.js';
export type * from './frameworks.js';
