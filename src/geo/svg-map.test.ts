import { expect } from '@open-wc/testing';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { RegionCollection, RegionProperties } from './boundaries.js';
import { svgFrame } from './svg-map.js';

// Expected values are worked out by hand. The projection scales longitude by cos 52° =
// 0.61566; a frame 1000 wide over 1° of longitude is then 1000 / 0.61566 = 1624.27 px
// per degree, so 1° of latitude is 1624.27 px high.

/** A closed ring around [west, south]-[east, north], counter-clockwise from the south-west corner. */
const box = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const polygon = (...rings: Position[][]): Feature<Polygon, RegionProperties> => ({
  type: 'Feature',
  properties: { code: 'X', name: 'x', level: 'provincie' },
  geometry: { type: 'Polygon', coordinates: rings },
});
const multi = (...polys: Position[][][]): Feature<MultiPolygon, RegionProperties> => ({
  type: 'Feature',
  properties: { code: 'Y', name: 'y', level: 'provincie' },
  geometry: { type: 'MultiPolygon', coordinates: polys },
});
const collection = (...features: Feature<Polygon | MultiPolygon, RegionProperties>[]): RegionCollection => ({ type: 'FeatureCollection', features });

describe('svgFrame', () => {
  const square = polygon(box(5, 52, 6, 53));

  it('sizes the viewBox to the features: the width asked, the height from the projection', () => {
    expect(svgFrame(collection(square)).viewBox).to.equal('0 0 1000 1625'); // ceil(1624.27)
    expect(svgFrame(collection(square), 500).viewBox).to.equal('0 0 500 813'); // ceil(812.13)
    // twice as wide (5°-7° longitude) at the same width: half the height
    expect(svgFrame(collection(square, polygon(box(6, 52, 7, 53)))).viewBox).to.equal('0 0 1000 813');
    // the extent is that of all features together, whichever way round
    expect(svgFrame(collection(polygon(box(6, 52.5, 7, 53)), polygon(box(5, 52, 5.5, 52.5)))).viewBox).to.equal('0 0 1000 813');
  });

  it('projects a square polygon to the frame: west at x 0, north at y 0, to 0.1 px', () => {
    const frame = svgFrame(collection(square));
    expect(frame.path(square)).to.equal('M0,1624.3L1000,1624.3L1000,0L0,0L0,1624.3Z');
  });

  it('projects a smaller square inside the frame (a region in the outline frame)', () => {
    const frame = svgFrame(collection(square));
    // x: 0.5° and 0.75° of the 1° width; y: 0.25° and 0.5° below the north edge
    expect(frame.path(polygon(box(5.5, 52.5, 5.75, 52.75)))).to.equal('M500,812.1L750,812.1L750,406.1L500,406.1L500,812.1Z');
    const half = svgFrame(collection(square), 500);
    expect(half.path(polygon(box(5.5, 52.5, 5.75, 52.75)))).to.equal('M250,406.1L375,406.1L375,203L250,203L250,406.1Z');
  });

  it('draws holes and every part of a multipolygon as subpaths of one path', () => {
    const frame = svgFrame(collection(square));
    const outer = box(5, 52, 6, 53);
    const hole = box(5.5, 52.5, 5.75, 52.75);
    expect(frame.path(polygon(outer, hole))).to.equal('M0,1624.3L1000,1624.3L1000,0L0,0L0,1624.3ZM500,812.1L750,812.1L750,406.1L500,406.1L500,812.1Z');
    const parts = multi([box(5, 52.75, 5.25, 53)], [box(5.75, 52, 6, 52.25)]);
    expect(frame.path(parts)).to.equal('M0,406.1L250,406.1L250,0L0,0L0,406.1ZM750,1624.3L1000,1624.3L1000,1218.2L750,1218.2L750,1624.3Z');
    // the same feature twice gives the same path
    expect(frame.path(parts)).to.equal(frame.path(parts));
  });
});
