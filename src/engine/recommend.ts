/**
 * Answers → recommendation: the hire order in groups now / next / later, covered roles,
 * warnings, scorecard, team structure and headcount (domain.md, rules 1-14).
 *
 *   import { recommend } from './src/engine/recommend.ts';
 *   recommend({ stage: 'pilot', size: 'startup', predictive_roi: 'no', … })
 */
import type { CompleteAnswers } from './answers.ts';
import { GROUPS, ROLE_IDS, type RoleId } from './ids.ts';
import type { CoveredRole, HireItem, Reason, Recommendation } from './recommendation.ts';
import { reason } from './texts.ts';
import { MODEL_VERSION } from './version.ts';
import { PLACE_SEAT, type Placement } from './seats.ts';
import { warningsFor } from './warnings.ts';
import { scorecardFor } from './scorecard.ts';
import { headcountOf, structureOf } from './team.ts';
import {
  COVERED_BY, approachFor, inHouseHolder, isCustomMlJustified, isCustomModelProduct, laterSeatsApproachFor, phaseOf, suggestedCount,
} from './rules.ts';

/**
 * Order within a group, before the special cases of rankOf. Data engineering precedes data
 * science (rule 6) and the AI engineer precedes the ML engineer (rule 1) by position here.
 */
const BASE_ORDER: RoleId[] = [
  'ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'domain-expert', 'ai-product-manager',
  'backend-engineer', 'eval-specialist', 'frontend-designer', 'ml-engineer', 'data-scientist', 'inference-engineer',
];

/** Ranks of the special cases: below every BASE_ORDER position, so first in their group. */
const FIRST = { mlEngineerForCustomModel: -1, mlopsAtProduction: -2, regulatedSecurityInNext: -3 } as const;

/** A role's rank within its group; lower comes first. */
function rankOf(role: RoleId, group: string, answers: CompleteAnswers): number {
  // Rule 2: the ML engineer may come first when the product is a custom model.
  if (role === 'ml-engineer' && isCustomModelProduct(answers)) return FIRST.mlEngineerForCustomModel;
  // Rule 5: at production or scale MLOps leads the order unless an AI engineer is missing
  // (it even precedes rule 2's ML engineer then).
  if (role === 'mlops-engineer' && phaseOf(answers.stage) !== 'pilot' && inHouseHolder('ai-engineer', answers.have)) return FIRST.mlopsAtProduction;
  // Rule 7: a regulated pilot not yet heading to production gets security first in next.
  if (role === 'security-governance' && answers.regulated === 'yes' && group === 'next') return FIRST.regulatedSecurityInNext;
  // Without regulation, security is the last of a phase's additions: right after design.
  if (role === 'security-governance' && answers.regulated === 'no') return BASE_ORDER.indexOf('frontend-designer') + 0.5;
  return BASE_ORDER.indexOf(role);
}

/** Rule 10: the count sentence for AI engineers at this size. */
function aiEngineerCountReason(answers: CompleteAnswers): Reason {
  return reason(`ai-engineers-${answers.size}`, 'counts-by-size', ['size']);
}

/** Rule 11: why this approach. */
function approachReasons(item: Omit<HireItem, 'reasons'>, answers: CompleteAnswers): Reason[] {
  const reasons: Reason[] = [];
  const anchor = item.role === 'ai-engineer' || item.role === 'ai-product-manager' || (item.role === 'ml-engineer' && isCustomModelProduct(answers));
  if (item.approach === 'hire') reasons.push(anchor ? reason('anchor-hire', 'approach-per-seat') : reason('hire-with-time', 'approach-per-seat', ['urgency']));
  if (item.approach === 'augment' || item.laterSeatsApproach === 'augment') reasons.push(reason('augment-for-speed', 'approach-per-seat', ['urgency']));
  if (item.laterSeatsApproach === 'build') reasons.push(reason('build-from-engineers', 'approach-per-seat', ['have', 'urgency']));
  return reasons;
}

/** One hire-order item from a placement. */
function toHireItem(role: RoleId, placement: Placement, answers: CompleteAnswers): HireItem {
  const item = {
    role,
    group: placement.group,
    count: suggestedCount(role, answers),
    approach: approachFor(role, answers),
    laterSeatsApproach: laterSeatsApproachFor(role, answers),
  };
  const countReasons = role === 'ai-engineer' ? [aiEngineerCountReason(answers)] : [];
  return { ...item, reasons: [...placement.reasons, ...countReasons, ...approachReasons(item, answers)] };
}

/** Rule 9: the seats people in-house already hold, with the counts sources suggest. */
function coveredRolesOf(answers: CompleteAnswers): CoveredRole[] {
  return answers.have.flatMap((group): CoveredRole[] => {
    if (group === 'devops') return [];
    const role = COVERED_BY[group];
    const reasons = [reason('covered-in-house', 'already-in-house', ['have'])];
    if (group === 'product') reasons.push(reason('product-needs-ai-fluency', 'already-in-house', ['have']));
    if (group === 'ai') reasons.push(aiEngineerCountReason(answers));
    if (group === 'ml' && answers.size !== 'startup' && isCustomMlJustified(answers)) reasons.push(reason('ml-ratio-to-ai-engineers', 'ml-needs-roi-and-data', ['size']));
    return [{ role, by: group, suggestedCount: suggestedCount(role, answers), reasons }];
  });
}

/** The recommendation for a complete answer set. */
export function recommend(answers: CompleteAnswers): Recommendation {
  const placed = ROLE_IDS.flatMap((role) => {
    if (inHouseHolder(role, answers.have)) return [];
    const placement = PLACE_SEAT[role](answers);
    return placement ? [toHireItem(role, placement, answers)] : [];
  });
  const hireOrder = placed.sort(
    (a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || rankOf(a.role, a.group, answers) - rankOf(b.role, b.group, answers),
  );
  const notes = answers.predictive_roi === 'no' && phaseOf(answers.stage) === 'scale'
    ? [reason('ml-only-if-worth-it', 'ml-needs-roi-and-data', ['predictive_roi'])]
    : [];
  return {
    modelVersion: MODEL_VERSION,
    answers,
    phase: phaseOf(answers.stage),
    hireOrder,
    covered: coveredRolesOf(answers),
    warnings: warningsFor(answers),
    notes,
    scorecard: scorecardFor(answers),
    structure: structureOf(answers),
    headcount: headcountOf(answers),
  };
}
