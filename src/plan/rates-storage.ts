/**
 * The founder's rates in local storage (issue 16, item 2): one key, versioned JSON. Reading never
 * throws: a missing entry gives the defaults quietly; an unreadable, foreign or tampered one gives
 * the defaults and the problem `storage-unreadable` for the page to mention. "Start over" calls
 * `clearStoredRates`. Storage itself may throw (private modes, sandboxed frames): every call is
 * guarded, and a failed write is reported, not thrown.
 */
import { ROLE_IDS, type RoleId } from '../engine/ids.ts';
import { RATES_STORAGE_KEY } from '../engine/plan-ids.ts';
import { PAY_REGIONS, type PayRegion } from './pay-band.ts';
import { defaultRates, isRate, parseCurrency, type Rates, type RoleRates, type Salary } from './rates.ts';

/** The storage key; the version travels inside the value. */
export { RATES_STORAGE_KEY };
/** Raised when the stored shape changes; an older or newer value reads as unreadable (defaults). */
export const RATES_STORAGE_VERSION = 1;

/** The part of the Web Storage API used, so tests can pass a fake. */
export type RatesStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type StorageProblem = 'storage-unreadable' | 'storage-unavailable';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasOnly = (value: Record<string, unknown>, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key));

function salaryOf(value: unknown): Salary | null {
  if (!isObject(value) || !hasOnly(value, ['min', 'max', 'orMore'])) return null;
  const { min, max, orMore } = value;
  return isRate(min) && isRate(max) && max >= min && typeof orMore === 'boolean' ? { min, max, orMore } : null;
}

function roleRatesOf(value: unknown): RoleRates | null {
  if (!isObject(value) || !hasOnly(value, ['salary', 'monthly', 'share', 'prefill'])) return null;
  const rates: RoleRates = {};
  if (value.salary !== undefined) {
    const salary = salaryOf(value.salary);
    if (!salary) return null;
    rates.salary = salary;
  }
  if (value.monthly !== undefined) {
    if (!isRate(value.monthly)) return null;
    rates.monthly = value.monthly;
  }
  if (value.share !== undefined) {
    if (!isRate(value.share, 100)) return null;
    rates.share = value.share;
  }
  if (value.prefill !== undefined) {
    if (!(PAY_REGIONS as readonly unknown[]).includes(value.prefill) || rates.salary === undefined) return null;
    rates.prefill = value.prefill as PayRegion;
  }
  return rates;
}

/** Rates from parsed JSON, or `null` when anything in it is not what `storedRatesText` writes. */
export function ratesFromJson(value: unknown): Rates | null {
  if (!isObject(value) || !hasOnly(value, ['v', 'currency', 'roles']) || value.v !== RATES_STORAGE_VERSION) return null;
  const currency = typeof value.currency === 'string' ? parseCurrency(value.currency) : null;
  if (!currency?.ok || currency.value !== value.currency || !isObject(value.roles)) return null;
  const roles: Partial<Record<RoleId, RoleRates>> = {};
  for (const [role, entry] of Object.entries(value.roles)) {
    const rates = (ROLE_IDS as readonly string[]).includes(role) ? roleRatesOf(entry) : null;
    if (!rates) return null;
    roles[role as RoleId] = rates;
  }
  return { currency: currency.value, roles };
}

/** The stored text of `rates`. */
export function storedRatesText(rates: Rates): string {
  return JSON.stringify({ v: RATES_STORAGE_VERSION, currency: rates.currency, roles: rates.roles });
}

/** Rates from a stored text (`null`: nothing stored). Never throws. */
export function readRatesText(text: string | null): { rates: Rates; problem: StorageProblem | null } {
  if (text === null) return { rates: defaultRates(), problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { rates: defaultRates(), problem: 'storage-unreadable' };
  }
  const rates = ratesFromJson(parsed);
  return rates ? { rates, problem: null } : { rates: defaultRates(), problem: 'storage-unreadable' };
}

/** The rates this device keeps, or the defaults. Never throws. */
export function loadRates(storage: RatesStorage | null): { rates: Rates; problem: StorageProblem | null } {
  let text: string | null;
  try {
    text = storage ? storage.getItem(RATES_STORAGE_KEY) : null;
  } catch {
    return { rates: defaultRates(), problem: 'storage-unavailable' };
  }
  return readRatesText(text);
}

/** Keeps the rates on this device; `false` when storage refused. Never throws. */
export function saveRates(storage: RatesStorage | null, rates: Rates): boolean {
  try {
    storage?.setItem(RATES_STORAGE_KEY, storedRatesText(rates));
    return storage !== null;
  } catch {
    return false;
  }
}

/** "Start over": forgets the stored rates and returns the defaults. Never throws. */
export function clearStoredRates(storage: RatesStorage | null): Rates {
  try {
    storage?.removeItem(RATES_STORAGE_KEY);
  } catch {
    // Nothing stored can be read back either; the defaults stand.
  }
  return defaultRates();
}
