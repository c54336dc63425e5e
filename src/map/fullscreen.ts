/**
 * Full screen for an element through the Fullscreen API: whether the host is full
 * screen now, and a toggle for its button. Where the page may not go full screen (an
 * iframe without `allowfullscreen`) `supported` is false, so the host can hide its button.
 * A map in full screen has no page around it to scroll: the host turns cooperative
 * gestures off while `active`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FullscreenController implements ReactiveController {
  private on = false;
  private readonly onChange = (): void => {
    const on = document.fullscreenElement === this.host;
    if (on === this.on) return;
    this.on = on;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether the host is full screen. */
  get active(): boolean {
    return this.on;
  }

  /** Whether the page may go full screen at all. */
  get supported(): boolean {
    return document.fullscreenEnabled !== false;
  }

  /** Enters or leaves full screen (needs a user gesture, as from a button). */
  readonly toggle = async (): Promise<void> => {
    try {
      if (document.fullscreenElement === this.host) await document.exitFullscreen();
      else await this.host.requestFullscreen();
    } catch {
      /* not allowed (e.g. in an iframe without allowfullscreen) */
    }
  };

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onChange);
    this.onChange();
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onChange);
    this.on = false; // a removed element leaves full screen
  }
}
