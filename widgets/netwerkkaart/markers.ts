/**
 * The map markers of the netwerkkaart: one per initiative, built once per records array
 * and reused for every filter result (so the map gets the same array while nothing
 * changed), and the DUO education locations.
 */
import { FAST_CHECKS } from '../../src/data/fast-checks.generated.js';
import type { Initiative, Location } from '../../src/data/schema.js';
import type { MapMarker, MarkerStyle } from '../../src/map/map-view.js';
import { COLORS } from '../../src/theme/tokens.js';
import type { Messages } from './messages.js';

/** The map marker of an initiative; its accessible name is only built when the marker is drawn. */
class InitiativeMarker implements MapMarker {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  constructor(private readonly record: Initiative) {
    this.id = record.id;
    this.lat = record.place.lat;
    this.lon = record.place.lon;
  }
  get name(): string {
    return `${this.record.name}, ${this.record.place.name}`;
  }
}

const built = new WeakMap<readonly Initiative[], MapMarker[]>();

/** The markers of `records[i]` for each of `indexes` (all records: the one shared array). */
export function initiativeMarkers(records: readonly Initiative[], indexes: readonly number[]): MapMarker[] {
  let markers = built.get(records);
  if (!markers) built.set(records, (markers = records.map((r) => new InitiativeMarker(r))));
  const all = markers;
  return indexes.length === all.length ? all : indexes.map((i) => all[i]);
}

/**
 * The first markers, from a parsed document whose records are still being checked: one per
 * record whose id and position are valid (`InitiativePosition`), named `name` until the
 * checked records replace them. A record found invalid later leaves the map then.
 */
export function positionMarkers(document: unknown, name: string): MapMarker[] {
  const records = (document as { records?: unknown })?.records;
  if (!Array.isArray(records)) return [];
  const valid = FAST_CHECKS.initiativePosition!;
  const markers: MapMarker[] = [];
  for (const r of records as Initiative[]) if (valid(r)) markers.push({ id: r.id, lat: r.place.lat, lon: r.place.lon, name });
  return markers;
}

/** Location markers carry a `loc:` id, so a click can tell them from initiatives. */
export const LOCATION_PREFIX = 'loc:';

export function locationMarkers(locations: readonly Location[], t: Messages): MapMarker[] {
  return locations.map((l) => ({
    id: `${LOCATION_PREFIX}${l.id}`,
    lat: l.place.lat,
    lon: l.place.lon,
    name: t.location(l.institution, l.place.name, l.level),
  }));
}

const token = (host: HTMLElement, name: string, fallback: string) => getComputedStyle(host).getPropertyValue(name).trim() || fallback;

/** The style of each layer from the element's tokens; the marker colour is read once (reading computed style forces a style pass). */
export function layerStyles(host: HTMLElement): Record<'initiatives' | 'locations', () => MarkerStyle> {
  let marker: string | undefined;
  return {
    initiatives: () => ({ color: (marker ??= token(host, '--_marker', COLORS.marker)) }),
    locations: () => ({ color: token(host, '--_location', COLORS.location), shape: 'square' }),
  };
}
