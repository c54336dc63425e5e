/**
 * Points against areas (turf): inside a polygon, distance to its edge, and the check that a
 * record's point lies in the Netherlands. Used by the CLI and by the data desk alike.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import { point } from '@turf/helpers';

export type Area = Polygon | MultiPolygon;

/** True when [lon, lat] lies inside the polygon (outer ring, not in a hole). */
export const pointInArea = (lon: number, lat: number, geometry: Area): boolean => booleanPointInPolygon([lon, lat], geometry);

/** Distance in kilometres from a point outside an area to its nearest edge. */
export const distanceToArea = (lon: number, lat: number, geometry: Area): number =>
  Math.abs(pointToPolygonDistance(point([lon, lat]), geometry, { units: 'kilometers' }));

/**
 * Inside `outline` (the CBS 2024 outline of the Netherlands, land only), with a margin of
 * about 1 km for coast and the Wadden/IJsselmeer edges (the outline is quantised to ~30 m).
 */
export const insideOutline =
  (outline: Area) =>
  (lat: number, lon: number): boolean =>
    pointInArea(lon, lat, outline) || distanceToArea(lon, lat, outline) < 1;
