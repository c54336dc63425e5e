declare module '*.css' {
  const cssText: string;
  export default cssText;
}
// Leaflet 1.9 ships ESM at a deep path without a "module" field; reuse @types/leaflet.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
