import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';

/** A component loaded when `active` first holds (and kept). */
export function useLazy<P>(load: () => Promise<{ default: FunctionComponent<P> }>, active: boolean): FunctionComponent<P> | null {
  const [component, setComponent] = useState<FunctionComponent<P> | null>(null);
  useEffect(() => {
    if (!active || component) return;
    let live = true;
    void load().then((module) => { if (live) setComponent(() => module.default); });
    return () => { live = false; };
  }, [active]);
  return component;
}
