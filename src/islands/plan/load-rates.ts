/** Loading the founder's rates once, for the parts of the result page that need them (loaded with the first). */
import { loadRates } from '../../plan/rates-storage.ts';
import { parseRatesParam } from '../../plan/rates-param.ts';
import type { Rates } from '../../plan/rates.ts';
import { PLAN_WORDING } from '../../plan/wording.ts';
import { deviceStorage, founderRates, ratesFromLink, ratesNotice } from './rates-state.ts';

/** Loads the rates once (the link's, else this device's), with their notices; later calls get the same. */
export async function loadFounderRates(): Promise<Rates> {
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
