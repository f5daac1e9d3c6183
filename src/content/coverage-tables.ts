/**
 * The coverage of the answer space (engine/coverage.ts) as the rows /how-it-works/ prints:
 * names beside counts, shares written with one decimal. Pure, so a test can rebuild the same
 * rows from a fresh count and compare them with the built page.
 */
import { ROLE_IDS, RULES, WARNING_IDS, type RoleId, type RuleId, type WarningId } from '../engine/ids.ts';
import { PLACES, type Coverage, type Place } from '../engine/coverage.ts';
import wording from '../../content/how-it-works.json' with { type: 'json' };

/** A whole number as the page writes it: 580,608. */
export function countText(count: number): string {
  return count.toLocaleString('en-US');
}

/**
 * A share of `total` with one decimal ("48.6%"). Only an exact zero reads "never" (the page's word) and only
 * the whole reads "100%": a share that rounds to either end is written "<0.1%" or ">99.9%",
 * so a rare placement never looks impossible, nor a common one certain.
 */
export function shareText(count: number, total: number): string {
  if (count === 0) return wording.coverage.never;
  if (count === total) return '100%';
  const percent = (100 * count) / total;
  if (percent < 0.05) return '<0.1%';
  if (percent >= 99.95) return '>99.9%';
  return `${percent.toFixed(1)}%`;
}

/** One rule or warning: how many answer sets it fires on. */
export interface FiringRow<Id extends string> {
  id: Id;
  name: string;
  count: string;
  share: string;
}

/** What the page prints. */
export interface CoverageTables {
  /** The number of answer sets, written out. */
  total: string;
  /** One row per role (ROLE_IDS order): the share in each place. */
  places: { role: RoleId; name: string; cells: Record<Place, string> }[];
  /** Roles the hire order never holds (the page says so; none is expected). */
  neverOrdered: RoleId[];
  /** Rules in number order, the seat table last. */
  rules: (FiringRow<RuleId> & { number: number })[];
  /** Warnings in WARNING_IDS order. */
  warnings: FiringRow<WarningId>[];
}

/** The names the rows carry. */
export interface CoverageNames {
  roles: Record<RoleId, string>;
  rules: Record<RuleId, string>;
  warnings: Record<WarningId, string>;
}

/** Rule ids, numbered ones in order and the unnumbered seat table last. */
const RULE_ORDER = (Object.keys(RULES) as RuleId[]).sort((a, b) => (RULES[a] || 99) - (RULES[b] || 99));

/** The page's rows for `coverage`. */
export function coverageTables(coverage: Coverage, names: CoverageNames): CoverageTables {
  const share = (count: number) => shareText(count, coverage.total);
  const row = <Id extends string>(id: Id, name: string, count: number): FiringRow<Id> => ({ id, name, count: countText(count), share: share(count) });
  return {
    total: countText(coverage.total),
    places: ROLE_IDS.map((role) => ({
      role,
      name: names.roles[role],
      cells: Object.fromEntries(PLACES.map((place) => [place, share(coverage.places[role][place])])) as Record<Place, string>,
    })),
    neverOrdered: ROLE_IDS.filter((role) => coverage.places[role].now + coverage.places[role].next + coverage.places[role].later === 0),
    rules: RULE_ORDER.map((id) => ({ ...row(id, names.rules[id], coverage.rules[id]), number: RULES[id] })),
    warnings: WARNING_IDS.map((id) => row(id, names.warnings[id], coverage.warnings[id])),
  };
}
