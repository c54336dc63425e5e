import { expect } from '@open-wc/testing';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css';
import { ClusterLayers, type MapSurface } from './cluster-layers.js';
import type { MapMarker, MapViewOptions } from './map-view.js';

// The same groups as clusters.test.ts (see there for the hand calculation):
//  a1, a2 together up to zoom 9, apart from zoom 10; b1..b3 on one place;
//  d1, d2 0.0001° apart, together up to the last zoom (12); c1 alone.
const m = (id: string, lat: number, lon: number): MapMarker => ({ id, lat, lon, name: `Initiatief ${id}` });
const A = [m('a1', 52, 5), m('a2', 52, 5.05)];
const B = [m('b1', 53, 6.5), m('b2', 53, 6.5), m('b3', 53, 6.5)];
const C = [m('c1', 51, 4)];
const D = [m('d1', 51.5, 6), m('d2', 51.5, 6.0001)];
const ALL = [...A, ...B, ...C, ...D];

const style = document.createElement('style');
style.textContent = leafletCss;
document.head.append(style);

/** A Leaflet map as the renderer around the layers, placing elements as leaflet-view.ts does. */
function leafletSurface(map: L.Map): MapSurface {
  const pane = map.getPane('markerPane')!;
  const placed = new Set<{ holder: HTMLElement; latlng: L.LatLng }>();
  const position = (p: { holder: HTMLElement; latlng: L.LatLng }) => L.DomUtil.setPosition(p.holder, map.latLngToLayerPoint(p.latlng).round());
  map.on('zoom viewreset', () => placed.forEach(position));
  return {
    container: pane,
    bbox: () => {
      const b = map.getBounds().pad(0.2);
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    },
    zoom: () => map.getZoom(),
    maxZoom: () => map.getMaxZoom(),
    setView: (lat, lon, zoom) => map.setView([lat, lon], zoom, { animate: false }),
    point: (lat, lon) => {
      const p = map.latLngToContainerPoint([lat, lon]);
      return [p.x, p.y];
    },
    size: () => [map.getSize().x, map.getSize().y],
    place: (el, lat, lon, zIndex) => {
      const holder = document.createElement('div');
      holder.className = 'leaflet-marker-icon';
      holder.style.zIndex = String(zIndex);
      holder.append(el);
      const p = { holder, latlng: L.latLng(lat, lon) };
      position(p);
      pane.append(holder);
      placed.add(p);
      return {
        remove: () => {
          holder.remove();
          placed.delete(p);
        },
      };
    },
  };
}

describe('ClusterLayers (on a Leaflet map)', () => {
  let box: HTMLElement;
  let map: L.Map;
  let layers: ClusterLayers;
  let selected: [string, string | undefined][];
  let listed: [string[], string | undefined][];

  const markers = (layer?: string) => [...box.querySelectorAll<HTMLElement>(`.hca-marker${layer ? `.hca-layer-${layer}` : ''}`)];
  const clusters = () => markers().filter((e) => e.classList.contains('hca-cluster'));
  const points = () => markers().filter((e) => e.classList.contains('hca-point'));
  const labels = (els: HTMLElement[]) => els.map((e) => e.getAttribute('aria-label')).sort();
  const byLabel = (label: string) => markers().find((e) => e.getAttribute('aria-label') === label)!;
  const press = (el: HTMLElement, key: string) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
    el.dispatchEvent(e);
    return e;
  };
  // (elements are compared with ===: a failing chai comparison of DOM elements can crash the test browser)
  const microtasks = () => new Promise((r) => setTimeout(r, 0));

  beforeEach(() => {
    box = document.createElement('div');
    box.style.cssText = 'width: 600px; height: 400px;';
    document.body.append(box);
    map = L.map(box, { maxZoom: 12, minZoom: 3, zoomSnap: 0.25, attributionControl: false, zoomControl: false });
    map.setView([52, 5.25], 6, { animate: false });
    selected = [];
    listed = [];
    const options: MapViewOptions = {
      container: box,
      boundaries: undefined as never, // not used by the layers
      labels: { map: 'Kaart', cluster: (n, layer) => (layer === 'locations' ? `${n} locaties` : `${n} initiatieven`) },
      onSelect: (id, layer) => selected.push([id, layer]),
      onClusterList: (ids, layer) => listed.push([[...ids].sort(), layer]),
    };
    layers = new ClusterLayers(leafletSurface(map), options);
  });
  afterEach(() => {
    layers.clear();
    map.remove();
    box.remove();
  });

  it('draws a cluster per group and a marker per lone point at the current zoom, with their counts', () => {
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    expect(labels(clusters())).to.deep.equal(['2 initiatieven', '2 initiatieven', '3 initiatieven']);
    expect(labels(points())).to.deep.equal(['Initiatief c1']);
    const three = byLabel('3 initiatieven');
    expect(three.textContent).to.equal('3');
    expect(three.querySelector('span')!.getAttribute('aria-hidden')).to.equal('true');
    // the size grows with the count: 26 + 4 log2(n) px
    expect(byLabel('Initiatief c1').style.width).to.equal('16px');
    expect(clusters().find((e) => e.textContent === '2')!.style.width).to.equal('30px');
  });

  it('re-clusters for the zoom: a1 and a2 stand alone from zoom 10', () => {
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    map.setView([52, 5.025], 9, { animate: false });
    layers.redraw();
    expect(labels(markers())).to.deep.equal(['2 initiatieven']);
    map.setView([52, 5.025], 10, { animate: false });
    layers.redraw();
    expect(labels(markers())).to.deep.equal(['Initiatief a1', 'Initiatief a2']);
    map.setView([52, 5.25], 6, { animate: false });
    layers.redraw();
    expect(markers()).to.have.length(4);
  });

  it('makes every cluster and marker a focusable button with a name; markers say whether they are selected', () => {
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    for (const el of markers()) {
      expect(el.getAttribute('role')).to.equal('button');
      expect(el.getAttribute('aria-label')).to.match(/^(\d+ initiatieven|Initiatief \w+)$/);
    }
    for (const el of clusters()) expect(el.hasAttribute('aria-pressed')).to.equal(false);
    expect(byLabel('Initiatief c1').getAttribute('aria-pressed')).to.equal('false');
    const c1 = byLabel('Initiatief c1');
    c1.focus();
    expect(document.activeElement === c1, 'c1 has focus').to.equal(true);
  });

  it('is one tab stop: arrow keys, Home and End move focus through clusters and markers in reading order', () => {
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    // At zoom 6 around (52, 5.25), top to bottom: B (53, 6.5), A (52, 5.0x), D (51.5, 6), C (51, 4).
    const order = ['3 initiatieven', '2 initiatieven@A', '2 initiatieven@D', 'Initiatief c1'];
    const name = (el: Element | null) => {
      const label = el?.getAttribute('aria-label') ?? '';
      if (label !== '2 initiatieven') return label;
      return (el as HTMLElement).getBoundingClientRect().top < byLabel('Initiatief c1').getBoundingClientRect().top - 60
        ? '2 initiatieven@A'
        : '2 initiatieven@D';
    };
    const stops = markers().filter((e) => e.tabIndex === 0);
    expect(stops.map(name)).to.deep.equal([order[0]]);
    stops[0].focus();
    const seen = [name(document.activeElement)];
    for (let i = 0; i < 3; i++) seen.push(name((press(document.activeElement as HTMLElement, 'ArrowRight'), document.activeElement)));
    expect(seen).to.deep.equal(order);
    expect(press(document.activeElement as HTMLElement, 'ArrowDown').defaultPrevented).to.equal(true);
    expect(name(document.activeElement)).to.equal(order[3]);
    press(document.activeElement as HTMLElement, 'ArrowLeft');
    expect(name(document.activeElement)).to.equal(order[2]);
    press(document.activeElement as HTMLElement, 'Home');
    expect(name(document.activeElement)).to.equal(order[0]);
    press(document.activeElement as HTMLElement, 'End');
    expect(name(document.activeElement)).to.equal(order[3]);
    // still one tab stop, now where focus is
    expect(
      markers()
        .filter((e) => e.tabIndex === 0)
        .map(name),
    ).to.deep.equal([order[3]]);
  });

  it('moves targets that would touch apart, so each has 24 px of room (WCAG 2.5.8)', () => {
    // Zooming out, the groups A, B, C, D come within a few cluster widths of each other.
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    let spread = 0;
    for (const zoom of [3, 3.5, 4, 4.5, 5, 5.5, 6]) {
      map.setView([52, 5.25], zoom, { animate: false });
      layers.redraw();
      const els = markers();
      spread += els.filter((e) => e.style.translate !== '').length;
      const boxes = els.map((e) => e.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const d = Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
          expect(d, `zoom ${zoom}: targets ${i} and ${j}`).to.be.at.least(Math.max(24, a.width) / 2 + Math.max(24, b.width) / 2);
        }
      }
    }
    expect(spread, 'some targets had to be moved').to.be.greaterThan(0);
  });

  it('Enter or Space on a marker selects it', () => {
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    const e = press(byLabel('Initiatief c1'), 'Enter');
    expect(e.defaultPrevented).to.equal(true);
    press(byLabel('Initiatief c1'), ' ');
    byLabel('Initiatief c1').click();
    expect(selected).to.deep.equal([
      ['c1', 'initiatives'],
      ['c1', 'initiatives'],
      ['c1', 'initiatives'],
    ]);
    press(byLabel('Initiatief c1'), 'a');
    press(byLabel('Initiatief c1'), 'Tab');
    expect(selected).to.have.length(3);
  });

  it('keeps Enter and Space from reaching the map (no Leaflet keyboard action)', () => {
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    const seen: string[] = [];
    box.addEventListener('keydown', (e) => seen.push(e.key));
    press(byLabel('Initiatief c1'), 'Enter');
    press(byLabel('3 initiatieven'), ' ');
    press(byLabel('Initiatief c1'), '+');
    expect(seen).to.deep.equal(['+']);
  });

  it('Enter on a cluster zooms to where it falls apart, and focuses a marker drawn there', async () => {
    layers.set('initiatives', [...A, ...B, ...C], { color: '#0b5cad' });
    const a = byLabel('2 initiatieven');
    a.focus();
    const e = press(a, 'Enter');
    expect(e.defaultPrevented).to.equal(true);
    expect(map.getZoom()).to.equal(10);
    expect(map.getCenter().lat).to.be.closeTo(52, 0.001);
    expect(map.getCenter().lng).to.be.closeTo(5.025, 0.001);
    expect(labels(markers())).to.deep.equal(['Initiatief a1', 'Initiatief a2']);
    expect(a.isConnected).to.equal(false);
    await microtasks();
    const focused = document.activeElement as HTMLElement;
    expect(focused.classList.contains('hca-marker')).to.equal(true);
    expect(['Initiatief a1', 'Initiatief a2']).to.include(focused.getAttribute('aria-label'));
    expect(listed).to.deep.equal([]);
    expect(selected).to.deep.equal([]);
  });

  it('a click on a cluster does the same as Enter', () => {
    layers.set('initiatives', [...A, ...B, ...C], { color: '#0b5cad' });
    byLabel('2 initiatieven').click();
    expect(map.getZoom()).to.equal(10);
    byLabel('Initiatief a1').click();
    expect(selected).to.deep.equal([['a1', 'initiatives']]);
  });

  it('Space on a cluster of markers on one place lists them, without zooming', async () => {
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    const e = press(byLabel('3 initiatieven'), ' ');
    expect(e.defaultPrevented).to.equal(true);
    expect(listed).to.deep.equal([[['b1', 'b2', 'b3'], 'initiatives']]);
    expect(map.getZoom()).to.equal(6);
    expect(byLabel('3 initiatieven').isConnected).to.equal(true);
    press(byLabel('3 initiatieven'), 'Enter');
    expect(listed).to.have.length(2);
  });

  it('a cluster that holds together at the last zoom: Enter zooms there, then lists its members', async () => {
    layers.set('initiatives', D, { color: '#0b5cad' });
    const d = byLabel('2 initiatieven');
    d.focus();
    press(d, 'Enter');
    expect(map.getZoom()).to.equal(12); // its expansion zoom is 13: capped at the map's maximum
    expect(listed).to.deep.equal([]);
    await microtasks();
    const again = byLabel('2 initiatieven');
    expect(again).to.exist;
    expect(document.activeElement === again, 'the cluster drawn at zoom 12 has focus').to.equal(true);
    press(again, 'Enter');
    expect(listed).to.deep.equal([[['d1', 'd2'], 'initiatives']]);
    expect(map.getZoom()).to.equal(12);
  });

  it('keeps the drawn elements (and focus) when redrawing the same view', () => {
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    const before = markers();
    before[0].focus();
    layers.redraw();
    layers.redraw();
    const after = markers();
    expect(after.length === before.length && after.every((e, i) => e === before[i]), 'the same elements').to.equal(true);
    expect(document.activeElement === before[0], 'focus kept').to.equal(true);
  });

  it('set replaces a layer, leaves other layers alone, and an empty list hides it', () => {
    layers.set('initiatives', [...A, ...C], { color: '#0b5cad' });
    layers.set('locations', [m('l1', 52.37, 4.9), ...B], { color: '#c00000', shape: 'square' });
    expect(labels(markers('initiatives'))).to.deep.equal(['2 initiatieven', 'Initiatief c1']);
    expect(labels(markers('locations'))).to.deep.equal(['3 locaties', 'Initiatief l1']);
    const loc = byLabel('Initiatief l1');
    expect(loc.classList.contains('hca-square')).to.equal(true);
    expect(loc.style.width).to.equal('12px');
    expect(loc.style.getPropertyValue('--_marker')).to.equal('#c00000');
    expect(byLabel('Initiatief c1').style.getPropertyValue('--_marker')).to.equal('#0b5cad');

    const oldCluster = byLabel('2 initiatieven');
    layers.set('initiatives', D, { color: '#0b5cad' });
    expect(oldCluster.isConnected).to.equal(false);
    expect(labels(markers('initiatives'))).to.deep.equal(['2 initiatieven']);
    expect(layers.find('d2')).to.equal(D[1]);
    expect(layers.find('a1')).to.equal(undefined);
    expect(layers.find('l1')!.id).to.equal('l1');
    expect(loc.isConnected).to.equal(true);

    layers.set('initiatives', [], { color: '#0b5cad' });
    expect(markers('initiatives')).to.deep.equal([]);
    expect(labels(markers('locations'))).to.deep.equal(['3 locaties', 'Initiatief l1']);

    layers.clear();
    expect(markers()).to.deep.equal([]);
  });

  it('draws the selected marker on its own, on top, even inside a cluster', () => {
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    layers.select('b2');
    const sel = box.querySelector<HTMLElement>('.hca-selected')!;
    expect(sel.getAttribute('aria-label')).to.equal('Initiatief b2');
    expect(sel.getAttribute('aria-pressed')).to.equal('true');
    expect(byLabel('3 initiatieven')).to.exist;
    expect(box.querySelectorAll('.hca-selected')).to.have.length(1);
    layers.select(null);
    expect(box.querySelector('.hca-selected')).to.equal(null);
  });

  it('highlight with reveal brings a marker into view at zoom 10 or more', () => {
    layers.set('initiatives', ALL, { color: '#0b5cad' });
    layers.highlight('c1', true);
    expect(map.getZoom()).to.equal(10);
    expect(map.getCenter().lat).to.be.closeTo(51, 0.001);
    expect(map.getCenter().lng).to.be.closeTo(4, 0.001);
    expect(box.querySelector('.hca-selected')!.getAttribute('aria-label')).to.equal('Initiatief c1');
  });

  it('with many markers, completes the clustering when zooming in beyond the levels built first', () => {
    // 3001 markers on one place: above 3000 only the zoom levels up to the current one are
    // clustered at first; at zoom 12 they must still be one cluster, not 3001 markers.
    const many = Array.from({ length: 3001 }, (_, i) => m(`m${i}`, 52.1, 5.1));
    layers.set('initiatives', many, { color: '#0b5cad' });
    expect(labels(markers())).to.deep.equal(['3001 initiatieven']);
    map.setView([52.1, 5.1], 12, { animate: false });
    layers.redraw();
    expect(labels(markers())).to.deep.equal(['3001 initiatieven']);
    press(byLabel('3001 initiatieven'), 'Enter');
    expect(listed).to.have.length(1);
    expect(listed[0][0]).to.have.length(3001);
  });
});
