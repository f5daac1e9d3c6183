import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * How many of `total` stages are drawn: none on the first render, then one more per task (each
 * a timer of its own), up to `total`. A long part of the page drawn a stage at a time keeps every
 * task short, so the page answers a tap at once while it fills in (the result's Lighthouse
 * blocking-time budget, 4x CPU). Once every stage has been drawn, or the page is printed, all of
 * any later `total` is drawn at once (a what-if change redraws the whole part in one render).
 * `onDone` runs once, when every stage is first drawn.
 */
export function useStages(total: number, onDone?: () => void): number {
  const [drawn, setDrawn] = useState(0);
  const done = useRef(false);
  const whenDone = useRef(onDone);
  whenDone.current = onDone;
  useEffect(() => {
    // A printout has every part, whatever the stage.
    const all = () => setDrawn(Infinity);
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, []);
  useEffect(() => {
    if (done.current) return;
    if (drawn >= total) {
      done.current = true;
      whenDone.current?.();
      return;
    }
    const timer = setTimeout(() => setDrawn((stage) => stage + 1), 0);
    return () => clearTimeout(timer);
  }, [drawn, total]);
  return done.current ? Infinity : drawn;
}
