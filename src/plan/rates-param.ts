/**
 * The founder's rates in a link (contract.md: "The founder's rates never go into a link unless
 * asked for that link"). One parameter, `rates=`, added only by `withRates(query, rates, true)`,
 * i.e. when the founder ticks "include my rates" for that one link. Its value:
 *
 *   rates=<CUR>,<role>:<field>[_<field>…],…
 *   field: y<min>[-<max>][up]  yearly salary, a figure or a range ("up": its top is open, "or more")
 *          m<amount>           monthly rate
 *          s<percent>          part-time share
 *   e.g.   rates=USD,ai-engineer:y120000-250000up,mlops-engineer:m9000_s50
 *
 * Read back with the rules a typed rate obeys (rates.ts). Parsing never throws: a part it
 * cannot read is ignored and named as a problem (display text only, never HTML); an unreadable
 * currency drops the whole parameter, since no figure means anything without it.
 */
import { cleanSenderText } from '../engine/sender.ts';
import { ROLE_IDS, type RoleId } from '../engine/ids.ts';
import { RATES_PARAM, RATES_PARAM_PROBLEMS } from '../engine/plan-ids.ts';
import { isRate, parseCurrency, type Rates, type RoleRates } from './rates.ts';

/** The parameter's name, for contract.md and for the codec's list of parameters that are not answers. */
export { RATES_PARAM };
/** The longest value read; longer is ignored whole (twelve roles with every field fit in about 600). */
export const RATES_PARAM_MAX = 1000;

export { RATES_PARAM_PROBLEMS };
/** One ignored part of `rates=`; `part` is display text (hidden characters removed, at most 40 code points). */
export type RatesParamProblem = { kind: (typeof RATES_PARAM_PROBLEMS)[number]; part: string };

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const FIELD = { y: new RegExp(String.raw`^y${NUMBER}(?:-${NUMBER})?(up)?$`), m: new RegExp(`^m${NUMBER}$`), s: new RegExp(`^s${NUMBER}$`) };

/** `120000`, `8500.5`: numbers as the link writes them (no exponent: every rate is at most 10,000,000). */
const numberText = (value: number) => String(value);

/** One role's fields as the link writes them. */
function fieldsText(rates: RoleRates): string[] {
  const fields: string[] = [];
  if (rates.salary) {
    const { min, max, orMore } = rates.salary;
    fields.push(`y${numberText(min)}${max !== min ? `-${numberText(max)}` : ''}${orMore ? 'up' : ''}`);
  }
  if (rates.monthly !== undefined) fields.push(`m${numberText(rates.monthly)}`);
  if (rates.share !== undefined) fields.push(`s${numberText(rates.share)}`);
  return fields;
}

/** The `rates=` value for `rates` (roles in ROLE_IDS order; roles with nothing set left out). */
export function ratesParamValue(rates: Rates): string {
  const parts = ROLE_IDS.flatMap((role) => {
    const fields = fieldsText(rates.roles[role] ?? {});
    return fields.length > 0 ? [`${role}:${fields.join('_')}`] : [];
  });
  return [rates.currency, ...parts].join(',');
}

/** A link's query with the rates added, only when the founder asked for this link; without, the query as given. */
export function withRates(query: string, rates: Rates | null, include: boolean): string {
  if (!include || rates === null) return query;
  return `${query}${query === '' ? '' : '&'}${RATES_PARAM}=${ratesParamValue(rates)}`;
}

/** A query with every `rates=` removed (e.g. a page address reused for another link). */
export function withoutRates(query: string): string {
  const params = new URLSearchParams(query);
  params.delete(RATES_PARAM);
  return params.toString();
}

/** One role's fields read back, or `null` when any is unreadable or breaks a rate's rules. */
function roleRatesOf(text: string): RoleRates | null {
  const rates: RoleRates = {};
  for (const field of text.split('_')) {
    const kind = field.charAt(0);
    const match = kind === 'y' || kind === 'm' || kind === 's' ? FIELD[kind].exec(field) : null;
    if (!match || (kind === 'y' ? rates.salary : kind === 'm' ? rates.monthly : rates.share) !== undefined) return null;
    const [first, second] = [Number(match[1]), match[2] === undefined ? undefined : Number(match[2])];
    if (kind === 'y') {
      const max = second ?? first;
      if (!isRate(first) || !isRate(max) || max < first) return null;
      rates.salary = { min: first, max, orMore: match[3] !== undefined };
    } else if (kind === 'm') {
      if (!isRate(first)) return null;
      rates.monthly = first;
    } else {
      if (!isRate(first, 100)) return null;
      rates.share = first;
    }
  }
  return rates;
}

/** The rates a link carries (`null`: none, or none readable) and what was ignored. Never throws. */
export function parseRatesParam(query: string | URLSearchParams): { rates: Rates | null; problems: RatesParamProblem[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values = params.getAll(RATES_PARAM);
  const problems: RatesParamProblem[] = [];
  const problem = (kind: RatesParamProblem['kind'], part: string) => problems.push({ kind, part: cleanSenderText(part.slice(0, 200), 40) });
  if (values.length === 0) return { rates: null, problems };
  if (values.length > 1) problem('duplicate', RATES_PARAM);
  const value = values[0]!;
  if (value.length > RATES_PARAM_MAX) {
    problem('too-long', RATES_PARAM);
    return { rates: null, problems };
  }
  const [currencyText = '', ...parts] = value.split(',');
  const currency = parseCurrency(currencyText);
  if (!currency.ok) {
    problem('currency', currencyText);
    return { rates: null, problems };
  }
  const roles: Partial<Record<RoleId, RoleRates>> = {};
  for (const part of parts) {
    if (part === '') continue; // a trailing or doubled comma
    const [role = '', fields = ''] = part.split(':', 2);
    const known = (ROLE_IDS as readonly string[]).includes(role) ? (role as RoleId) : null;
    const rates = roleRatesOf(fields);
    if (!known) problem('unknown-role', part);
    else if (roles[known]) problem('duplicate-role', part);
    else if (!rates || part.split(':').length !== 2) problem('invalid-rate', part);
    else roles[known] = rates;
  }
  return { rates: { currency: currency.value, roles }, problems };
}
