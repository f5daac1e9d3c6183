/**
 * The founder's rates as the result page shares them between its parts (cost panel, exports,
 * compare, the copied share link). Only signals here, so the page's first script stays small:
 * the rates' code loads with the first part that needs it (loadFounderRates).
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

/** Loads the rates once (the link's, else this device's), with their notices; later calls get the same. */
export async function loadFounderRates(): Promise<Rates> {
  if (founderRates.value) return founderRates.value;
  const [{ loadRates }, { parseRatesParam }, { PLAN_WORDING }] = await Promise.all([
    import('../../plan/rates-storage.ts'), import('../../plan/rates-param.ts'), import('../../plan/wording.ts'),
  ]);
  if (founderRates.value) return founderRates.value;
  const linked = parseRatesParam(window.location.search);
  const notices = linked.problems.map((problem) => PLAN_WORDING.rates.param[problem.kind]);
  let rates = linked.rates;
  if (rates) ratesFromLink.value = true;
  else {
    const stored = loadRates(deviceStorage());
    rates = stored.rates;
    if (stored.problem) notices.push(PLAN_WORDING.rates.storage[stored.problem]);
  }
  ratesNotice.value = [...new Set(notices)];
  founderRates.value = rates;
  return rates;
}
