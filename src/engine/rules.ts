/**
 * The conditions the rules of domain.md share, each a small named pure function written
 * once. What each rule places is in seats.ts (placement), counts.ts (how many),
 * approach.ts (build / hire / augment) and the other modules recommend.ts assembles.
 */
import { isApplicable, type CompleteAnswers, type InHouse, type Stage } from './answers.ts';
import type { Phase, RoleId } from './ids.ts';

/** domain.md "Phase": which column of stages' seat table applies. */
export function phaseOf(stage: Stage): Phase {
  if (stage === 'exploring' || stage === 'pilot') return 'pilot';
  if (stage === 'production' || stage === 'expanding') return 'production';
  return 'scale';
}

/** Whether AI is already live (production, expanding, scale): wording "before launch" vs "already live". */
export function isLive(answers: CompleteAnswers): boolean {
  return phaseOf(answers.stage) !== 'pilot';
}

/** Rule 5: a pilot heading for production within about six months. */
export function isHeadingToProduction(answers: CompleteAnswers): boolean {
  return answers.production_soon === 'yes';
}

/** Rule 5: production is here or near, so MLOps, governed data and security are due now. */
export function isProductionDue(answers: CompleteAnswers): boolean {
  return isLive(answers) || isHeadingToProduction(answers);
}

/** The question that makes production due, for "because you answered …". */
export function productionTrigger(answers: CompleteAnswers): 'stage' | 'production_soon' {
  return isLive(answers) ? 'stage' : 'production_soon';
}

/** Rule 3: a valuable predictive task and the data, time and budget to train for it. */
export function isCustomMlJustified(answers: CompleteAnswers): boolean {
  return answers.predictive_roi === 'yes' && answers.data_sufficiency === 'yes';
}

/** Rule 2's answers: the four ai-vs-ml questions all pointing to a custom-trained model. */
const CUSTOM_MODEL_ANSWERS = { predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no' } as const;

/** Rule 1: the ai-vs-ml questions whose answers rule out a custom-model product (so an AI engineer leads); a question not asked rules out nothing. */
export function answersAgainstCustomModel(answers: CompleteAnswers): (keyof typeof CUSTOM_MODEL_ANSWERS)[] {
  return (Object.keys(CUSTOM_MODEL_ANSWERS) as (keyof typeof CUSTOM_MODEL_ANSWERS)[]).filter(
    (question) => answers[question] !== CUSTOM_MODEL_ANSWERS[question] && isApplicable(question, answers),
  );
}

/**
 * Rule 2: the product is a custom model, so the ML engineer may come first. Rule 20 calls this
 * a model product; every other answer set describes an LLM product.
 */
export function isCustomModelProduct(answers: CompleteAnswers): boolean {
  return answersAgainstCustomModel(answers).length === 0;
}

/** Rule 18: a company under about 20 people stays lean. */
export function isStartup(answers: CompleteAnswers): boolean {
  return answers.size === 'startup';
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

/** Rule 9: who in-house holds this role's seat, if anyone. */
export function inHouseHolder(role: RoleId, have: readonly InHouse[]): InHouse | undefined {
  return have.find((group) => group !== 'devops' && COVERED_BY[group] === role);
}

/** Rule 17 (model version 3): the ai-vs-ml maturity level a stage matches; expanding is still production. */
export function maturityLevelOf(stage: Stage): 1 | 2 | 3 | 4 {
  if (stage === 'exploring') return 1;
  if (stage === 'pilot') return 2;
  if (stage === 'production' || stage === 'expanding') return 3;
  return 4;
}
