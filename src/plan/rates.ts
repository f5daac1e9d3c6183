/**
 * The founder's rates (issue 16, item 2): per role a yearly salary (a figure or a range) for a
 * hired seat, a monthly rate for an augmented one, and the share of a full-time week a part-time
 * seat takes, all in one currency. Prefilled only where an article gives a band, and only in
 * USD (pay-band.ts); every other figure stays empty until the founder fills it. Nothing here
 * invents a number or an exchange rate: changing the currency drops the prefilled figures.
 *
 * Storage and links: rates-storage.ts, rates-param.ts. Problems are ids; their words are in
 * content/plan.json (`rates.problems`).
 */
import { ROLE_IDS, type RoleId } from '../engine/ids.ts';
import { RATE_PROBLEMS } from '../engine/plan-ids.ts';
import { TALENT_PAY_BAND, type PayRegion, type Salary } from './pay-band.ts';

export type { Salary };

/** The highest rate or salary accepted; the limit. */
export const RATE_MAX = 10_000_000;
/** The longest rate text read; longer is refused before it is looked at. */
export const RATE_TEXT_MAX = 32;

/** Why a typed rate was refused. */
export { RATE_PROBLEMS };
export type RateProblem = (typeof RATE_PROBLEMS)[number];

/** A typed value read: a number, unset (empty), or refused with the problem's id. */
export type RateReading = { ok: true; value: number | null } | { ok: false; problem: RateProblem };

export interface RoleRates {
  /** Yearly, for a hired seat (and an augmented seat's permanent hire). */
  salary?: Salary;
  /** Monthly, for an augmented seat. No article gives one: never prefilled. */
  monthly?: number;
  /** Percent of a full-time week, for a part-time seat (0 < share <= 100). */
  share?: number;
  /** Set while `salary` is still the article's band for that region, untouched. */
  prefill?: PayRegion;
}

export interface Rates {
  /** An ISO 4217 code ("USD"), as typed by the founder; prefilled figures exist only in USD. */
  currency: string;
  roles: Partial<Record<RoleId, RoleRates>>;
}

const PLAIN_NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a typed rate: digits with at most one decimal point, above 0 and at most 10,000,000.
 * Empty is unset. Text, signs, exponents (1e308), separators and markup are refused, each with
 * a problem id the page words; nothing typed is ever shown back as HTML.
 */
export function parseRate(text: string, max: number = RATE_MAX): RateReading {
  const value = text.trim();
  if (value === '') return { ok: true, value: null };
  if (value.length > RATE_TEXT_MAX) return { ok: false, problem: 'too-long' };
  if (PLAIN_NUMBER.test(value)) {
    const number = Number(value);
    if (!(number > 0)) return { ok: false, problem: 'not-positive' };
    if (number > max) return { ok: false, problem: max === RATE_MAX ? 'too-large' : 'share-too-large' };
    return { ok: true, value: number };
  }
  if (/^-\s*[\d.]/.test(value)) return { ok: false, problem: 'not-positive' };
  if (/^[\d.]+$/.test(value) && /\d/.test(value)) return { ok: false, problem: 'decimal-points' };
  if (/^\d[\d.]*(?:[,\s'_]\d[\d.]*)+$/.test(value)) return { ok: false, problem: 'separators' };
  return { ok: false, problem: 'not-a-number' };
}

/** Reads a part-time share, in percent: a rate's rules with 100 as the top. */
export const parseShare = (text: string): RateReading => parseRate(text, 100);

/** Reads a yearly salary from its two fields: a figure (`max` empty) or a range, lowest first. */
export function parseSalary(minText: string, maxText: string): { ok: true; value: Salary | null } | { ok: false; problem: RateProblem; field: 'min' | 'max' } {
  const min = parseRate(minText);
  if (!min.ok) return { ...min, field: 'min' };
  const max = parseRate(maxText);
  if (!max.ok) return { ...max, field: 'max' };
  // One field filled is a figure, whichever it is.
  const low = min.value ?? max.value;
  if (low === null) return { ok: true, value: null };
  const high = max.value ?? low;
  if (high < low) return { ok: false, problem: 'range-reversed', field: 'max' };
  return { ok: true, value: { min: low, max: high, orMore: false } };
}

/** An ISO 4217-shaped code, upper-cased ("usd" reads as "USD"); anything else is refused. */
export function parseCurrency(text: string): { ok: true; value: string } | { ok: false; problem: 'currency' } {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? { ok: true, value: code } : { ok: false, problem: 'currency' };
}

/** Whether a stored or linked number obeys the rules a typed one does. */
export const isRate = (value: unknown, max: number = RATE_MAX): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max && parseRate(String(value), max).ok;

/** The article's band for the AI and ML engineer seats, marked as prefilled. */
function prefilled(region: PayRegion): Partial<Record<RoleId, RoleRates>> {
  return Object.fromEntries(TALENT_PAY_BAND.roles.map((role) => [role, { salary: { ...TALENT_PAY_BAND.regions[region] }, prefill: region }]));
}

/** The rates before the founder types anything: USD, talent's senior band (US/EU by default) on the AI and ML engineer seats. */
export function defaultRates(region: PayRegion = 'us-eu'): Rates {
  return { currency: TALENT_PAY_BAND.currency, roles: prefilled(region) };
}

/** The other region's band on seats still holding a prefilled one (the founder's own figures stay); USD only. */
export function withPayRegion(rates: Rates, region: PayRegion): Rates {
  if (rates.currency !== TALENT_PAY_BAND.currency) return rates;
  const band = prefilled(region);
  const roles = { ...rates.roles };
  for (const role of TALENT_PAY_BAND.roles) {
    const current = roles[role];
    if (current?.salary === undefined || current.prefill !== undefined) roles[role] = { ...current, ...band[role] };
  }
  return { ...rates, roles };
}

/** Another currency: figures the founder typed stay (they are theirs); prefilled USD figures go, never converted. */
export function withCurrency(rates: Rates, currency: string): Rates {
  if (currency === rates.currency) return rates;
  const roles: Rates['roles'] = {};
  for (const role of ROLE_IDS) {
    const { salary, prefill, ...rest } = rates.roles[role] ?? {};
    const kept: RoleRates = prefill === undefined && salary !== undefined ? { ...rest, salary } : rest;
    if (Object.keys(kept).length > 0) roles[role] = kept;
  }
  return { currency, roles };
}

/** One field of a role set (a value) or cleared (`undefined`); a typed salary is no longer the prefill. */
export function withRoleRate<K extends 'salary' | 'monthly' | 'share'>(rates: Rates, role: RoleId, field: K, value: RoleRates[K] | undefined): Rates {
  const next: RoleRates = { ...rates.roles[role] };
  if (value === undefined) delete next[field];
  else next[field] = value;
  if (field === 'salary') delete next.prefill;
  const roles = { ...rates.roles };
  if (Object.keys(next).length > 0) roles[role] = next;
  else delete roles[role];
  return { ...rates, roles };
}
