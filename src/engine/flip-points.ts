/**
 * Flip points: for each seat of a result, the smallest changes of one answer that would move
 * it to another group or out of the order ("answer No to Regulated: security moves from now
 * to next"). Found by trying every single-answer change against the rules, never written by
 * hand. A change that opens a conditional question (Prediction payoff: Yes asks about data)
 * is tried with each answer to it, after the one-answer changes.
 */
import {
  OPTIONS, QUESTION_IDS, canonicalHave, firstUnanswered, isComplete, withAnswer,
  type Answers, type CompleteAnswers, type InHouse, type QuestionId,
} from './answers.ts';
import type { Group, RoleId } from './ids.ts';
import { recommend } from './recommend.ts';
import { COVERED_BY } from './rules.ts';

/** One answer changed: a single choice set to `option`, or one `have` option ticked or unticked. */
export type AnswerChange =
  | { question: Exclude<QuestionId, 'have'>; kind: 'set'; option: string }
  | { question: 'have'; kind: 'add' | 'remove'; option: InHouse };

/** A neighbouring answer set: the changes that lead to it (one, or two when a question opens). */
export interface Neighbour {
  changes: AnswerChange[];
  answers: CompleteAnswers;
}

export interface FlipPoint {
  role: RoleId;
  changes: AnswerChange[];
  answers: CompleteAnswers;
  from: Group;
  /** The group it moves to; `null` when it leaves the order. */
  to: Group | null;
}

/** Where each seat of a result sits: role → group. */
export type Placements = ReadonlyMap<RoleId, Group>;

/** Flip points shown per seat, at most. */
const MAX_PER_ROLE = 3;

/**
 * Model version 3: the changes a flip point may suggest. A company does not move back a stage,
 * shrink, lose the data it has or leave its domain, so a flip point never sets an earlier stage,
 * a smaller size, `data_sufficiency` from yes to no, or another `regulated`.
 */
export function isAllowedChange(question: Exclude<QuestionId, 'have'>, from: string, to: string): boolean {
  if (question === 'regulated') return false;
  if (question === 'stage' || question === 'size') return OPTIONS[question].indexOf(to as never) > OPTIONS[question].indexOf(from as never);
  if (question === 'data_sufficiency') return from === 'no' && to === 'yes';
  return true;
}

/** Every answer set one allowed change away, one-answer changes first, in question and option order. */
export function neighboursOf(answers: CompleteAnswers): Neighbour[] {
  const single: Neighbour[] = [];
  const double: Neighbour[] = [];
  for (const question of QUESTION_IDS) {
    if (answers[question] === undefined) continue;
    if (question === 'have') {
      for (const option of OPTIONS.have) {
        const kind = answers.have.includes(option) ? 'remove' : 'add';
        const have = kind === 'add' ? canonicalHave([...answers.have, option]) : answers.have.filter((held) => held !== option);
        single.push({ changes: [{ question, kind, option }], answers: withAnswer(answers, 'have', have) as CompleteAnswers });
      }
      continue;
    }
    for (const option of OPTIONS[question]) {
      if (option === answers[question] || !isAllowedChange(question, answers[question] as string, option)) continue;
      const change: AnswerChange = { question, kind: 'set', option };
      const next = withAnswer(answers, question, option as never);
      if (isComplete(next)) single.push({ changes: [change], answers: next });
      else double.push(...completions(next, change));
    }
  }
  return [...single, ...double];
}

/** The ways to answer the one question a change opened. */
function completions(next: Answers, change: AnswerChange): Neighbour[] {
  const opened = firstUnanswered(next);
  if (opened === undefined || opened === 'have') return [];
  return OPTIONS[opened].flatMap((option) => {
    const answers = withAnswer(next, opened, option as never);
    return isComplete(answers) ? [{ changes: [change, { question: opened, kind: 'set' as const, option }], answers }] : [];
  });
}

/** Where each seat sits in the recommendation for `answers`. */
export function placementsOf(answers: CompleteAnswers): Placements {
  return new Map(recommend(answers).hireOrder.map((item) => [item.role, item.group]));
}

/**
 * The flip points of each seat in `current`: for each place a seat could move to (another
 * group, or out of the order), the first neighbour that moves it there, up to three per seat.
 * `place` can be swapped for a cached lookup (the exhaustive test does).
 */
export function flipPointsOf(answers: CompleteAnswers, current: Placements, place: (answers: CompleteAnswers) => Placements = placementsOf): Map<RoleId, FlipPoint[]> {
  return flipPointsAmong(current, neighboursOf(answers).map((neighbour) => ({ ...neighbour, placed: place(neighbour.answers) })));
}

/** A neighbour with its seats placed. */
export type PlacedNeighbour = Neighbour & { placed: Placements };

/** flipPointsOf over neighbours already placed, in neighboursOf's order (the result page places them a few at a time). */
export function flipPointsAmong(current: Placements, neighbours: readonly PlacedNeighbour[]): Map<RoleId, FlipPoint[]> {
  const found = new Map<RoleId, FlipPoint[]>([...current.keys()].map((role) => [role, []]));
  for (const neighbour of neighbours) {
    for (const [role, from] of current) {
      if (coversRole(neighbour.changes, role)) continue; // "tick AI engineers in-house" trivially removes the AI engineer
      const to = neighbour.placed.get(role) ?? null;
      const points = found.get(role)!;
      if (to === from || points.length >= MAX_PER_ROLE || points.some((point) => point.to === to)) continue;
      points.push({ role, changes: neighbour.changes, answers: neighbour.answers, from, to });
    }
  }
  return found;
}

/** Whether the changes tick the in-house group that holds `role` itself. */
function coversRole(changes: readonly AnswerChange[], role: RoleId): boolean {
  return changes.some((change) => change.question === 'have' && change.kind === 'add' && change.option !== 'devops' && COVERED_BY[change.option] === role);
}
