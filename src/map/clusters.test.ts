import { expect } from '@open-wc/testing';
import { CLUSTER_MAX_ZOOM, ClusterIndex, type ClusterItem } from './clusters.js';
import type { MapMarker } from './map-view.js';

// Expected clusters are worked out by hand. The cluster radius is 56 px of a 512 px tile,
// i.e. 56 / (512 * 2^z) of the world's width at zoom z; 1° of longitude is 1/360 of it.
//  - a1, a2: 0.05° apart (0.000139 of the world): together up to zoom 9 (radius 0.000214),
//    apart from zoom 10 (radius 0.000107).
//  - b1..b3: one place; d1, d2: 0.0001° apart, together even at zoom 12 (radius 0.0000267).
//  - the groups and c1 lie 1° or more apart: never together at zoom 6 (radius 0.00171 = 0.6°).
const m = (id: string, lat: number, lon: number): MapMarker => ({ id, lat, lon, name: `Marker ${id}` });
const MARKERS = [
  m('a1', 52, 5),
  m('a2', 52, 5.05),
  m('b1', 53, 6.5),
  m('b2', 53, 6.5),
  m('b3', 53, 6.5),
  m('c1', 51, 4),
  m('d1', 51.5, 6),
  m('d2', 51.5, 6.0001),
];
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

/** The items as `key-or-cluster:count`, sorted, with each cluster named after its members. */
function summary(index: ClusterIndex, items: ClusterItem[]): string[] {
  return items
    .map((i) =>
      i.clusterId === undefined
        ? i.key
        : `[${index
            .members(i.clusterId)
            .map((x) => x.id)
            .sort()
            .join(',')}]:${i.count}`,
    )
    .sort();
}

describe('ClusterIndex', () => {
  it('clusters per zoom level', () => {
    const index = new ClusterIndex(MARKERS);
    expect(summary(index, index.items(WORLD, 6))).to.deep.equal(['[a1,a2]:2', '[b1,b2,b3]:3', '[d1,d2]:2', 'c1']);
    expect(summary(index, index.items(WORLD, 9))).to.deep.equal(['[a1,a2]:2', '[b1,b2,b3]:3', '[d1,d2]:2', 'c1']);
    expect(summary(index, index.items(WORLD, 10))).to.deep.equal(['[b1,b2,b3]:3', '[d1,d2]:2', 'a1', 'a2', 'c1']);
    expect(summary(index, index.items(WORLD, 12))).to.deep.equal(['[b1,b2,b3]:3', '[d1,d2]:2', 'a1', 'a2', 'c1']);
  });

  it('rounds a fractional zoom', () => {
    const index = new ClusterIndex(MARKERS);
    expect(summary(index, index.items(WORLD, 9.4))).to.include('[a1,a2]:2');
    expect(summary(index, index.items(WORLD, 9.6))).to.include('a1');
  });

  it('gives clusters a c: key, a position between their members, and single markers their own id and object', () => {
    const index = new ClusterIndex(MARKERS);
    const items = index.items(WORLD, 6);
    const b = items.find((i) => i.count === 3)!;
    expect(b.key).to.equal(`c:${b.clusterId}`);
    expect(b.lat).to.be.closeTo(53, 1e-6);
    expect(b.lon).to.be.closeTo(6.5, 1e-6);
    expect(b.marker).to.equal(undefined);
    const a = items.find((i) => i.clusterId !== undefined && index.members(i.clusterId).some((x) => x.id === 'a1'))!;
    expect(a.lon).to.be.closeTo(5.025, 1e-6);
    const c = items.find((i) => i.key === 'c1')!;
    expect(c.count).to.equal(1);
    expect(c.lat).to.be.closeTo(51, 1e-9);
    expect(c.lon).to.be.closeTo(4, 1e-9);
    expect(c.marker).to.equal(MARKERS[5]);
  });

  it('only returns what lies in the box', () => {
    const index = new ClusterIndex(MARKERS);
    // west of 4.5°: only c1
    expect(summary(index, index.items([3, 50, 4.5, 54], 6))).to.deep.equal(['c1']);
    expect(index.items([0, 0, 1, 1], 6)).to.deep.equal([]);
  });

  it('knows where a cluster falls apart, what it holds, and whether its members share one place', () => {
    const index = new ClusterIndex(MARKERS);
    const at6 = index.items(WORLD, 6).filter((i) => i.clusterId !== undefined);
    const byFirst = (id: string) => at6.find((i) => index.members(i.clusterId!).some((x) => x.id === id))!.clusterId!;
    expect(index.expansionZoom(byFirst('a1'))).to.equal(10);
    expect(index.expansionZoom(byFirst('d1'))).to.equal(13); // beyond the last clustered zoom
    expect(
      index
        .members(byFirst('b1'))
        .map((x) => x.id)
        .sort(),
    ).to.deep.equal(['b1', 'b2', 'b3']);
    expect(index.samePlace(byFirst('b1'))).to.equal(true);
    expect(index.samePlace(byFirst('a1'))).to.equal(false);
    expect(index.samePlace(byFirst('d1'))).to.equal(false);
  });

  it('lists every member of a large cluster', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => m(`p${i}`, 52.5, 5.5));
    const index = new ClusterIndex(twelve);
    const [cluster] = index.items(WORLD, 6);
    expect(cluster.count).to.equal(12);
    expect(index.members(cluster.clusterId!)).to.have.length(12);
  });

  it('finds a marker by id', () => {
    const index = new ClusterIndex(MARKERS);
    expect(index.byId('d2')).to.equal(MARKERS[7]);
    expect(index.byId('nope')).to.equal(undefined);
  });

  it('clusters up to zoom 12 by default; with upTo only up to that zoom, and single markers above it', () => {
    expect(CLUSTER_MAX_ZOOM).to.equal(12);
    const full = new ClusterIndex(MARKERS);
    expect(full.maxZoom).to.equal(12);
    expect(full.complete).to.equal(true);
    expect(new ClusterIndex(MARKERS, 20).maxZoom).to.equal(12);
    const partial = new ClusterIndex(MARKERS, 6);
    expect(partial.maxZoom).to.equal(6);
    expect(partial.complete).to.equal(false);
    expect(summary(partial, partial.items(WORLD, 6))).to.deep.equal(['[a1,a2]:2', '[b1,b2,b3]:3', '[d1,d2]:2', 'c1']);
    expect(summary(partial, partial.items(WORLD, 7))).to.deep.equal(['a1', 'a2', 'b1', 'b2', 'b3', 'c1', 'd1', 'd2']);
  });

  it('takes an empty list', () => {
    const index = new ClusterIndex([]);
    expect(index.items(WORLD, 6)).to.deep.equal([]);
    expect(index.byId('a1')).to.equal(undefined);
  });
});
