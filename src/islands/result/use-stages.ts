import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` stages are drawn: none on the first render, then one more per task (each
 * a timer of its own), up to `total`; a later, larger `total` carries on from where it stood.
 * A long part of the page drawn a stage at a time keeps every task short, so the page answers a
 * tap at once while it fills in (the result's Lighthouse blocking-time budget, 4x CPU).
 * `onDone` runs once, when every stage is first drawn.
 */
export function useStages(total: number, onDone?: () => void): number {
  const [drawn, setDrawn] = useState(0);
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (drawn >= total) {
      if (!done) { setDone(true); onDone?.(); }
      return;
    }
    const timer = setTimeout(() => setDrawn((stage) => stage + 1), 0);
    return () => clearTimeout(timer);
  }, [drawn, total]);
  return drawn;
}
