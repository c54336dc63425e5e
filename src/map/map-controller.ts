/**
 * Creates a MapView when the element's map container exists, the boundaries are loaded
 * and the element is (nearly) in view, and destroys it on disconnect. It also keeps the
 * view in step with what the element declares (map sync): the markers of each layer,
 * the highlighted marker, bringing a selection into view, fitting to regions, and
 * cooperative gestures. The element declares these in `willUpdate` or from events; the
 * controller pushes what changed to the view after the element's update (when cards
 * and lists are rendered and can be measured), and everything at once when the view
 * is created later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadFailure } from '../data/data-controller.js';
import { DEFAULT_TIMEOUT_MS, loadCode, problemOf } from '../data/load.js';
import { boundsOf, loadBoundaries } from '../geo/boundaries.js';
import type { MapMarker, MapView, MapViewOptions, MarkerStyle, Renderer } from './map-view.js';

/** Loads the renderer's module only when asked for: MapLibre GL never reaches a Leaflet page. */
async function createMapView(renderer: Renderer, options: MapViewOptions, timeoutMs: number): Promise<MapView> {
  const module = await loadCode<{ createView(options: MapViewOptions): MapView | Promise<MapView> }>(
    renderer,
    () => (renderer === 'maplibre' ? import('./maplibre-view.js') : import('./leaflet-view.js')),
    timeoutMs,
  );
  return module.createView(options);
}

export interface MapHost extends ReactiveControllerHost, HTMLElement {
  dataTimeout?: number;
}

/** The space a card covers on the right of the map, measured when a selection is brought into view. */
export type Inset = () => { right: number };

/** What has been pushed to the current view. */
interface Drawn {
  layers: Map<string, MapMarker[]>;
  selected: string | null;
  cooperative: boolean;
}
const nothingDrawn = (): Drawn => ({ layers: new Map(), selected: null, cooperative: true });

export class MapController implements ReactiveController {
  view?: MapView;
  error?: unknown;
  /** Cooperative gestures (one finger and a plain wheel scroll the page); off e.g. in full screen. */
  cooperative = true;
  private creating?: Promise<MapView | undefined>;
  private resizeObserver?: ResizeObserver;
  private resolveReady!: (view: MapView | undefined) => void;
  /** Resolves with the view once it has drawn, or undefined when it failed (a new promise after `stop()`). */
  ready = new Promise<MapView | undefined>((r) => (this.resolveReady = r));
  private readonly layers = new Map<string, { markers: MapMarker[]; style: () => MarkerStyle }>();
  private selected: string | null = null;
  private pendingReveal?: Inset;
  private fit?: () => Iterable<string | undefined>;
  private drawn = nothingDrawn();

  constructor(
    private readonly host: MapHost,
    private readonly container: () => HTMLElement | null | undefined,
    private readonly options: () => Omit<MapViewOptions, 'container' | 'boundaries'> & { renderer: Renderer },
    /** Told when the boundaries or the renderer's code could not load, with a retry that starts the map again. */
    private readonly onFailure?: (failure: LoadFailure) => void,
  ) {
    host.addController(this);
  }

  /** Starts the map; safe to call repeatedly. Waits until the element nears the viewport. After a failure only its retry starts it again (it was reported once). */
  start(): Promise<MapView | undefined> {
    if (this.error) return Promise.resolve(undefined);
    const creating = (this.creating ??= this.whenNearViewport().then(async () => {
      const el = this.container();
      if (!el) return undefined;
      try {
        const timeout = this.host.dataTimeout;
        const boundaries = await loadBoundaries(timeout);
        const { renderer, ...rest } = this.options();
        const view = await createMapView(renderer, { ...rest, container: el, boundaries }, timeout ?? DEFAULT_TIMEOUT_MS);
        // stopped while it was being created: its container is gone
        if (this.creating !== creating) return (view.destroy(), undefined);
        this.view = view;
        this.error = undefined;
        this.resizeObserver = new ResizeObserver(() => this.view?.resize());
        this.resizeObserver.observe(el);
      } catch (error) {
        this.error = error;
        this.creating = undefined; // the retry starts again (updates do not: see hostUpdated)
        console.error('[hcaict] the map could not be drawn:', error);
        const retry = () => {
          this.error = undefined;
          return this.start();
        };
        this.onFailure?.({ part: 'map', problem: problemOf(error, this.options().renderer), required: false, retry });
      }
      this.host.requestUpdate();
      this.resolveReady(this.view);
      return this.view;
    }));
    return creating;
  }

  /**
   * Declares the markers of a layer (an empty list hides it). The view gets them after the
   * update when `markers` is another array than last time: keep the array while it holds
   * the same markers. The first layer starts the map. `style` is read when pushed.
   */
  setLayer(name: string, markers: MapMarker[], style: () => MarkerStyle): void {
    if (!markers.length && !this.layers.has(name)) return; // nothing to hide
    this.layers.set(name, { markers, style });
  }

  /** Highlights one marker (or none) after the host's update. */
  highlight(id: string | null): void {
    this.selected = id;
  }

  /** Brings the highlighted marker into view after the next update, beside the card `inset` measures then. */
  reveal(inset: Inset): void {
    this.pendingReveal = inset;
    this.host.requestUpdate();
  }

  /** Fits the view to boundary regions by their codes (province or arbeidsmarktregio), read when the view exists. */
  fitRegions(codes: () => Iterable<string | undefined>): void {
    this.fit = codes;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Reconnected: a new view is needed for what is declared.
    if (this.layers.size) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.layers.size && !this.error) void this.start();
    const view = this.view;
    if (!view) return;
    const drawn = this.drawn;
    if (drawn.cooperative !== this.cooperative) view.setCooperative((drawn.cooperative = this.cooperative));
    for (const [name, { markers, style }] of this.layers) {
      if (drawn.layers.get(name) === markers) continue;
      view.setMarkers(name, markers, style());
      drawn.layers.set(name, markers);
    }
    const reveal = this.pendingReveal;
    if (reveal || drawn.selected !== this.selected) {
      this.pendingReveal = undefined;
      drawn.selected = this.selected;
      view.highlight(this.selected, !!reveal && this.selected !== null, reveal?.());
    }
    if (this.fit) {
      const codes = this.fit;
      this.fit = undefined;
      void this.fitTo(codes);
    }
  }

  private async fitTo(codes: () => Iterable<string | undefined>): Promise<void> {
    const boundaries = await loadBoundaries();
    const wanted = new Set(codes());
    const features = [...boundaries.provinces.features, ...boundaries.amrs.features].filter((f) => wanted.has(f.properties.code));
    if (features.length) this.view?.fitBounds(boundsOf({ features }));
  }

  private whenNearViewport(): Promise<void> {
    return new Promise((resolve) => {
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            io.disconnect();
            resolve();
          }
        },
        { rootMargin: '300px' },
      );
      io.observe(this.host);
    });
  }

  hostDisconnected(): void {
    this.destroyView(); // the layers stay declared: reconnected, the element gets a new view of them
  }

  /**
   * Destroys the view and forgets the layers, for a map whose container leaves the element
   * (a model page closed); declaring a layer again starts a new view in the container then rendered.
   */
  stop(): void {
    this.destroyView();
    this.layers.clear();
    this.selected = null;
  }

  private destroyView(): void {
    this.resizeObserver?.disconnect();
    this.view?.destroy();
    if (this.creating) {
      this.resolveReady(undefined); // a caller still waiting for the old view learns there is none
      this.ready = new Promise((r) => (this.resolveReady = r));
    }
    this.view = undefined;
    this.creating = undefined;
    this.drawn = nothingDrawn();
  }
}
