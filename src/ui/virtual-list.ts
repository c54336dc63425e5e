/**
 * A list of fixed-height rows of which only those in view are in the DOM, with one tab
 * stop (roving tabindex) and arrow, Home/End and PageUp/PageDown keys. The host renders
 * `<div class="rows">` holding `<div class="sizer">` whose children carry `data-index`
 * and `data-top`; this controller scrolls, windows and positions them (through CSSOM,
 * so no inline style attributes: CSP-safe).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class VirtualListController implements ReactiveController {
  private activeIndex = 0;
  private top = 0;
  private viewport = 600;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Px per row (the least, with `em`). */
    public rowHeight: number,
    /** The scrolling element (`.rows`). */
    private readonly scroller: () => HTMLElement | null,
    /** How many rows the list has now. */
    private readonly count: () => number,
    /** Rows this many em of the host's font high, when that is more than `rowHeight` (text that wraps at a large page font still fits). */
    private readonly em?: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.em) this.rowHeight = Math.max(this.rowHeight, Math.ceil(parseFloat(getComputedStyle(this.host).fontSize) * this.em) || 0);
  }

  /** Index of the row that holds the list's one tab stop. */
  get active(): number {
    return this.activeIndex;
  }
  set active(index: number) {
    this.activeIndex = index;
    this.host.requestUpdate();
  }

  /** Indexes of the rows to render: those in view plus a margin, and the active row, so Tab finds it. */
  window(): number[] {
    const n = this.count();
    const first = Math.max(0, Math.floor(this.top / this.rowHeight) - 4);
    const last = Math.min(n, Math.ceil((this.top + this.viewport) / this.rowHeight) + 4);
    const indexes: number[] = [];
    for (let i = first; i < last; i++) indexes.push(i);
    if (this.active < n && (this.active < first || this.active >= last)) indexes.push(this.active);
    return indexes;
  }

  /** Keeps the tab stop on an existing row after the list changed. */
  clamp(): void {
    this.activeIndex = Math.min(this.activeIndex, Math.max(0, this.count() - 1));
  }

  /** Scrolls row `index` into view and, when asked, focuses it. */
  scrollTo(index: number, focus: boolean): void {
    const rows = this.scroller();
    if (!rows) return;
    const top = index * this.rowHeight;
    const height = rows.clientHeight || 400;
    if (top < rows.scrollTop) rows.scrollTop = top;
    else if (top + this.rowHeight > rows.scrollTop + height) rows.scrollTop = top + this.rowHeight - height;
    this.top = rows.scrollTop;
    this.viewport = height;
    this.host.requestUpdate();
    if (focus) void this.host.updateComplete.then(() => (rows.querySelector(`[data-index="${index}"]`) as HTMLElement | null)?.focus());
  }

  readonly onScroll = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const rows = this.scroller();
      if (!rows) return;
      this.top = rows.scrollTop;
      this.viewport = rows.clientHeight;
      this.host.requestUpdate();
    });
  };

  readonly onKeydown = (e: KeyboardEvent): void => {
    const n = this.count();
    if (!n) return;
    const page = 8;
    const moves: Record<string, number> = {
      ArrowDown: this.active + 1,
      ArrowUp: this.active - 1,
      Home: 0,
      End: n - 1,
      PageDown: this.active + page,
      PageUp: this.active - page,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    this.active = Math.max(0, Math.min(n - 1, moves[e.key]));
    this.scrollTo(this.active, true);
  };

  hostUpdated(): void {
    const sizer = this.scroller()?.querySelector(':scope > .sizer') as HTMLElement | null;
    if (!sizer) return;
    const height = this.count() * this.rowHeight;
    sizer.style.height = `${height}px`;
    // A short list takes only the room it needs.
    const wrap = sizer.parentElement!.parentElement as HTMLElement;
    wrap.style.maxHeight = `${Math.max(2 * this.rowHeight, height) + 2}px`;
    for (const item of sizer.children as HTMLCollectionOf<HTMLElement>) item.style.top = `${item.dataset.top}px`;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
