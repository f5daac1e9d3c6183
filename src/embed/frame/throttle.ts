/**
 * At most one call per `interval` ms, the last of a burst always made: a call when the last run
 * was long enough ago runs at once; one during the wait is held and runs when the wait ends
 * (one held call stands for all calls of the burst). For the frame's answer to a host's
 * `measure` messages, which a hostile page can send by the hundred thousand (embed-events.ts).
 */

/** The clock it runs on: the window's, or a test's fake timers. */
export interface ThrottleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
}

export function throttle(run: () => void, interval: number, clock: ThrottleClock): () => void {
  let last = Number.NEGATIVE_INFINITY;
  let held = false;
  const fire = () => {
    held = false;
    last = clock.now();
    run();
  };
  return () => {
    if (held) return;
    const wait = last + interval - clock.now();
    if (wait <= 0) fire();
    else {
      held = true;
      clock.setTimeout(fire, wait);
    }
  };
}
