/**
 * Rule 13: the anti-patterns an answer set walks into (stages' "common structuring
 * mistakes", ownership's anti-patterns, ai-vs-ml), one predicate per warning id, each worded
 * for where the company is (before launch or already live). Two warnings never make the
 * same point for the same answers, and none repeats an item's reason.
 */
import { isApplicable, type CompleteAnswers, type QuestionId } from './answers.ts';
import type { WarningId } from './ids.ts';
import type { Warning } from './recommendation.ts';
import type { ReasonId } from './reason-ids.ts';
import { reason } from './reason.ts';
import { isCustomMlJustified, isLive, isProductionDue, productionTrigger } from './rules.ts';

interface WarningRule {
  /** Whether the answers walk into it. */
  applies: (answers: CompleteAnswers) => boolean;
  /** The sentence for where the company is. */
  sentence: (answers: CompleteAnswers) => ReasonId;
  /** The questions whose answers trigger it. */
  triggers: (answers: CompleteAnswers) => QuestionId[];
}

/** ML engineers in-house, no AI engineer, and fast integration work ahead (ai-vs-ml). */
const mlEngineersOnIntegration = (a: CompleteAnswers) => a.have.includes('ml') && !a.have.includes('ai') && a.integration_speed === 'yes';

const WARNING_RULES: Record<WarningId, WarningRule> = {
  // A pilot runs and nobody in-house owns its quality. Before the pilot, the AI engineer's item
  // says who will own evals; in production the eval seat does.
  'no-eval-owner': {
    applies: (a) => a.stage === 'pilot' && !a.have.includes('ai'),
    sentence: () => 'no-eval-owner',
    triggers: () => ['stage', 'have'],
  },
  'mlops-missing-at-production': {
    applies: (a) => isProductionDue(a),
    sentence: (a) => (isLive(a) ? 'mlops-missing-while-live' : 'mlops-missing-before-launch'),
    triggers: (a) => [productionTrigger(a)],
  },
  'data-science-without-data-engineering': {
    applies: (a) => a.have.includes('data-science') && !a.have.includes('data'),
    sentence: () => 'data-science-without-data-engineering',
    triggers: () => ['have'],
  },
  'ml-engineers-on-integration': {
    applies: mlEngineersOnIntegration,
    sentence: () => 'ml-engineers-on-integration',
    triggers: () => ['have', 'integration_speed'],
  },
  'not-enough-data-for-custom-ml': {
    applies: (a) => a.predictive_roi === 'yes' && a.data_sufficiency === 'no',
    sentence: () => 'not-enough-data-for-custom-ml',
    triggers: () => ['predictive_roi', 'data_sufficiency'],
  },
  'regulated-without-security': {
    applies: (a) => a.regulated === 'yes' && isProductionDue(a),
    sentence: (a) => (isLive(a) ? 'regulated-without-security-while-live' : 'regulated-without-security-before-launch'),
    triggers: (a) => ['regulated', productionTrigger(a)],
  },
  'urgency-vs-hiring-time': {
    applies: (a) => a.urgency === 'weeks',
    sentence: () => 'urgency-vs-hiring-time',
    triggers: () => ['urgency'],
  },
  // Model builders or analysts in-house, no shippers, nothing that justifies custom ML; when
  // the ML engineers face integration work, the warning above already makes this point.
  'researchers-instead-of-shippers': {
    applies: (a) => !isCustomMlJustified(a) && !a.have.includes('ai') && (a.have.includes('ml') || a.have.includes('data-science')) && !mlEngineersOnIntegration(a),
    sentence: () => 'researchers-instead-of-shippers',
    // The questions behind isCustomMlJustified that were asked.
    triggers: (a) => (['have', 'predictive_roi', 'data_sufficiency'] as const).filter((question) => isApplicable(question, a)),
  },
};

/** The warnings these answers trigger, in WARNING_RULES order. */
export function warningsFor(answers: CompleteAnswers): Warning[] {
  return (Object.keys(WARNING_RULES) as WarningId[])
    .filter((id) => WARNING_RULES[id].applies(answers))
    .map((id) => ({ id, reason: reason(WARNING_RULES[id].sentence(answers), 'warnings', WARNING_RULES[id].triggers(answers)) }));
}
