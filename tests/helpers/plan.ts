/** What the hiring plan's tests share: labels to build result documents with, and a founder's rates. */
import { RULES, type RuleId } from '../../src/engine/ids.ts';
import type { ResultLabels } from '../../src/content/labels.ts';
import { defaultRates, withRoleRate, type Rates } from '../../src/plan/rates.ts';
import { idLabels } from './labels.ts';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import type { HireItem } from '../../src/engine/recommendation.ts';
import type { TimelineRow } from '../../src/plan/timeline.ts';

/**
 * tests/helpers/labels.ts's id labels, with rule names built from the ids where that helper does
 * not give them yet (model version 3 added them to ResultLabels).
 */
export function planLabels(): ResultLabels {
  const labels: Partial<ResultLabels> & Omit<ResultLabels, 'rules'> = idLabels();
  const rules = labels.rules ?? (Object.fromEntries(Object.entries(RULES).map(([id, number]) => [id, { number, short: `Rule:${id}` }])) as Record<RuleId, { number: number; short: string }>);
  return { ...labels, rules };
}

/** The prefill plus a founder's own figures: a monthly rate and a share for MLOps, a salary range (with decimals) for the backend seat. */
export function ownRates(): Rates {
  let rates = withRoleRate(defaultRates(), 'mlops-engineer', 'monthly', 9000);
  rates = withRoleRate(rates, 'mlops-engineer', 'share', 50);
  return withRoleRate(rates, 'backend-engineer', 'salary', { min: 95_000.5, max: 130_000, orMore: false });
}

/**
 * Issue 16's timeline rules, restated (never computed with src/plan/timeline.ts): augment working
 * by its start month, hire 3-6 months after it, build open-ended; need-by from urgency or
 * production due at M6; next seats undated without production_soon=yes, later seats at scale.
 * Fidelity review 3: a part-time seat built from your own people (the founder or a product lead
 * holding rule 18's product owner) is held by someone on the team, so working from the month its
 * row starts and never flagged (N1); at a startup, rule 18's eval and frontend/design seats and
 * rule 3's ML engineer join as the team grows, so they get no month at any phase (N5).
 */
/** What a row must say, as a compact tuple: dating, search starts, working by, permanent seat, need-by, start now. */
export type Expected = { dating: string; searchStarts: number | null; workingBy: [number, number] | null; permanent: [number, number] | null | 'none'; needBy: number | null; startNow: boolean };

/**
 * domain.md rule 5 (version 3): the seats stages' table marks core at production, plus security
 * ("Add"). Only these are due when production is: a next seat the table brings in "as needed"
 * (data scientist, ML engineer) waits for the next phase, undated (fidelity review 4, P1).
 */
const DUE_WITH_PRODUCTION = ['ai-engineer', 'backend-engineer', 'ai-product-manager', 'data-engineer', 'mlops-engineer', 'eval-specialist', 'frontend-designer', 'security-governance'];

/** Rule 18 and rule 3 at a startup: the seats that join as the team grows. */
const JOIN_AS_THE_TEAM_GROWS = ['eval-specialist', 'frontend-designer', 'ml-engineer'];

/** The issue's rules, restated: the months a seat of `item`'s lane and approach gets for these answers. */
export function expectedRow(item: Pick<HireItem, 'role' | 'group' | 'approach' | 'then' | 'commitment'>, answers: CompleteAnswers): Expected {
  const productionAtM6 = answers.production_soon === 'yes';
  const undated = { searchStarts: null, workingBy: null, permanent: item.then ? null : 'none', needBy: null, startNow: false } as const;
  if (item.group === 'later') return { dating: 'at-scale', ...undated };
  if (item.group === 'next' && answers.size === 'startup' && JOIN_AS_THE_TEAM_GROWS.includes(item.role)) return { dating: 'team-grows', ...undated };
  if (item.group === 'next' && (!productionAtM6 || !DUE_WITH_PRODUCTION.includes(item.role))) return { dating: 'next-phase', ...undated };
  let needBy: number | null;
  if (item.group === 'now') needBy = answers.urgency === 'weeks' ? 1 : answers.urgency === 'quarter' ? 3 : productionAtM6 ? 6 : null;
  else needBy = 6;
  // An augmented next seat is brought in when production needs it; everything else starts at M1.
  const start = item.group === 'next' && item.approach === 'augment' ? 6 : 1;
  const heldInHouse = item.commitment === 'part-time' && item.approach === 'build' && item.then === null;
  const months = (approach: string): [number, number] | null => (approach === 'augment' ? [start, start] : approach === 'hire' ? [start + 3, start + 6] : null);
  const workingBy = heldInHouse ? [start, start] as [number, number] : months(item.approach);
  const startNow = needBy !== null && (workingBy === null || workingBy[1] > needBy);
  return { dating: 'dated', searchStarts: start, workingBy, permanent: item.then ? months(item.then) : 'none', needBy, startNow };
}

/** A timeline row in the compact shape `expectedRow` restates. */
export const shownRow = (row: TimelineRow): Expected => ({
  dating: row.dating,
  searchStarts: row.searchStarts,
  workingBy: row.workingBy && [row.workingBy.from, row.workingBy.to],
  permanent: row.permanent === null ? 'none' : row.permanent.workingBy && [row.permanent.workingBy.from, row.permanent.workingBy.to],
  needBy: row.needBy,
  startNow: row.startNow,
});
