/**
 * The cooperative-gesture hint of an embedded map: a map inside a page must not catch
 * the page's scrolling. A plain mouse wheel scrolls the page and shows "use Ctrl/Cmd +
 * scroll"; on touch screens the map view holds one finger back and asks for the hint
 * "use two fingers" (MapViewOptions.onGestureHint). The hint shows for a moment over
 * the map; screen readers do not need it (the map has keyboard controls).
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export type GestureKind = 'wheel' | 'touch';

/** How long the hint stays, in ms. */
const SHOW_MS = 1400;

/** The overlay's look; add to the host's styles. The host's map wrapper must be `position: relative`. */
export const gestureHintStyles = css`
  .gesture {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    background: rgba(20, 28, 40, 0.55);
    color: #fff;
    font-weight: 600;
    font-size: 1.1em;
    text-align: center;
    padding: 1rem;
    z-index: 1100;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .gesture.show {
    opacity: 1;
  }
`;

export interface GestureLabels {
  /** Ctrl + wheel, e.g. "Use Ctrl + scroll to zoom the map". */
  wheel: string;
  /** The same with ⌘ on Apple devices. */
  wheelMac: string;
  /** "Use two fingers to move the map". */
  touch: string;
}

export class GestureHintController implements ReactiveController {
  private shown = false;
  private kind: GestureKind = 'wheel';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether plain wheels are held back now (not e.g. in full screen, where the map has the whole screen). */
    private readonly cooperative: () => boolean,
  ) {
    host.addController(this);
  }

  /** Shows the hint for `kind` for a moment. */
  show(kind: GestureKind): void {
    this.kind = kind;
    this.shown = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.shown = false;
      this.host.requestUpdate();
    }, SHOW_MS);
    this.host.requestUpdate();
  }

  /**
   * Listener for the map's wrapper (capture phase, before the map sees the wheel): a plain
   * wheel goes on to scroll the page and shows the hint; Ctrl/Cmd + wheel zooms the map.
   */
  readonly wheel = {
    capture: true,
    handleEvent: (e: WheelEvent): void => {
      if (e.ctrlKey || e.metaKey || !this.cooperative()) return;
      e.stopPropagation();
      this.show('wheel');
    },
  };

  /** The overlay, placed over the map. */
  render(labels: GestureLabels): TemplateResult {
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    const text = this.kind === 'touch' ? labels.touch : mac ? labels.wheelMac : labels.wheel;
    return html`<div class="gesture ${this.shown ? 'show' : ''}" aria-hidden="true">${text}</div>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.shown = false;
  }
}
