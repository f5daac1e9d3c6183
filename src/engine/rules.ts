/**
 * The rules of domain.md as small named pure functions, each written once. Placement of
 * seats (which group each role goes in) is in seats.ts; assembly and order in recommend.ts.
 */
import type { CompleteAnswers, InHouse, QuestionId, Size, Stage } from './answers.ts';
import type { Approach, Phase, RoleId, StructureId } from './ids.ts';
import type { Headcount } from './recommendation.ts';

/** domain.md "Phase": which column of stages' seat table applies. */
export function phaseOf(stage: Stage): Phase {
  if (stage === 'exploring' || stage === 'pilot') return 'pilot';
  if (stage === 'production' || stage === 'expanding') return 'production';
  return 'scale';
}

/** Rule 5: a pilot heading for production within about six months. */
export function isHeadingToProduction(answers: CompleteAnswers): boolean {
  return answers.production_soon === 'yes';
}

/** Rule 5 and 7: production is here or near, so MLOps, governed data and security are due now. */
export function isProductionDue(answers: CompleteAnswers): boolean {
  return phaseOf(answers.stage) !== 'pilot' || isHeadingToProduction(answers);
}

/** The question that makes production due, for "because you answered …". */
export function productionTrigger(answers: CompleteAnswers): QuestionId {
  return phaseOf(answers.stage) === 'pilot' ? 'production_soon' : 'stage';
}

/** Rule 3: an ML engineer belongs in the order only with a valuable predictive task and the data for it. */
export function isCustomMlJustified(answers: CompleteAnswers): boolean {
  return answers.predictive_roi === 'yes' && answers.data_sufficiency === 'yes';
}

/** Rule 2's answers: the four ai-vs-ml questions all leaning to a custom-trained model. */
const CUSTOM_MODEL_ANSWERS = { predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no' } as const;

/** Rule 2: all four ai-vs-ml questions point to ML, so the ML engineer may come first. */
export function isCustomModelProduct(answers: CompleteAnswers): boolean {
  return answersAgainstCustomModel(answers).length === 0;
}

/** Rule 1: the ai-vs-ml questions whose answers rule out a custom-model product (so AI engineer first). */
export function answersAgainstCustomModel(answers: CompleteAnswers): QuestionId[] {
  return (Object.keys(CUSTOM_MODEL_ANSWERS) as (keyof typeof CUSTOM_MODEL_ANSWERS)[]).filter(
    (question) => answers[question] !== CUSTOM_MODEL_ANSWERS[question] && (question !== 'data_sufficiency' || answers.predictive_roi === 'yes'),
  );
}

/** Rule 9: the seat each in-house group already holds (`devops` holds none: MLOps is a build). */
export const COVERED_BY: Record<Exclude<InHouse, 'devops'>, RoleId> = {
  software: 'backend-engineer',
  data: 'data-engineer',
  product: 'ai-product-manager',
  design: 'frontend-designer',
  'data-science': 'data-scientist',
  ml: 'ml-engineer',
  ai: 'ai-engineer',
};

/** Rule 9: whether someone in-house holds this role's seat. */
export function inHouseHolder(role: RoleId, have: readonly InHouse[]): InHouse | undefined {
  return have.find((group) => group !== 'devops' && COVERED_BY[group] === role);
}

/** Rule 10 (ai-vs-ml org models): how many of a role the sources suggest at a company size. */
export function suggestedCount(role: RoleId, answers: CompleteAnswers): Headcount | null {
  const size: Size = answers.size;
  if (role === 'ai-engineer') return { startup: { min: 1, max: 2 }, growth: { min: 3, max: 5 }, enterprise: { min: 8, max: 12 } }[size];
  if (role === 'ml-engineer') {
    if (!isCustomMlJustified(answers)) return null; // rule 3: no ML seat to size without ROI and data
    if (size === 'enterprise') return { min: 2, max: 3 };
    if (size === 'growth') return { min: 1, max: 1 };
    return isCustomModelProduct(answers) ? { min: 1, max: 1 } : null;
  }
  if (role === 'inference-engineer' && size === 'enterprise') {
    // 1-2 AI infrastructure engineers, plus 1-2 ML infrastructure ones where custom models exist.
    return isCustomMlJustified(answers) ? { min: 2, max: 4 } : { min: 1, max: 2 };
  }
  return null;
}

/** Rule 11 (stages' build/hire/augment table): how to fill the first seat of a role. */
export function approachFor(role: RoleId, answers: CompleteAnswers): Approach {
  if (role === 'ai-engineer' || role === 'ai-product-manager') return 'hire';
  if (role === 'ml-engineer' && isCustomModelProduct(answers)) return 'hire';
  if (role === 'mlops-engineer' && answers.have.includes('devops')) return 'build';
  return answers.urgency === 'weeks' ? 'augment' : 'hire';
}

/** Rule 11: AI engineers after the lead are upskilled engineers (flexible) or augmented (weeks). */
export function laterSeatsApproachFor(role: RoleId, answers: CompleteAnswers): Approach | null {
  if (role !== 'ai-engineer' || (suggestedCount(role, answers)?.max ?? 1) < 2) return null;
  if (answers.urgency === 'weeks') return 'augment';
  if (answers.urgency === 'flexible' && answers.have.includes('software')) return 'build';
  return null;
}

/** Rule 12 (ownership): centralized while one team ships, hub-and-spoke once several do. */
export function structureFor(stage: Stage): StructureId {
  if (stage === 'expanding') return 'hub-and-spoke';
  if (stage === 'scale') return 'hub-and-spoke-with-feature';
  return 'centralized';
}

/** Rule 10: team size by phase (stages). */
export const HEADCOUNT_BY_PHASE: Record<Phase, Headcount> = {
  pilot: { min: 2, max: 5 },
  production: { min: 6, max: 12 },
  scale: { min: 12, max: 30, orMore: true },
};

/** Rule 10: ops-guide's specialist counts, shown beside stages' band (none for growth). */
export const SPECIALISTS_BY_SIZE: Partial<Record<Size, Headcount>> = {
  startup: { min: 3, max: 5 },
  enterprise: { min: 10, max: 30 },
};
