/**
 * Printing charts: a canvas does not print reliably, so just before the page prints
 * (`beforeprint`, and `matchMedia('print')` for browsers that print without that event)
 * the controller asks for an image of every chart and has the host render them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  /** The print image (a data URL) per chart id; empty until the first print. */
  images: Readonly<Record<string, string>> = {};
  private readonly query = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  private readonly onBeforePrint = () => this.prepare();
  private readonly onPrintChange = (e: MediaQueryListEvent) => e.matches && this.prepare();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Draws the images: chart id to PNG data URL. */
    private readonly capture: () => Record<string, string>,
  ) {
    host.addController(this);
  }

  /** Takes the images now and has the host render them. */
  prepare(): void {
    this.images = this.capture();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onBeforePrint);
    this.query?.addEventListener('change', this.onPrintChange);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
    this.query?.removeEventListener('change', this.onPrintChange);
  }
}
