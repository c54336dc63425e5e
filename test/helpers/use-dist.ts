// Import first: the elements under test (imported from source) find the built default
// data and boundaries in /dist/, as they would beside the built loader.
import { setKitBase } from '../../src/kit-base.js';

setKitBase(new URL('/dist/', location.origin));
