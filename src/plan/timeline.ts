/**
 * The hiring plan's timeline (issue 16, item 1): one row per seat of the hire order over months
 * M1-M12, counted from "when you start" (no calendar dates, so a shared link reads the same any
 * day). Every month shown rests on one of four things, named in `basis`:
 *
 * - augment: working in the month its search starts: stages says augmentation stands up a team
 *   "in weeks" (`stages-in-weeks`);
 * - hire: working 3-6 months after its search starts, M4-M7 from M1: ops-guide's time to hire
 *   core roles and set up the infrastructure (`ops-guide-3-6-months`);
 * - build: open-ended, stages calls it the slowest route and gives no figure (`no-figure`);
 *   but a part-time seat built from your own people (rule 18's product owner, held by the
 *   founder or a product lead) is held by someone on the team from the start: working when its
 *   row starts, never flagged (`held-in-house`; fidelity review 3, N1);
 * - the need-by months, from the founder's own answers: urgency weeks M1, quarter M3, flexible
 *   none; a pilot heading for production within about six months has production due at M6.
 *
 * Dating (docs/decisions/0020): now seats start at M1. Next-lane seats are dated only when
 * production is due at M6 (`production_soon=yes`) and stages' seat table (engine/seat-table.ts)
 * staffs the seat at production (core, or security's "add"): they are needed by then, an augmented
 * one is brought in at M6, a hired or built one starts at M1 (it cannot promise M6 any later). A
 * next seat the table brings in only "as needed" at production (the data scientist, the ML
 * engineer) is not due with the launch, so it reads "when you reach the next phase", unflagged
 * (fidelity review 4, P1). Without that answer nothing dates the next phase, so next seats are
 * undated ("when you reach the next phase") rather than given an invented month; later seats are
 * "at scale", undated. The seats a
 * startup adds as its team grows (rule 18, engine/seats.ts) wait for that, not for the launch:
 * undated ("when the team grows") at any phase (fidelity review 3, N5).
 */
import type { CompleteAnswers } from '../engine/answers.ts';
import type { Approach, Commitment, Group, RoleId, SourceId } from '../engine/ids.ts';
import type { Headcount, HireItem, Recommendation } from '../engine/recommendation.ts';
import type { ResultDocument } from '../result/document.ts';
import { joinsAsTheTeamGrows } from '../engine/seats.ts';
import { isSeatTableRole, isStaffedSeat } from '../engine/seat-table.ts';

/** The window the plan is drawn over, and costed over: M1-M12. */
export const HORIZON_MONTHS = 12;

/** What a figure rests on. The wording (content/plan.json) names the source beside it. */
export type FigureBasis = 'stages-in-weeks' | 'ops-guide-3-6-months' | 'no-figure' | 'held-in-house';

/** The article behind each basis (a seat held in-house: stages' short version, whose pilot team has a product owner). */
export const FIGURE_SOURCES: Record<FigureBasis, SourceId> = {
  'stages-in-weeks': 'stages',
  'ops-guide-3-6-months': 'ops-guide',
  'no-figure': 'stages',
  'held-in-house': 'stages',
};

/** Months from the start of a seat's search to the seat working, by approach; `null`: no figure given. */
const LEAD_MONTHS: Record<Approach, { min: number; max: number; basis: FigureBasis } | null> = {
  augment: { min: 0, max: 0, basis: 'stages-in-weeks' },
  hire: { min: 3, max: 6, basis: 'ops-guide-3-6-months' },
  build: null,
};
const BASIS: Record<Approach, FigureBasis> = { augment: 'stages-in-weeks', hire: 'ops-guide-3-6-months', build: 'no-figure' };

/** A part-time seat built from your own people is held by someone on the team from the start, not grown (fidelity review 3, N1). */
const isHeldInHouse = (seat: Pick<Seat, 'commitment' | 'approach' | 'then'>) => seat.commitment === 'part-time' && seat.approach === 'build' && seat.then === null;

/** A next seat production's launch needs: one stages' table staffs at production (not an "as needed" one). */
const isDueWithProduction = (role: RoleId) => isSeatTableRole(role) && isStaffedSeat(role, 'production');

/** The month a seat is needed by, from the answers: urgency weeks M1, quarter M3, flexible none. */
const URGENCY_NEED_BY: Record<CompleteAnswers['urgency'], number | null> = { weeks: 1, quarter: 3, flexible: null };
/** A pilot heading for production "within about 6 months" (question 7) has production due at M6. */
export const PRODUCTION_DUE_MONTH = 6;

/** A month range, inclusive: M4-M7 is `{ from: 4, to: 7 }`; M1 is `{ from: 1, to: 1 }`. */
export interface MonthRange {
  from: number;
  to: number;
}

/** How a row is placed in time: in months, or undated because nothing in the answers dates it. */
export type Dating = 'dated' | 'next-phase' | 'team-grows' | 'at-scale';

export interface TimelineRow {
  role: RoleId;
  group: Group;
  /** Rule 10's count (`null`: one seat), carried for the cost. */
  count: Headcount | null;
  /** Part-time seats are drawn as such. */
  commitment: Commitment;
  approach: Approach;
  then: Approach | null;
  /** The seats after the lead's go this way (grown or brought in), costed apart (fidelity review 3, N2). */
  afterLead: Approach | null;
  dating: Dating;
  /** The month the search (or the bringing in, or the growing) starts; `null` when undated. */
  searchStarts: number | null;
  /** When the seat is working through its first approach; `null` when undated or built (open-ended). */
  workingBy: MonthRange | null;
  /** What `workingBy` rests on (for an undated row: what it would rest on once started). */
  basis: FigureBasis;
  /** For a seat that changes route (augment, then hire or build): when the permanent seat lands. */
  permanent: { workingBy: MonthRange | null; basis: FigureBasis } | null;
  /** The month the seat is needed by, and why; `null` when nothing in the answers gives one. */
  needBy: number | null;
  needByBasis: 'urgency' | 'production-due' | null;
  /** Even started now, the seat may not be working by its need-by (an open-ended build never promises it). */
  startNow: boolean;
}

export interface Timeline {
  horizonMonths: typeof HORIZON_MONTHS;
  /** M6 when a pilot heads for production within about six months, else `null`. */
  productionDue: number | null;
  rows: TimelineRow[];
}

type Seat = Pick<HireItem, 'role' | 'group' | 'count' | 'commitment' | 'approach' | 'then' | 'afterLead'>;

/** The seats of a recommendation (`hireOrder`) or of a result document (`items`), in order. */
const seatsOf = (plan: Recommendation | ResultDocument): readonly Seat[] => ('hireOrder' in plan ? plan.hireOrder : plan.items);

/** Working-by months for `approach` when its search starts at `start`; `null` for a build. */
export function workingFrom(approach: Approach, start: number): MonthRange | null {
  const lead = LEAD_MONTHS[approach];
  return lead && { from: start + lead.min, to: start + lead.max };
}

/** The need-by month of a seat in `group`, and its basis. */
function needByOf(group: Group, answers: CompleteAnswers, productionDue: number | null): Pick<TimelineRow, 'needBy' | 'needByBasis'> {
  const urgency = URGENCY_NEED_BY[answers.urgency];
  // A now seat is needed no later than a next seat: by the urgency's month, or production's if earlier.
  if (group === 'now' && urgency !== null && (productionDue === null || urgency <= productionDue)) return { needBy: urgency, needByBasis: 'urgency' };
  if (group !== 'later' && productionDue !== null) return { needBy: productionDue, needByBasis: 'production-due' };
  return { needBy: null, needByBasis: null };
}

/** One row: when the seat's search starts, when it works, when it is needed, and whether to start now. */
function rowOf(seat: Seat, answers: CompleteAnswers, productionDue: number | null): TimelineRow {
  const held = isHeldInHouse(seat);
  const base = { role: seat.role, group: seat.group, count: seat.count, commitment: seat.commitment, approach: seat.approach, then: seat.then, afterLead: seat.afterLead, basis: held ? 'held-in-house' as const : BASIS[seat.approach] };
  const dating: Dating = seat.group === 'now' ? 'dated'
    : seat.group === 'later' ? 'at-scale'
      : joinsAsTheTeamGrows(seat.role, answers) ? 'team-grows'
        : productionDue !== null && isDueWithProduction(seat.role) ? 'dated' : 'next-phase';
  if (dating !== 'dated') {
    return { ...base, dating, searchStarts: null, workingBy: null, permanent: seat.then && { workingBy: null, basis: BASIS[seat.then] }, needBy: null, needByBasis: null, startNow: false };
  }
  const need = needByOf(seat.group, answers, productionDue);
  // Augmentation takes weeks, so a next seat is brought in when it is needed; anything slower starts at M1.
  const start = seat.group === 'next' && seat.approach === 'augment' && need.needBy !== null ? need.needBy : 1;
  const workingBy = held ? { from: start, to: start } : workingFrom(seat.approach, start);
  const permanent = seat.then && { workingBy: workingFrom(seat.then, start), basis: BASIS[seat.then] };
  const startNow = need.needBy !== null && (workingBy === null || workingBy.to > need.needBy);
  return { ...base, dating, searchStarts: start, workingBy, permanent, ...need, startNow };
}

/** The timeline of a plan: one row per seat of the hire order, in order. */
export function timelineOf(plan: Recommendation | ResultDocument): Timeline {
  const productionDue = plan.answers.production_soon === 'yes' ? PRODUCTION_DUE_MONTH : null;
  return { horizonMonths: HORIZON_MONTHS, productionDue, rows: seatsOf(plan).map((seat) => rowOf(seat, plan.answers, productionDue)) };
}
