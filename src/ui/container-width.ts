/**
 * Whether the host is narrower than a breakpoint, from its own box (not the window): an
 * element in a sidebar of a wide page gets the phone layout too. CSS container queries do
 * the layout; this tells the element's logic (e.g. which view a selection shows).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ContainerWidthController implements ReactiveController {
  narrow = false;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Px below which the host counts as narrow; keep it equal to the stylesheet's container query. */
    readonly breakpoint: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const narrow = entry.contentRect.width < this.breakpoint;
      if (narrow !== this.narrow) {
        this.narrow = narrow;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
