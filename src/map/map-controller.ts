/**
 * Creates a MapView when the element's map container exists, the boundaries are loaded
 * and the element is (nearly) in view, and destroys it on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadBoundaries } from '../geo/boundaries.js';
import type { MapView, MapViewOptions, Renderer } from './map-view.js';

/** Loads the renderer's module only when asked for: MapLibre GL never reaches a Leaflet page. */
async function createMapView(renderer: Renderer, options: MapViewOptions): Promise<MapView> {
  const module = renderer === 'maplibre' ? await import('./maplibre-view.js') : await import('./leaflet-view.js');
  return module.createView(options);
}

export class MapController implements ReactiveController {
  view?: MapView;
  error?: unknown;
  private creating?: Promise<MapView | undefined>;
  private resizeObserver?: ResizeObserver;
  private resolveReady!: (view: MapView | undefined) => void;
  /** Resolves with the view once it has drawn, or undefined when it failed. */
  readonly ready = new Promise<MapView | undefined>((r) => (this.resolveReady = r));

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly container: () => HTMLElement | null | undefined,
    private readonly options: () => Omit<MapViewOptions, 'container' | 'boundaries'> & { renderer: Renderer },
  ) {
    host.addController(this);
  }

  /** Starts the map; safe to call repeatedly. Waits until the element nears the viewport. */
  start(): Promise<MapView | undefined> {
    this.creating ??= this.whenNearViewport().then(async () => {
      const el = this.container();
      if (!el) return undefined;
      try {
        const boundaries = await loadBoundaries();
        const { renderer, ...rest } = this.options();
        this.view = await createMapView(renderer, { ...rest, container: el, boundaries });
        this.resizeObserver = new ResizeObserver(() => this.view?.resize());
        this.resizeObserver.observe(el);
      } catch (error) {
        this.error = error;
        console.error('[hcaict] the map could not be drawn:', error);
      }
      this.host.requestUpdate();
      this.resolveReady(this.view);
      return this.view;
    });
    return this.creating;
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
    this.resizeObserver?.disconnect();
    this.view?.destroy();
    this.view = undefined;
    this.creating = undefined;
  }
}
