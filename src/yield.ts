/**
 * Giving the main thread back: long work (validating a large dataset, drawing charts)
 * runs in slices, and between slices the browser may paint and handle input, so no
 * task of the kit blocks the partner's page for long.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task. `scheduler.yield()` where the browser has it (the rest of the
 * work keeps its place in the queue, ahead of other tasks); else a MessageChannel message,
 * which, unlike `setTimeout(0)`, is not clamped to 4 ms after a few nested calls.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    // typed by hand: the CLI's Node typings (which also compile this file) lack `onmessage`
    (port1 as unknown as { onmessage: () => void }).onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Milliseconds of work per slice: well under the 50 ms of a long task, also on a slow phone. */
export const SLICE_MS = 8;

/**
 * A deadline for one slice of work: `due()` turns true once `budget` ms have passed since
 * the slice began, and `next()` yields and starts the next slice.
 */
export function slices(budget = SLICE_MS) {
  let start = performance.now();
  return {
    due: () => performance.now() - start >= budget,
    async next(): Promise<void> {
      await yieldToMain();
      start = performance.now();
    },
  };
}

/** Resolves in a task after the next frame has been painted: for work that must not hold up what the visitor sees. */
export function afterPaint(): Promise<void> {
  // typed by hand: the CLI's Node typings (which also compile this file) lack `requestAnimationFrame`
  const frame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number }).requestAnimationFrame;
  return new Promise((resolve) => (frame ? frame(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0)));
}

/** Runs work written as a generator (it yields between small steps) to its end, at once. */
export function runAll<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Steps between two looks at the clock: a step is small (a record), reading the clock is not free. */
const STEPS_PER_LOOK = 32;

/** Runs the same work in slices of about `budgetMs`, giving the main thread back between them. */
export async function runInSlices<T>(steps: Generator<void, T>, budgetMs = SLICE_MS): Promise<T> {
  const slice = slices(budgetMs);
  for (let n = 1; ; n++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (n % STEPS_PER_LOOK === 0 && slice.due()) await slice.next();
  }
}
