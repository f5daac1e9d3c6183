/**
 * The founder's rates as the result page shares them between its parts (cost panel, exports,
 * compare, the copied share link). Only signals here, so the page's first script stays small:
 * the rates' code loads with the first part that needs it (load-rates.ts).
 */
import { signal } from '@preact/signals';
import type { Rates } from '../../plan/rates.ts';

/** The rates in use once loaded (`null` before): the link's `rates=` if it carried any, else this device's. */
export const founderRates = signal<Rates | null>(null);
/** A message about the stored or linked rates (storage unreadable, parts of `rates=` ignored), as text. */
export const ratesNotice = signal<string[]>([]);
/** Whether the rates came with the link (kept on this device only once the founder changes one). */
export const ratesFromLink = signal(false);
/** The `rates=…` part the copied share link carries: '' unless the founder ticked "include my rates" for it. */
export const shareRatesPart = signal('');

/** Local storage, or `null` where the browser refuses it (sandboxed frames, private modes). */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
