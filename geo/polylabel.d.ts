/** polylabel ships no types: the one call geo/build.ts makes (GeoJSON polygon rings in, [x, y] out). */
declare module 'polylabel' {
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): [number, number] & { distance: number };
}
