/** How long a slice of background work may run before it yields to the page (a tap waits at most this). */
export const SLICE_MS = 5;

/**
 * Runs `step` on each item, yielding to the page (`yieldToPage`) whenever a slice has run
 * `SLICE_MS`, and stops early once `wanted` turns false. Resolves true when every item was stepped.
 */
export async function inSlices<T>(items: Iterable<T>, step: (item: T) => void, yieldToPage: () => Promise<unknown>, wanted: () => boolean): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (!wanted()) return false;
    step(item);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return wanted();
}
