/**
 * How often each piece of advice comes up over the whole answer space: where each role
 * lands (now / next / later / covered / absent), how many answer sets each rule and each
 * warning fires on. /how-it-works/ prints it at build time; nothing here is shipped to a
 * browser. A rule "fires" on an answer set when any reason of its recommendation names it.
 */
import type { CompleteAnswers } from './answers.ts';
import { allAnswerSets } from './answer-space.ts';
import { GROUPS, ROLE_IDS, RULES, WARNING_IDS, type Group, type RoleId, type RuleId, type WarningId } from './ids.ts';
import type { Reason, Recommendation } from './recommendation.ts';
import { recommend } from './recommend.ts';

/** Where a role can land in one result: a group of the hire order, covered in-house, or nowhere. */
export const PLACES = [...GROUPS, 'covered', 'absent'] as const;
export type Place = Group | 'covered' | 'absent';

/** Counts of answer sets, out of `total`. */
export interface Coverage {
  /** How many answer sets were counted. */
  total: number;
  /** Per role, how many answer sets put it in each place (the five add up to `total`). */
  places: Record<RoleId, Record<Place, number>>;
  /** Per rule, how many answer sets have at least one reason from it. */
  rules: Record<RuleId, number>;
  /** Per warning, how many answer sets raise it. */
  warnings: Record<WarningId, number>;
}

const RULE_IDS = Object.keys(RULES) as RuleId[];
const indexOf = <K extends string>(keys: readonly K[]): Map<K, number> => new Map(keys.map((key, index) => [key, index]));
const ROLE_INDEX = indexOf(ROLE_IDS);
const PLACE_INDEX = indexOf<Place>(PLACES);
const RULE_INDEX = indexOf(RULE_IDS);
const WARNING_INDEX = indexOf(WARNING_IDS);
const ABSENT = PLACE_INDEX.get('absent')!;

/** Calls `visit` with every reason a recommendation gives, wherever the result shows it. */
export function forEachReason(r: Recommendation, visit: (reason: Reason) => void): void {
  for (const item of r.hireOrder) item.reasons.forEach(visit);
  for (const role of r.covered) role.reasons.forEach(visit);
  if (r.coveredReason) visit(r.coveredReason);
  for (const warning of r.warnings) visit(warning.reason);
  r.notes.forEach(visit);
  for (const use of r.approaches) {
    visit(use.reason);
    if (use.note) visit(use.note);
  }
  for (const row of r.scorecard.rows) visit(row.reason);
  if (r.scorecard.note) visit(r.scorecard.note);
  visit(r.structure.reason);
  if (r.structure.whenHub) visit(r.structure.whenHub);
  for (const option of r.structure.options) {
    visit(option.summary);
    visit(option.failureMode);
  }
  visit(r.headcount.reason);
  for (const disagreement of r.disagreements) visit(disagreement.other);
  r.collaboration?.forEach(visit);
  r.ownershipZones?.forEach(visit);
  visit(r.maturity.reason);
}

/** A running count: `add` one recommendation at a time, read the `coverage` at the end. */
export interface CoverageTally {
  add(r: Recommendation): void;
  coverage(): Coverage;
}

/**
 * A tally of recommendations. It runs 580,608 times per build, so it counts into typed
 * arrays by index (and rules into a bit mask, each once per answer set) and builds the
 * readable records only at the end.
 */
export function coverageTally(): CoverageTally {
  let total = 0;
  const places = new Uint32Array(ROLE_IDS.length * PLACES.length);
  const rules = new Uint32Array(RULE_IDS.length);
  const warnings = new Uint32Array(WARNING_IDS.length);
  const placeOfRole = new Int8Array(ROLE_IDS.length);
  let fired = 0;
  const fire = (reason: Reason) => {
    fired |= 1 << RULE_INDEX.get(reason.rule)!;
  };
  return {
    add(r) {
      total += 1;
      placeOfRole.fill(ABSENT);
      for (const item of r.hireOrder) placeOfRole[ROLE_INDEX.get(item.role)!] = PLACE_INDEX.get(item.group)!;
      for (const role of r.covered) placeOfRole[ROLE_INDEX.get(role.role)!] = PLACE_INDEX.get('covered')!;
      placeOfRole.forEach((place, role) => {
        places[role * PLACES.length + place]! += 1;
      });
      fired = 0;
      forEachReason(r, fire);
      for (let rule = 0; rule < RULE_IDS.length; rule += 1) if (fired & (1 << rule)) rules[rule]! += 1;
      for (const warning of r.warnings) warnings[WARNING_INDEX.get(warning.id)!]! += 1;
    },
    coverage: () => ({
      total,
      places: Object.fromEntries(ROLE_IDS.map((role, index) => [role, Object.fromEntries(PLACES.map((place, offset) => [place, places[index * PLACES.length + offset]!]))])) as Coverage['places'],
      rules: Object.fromEntries(RULE_IDS.map((rule, index) => [rule, rules[index]!])) as Coverage['rules'],
      warnings: Object.fromEntries(WARNING_IDS.map((warning, index) => [warning, warnings[index]!])) as Coverage['warnings'],
    }),
  };
}

/** The coverage of some answer sets. */
export function coverageOf(answerSets: Iterable<CompleteAnswers>): Coverage {
  const tally = coverageTally();
  for (const answers of answerSets) tally.add(recommend(answers));
  return tally.coverage();
}

let wholeSpace: Coverage | undefined;

/** The coverage of all 580,608 answer sets, computed once per process (it takes seconds). */
export function answerSpaceCoverage(): Coverage {
  wholeSpace ??= coverageOf(allAnswerSets());
  return wholeSpace;
}
