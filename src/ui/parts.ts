/**
 * A long view rendered in parts on its first render with data: the first part (what is at
 * the top) at once, each further part in a task of its own, so building a large shadow
 * tree never blocks the page. Later renders (another region, another language) render
 * every part at once. The element's reserved height (reserve.ts) holds until its
 * `hca-ready`, which waits for `done`, so the parts appearing cause no layout shift.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToMain } from '../yield.js';

export class PartsController implements ReactiveController {
  /** How many parts are rendered (the first always is). */
  private shown = 1;
  private rendering?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** How many parts the view has. */
    private readonly total: number,
    /** Whether the view has what it needs to render (its data): the parts start after the first such render. */
    private readonly ready: () => boolean,
  ) {
    host.addController(this);
  }

  /** Whether part `n` (counted from 0) is rendered. */
  has(n: number): boolean {
    return n < this.shown;
  }

  /** Resolves once every part is rendered. */
  get done(): Promise<void> {
    return this.rendering ?? (this.shown >= this.total ? Promise.resolve() : this.start());
  }

  hostUpdated(): void {
    if (this.shown < this.total && this.ready()) void this.start();
  }

  private start(): Promise<void> {
    this.rendering ??= (async () => {
      await this.host.updateComplete;
      while (this.shown < this.total) {
        await yieldToMain();
        this.shown++;
        this.host.requestUpdate();
        await this.host.updateComplete;
      }
    })();
    return this.rendering;
  }
}
