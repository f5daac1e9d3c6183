/**
 * Rule 13: the anti-patterns an answer set walks into (stages' "common structuring
 * mistakes", ownership's anti-patterns, ai-vs-ml). One predicate per warning id.
 */
import type { CompleteAnswers, QuestionId } from './answers.ts';
import type { WarningId } from './ids.ts';
import type { Warning } from './recommendation.ts';
import { reason } from './texts.ts';
import { isCustomMlJustified, isProductionDue, productionTrigger } from './rules.ts';

interface WarningRule {
  /** Whether the answers walk into it. */
  applies: (answers: CompleteAnswers) => boolean;
  /** The questions whose answers trigger it. */
  triggers: (answers: CompleteAnswers) => QuestionId[];
}

const WARNING_RULES: Record<WarningId, WarningRule> = {
  // Something already runs (pilot or beyond) and nobody in-house owns its quality.
  'no-eval-owner': {
    applies: (a) => a.stage !== 'exploring' && !a.have.includes('ai'),
    triggers: () => ['stage', 'have'],
  },
  // No answer covers MLOps: in production or heading there, the seat is missing.
  'mlops-missing-at-production': {
    applies: (a) => isProductionDue(a),
    triggers: (a) => [productionTrigger(a)],
  },
  'data-science-without-data-engineering': {
    applies: (a) => a.have.includes('data-science') && !a.have.includes('data'),
    triggers: () => ['have'],
  },
  'ml-engineers-on-integration': {
    applies: (a) => a.have.includes('ml') && !a.have.includes('ai') && a.integration_speed === 'yes',
    triggers: () => ['have', 'integration_speed'],
  },
  'not-enough-data-for-custom-ml': {
    applies: (a) => a.predictive_roi === 'yes' && a.data_sufficiency === 'no',
    triggers: () => ['predictive_roi', 'data_sufficiency'],
  },
  'regulated-without-security': {
    applies: (a) => a.regulated === 'yes' && isProductionDue(a),
    triggers: (a) => ['regulated', productionTrigger(a)],
  },
  'urgency-vs-hiring-time': {
    applies: (a) => a.urgency === 'weeks',
    triggers: () => ['urgency'],
  },
  // Model builders or analysts in-house, no shippers, and nothing that justifies custom ML.
  'researchers-instead-of-shippers': {
    applies: (a) => !isCustomMlJustified(a) && !a.have.includes('ai') && (a.have.includes('ml') || a.have.includes('data-science')),
    triggers: (a) => (a.predictive_roi === 'yes' ? ['have', 'predictive_roi', 'data_sufficiency'] : ['have', 'predictive_roi']),
  },
};

/** The warnings these answers trigger, in WARNING_RULES order. */
export function warningsFor(answers: CompleteAnswers): Warning[] {
  return (Object.keys(WARNING_RULES) as WarningId[])
    .filter((id) => WARNING_RULES[id].applies(answers))
    .map((id) => {
      const { sentence, source } = reason(id, 'warnings');
      return { id, sentence, source, triggers: WARNING_RULES[id].triggers(answers) };
    });
}
