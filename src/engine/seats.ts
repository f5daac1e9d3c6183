/**
 * Where each missing seat goes: now (the current phase's seats), next (what the next phase
 * adds) or later (scale), with the reasons. One function per role, in the words of
 * stages' seat table and the rules of domain.md. Covered roles never reach these.
 */
import type { CompleteAnswers } from './answers.ts';
import type { Group, RoleId } from './ids.ts';
import type { Reason } from './recommendation.ts';
import { reason } from './texts.ts';
import {
  answersAgainstCustomModel, isCustomMlJustified, isCustomModelProduct, isHeadingToProduction, isProductionDue, inHouseHolder,
  phaseOf, productionTrigger,
} from './rules.ts';

export interface Placement {
  group: Group;
  reasons: Reason[];
}

type PlaceSeat = (answers: CompleteAnswers) => Placement | null;

const SCORECARD_QUESTIONS = ['predictive_roi', 'data_sufficiency', 'integration_speed', 'agentic'] as const;

/** Rule 4: a pilot needs a backend or a data engineer; with neither in-house, which one. */
export function pilotBuilderSeat(answers: CompleteAnswers): 'backend-engineer' | 'data-engineer' | null {
  if (inHouseHolder('backend-engineer', answers.have) || inHouseHolder('data-engineer', answers.have)) return null;
  if (dataEngineerDueNow(answers)) return null; // the data engineer due now holds it
  return isCustomMlJustified(answers) ? 'data-engineer' : 'backend-engineer';
}

/** Rules 5 and 6: governed data before production, and before any data scientist. */
function dataEngineerDueNow(answers: CompleteAnswers): boolean {
  return isProductionDue(answers) || answers.have.includes('data-science');
}

const placeAiEngineer: PlaceSeat = (answers) => {
  const first = isCustomModelProduct(answers)
    ? reason('ai-engineer-after-custom-model', 'ml-first-for-custom-model', SCORECARD_QUESTIONS)
    : reason('ai-engineer-first', 'ai-engineer-first', answersAgainstCustomModel(answers));
  const reasons = [first, reason('screen-for-shipped-work', 'ai-engineer-first')];
  if (phaseOf(answers.stage) === 'pilot') reasons.push(reason('ai-engineer-owns-evals-at-pilot', 'pilot-core', ['stage']));
  if (answers.have.includes('software')) reasons.push(reason('upskill-product-engineers', 'already-in-house', ['have']));
  return { group: 'now', reasons };
};

const placeMlEngineer: PlaceSeat = (answers) => {
  if (!isCustomMlJustified(answers)) return null; // rule 3
  if (isCustomModelProduct(answers)) {
    return { group: 'now', reasons: [reason('ml-first-custom-model', 'ml-first-for-custom-model', SCORECARD_QUESTIONS)] };
  }
  const justified = reason('ml-engineer-roi-and-data', 'ml-needs-roi-and-data', ['predictive_roi', 'data_sufficiency']);
  if (answers.size === 'startup') return { group: 'later', reasons: [justified, reason('no-ml-engineer-yet-at-startup', 'counts-by-size', ['size'])] };
  const ratio = reason('ml-ratio-to-ai-engineers', 'ml-needs-roi-and-data', ['size']);
  if (phaseOf(answers.stage) === 'scale') return { group: 'now', reasons: [justified, reason('ml-engineer-core-at-scale', 'seats-by-phase', ['stage']), ratio] };
  return { group: 'next', reasons: [justified, ratio] };
};

const placeBackendEngineer: PlaceSeat = (answers) => {
  if (phaseOf(answers.stage) === 'pilot' && pilotBuilderSeat(answers) === 'backend-engineer') {
    return { group: 'now', reasons: [reason('pilot-backend-or-data', 'pilot-core', ['stage', 'have'])] };
  }
  const group = phaseOf(answers.stage) === 'pilot' ? 'next' : 'now';
  return { group, reasons: [reason('backend-core-at-production', 'seats-by-phase', ['stage'])] };
};

const placeDataEngineer: PlaceSeat = (answers) => {
  const reasons: Reason[] = [];
  if (isProductionDue(answers)) reasons.push(reason('governed-data-before-production', 'mlops-before-production', [productionTrigger(answers)]));
  if (answers.have.includes('data-science')) reasons.push(reason('data-engineering-before-data-science', 'data-science-after-data-engineering', ['have']));
  if (reasons.length > 0) return { group: 'now', reasons };
  if (pilotBuilderSeat(answers) === 'data-engineer') {
    return { group: 'now', reasons: [reason('pilot-backend-or-data', 'pilot-core', ['stage', 'predictive_roi', 'data_sufficiency'])] };
  }
  return { group: 'next', reasons: [reason('data-engineer-core-at-production', 'seats-by-phase', ['stage'])] };
};

const placeAiProductManager: PlaceSeat = () => ({
  group: 'now',
  reasons: [reason('ai-product-manager-core', 'pilot-core', ['stage'])],
});

const placeMlopsEngineer: PlaceSeat = (answers) => {
  const reasons: Reason[] = [];
  if (phaseOf(answers.stage) !== 'pilot') reasons.push(reason('mlops-core-in-production', 'mlops-before-production', ['stage']));
  else if (isHeadingToProduction(answers)) reasons.push(reason('mlops-before-production', 'mlops-before-production', ['production_soon']));
  if (answers.have.includes('devops')) reasons.push(reason('devops-builds-mlops', 'already-in-house', ['have']));
  if (isProductionDue(answers)) return { group: 'now', reasons };
  return { group: 'next', reasons: [reason('mlops-waits-at-pilot', 'seats-by-phase', ['stage', 'production_soon']), ...reasons] };
};

const placeEvalSpecialist: PlaceSeat = (answers) => ({
  group: phaseOf(answers.stage) === 'pilot' ? 'next' : 'now',
  reasons: [reason('eval-specialist-at-production', 'seats-by-phase', ['stage'])],
});

const placeFrontendDesigner: PlaceSeat = (answers) => ({
  group: phaseOf(answers.stage) === 'pilot' ? 'next' : 'now',
  reasons: [reason('frontend-design-at-production', 'seats-by-phase', ['stage'])],
});

const placeDataScientist: PlaceSeat = (answers) => {
  const afterData = reason('data-scientist-after-data-engineering', 'data-science-after-data-engineering', ['stage']);
  if (phaseOf(answers.stage) === 'scale') return { group: 'now', reasons: [afterData] };
  if (answers.predictive_roi === 'yes') return { group: 'next', reasons: [afterData, reason('data-scientist-for-predictive-work', 'seats-by-phase', ['predictive_roi'])] };
  return { group: 'later', reasons: [afterData] };
};

const placeSecurityGovernance: PlaceSeat = (answers) => {
  if (answers.regulated === 'yes') {
    if (isProductionDue(answers)) return { group: 'now', reasons: [reason('regulated-security-now', 'regulated-pulls-security-forward', ['regulated', productionTrigger(answers)])] };
    return { group: 'next', reasons: [reason('regulated-security-next', 'regulated-pulls-security-forward', ['regulated', 'stage', 'production_soon'])] };
  }
  if (phaseOf(answers.stage) === 'scale') return { group: 'now', reasons: [reason('security-dedicated-at-scale', 'regulated-pulls-security-forward', ['stage', 'regulated'])] };
  // Stages' table: "add" at production, a seat of that phase (now there, next before it).
  return {
    group: phaseOf(answers.stage) === 'production' ? 'now' : 'next',
    reasons: [reason('security-added-at-production', 'regulated-pulls-security-forward', ['stage', 'regulated'])],
  };
};

const placeDomainExpert: PlaceSeat = (answers) =>
  answers.regulated === 'yes' ? { group: 'now', reasons: [reason('regulated-domain-review', 'regulated-pulls-security-forward', ['regulated'])] } : null;

const placeInferenceEngineer: PlaceSeat = (answers) => {
  const reasons = phaseOf(answers.stage) === 'scale'
    ? [reason('inference-at-scale', 'infrastructure-at-scale', ['stage'])]
    : [reason('inference-later', 'infrastructure-at-scale', ['stage'])];
  if (answers.size === 'enterprise') reasons.push(reason('inference-enterprise-count', 'infrastructure-at-scale', ['size']));
  return { group: phaseOf(answers.stage) === 'scale' ? 'now' : 'later', reasons };
};

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
