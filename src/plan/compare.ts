/**
 * Two scenarios side by side (issue 16, item 5): the plan shown (A) and the same answers with
 * some changed (B), each a result document with its timeline, and what differs seat by seat.
 * A link opens both: `/result/?<A's answers>&compare=<B's answers, url-encoded>` (contract.md).
 * Nothing here is worked out again: each scenario is exactly the result document its answers give.
 */
import { QUESTION_IDS, isComplete, type Answers, type CompleteAnswers, type QuestionId } from '../engine/answers.ts';
import type { RoleId } from '../engine/ids.ts';
import { COMPARE_PARAM } from '../engine/plan-ids.ts';
import { recommend } from '../engine/recommend.ts';
import { parseAnswers, toQuery, type UrlProblem } from '../engine/url.ts';
import type { ResultLabels } from '../content/labels.ts';
import { resultDocument, type DocItem, type ResultDocument } from '../result/document.ts';
import { timelineOf, type Timeline, type TimelineRow } from './timeline.ts';

export { COMPARE_PARAM };

/** One scenario: its answers' result document and timeline. */
export interface Scenario {
  doc: ResultDocument;
  timeline: Timeline;
}

/** What differs about one seat between A and B. */
export type SeatDifference = 'only-a' | 'only-b' | 'lane' | 'count' | 'commitment' | 'approach' | 'timing';

export interface Comparison {
  a: Scenario;
  b: Scenario;
  /** The questions answered differently (in the order they are asked). */
  answers: QuestionId[];
  /** Every seat of either plan that differs, and how; a seat absent here is the same in both. */
  seats: ReadonlyMap<RoleId, SeatDifference[]>;
}

/** A scenario from complete answers. */
export function scenarioOf(answers: CompleteAnswers, labels: ResultLabels): Scenario {
  const doc = resultDocument(recommend(answers), labels);
  return { doc, timeline: timelineOf(doc) };
}

const sameAnswer = (a: Answers[QuestionId], b: Answers[QuestionId]) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const countKey = (item: DocItem) => JSON.stringify(item.count);
const timingKey = (row: TimelineRow) => JSON.stringify([row.dating, row.searchStarts, row.workingBy, row.permanent, row.needBy, row.startNow]);

/** How one seat differs between its item (and timeline row) in A and in B. */
function seatDifferences(a: { item: DocItem; row: TimelineRow }, b: { item: DocItem; row: TimelineRow }): SeatDifference[] {
  const found: SeatDifference[] = [];
  if (a.item.group !== b.item.group) found.push('lane');
  if (countKey(a.item) !== countKey(b.item)) found.push('count');
  if (a.item.commitment !== b.item.commitment) found.push('commitment');
  if (a.item.approach !== b.item.approach || a.item.then !== b.item.then) found.push('approach');
  if (timingKey(a.row) !== timingKey(b.row)) found.push('timing');
  return found;
}

/** The seats of a scenario by role, with their timeline rows. */
function seatsOf({ doc, timeline }: Scenario): Map<RoleId, { item: DocItem; row: TimelineRow }> {
  return new Map(doc.items.map((item, index) => [item.role, { item, row: timeline.rows[index]! }]));
}

/** A and B side by side, with every difference named. */
export function comparisonOf(a: CompleteAnswers, b: CompleteAnswers, labels: ResultLabels): Comparison {
  const scenarios = { a: scenarioOf(a, labels), b: scenarioOf(b, labels) };
  const inA = seatsOf(scenarios.a);
  const inB = seatsOf(scenarios.b);
  const seats = new Map<RoleId, SeatDifference[]>();
  for (const [role, seat] of inA) {
    const other = inB.get(role);
    const found = other ? seatDifferences(seat, other) : ['only-a' as const];
    if (found.length > 0) seats.set(role, found);
  }
  for (const role of inB.keys()) if (!inA.has(role)) seats.set(role, ['only-b']);
  return { ...scenarios, answers: QUESTION_IDS.filter((question) => !sameAnswer(a[question], b[question])), seats };
}

/** The query of a link that opens both: A's answers, then `compare=` with B's, url-encoded. */
export function compareQuery(a: CompleteAnswers, b: CompleteAnswers): string {
  return `${toQuery(a)}&${COMPARE_PARAM}=${encodeURIComponent(toQuery(b))}`;
}

/**
 * The B answers a link's `compare=` carries (read by the answers' codec, so the same rules and
 * messages apply), or `null` when it has none or they are incomplete. Never throws.
 */
export function parseCompare(query: string | URLSearchParams): { answers: CompleteAnswers | null; problems: UrlProblem[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const value = params.get(COMPARE_PARAM);
  if (value === null) return { answers: null, problems: [] };
  const { answers, problems } = parseAnswers(value);
  return { answers: isComplete(answers) ? answers : null, problems };
}
