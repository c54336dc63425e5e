/**
 * Mirrors an element's state into the page URL for `sync-url`: `history.replaceState`
 * only (never a reload, never a history entry per keystroke), only the kit's own
 * parameters, everything else in the URL left as it was.
 *
 * An element declares its parameters, how to restore them (on connect and on back/forward)
 * and, as `state`, what its view is in those parameters: the URL is then written after every
 * update that changed that state, whatever changed it (an attribute or property set by the
 * page, a pick inside the element, back/forward), soon after the last change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The URL parameters of the public contract. */
export const URL_PARAMS = ['regio', 'vergelijk', 'initiatief', 'model', 'zoek', 'type', 'doelgroep', 'niveau', 'thema'] as const;
export type UrlParam = (typeof URL_PARAMS)[number];
export type UrlState = Partial<Record<UrlParam, string[]>>;

export function readUrlState(params: readonly UrlParam[], search = location.search): UrlState {
  const query = new URLSearchParams(search);
  const state: UrlState = {};
  for (const p of params) {
    const values = query
      .getAll(p)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) state[p] = values;
  }
  return state;
}

/** The page URL with `state` written over the given params. */
export function urlWithState(params: readonly UrlParam[], state: UrlState, href = location.href): string {
  const url = new URL(href);
  for (const p of params) {
    url.searchParams.delete(p);
    const values = state[p]?.filter(Boolean);
    if (values?.length) url.searchParams.set(p, values.join(','));
  }
  return url.href;
}

export class UrlStateController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private readonly onPop = () => this.onRestore(readUrlState(this.params));

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly params: readonly UrlParam[],
    /** Called with the URL's state when the element connects and on back/forward. */
    private readonly onRestore: (state: UrlState) => void,
    /** The element's view in these parameters, read after each update. */
    private readonly state?: () => UrlState,
  ) {
    host.addController(this);
  }

  /** The last state written, as a key: an update that leaves it alone writes nothing. */
  private written?: string;

  hostUpdated(): void {
    if (!this.state || !this.enabled) return;
    const state = this.state();
    const key = JSON.stringify(this.params.map((p) => state[p] ?? []));
    if (key === this.written) return;
    this.written = key;
    this.write(state);
  }

  get enabled(): boolean {
    return this.host.hasAttribute('sync-url');
  }

  hostConnected(): void {
    if (!this.enabled) return;
    this.onRestore(readUrlState(this.params));
    addEventListener('popstate', this.onPop);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPop);
    this.flush();
  }

  /** Writes the state soon; typing in a search box produces one write, not one per key. */
  write(state: UrlState, delay = 200): void {
    if (!this.enabled) return;
    clearTimeout(this.timer);
    this.pending = state;
    this.timer = setTimeout(() => this.flush(), delay);
  }

  private pending?: UrlState;

  flush(): void {
    clearTimeout(this.timer);
    if (!this.pending) return;
    const next = urlWithState(this.params, this.pending);
    this.pending = undefined;
    if (next !== location.href) history.replaceState(history.state, '', next);
  }
}
