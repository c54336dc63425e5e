/**
 * What an element has open (a detail card for a record) and where keyboard focus goes:
 * into the opened view when the visitor opens it, and back when it closes (Escape or a
 * close button) to the element that opened it: a list row, a map marker, a button. When
 * that element is gone (the virtual list dropped the row, the map re-clustered the
 * marker), the host's fallbacks are tried in turn: e.g. the marker of the record, its
 * list row, the map.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a selection was made. */
export type SelectionOrigin = 'list' | 'map' | 'other';

export interface Selection<K extends string> {
  id: string;
  /** What was selected (e.g. `initiative`, `location`). */
  kind: K;
}

export interface SelectionOptions<K extends string> {
  /** What gets focus when the visitor opens a selection (e.g. the card's heading), after the host rendered it. */
  focusOnOpen(): HTMLElement | null | undefined;
  /** Where focus goes on close when the opener is gone, tried in turn until one returns true. */
  returnFocus: ((closed: Selection<K> & { from: SelectionOrigin }) => boolean)[];
}

export class SelectionController<K extends string> implements ReactiveController {
  private selection: Selection<K> | null = null;
  private opener?: { el: Element | null; from: SelectionOrigin };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SelectionOptions<K>,
  ) {
    host.addController(this);
  }

  get current(): Selection<K> | null {
    return this.selection;
  }

  /** The selected id when it is of `kind`, else null. */
  of(kind: K): string | null {
    return this.selection?.kind === kind ? this.selection.id : null;
  }

  /** Whether the visitor opened the current selection here (so there is an opener to return to). */
  get opened(): boolean {
    return !!this.opener;
  }

  /**
   * Opens a selection. The first one remembers what had focus (the opener); opening
   * another while one is open keeps that opener. With `focus`, the opened view gets focus.
   */
  open(id: string, kind: K, { from = 'other', focus = true }: { from?: SelectionOrigin; focus?: boolean } = {}): void {
    if (!this.selection) this.opener = { el: this.host.shadowRoot?.activeElement ?? null, from };
    else if (this.opener && from !== 'other') this.opener = { ...this.opener, from };
    this.selection = { id, kind };
    this.host.requestUpdate();
    if (focus) void this.host.updateComplete.then(() => this.options.focusOnOpen()?.focus());
  }

  /** Sets the selection without moving focus and without an opener (a shared link, a script). */
  set(selection: Selection<K> | null): void {
    this.selection = selection;
    this.opener = undefined;
    this.host.requestUpdate();
  }

  /** Closes the selection and, after the update, returns focus to the opener or the first fallback that takes it. */
  close(): void {
    const closed = this.selection;
    const opener = this.opener;
    this.set(null);
    if (!closed) return;
    void this.host.updateComplete.then(() => {
      const el = opener?.el as HTMLElement | null | undefined;
      if (el?.isConnected && typeof el.focus === 'function') return el.focus();
      const from = opener?.from ?? 'other';
      this.options.returnFocus.some((fallback) => fallback({ ...closed, from }));
    });
  }

  hostDisconnected(): void {
    this.opener = undefined; // a removed or moved element has no opener to go back to
  }

  /** Escape closes an open selection; returns true when it did (the key is then used up). */
  onEscape(e: KeyboardEvent): boolean {
    if (e.key !== 'Escape' || !this.selection) return false;
    e.preventDefault();
    this.close();
    return true;
  }
}
