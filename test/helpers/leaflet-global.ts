// For the benchmark's baseline only: leaflet.markercluster is a UMD build that patches a
// global `L`, and an ESM namespace is frozen. Import this module statically, just before
// `import 'leaflet.markercluster'` (TOOLCHAIN.md section 6).
import * as L from 'leaflet/dist/leaflet-src.esm.js';

(globalThis as unknown as { L: unknown }).L = { ...L };
