/**
 * Where each missing seat goes: now (the current phase's seats), next (what the next phase
 * adds) or later (scale), whether it leads its group, and why. One function per role, in
 * the words of stages' seat table (seat-table.ts) and the rules of domain.md (model version 3).
 * Covered roles never reach these. Whether a seat is part-time is rule 18's (commitment.ts).
 */
import type { CompleteAnswers } from './answers.ts';
import type { Group, RoleId } from './ids.ts';
import type { Reason } from './recommendation.ts';
import { inHouse, reason, type Trigger } from './reason.ts';
import { isStaffedSeat, type SeatTableRole } from './seat-table.ts';
import {
  answersAgainstCustomModel, inHouseHolder, isCustomMlJustified, isCustomModelProduct, isHeadingToProduction, isLive, isProductionDue,
  isStartup, phaseOf, productionTrigger,
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

/**
 * The base order for these answers. Rule 2: before launch a model product's data engineer stands
 * beside its ML engineer and the AI engineer who follows it, ahead of MLOps (the training data has
 * to flow first; fidelity review 1, L11). Once live, rule 5 places MLOps and the base order holds.
 */
export function baseOrderFor(answers: CompleteAnswers): readonly RoleId[] {
  if (!isCustomModelProduct(answers) || isLive(answers)) return BASE_ORDER;
  const rest = BASE_ORDER.filter((role) => role !== 'data-engineer');
  return [...rest.slice(0, rest.indexOf('ai-engineer') + 1), 'data-engineer', ...rest.slice(rest.indexOf('ai-engineer') + 1)];
}

const SCORECARD_QUESTIONS = ['predictive_roi', 'data_sufficiency', 'integration_speed', 'agentic'] as const;
/** The in-house groups that could hold the pilot's "backend or data engineer" seat. */
const BUILDER_GROUPS: readonly Trigger[] = [inHouse('software'), inHouse('data')];

const place = (group: Group, reasons: Reason[], leads = false): Placement => ({ group, leads, reasons });

/** Now when stages' table staffs the seat in the current phase, next otherwise. */
const byTable = (role: SeatTableRole, answers: CompleteAnswers): Group => (isStaffedSeat(role, phaseOf(answers.stage)) ? 'now' : 'next');

/**
 * Rule 4 with rule 5 (model version 3): the pilot's "backend or data engineer". Heading for
 * production, a data engineer pulled in for governed data never stands in for the backend seat,
 * so without software engineers in-house the backend engineer stays in now. Otherwise, when
 * nobody in-house holds it: a data engineer when custom ML is justified (the pilot's build is its
 * data), a backend engineer otherwise.
 */
export function pilotBuilderSeat(answers: CompleteAnswers): 'backend-engineer' | 'data-engineer' | null {
  if (phaseOf(answers.stage) !== 'pilot' || inHouseHolder('backend-engineer', answers.have)) return null;
  if (isProductionDue(answers)) return 'backend-engineer';
  if (inHouseHolder('data-engineer', answers.have)) return null;
  return isCustomMlJustified(answers) ? 'data-engineer' : 'backend-engineer';
}


/**
 * Rule 18, with rule 3 at a startup: the seats a startup adds as its team grows, whatever the
 * phase or the launch date: eval ("often the AI engineer wears this hat at small scale"),
 * frontend and design, and a justified ML engineer below scale (the first model specialist to add as
 * the company grows). Placed in next; the timeline gives them no month (fidelity review 3, N5).
 */
export function joinsAsTheTeamGrows(role: RoleId, answers: CompleteAnswers): boolean {
  if (!isStartup(answers)) return false;
  if (role === 'eval-specialist' || role === 'frontend-designer') return true;
  return role === 'ml-engineer' && isCustomMlJustified(answers) && !isCustomModelProduct(answers) && phaseOf(answers.stage) !== 'scale';
}

const placeAiEngineer: PlaceSeat = (answers) => {
  const reasons: Reason[] = [];
  if (isCustomModelProduct(answers)) reasons.push(reason('ai-engineer-after-custom-model', 'ml-first-for-custom-model', SCORECARD_QUESTIONS));
  // Rule 19: "does not depend on training a model" only when there is no predictive task.
  else if (answers.predictive_roi === 'no') reasons.push(reason('ai-engineer-first', 'ai-engineer-first', answersAgainstCustomModel(answers)));
  // "An ML engineer comes after" only when one is in the order, not in-house (fidelity review 3, N3).
  else if (isCustomMlJustified(answers) && !answers.have.includes('ml')) {
    reasons.push(reason('ai-engineer-before-ml-engineer', 'ai-engineer-first', ['predictive_roi', 'data_sufficiency', inHouse('ml'), ...answersAgainstCustomModel(answers)]));
  } else {
    const why: Trigger[] = answers.data_sufficiency === 'no' ? ['data_sufficiency'] : [];
    if (answers.have.includes('ml')) why.push(inHouse('ml'));
    reasons.push(reason('ai-engineer-first-with-predictive-task', 'ai-engineer-first', ['predictive_roi', ...why, ...answersAgainstCustomModel(answers).filter((q) => !why.includes(q))]));
  }
  // At exploring, the eval point is made here (a model product's evaluation is its ML engineer's, rule 20); at a pilot, the no-eval-owner warning makes it.
  if (answers.stage === 'exploring' && !isCustomModelProduct(answers)) reasons.push(reason('ai-engineer-owns-evals', 'pilot-core', ['stage']));
  if (answers.have.includes('ml')) reasons.push(reason('ml-engineers-who-want-to-ship', 'ai-engineer-first', [inHouse('ml'), inHouse('ai')]));
  return place('now', reasons);
};

/** What a justified ML engineer's item adds: explainability in a regulated domain (rule 7), the ML infrastructure of a large company at scale (rule 8). */
function mlEngineerExtras(answers: CompleteAnswers): Reason[] {
  const extras: Reason[] = [];
  if (answers.regulated === 'yes') extras.push(reason('ml-explainability-for-regulators', 'regulated-pulls-security-forward', ['regulated']));
  if (hasMlInfrastructure(answers)) extras.push(reason('ml-infrastructure-at-enterprise-scale', 'infrastructure-at-scale', ['size', 'stage']));
  return extras;
}

/** Rule 8: ai-vs-ml's ML infrastructure engineers, where custom ML is justified at a large company at scale. */
export const hasMlInfrastructure = (answers: CompleteAnswers) =>
  isCustomMlJustified(answers) && answers.size === 'enterprise' && phaseOf(answers.stage) === 'scale';

const placeMlEngineer: PlaceSeat = (answers) => {
  if (!isCustomMlJustified(answers)) return null; // rule 3
  if (isCustomModelProduct(answers)) {
    // Rule 20: a model product; its evaluation harness is the ML engineer's to build. With AI
    // engineers in-house the ML engineer comes after them, as ai-vs-ml has it: nothing to disagree on.
    const afterAiEngineers = answers.have.includes('ai');
    return place('now', [
      afterAiEngineers
        ? reason('ml-engineer-roi-and-data', 'ml-needs-roi-and-data', ['predictive_roi', 'data_sufficiency', inHouse('ai')])
        : reason('ml-first-custom-model', 'ml-first-for-custom-model', SCORECARD_QUESTIONS),
      reason('ml-engineer-builds-eval-harness', 'llm-or-model-product', SCORECARD_QUESTIONS),
      ...mlEngineerExtras(answers),
    ], true);
  }
  const phase = phaseOf(answers.stage);
  if (joinsAsTheTeamGrows('ml-engineer', answers)) {
    return place('next', [reason('ml-engineer-next-at-startup', 'ml-needs-roi-and-data', ['size', 'predictive_roi', 'data_sufficiency']), ...mlEngineerExtras(answers)]);
  }
  const justified = reason('ml-engineer-roi-and-data', 'ml-needs-roi-and-data', ['predictive_roi', 'data_sufficiency']);
  if (phase === 'scale') return place('now', [justified, reason('ml-engineer-core-at-scale', 'seats-by-phase', ['stage']), ...mlEngineerExtras(answers)]);
  // ownership's growth stage (AI in several product teams) brings ML engineering in once proprietary data gives an edge.
  if (answers.stage === 'expanding') return place('now', [justified, reason('ml-engineer-at-growth-stage', 'ml-needs-roi-and-data', ['stage', 'predictive_roi', 'data_sufficiency']), reason('ml-ratio-to-ai-engineers', 'ml-needs-roi-and-data', ['size']), ...mlEngineerExtras(answers)]);
  const ratio = reason('ml-ratio-to-ai-engineers', 'ml-needs-roi-and-data', ['size']);
  // stages: "only if custom model" at a pilot, "as needed" in production: after the core team.
  const when = phase === 'pilot' ? reason('ml-engineer-after-pilot', 'seats-by-phase', ['stage']) : reason('ml-engineer-as-needed', 'seats-by-phase', ['stage']);
  return place('next', [justified, when, ratio, ...mlEngineerExtras(answers)]);
};

const placeBackendEngineer: PlaceSeat = (answers) => {
  if (pilotBuilderSeat(answers) === 'backend-engineer') {
    const pilot = reason('pilot-backend-or-data', 'pilot-core', ['stage', ...BUILDER_GROUPS]);
    // Rule 5 (version 3): heading for production, governed data joins beside the pilot's backend seat, not in its place (fidelity review 1, L12).
    return place('now', isProductionDue(answers) ? [pilot, reason('backend-beside-governed-data', 'mlops-before-production', ['production_soon', inHouse('software')])] : [pilot]);
  }
  // Rule 20: orchestration, retrieval and tool calling are an LLM product's back end.
  const id = isCustomModelProduct(answers) ? 'backend-serves-the-model' : 'backend-core-at-production';
  return place(byTable('backend-engineer', answers), [reason(id, 'seats-by-phase', ['stage'])]);
};

const placeDataEngineer: PlaceSeat = (answers) => {
  const reasons: Reason[] = [];
  if (isProductionDue(answers)) {
    reasons.push(isLive(answers)
      ? reason('governed-data-in-production', 'mlops-before-production', ['stage'])
      : reason('governed-data-before-production', 'mlops-before-production', ['production_soon']));
  }
  if (isCustomModelProduct(answers)) reasons.push(reason('training-data-for-custom-model', 'ml-first-for-custom-model', SCORECARD_QUESTIONS));
  // Rule 6 (version 3): the item says it, no separate warning.
  if (answers.have.includes('data-science')) reasons.push(reason('data-engineer-for-your-data-scientists', 'data-science-after-data-engineering', [inHouse('data-science'), inHouse('data')]));
  if (reasons.length > 0) return place('now', reasons);
  if (pilotBuilderSeat(answers) === 'data-engineer') {
    return place('now', [reason('pilot-backend-or-data', 'pilot-core', ['stage', 'predictive_roi', 'data_sufficiency', ...BUILDER_GROUPS])]);
  }
  return place('next', [reason('data-engineer-core-at-production', 'seats-by-phase', ['stage'])]);
};

const placeAiProductManager: PlaceSeat = (answers) =>
  // Rule 18: at a startup without a product manager, a product owner the founder or a product lead holds.
  isStartup(answers)
    ? place('now', [
      reason('product-owner-at-startup', 'startup-stays-lean', ['size', inHouse('product')]),
      // Rule 19: once AI is live, the threshold left to pass is the size alone.
      phaseOf(answers.stage) === 'pilot'
        ? reason('product-manager-full-time-when', 'startup-stays-lean', ['size', 'stage'])
        : reason('product-manager-full-time-when-live', 'startup-stays-lean', ['size', 'stage']),
    ])
    : place('now', [reason('ai-product-manager-core', 'pilot-core', ['stage'])]);

const placeMlopsEngineer: PlaceSeat = (answers) => {
  const exploring = answers.stage === 'exploring';
  const extras = hasMlInfrastructure(answers) && answers.have.includes('ml')
    ? [reason('ml-infrastructure-at-enterprise-scale', 'infrastructure-at-scale', ['size', 'stage', inHouse('ml')])]
    : [];
  if (!isProductionDue(answers)) {
    return place('next', [reason(exploring ? 'mlops-waits-while-exploring' : 'mlops-waits-at-pilot', 'seats-by-phase', ['stage', 'production_soon'])]);
  }
  if (!isLive(answers)) {
    return place('now', [reason(exploring ? 'mlops-before-first-launch' : 'mlops-before-production', 'mlops-before-production', ['stage', 'production_soon'])]);
  }
  // Rule 5: live, MLOps leads the order unless an AI engineer is missing too.
  return place('now', [reason('mlops-core-in-production', 'mlops-before-production', ['stage']), ...extras], inHouseHolder('ai-engineer', answers.have) !== undefined);
};

const placeEvalSpecialist: PlaceSeat = (answers) => {
  // Rule 20: a model product keeps the seat for its release gates, not for prompts.
  const model = isCustomModelProduct(answers);
  // Rule 18: at a startup, whatever the phase, eval waits in next until the team grows (its
  // production column would contradict what the same startup is told once live).
  if (joinsAsTheTeamGrows('eval-specialist', answers)) {
    // Rule 20: a model product's release checks sit with the ML engineer who builds its evaluation harness.
    // At a pilot the seat waits by phase anyway (stages' table); past it, rule 18 keeps it waiting.
    const rule = phaseOf(answers.stage) === 'pilot' ? 'seats-by-phase' : 'startup-stays-lean';
    return place('next', [model ? reason('eval-release-gates-at-startup', rule, ['size', ...SCORECARD_QUESTIONS]) : reason('eval-next-at-startup', rule, ['size'])]);
  }
  if (phaseOf(answers.stage) === 'pilot') return place('next', [reason(model ? 'eval-release-gates-after-pilot' : 'eval-specialist-after-pilot', 'seats-by-phase', ['stage'])]);
  return place('now', [reason(model ? 'eval-release-gates-in-production' : 'eval-specialist-in-production', 'seats-by-phase', ['stage'])]);
};

const placeFrontendDesigner: PlaceSeat = (answers) => {
  // Rule 18: at a startup, whatever the phase, design joins as the team grows. Its sourced reason fits
  // the phase: the pilot team's shared design work while exploring or piloting (rule 4); once live,
  // stages' applied AI engineer who owns the features' UX (fidelity review 3, NL2).
  if (joinsAsTheTeamGrows('frontend-designer', answers)) {
    const held = phaseOf(answers.stage) === 'pilot' ? reason('frontend-design-shared-when-small', 'pilot-core', ['size', 'stage']) : reason('frontend-design-with-the-ai-engineer', 'startup-stays-lean', ['size', 'stage']);
    return place('next', [held, reason('frontend-design-next-at-startup', 'startup-stays-lean', ['size'])]);
  }
  return place(byTable('frontend-designer', answers), [reason('frontend-design-at-production', 'seats-by-phase', ['stage'])]);
};

const placeDataScientist: PlaceSeat = (answers) => {
  const phase = phaseOf(answers.stage);
  if (phase === 'scale') {
    // Rule 6 (version 3): stages' text brings data scientists in at scale for proprietary models; its table lists them as core.
    if (isCustomMlJustified(answers)) return place('now', [reason('data-scientist-core-at-scale', 'data-science-after-data-engineering', ['stage', 'predictive_roi', 'data_sufficiency'])]);
    return answers.predictive_roi === 'yes'
      ? place('next', [reason('data-scientist-next-at-scale-without-data', 'data-science-after-data-engineering', ['stage', 'predictive_roi', 'data_sufficiency'])])
      : place('next', [reason('data-scientist-next-at-scale', 'data-science-after-data-engineering', ['stage', 'predictive_roi'])]);
  }
  // Below scale stages' table (wait at a pilot, as needed in production) places the seat. The
  // plumbing reason explains only the order, so it joins when the data engineer is not yet in-house
  // or in now (fidelity review 1, L7).
  const dataReady = answers.have.includes('data') || placeDataEngineer(answers)?.group === 'now';
  const afterData = [
    reason('data-scientist-by-stages-table', 'data-science-after-data-engineering', ['stage']),
    ...(dataReady ? [] : [reason('data-scientist-after-data-engineering', 'data-science-after-data-engineering', ['stage'])]),
  ];
  if (answers.predictive_roi === 'yes') return place('next', [...afterData, reason('data-scientist-for-predictive-work', 'seats-by-phase', ['predictive_roi'])]);
  return place('later', afterData);
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
  // At a startup, rule 18 holds the seat part-time; stages' dedicated function at scale is named as a disagreement.
  if (phase === 'scale' && !isStartup(answers)) reasons.push(reason('security-dedicated-at-scale', 'seats-by-phase', ['stage']));
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
