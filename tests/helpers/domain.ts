/** Test helpers in the domain's words: build answer sets, read a hire order. */
import { dropInapplicable, isComplete, type Answers, type CompleteAnswers } from '../../src/engine/answers.ts';
import type { Group, RoleId } from '../../src/engine/ids.ts';
import type { HireItem, Recommendation } from '../../src/engine/recommendation.ts';

/** A pilot startup building agents on foundation models, nobody in-house, a quarter to hire. */
export const BASE_ANSWERS: CompleteAnswers = {
  stage: 'pilot',
  size: 'startup',
  predictive_roi: 'no',
  integration_speed: 'yes',
  agentic: 'yes',
  production_soon: 'no',
  regulated: 'no',
  have: [],
  urgency: 'quarter',
};

/**
 * BASE_ANSWERS with some changed. Conditional questions follow the tree: answers that no
 * longer apply are dropped, and one that now applies takes `data_sufficiency: 'yes'` or
 * `production_soon: 'no'` unless given.
 */
export function answersWith(changes: Answers): CompleteAnswers {
  const merged: Answers = { ...BASE_ANSWERS, data_sufficiency: 'yes', ...changes };
  const { answers } = dropInapplicable(merged);
  if (!isComplete(answers)) throw new Error(`incomplete test answers: ${JSON.stringify(answers)}`);
  return answers;
}

/** The roles of the hire order, in order. */
export const rolesOf = (recommendation: Recommendation): RoleId[] => recommendation.hireOrder.map((item) => item.role);

/** The roles of one group, in order. */
export const rolesIn = (recommendation: Recommendation, group: Group): RoleId[] =>
  recommendation.hireOrder.filter((item) => item.group === group).map((item) => item.role);

/** The hire-order item of a role, or undefined. */
export const itemOf = (recommendation: Recommendation, role: RoleId): HireItem | undefined =>
  recommendation.hireOrder.find((item) => item.role === role);

/** The reason ids behind a role's placement. */
export const reasonIdsOf = (recommendation: Recommendation, role: RoleId): string[] =>
  itemOf(recommendation, role)?.reasons.map((reason) => reason.id) ?? [];

/** The warning ids of a recommendation, in order. */
export const warningIdsOf = (recommendation: Recommendation): string[] => recommendation.warnings.map((warning) => warning.id);
