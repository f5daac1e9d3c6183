/**
 * The words of the hiring plan (content/plan.json, checked by src/content/schemas/plan-wording.ts).
 * Values are plain text: renderers put them in text nodes, the CSV neutralises every cell.
 */
import wording from '../../content/plan.json' with { type: 'json' };
import type { Money } from './cost.ts';
import type { MonthRange } from './timeline.ts';
import { fill } from '../content/fill.ts';

export type PlanWording = typeof wording;
export const PLAN_WORDING: PlanWording = wording;
export { fill };

/** "M3". */
export const monthText = (month: number) => fill(PLAN_WORDING.timeline.month, { month });

/** "M4-M7", or "M1" for a single month. */
export const rangeText = (range: MonthRange) => (range.from === range.to ? monthText(range.from) : fill(PLAN_WORDING.timeline.range, { from: range.from, to: range.to }));

/** "120000-250000+" or "150000": an amount or range as plain digits (the page formats money itself). */
export function amountText(amount: { min: number; max: number; orMore: boolean }): string {
  const range = amount.min === amount.max ? `${amount.min}` : `${amount.min}-${amount.max}`;
  return amount.orMore ? fill(PLAN_WORDING.cost.orMore, { amount: range }) : range;
}

/** Money in `currency` as the browser writes it ("$240,000"); no exchange rate, no conversion. */
export function moneyFormat(currency: string): (value: number) => string {
  try {
    const format = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 });
    return (value) => format.format(value);
  } catch {
    return (value) => `${currency} ${value}`;
  }
}

/** A total with an open top reads "from <lowest>"; otherwise "<min> to <max>" or one figure; no total (`null`) reads as no figure yet. */
export function totalText(total: Money | null, format: (value: number) => string = String): string {
  if (total === null) return PLAN_WORDING.cost.noFigure;
  if (total.orMore) return fill(PLAN_WORDING.cost.from, { amount: format(total.min) });
  return total.min === total.max ? format(total.min) : fill(PLAN_WORDING.cost.range, { min: format(total.min), max: format(total.max) });
}
