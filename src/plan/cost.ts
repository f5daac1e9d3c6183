/**
 * What the plan costs at the founder's rates (issue 16, item 2), as ranges in the rates' one
 * currency. Two totals:
 *
 * - the now lane's yearly run rate: what the now seats cost a year once filled the way the plan
 *   ends up (a hire's salary, including a seat augmented until its hire lands; an augmented
 *   seat's monthly rate x 12; a built seat nothing new);
 * - M1-M12: each dated seat prorated from the month it is working (timeline.ts). A hire lands
 *   between M4 and M7, so its lowest total takes the latest month, the lowest salary and the
 *   fewest people, its highest the earliest, the highest and the most. A seat augmented until
 *   its hire lands pays the monthly rate until then; without that rate its hired months still
 *   count, as a "from" figure missing the augmented months (fidelity review 4, PL2). A seat augmented until it is built is
 *   counted augmented to M12: no article says how long growing your own takes. Undated seats
 *   (next phase, at scale) are outside the window and listed as such.
 *
 * Full-time seats count at the count's range (no count: one person), part-time seats at the
 * share the founder sets. A seat missing a figure it needs is listed as missing, never counted
 * as zero; a total then covers the seats it names and reads "from" (its true figure is higher
 * by what is missing), and with nothing priced it is no figure at all (`null`), not $0
 * (fidelity review 3, N6). `orMore` ("from") carries an open top ("$250K+") into every sum it
 * enters. An item whose lead is priced and whose later seats are not (or the other way round)
 * counts the part it can, as a "from" figure, and is listed as missing too.
 */
import type { Group, RoleId } from '../engine/ids.ts';
import type { Rates, RoleRates } from './rates.ts';
import { HORIZON_MONTHS, workingFrom, type Timeline, type TimelineRow } from './timeline.ts';

/** An amount range; `orMore`: the top is open, so the page reads "from <min>" / "<max>+". */
export interface Money {
  min: number;
  max: number;
  orMore: boolean;
}

/** How a seat is costed: a salary, a monthly rate, a monthly rate until a hire lands or the seat is built, or nothing new. */
export type CostBasis = 'salary' | 'monthly' | 'monthly-then-salary' | 'monthly-until-built' | 'no-new-salary';
export type MissingRate = 'salary' | 'monthly' | 'share';

export interface SeatCost {
  role: RoleId;
  group: Group;
  basis: CostBasis;
  /** A year once filled as the plan ends up; `null` while a figure it needs is missing. */
  yearly: Money | null;
  /** M1-M12, prorated; `null` while a figure is missing, or when the seat is undated. */
  window: Money | null;
  /** Whether the seat is dated, so inside M1-M12. */
  inWindow: boolean;
  missing: MissingRate[];
  /** Some of the seat's people are priced and some are not: its figures cover only the first (and read "from"). */
  partial: boolean;
}

export interface PlanCost {
  currency: string;
  seats: SeatCost[];
  /**
   * The now lane's yearly run rate over the now seats it can price; `missing`: the seats not
   * priced, or priced only in part. `null`: no figure, as nothing that needs a rate is priced.
   */
  now: { yearly: Money | null; missing: RoleId[] };
  /** M1-M12 over the dated seats it can price, as `now`; `undated` seats are outside it. */
  window: { total: Money | null; missing: RoleId[]; undated: RoleId[] };
}

const ZERO: Money = { min: 0, max: 0, orMore: false };
const cents = (value: number) => Math.round(value * 100) / 100;
const money = (min: number, max: number, orMore: boolean): Money => ({ min: cents(min), max: cents(max), orMore });
const sum = (amounts: readonly Money[]): Money => money(amounts.reduce((s, m) => s + m.min, 0), amounts.reduce((s, m) => s + m.max, 0), amounts.some((m) => m.orMore));
/** Months inside M1-M12 from working month `month` on (M4: 9 months). */
const monthsFrom = (month: number) => Math.max(0, HORIZON_MONTHS + 1 - month);

const BASIS: Record<string, CostBasis> = { hire: 'salary', augment: 'monthly', build: 'no-new-salary', 'augment>hire': 'monthly-then-salary', 'augment>build': 'monthly-until-built' };
/** The figures each basis needs: for the year once filled, and for M1-M12. */
const NEEDS: Record<CostBasis, { yearly: ('salary' | 'monthly')[]; window: ('salary' | 'monthly')[] }> = {
  salary: { yearly: ['salary'], window: ['salary'] },
  monthly: { yearly: ['monthly'], window: ['monthly'] },
  'monthly-then-salary': { yearly: ['salary'], window: ['monthly', 'salary'] },
  'monthly-until-built': { yearly: [], window: ['monthly'] },
  'no-new-salary': { yearly: [], window: [] },
};

/**
 * One seat's cost from its timeline row and the founder's figures for its role. With software
 * engineers in-house only the lead goes the item's way; the seats after it are grown (no new
 * salary) or brought in (monthly), and are costed that way (fidelity review 3, N2).
 */
function seatCost(row: TimelineRow, rates: RoleRates): SeatCost {
  const count = row.count;
  if (row.afterLead === null || count === null || count.max <= 1) return routeCost(row, rates);
  const lead = routeCost({ ...row, afterLead: null, count: { ...count, min: 1, max: 1, orMore: false } }, rates);
  const restCount = { ...count, min: Math.max(0, count.min - 1), max: count.max - 1 };
  const workingBy = row.searchStarts === null ? null : workingFrom(row.afterLead, row.searchStarts);
  const rest = routeCost({ ...row, afterLead: null, count: restCount, approach: row.afterLead, then: null, permanent: null, workingBy }, rates);
  // Whichever part has its figures is counted; a part without them makes the seat's figure a "from".
  const add = (a: Money | null, b: Money | null) => (a && b ? money(a.min + b.min, a.max + b.max, a.orMore || b.orMore) : a ?? b ? { ...(a ?? b)!, orMore: true } : null);
  const yearly = add(lead.yearly, rest.yearly);
  const window = lead.inWindow ? add(lead.window, rest.window) : null;
  const partial = lead.partial || rest.partial || (yearly !== null && (lead.yearly === null || rest.yearly === null)) || (window !== null && (lead.window === null || rest.window === null));
  return { ...lead, yearly, window, missing: [...new Set([...lead.missing, ...rest.missing])], partial };
}

/** The cost of `row`'s seats all going its own way (approach, then). */
function routeCost(row: TimelineRow, rates: RoleRates): SeatCost {
  const basis = BASIS[row.then ? `${row.approach}>${row.then}` : row.approach]!;
  const inWindow = row.dating === 'dated';
  const needs = [...new Set([...NEEDS[basis].yearly, ...(inWindow ? NEEDS[basis].window : [])])];
  const missing: MissingRate[] = needs.filter((field) => rates[field] === undefined);
  const share = row.commitment === 'full-time' ? 1 : rates.share === undefined ? null : rates.share / 100;
  if (share === null && needs.length > 0) missing.push('share');
  const has = (fields: readonly ('salary' | 'monthly')[]) => fields.every((field) => rates[field] !== undefined) && (fields.length === 0 || share !== null);

  const people = row.count ?? { min: 1, max: 1, orMore: false };
  const part = share ?? 0;
  const salary = rates.salary ?? { min: 0, max: 0, orMore: false };
  const monthly = rates.monthly ?? 0;
  const orMore = Boolean(people.orMore) || (basis === 'salary' || basis === 'monthly-then-salary' ? salary.orMore : false);
  const perPerson = { min: people.min * part, max: people.max * part };

  const yearlyOf = (): Money => {
    if (basis === 'salary' || basis === 'monthly-then-salary') return money(salary.min * perPerson.min, salary.max * perPerson.max, orMore);
    if (basis === 'monthly') return money(monthly * 12 * perPerson.min, monthly * 12 * perPerson.max, orMore);
    return ZERO;
  };
  const windowOf = (): Money => {
    const working = row.workingBy!;
    if (basis === 'salary') return money((salary.min / 12) * perPerson.min * monthsFrom(working.to), (salary.max / 12) * perPerson.max * monthsFrom(working.from), orMore);
    if (basis === 'monthly' || basis === 'monthly-until-built') {
      const months = monthsFrom(working.from);
      return money(monthly * perPerson.min * months, monthly * perPerson.max * months, Boolean(people.orMore));
    }
    if (basis === 'monthly-then-salary') {
      // Augmented from its working month until the hire lands at `lands`, salaried from then.
      const lands = row.permanent!.workingBy!;
      const at = (month: number, pay: number, persons: number) => persons * (monthly * (Math.min(month, HORIZON_MONTHS + 1) - working.from) + (pay / 12) * monthsFrom(month));
      const low = [lands.from, lands.to].map((month) => at(month, salary.min, perPerson.min));
      const high = [lands.from, lands.to].map((month) => at(month, salary.max, perPerson.max));
      return money(Math.min(...low), Math.max(...high), orMore);
    }
    return ZERO;
  };
  // Augmented until hired, with the salary but no monthly rate: the hired months are known, the augmented ones are not.
  const hiredOnly = basis === 'monthly-then-salary' && inWindow && !has(NEEDS[basis].window) && has(['salary']);
  const hiredMonths = (): Money => {
    const lands = row.permanent!.workingBy!;
    return money((salary.min / 12) * perPerson.min * monthsFrom(lands.to), (salary.max / 12) * perPerson.max * monthsFrom(lands.from), true);
  };
  return {
    role: row.role,
    group: row.group,
    basis,
    yearly: has(NEEDS[basis].yearly) ? yearlyOf() : null,
    window: inWindow && has(NEEDS[basis].window) ? windowOf() : hiredOnly ? hiredMonths() : null,
    inWindow,
    missing,
    partial: hiredOnly,
  };
}

/**
 * A total over `seats`' figures (`figure`): the sum of those priced, read "from" while any is
 * missing or priced in part; `null` while some are missing and nothing is priced (a $0 there
 * would be a figure neither the answers nor an article gives).
 */
function totalOf(seats: readonly SeatCost[], figure: (seat: SeatCost) => Money | null): { total: Money | null; missing: RoleId[] } {
  const missing = seats.filter((seat) => figure(seat) === null || seat.partial).map((seat) => seat.role);
  const total = sum(seats.flatMap((seat) => figure(seat) ?? []));
  if (missing.length === 0) return { total, missing };
  return { total: total.max === 0 ? null : { ...total, orMore: true }, missing };
}

/** The plan's cost at `rates`: per seat, the now lane's yearly run rate and M1-M12. */
export function costOf(timeline: Timeline, rates: Rates): PlanCost {
  const seats = timeline.rows.map((row) => seatCost(row, rates.roles[row.role] ?? {}));
  const now = totalOf(seats.filter((seat) => seat.group === 'now'), (seat) => seat.yearly);
  const window = totalOf(seats.filter((seat) => seat.inWindow), (seat) => seat.window);
  return {
    currency: rates.currency,
    seats,
    now: { yearly: now.total, missing: now.missing },
    window: { ...window, undated: seats.filter((seat) => !seat.inWindow).map((seat) => seat.role) },
  };
}
