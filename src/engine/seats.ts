/**
 * Where each missing seat goes: now (the current phase's seats), next (what the next phase
 * adds) or later (scale), whether it leads its group, and why. One function per role, in
 * the words of stages' seat table (seat-table.ts) and the rules of domain.md. Covered roles
 * never reach these.
 */
import type { CompleteAnswers } from './answers.ts';
import type { Group, RoleId } from './ids.ts';
import type { Reason } from './recommendation.ts';
import { reason } from './reason.ts';
import { isStaffedSeat, type SeatTableRole } from './seat-table.ts';
import {
  answersAgainstCustomModel, inHouseHolder, isCustomMlJustified, isCustomModelProduct, isHeadingToProduction, isLive, isProductionDue,
  phaseOf, productionTrigger,
} from './rules.ts';

export interface Placement {
  group: Group;
  /** First in its group, ahead of the base order (rules 2, 5 and 7). */
  leads: boolean;
  reasons: Reason[];
}

type PlaceSeat = (answers: CompleteAnswers) => Placement | null;

/**
 * The order within a group when no rule says a seat leads. The AI engineer comes first
 * (rule 1); MLOps, governed data and security follow together (rule 5); data engineering
 * precedes data science (rule 6).
 */
export const BASE_ORDER: readonly RoleId[] = [
  'ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'domain-expert', 'ai-product-manager',
  'backend-engineer', 'eval-specialist', 'frontend-designer', 'ml-engineer', 'data-scientist', 'inference-engineer',
];

const SCORECARD_QUESTIONS = ['predictive_roi', 'data_sufficiency', 'integration_speed', 'agentic'] as const;

const place = (group: Group, reasons: Reason[], leads = false): Placement => ({ group, leads, reasons });

/** Now when stages' table staffs the seat in the current phase, next otherwise. */
const byTable = (role: SeatTableRole, answers: CompleteAnswers): Group => (isStaffedSeat(role, phaseOf(answers.stage)) ? 'now' : 'next');

/** Rules 2, 5 and 6: a data engineer is due now (governed data, the training data of rule 2, pipelines for data scientists). */
function isDataEngineerDueNow(answers: CompleteAnswers): boolean {
  return isProductionDue(answers) || isCustomModelProduct(answers) || answers.have.includes('data-science');
}

/** Rule 4: the pilot's "backend or data engineer", when nobody in-house or already due holds it. */
export function pilotBuilderSeat(answers: CompleteAnswers): 'backend-engineer' | 'data-engineer' | null {
  if (phaseOf(answers.stage) !== 'pilot') return null;
  if (inHouseHolder('backend-engineer', answers.have) || inHouseHolder('data-engineer', answers.have)) return null;
  if (isDataEngineerDueNow(answers)) return null; // the data engineer due now holds it
  return isCustomMlJustified(answers) ? 'data-engineer' : 'backend-engineer';
}

const placeAiEngineer: PlaceSeat = (answers) => {
  const reasons = [
    isCustomModelProduct(answers)
      ? reason('ai-engineer-after-custom-model', 'ml-first-for-custom-model', SCORECARD_QUESTIONS)
      : reason('ai-engineer-first', 'ai-engineer-first', answersAgainstCustomModel(answers)),
  ];
  // At exploring, the eval point is made here; from the pilot on, the no-eval-owner warning makes it.
  if (answers.stage === 'exploring') reasons.push(reason('ai-engineer-owns-evals', 'pilot-core', ['stage']));
  if (answers.have.includes('software')) reasons.push(reason('upskill-product-engineers', 'already-in-house', ['have']));
  if (answers.have.includes('ml')) reasons.push(reason('ml-engineers-who-want-to-ship', 'ai-engineer-first', ['have']));
  return place('now', reasons);
};

const placeMlEngineer: PlaceSeat = (answers) => {
  if (!isCustomMlJustified(answers)) return null; // rule 3
  if (isCustomModelProduct(answers)) {
    return place('now', [reason('ml-first-custom-model', 'ml-first-for-custom-model', SCORECARD_QUESTIONS)], true);
  }
  const phase = phaseOf(answers.stage);
  if (answers.size === 'startup' && phase !== 'scale') {
    return place('next', [reason('ml-engineer-next-at-startup', 'ml-needs-roi-and-data', ['size', 'predictive_roi', 'data_sufficiency'])]);
  }
  const justified = reason('ml-engineer-roi-and-data', 'ml-needs-roi-and-data', ['predictive_roi', 'data_sufficiency']);
  if (phase === 'scale') return place('now', [justified, reason('ml-engineer-core-at-scale', 'seats-by-phase', ['stage'])]);
  const ratio = reason('ml-ratio-to-ai-engineers', 'ml-needs-roi-and-data', ['size']);
  // stages: "only if custom model" at a pilot, "as needed" in production: after the core team.
  const when = phase === 'pilot' ? reason('ml-engineer-after-pilot', 'seats-by-phase', ['stage']) : reason('ml-engineer-as-needed', 'seats-by-phase', ['stage']);
  return place('next', [justified, when, ratio]);
};

const placeBackendEngineer: PlaceSeat = (answers) => {
  if (pilotBuilderSeat(answers) === 'backend-engineer') return place('now', [reason('pilot-backend-or-data', 'pilot-core', ['stage', 'have'])]);
  return place(byTable('backend-engineer', answers), [reason('backend-core-at-production', 'seats-by-phase', ['stage'])]);
};

const placeDataEngineer: PlaceSeat = (answers) => {
  const reasons: Reason[] = [];
  if (isProductionDue(answers)) {
    reasons.push(isLive(answers)
      ? reason('governed-data-in-production', 'mlops-before-production', ['stage'])
      : reason('governed-data-before-production', 'mlops-before-production', ['production_soon']));
  } else if (isCustomModelProduct(answers)) {
    reasons.push(reason('training-data-for-custom-model', 'ml-first-for-custom-model', SCORECARD_QUESTIONS));
  }
  if (answers.have.includes('data-science')) reasons.push(reason('data-engineer-for-your-data-scientists', 'data-science-after-data-engineering', ['have']));
  if (reasons.length > 0) return place('now', reasons);
  if (pilotBuilderSeat(answers) === 'data-engineer') {
    return place('now', [reason('pilot-backend-or-data', 'pilot-core', ['stage', 'predictive_roi', 'data_sufficiency'])]);
  }
  return place('next', [reason('data-engineer-core-at-production', 'seats-by-phase', ['stage'])]);
};

const placeAiProductManager: PlaceSeat = () => place('now', [reason('ai-product-manager-core', 'pilot-core', ['stage'])]);

const placeMlopsEngineer: PlaceSeat = (answers) => {
  if (!isProductionDue(answers)) return place('next', [reason('mlops-waits-at-pilot', 'seats-by-phase', ['stage', 'production_soon'])]);
  if (!isLive(answers)) return place('now', [reason('mlops-before-production', 'mlops-before-production', ['production_soon'])]);
  // Rule 5: live, MLOps leads the order unless an AI engineer is missing too.
  return place('now', [reason('mlops-core-in-production', 'mlops-before-production', ['stage'])], inHouseHolder('ai-engineer', answers.have) !== undefined);
};

const placeEvalSpecialist: PlaceSeat = (answers) =>
  place(byTable('eval-specialist', answers), [reason(isLive(answers) ? 'eval-specialist-in-production' : 'eval-specialist-after-pilot', 'seats-by-phase', ['stage'])]);

const placeFrontendDesigner: PlaceSeat = (answers) =>
  place(byTable('frontend-designer', answers), [reason('frontend-design-at-production', 'seats-by-phase', ['stage'])]);

const placeDataScientist: PlaceSeat = (answers) => {
  const phase = phaseOf(answers.stage);
  if (phase === 'scale') {
    // Rule 6: stages' text brings data scientists in at scale for proprietary models; its table lists them as core.
    if (answers.predictive_roi === 'yes') return place('now', [reason('data-scientist-core-at-scale', 'data-science-after-data-engineering', ['stage', 'predictive_roi'])]);
    return place('next', [reason('data-scientist-next-at-scale', 'data-science-after-data-engineering', ['stage', 'predictive_roi'])]);
  }
  const afterData = reason('data-scientist-after-data-engineering', 'data-science-after-data-engineering', ['stage']);
  if (answers.predictive_roi === 'yes') return place('next', [afterData, reason('data-scientist-for-predictive-work', 'seats-by-phase', ['predictive_roi'])]);
  return place('later', [afterData]);
};

const placeSecurityGovernance: PlaceSeat = (answers) => {
  const reasons: Reason[] = [];
  if (answers.regulated === 'yes') {
    if (!isProductionDue(answers)) {
      // Rule 7: a regulated pilot not yet heading for production gets security first in next.
      return place('next', [reason('regulated-security-next', 'regulated-pulls-security-forward', ['regulated', 'production_soon'])], true);
    }
    reasons.push(reason('regulated-security-now', 'regulated-pulls-security-forward', ['regulated', productionTrigger(answers)]));
  }
  const phase = phaseOf(answers.stage);
  if (phase === 'scale') reasons.push(reason('security-dedicated-at-scale', 'seats-by-phase', ['stage']));
  else if (answers.regulated === 'no') {
    if (isLive(answers)) reasons.push(reason('security-added-in-production', 'mlops-before-production', ['stage']));
    else if (isHeadingToProduction(answers)) reasons.push(reason('security-before-production', 'mlops-before-production', ['production_soon']));
    else return place('next', [reason('security-waits-at-pilot', 'seats-by-phase', ['stage', 'production_soon'])]);
  }
  return place('now', reasons);
};

const placeDomainExpert: PlaceSeat = (answers) =>
  answers.regulated === 'yes'
    ? place('now', [
        reason(isLive(answers) ? 'domain-review-before-each-launch' : 'domain-review-before-launch', 'regulated-pulls-security-forward', ['regulated']),
        reason('domain-experts-validate-models', 'regulated-pulls-security-forward', ['regulated']),
      ])
    : null;

const placeInferenceEngineer: PlaceSeat = (answers) =>
  phaseOf(answers.stage) === 'scale'
    ? place('now', [reason('inference-at-scale', 'infrastructure-at-scale', ['stage'])])
    : place('later', [reason('inference-later', 'infrastructure-at-scale', ['stage'])]);

/** Each role's placement rule. */
export const PLACE_SEAT: Record<RoleId, PlaceSeat> = {
  'ai-engineer': placeAiEngineer,
  'ml-engineer': placeMlEngineer,
  'backend-engineer': placeBackendEngineer,
  'data-engineer': placeDataEngineer,
  'ai-product-manager': placeAiProductManager,
  'mlops-engineer': placeMlopsEngineer,
  'eval-specialist': placeEvalSpecialist,
  'frontend-designer': placeFrontendDesigner,
  'data-scientist': placeDataScientist,
  'security-governance': placeSecurityGovernance,
  'domain-expert': placeDomainExpert,
  'inference-engineer': placeInferenceEngineer,
};
