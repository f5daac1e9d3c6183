/**
 * Rule 13: the anti-patterns an answer set walks into (stages' "common structuring mistakes",
 * ownership's anti-patterns, ai-vs-ml), one predicate per warning id. Since model version 3 a
 * warning never makes a point an item of the same result makes (MLOps hired too late, a
 * security seat, data engineering before data science are the items' to say), and "because you
 * answered" names every in-house group whose presence or absence triggered it, and no others.
 */
import { isApplicable, type CompleteAnswers } from './answers.ts';
import type { WarningId } from './ids.ts';
import type { Warning } from './recommendation.ts';
import type { ReasonId } from './reason-ids.ts';
import { inHouse, reason, type Trigger } from './reason.ts';
import { isCustomMlJustified, isCustomModelProduct } from './rules.ts';

interface WarningRule {
  /** Whether the answers walk into it. */
  applies: (answers: CompleteAnswers) => boolean;
  /** The sentence for these answers. */
  sentence: (answers: CompleteAnswers) => ReasonId;
  /** The answers that trigger it. */
  triggers: (answers: CompleteAnswers) => Trigger[];
}

/** ML engineers in-house, no AI engineer, and fast integration work ahead (ai-vs-ml). */
const mlEngineersOnIntegration = (a: CompleteAnswers) => a.have.includes('ml') && !a.have.includes('ai') && a.integration_speed === 'yes';

const WARNING_RULES: Record<WarningId, WarningRule> = {
  // A pilot runs and nobody in-house owns its quality. Before the pilot, the AI engineer's item
  // says who will own evals; in production the eval seat does.
  // For a model product the ML engineer's item already gives the evaluation harness an owner
  // (rule 20); with ML engineers in-house, they are named beside the first AI engineer.
  'no-eval-owner': {
    applies: (a) => a.stage === 'pilot' && !a.have.includes('ai') && !isCustomModelProduct(a),
    sentence: (a) => (a.have.includes('ml') ? 'no-eval-owner-with-ml' : 'no-eval-owner'),
    triggers: (a) => ['stage', inHouse('ai'), ...(a.have.includes('ml') ? [inHouse('ml')] : [])],
  },
  'ml-engineers-on-integration': {
    applies: mlEngineersOnIntegration,
    sentence: () => 'ml-engineers-on-integration',
    triggers: () => [inHouse('ml'), inHouse('ai'), 'integration_speed'],
  },
  'not-enough-data-for-custom-ml': {
    applies: (a) => a.predictive_roi === 'yes' && a.data_sufficiency === 'no',
    sentence: () => 'not-enough-data-for-custom-ml',
    triggers: () => ['predictive_roi', 'data_sufficiency'],
  },
  // ops-guide's three to six months to hire core roles: longer than weeks, and a quarter is its short end.
  'urgency-vs-hiring-time': {
    applies: (a) => a.urgency !== 'flexible',
    sentence: (a) => (a.urgency === 'weeks' ? 'urgency-vs-hiring-time' : 'urgency-vs-hiring-time-quarter'),
    triggers: () => ['urgency'],
  },
  // Model builders or analysts in-house, no shippers, nothing that justifies custom ML; when
  // the ML engineers face integration work, the warning above already makes this point.
  'researchers-instead-of-shippers': {
    applies: (a) => !isCustomMlJustified(a) && !a.have.includes('ai') && (a.have.includes('ml') || a.have.includes('data-science')) && !mlEngineersOnIntegration(a),
    sentence: () => 'researchers-instead-of-shippers',
    triggers: (a) => [
      ...(['ml', 'data-science'] as const).filter((group) => a.have.includes(group)).map(inHouse),
      inHouse('ai'),
      // The questions behind isCustomMlJustified that were asked.
      ...(['predictive_roi', 'data_sufficiency'] as const).filter((question) => isApplicable(question, a)),
    ],
  },
  // Where further AI engineers are grown from software engineers (rule 11): ownership's
  // "rebranding existing roles instead of redesigning them".
  'rebranding-roles': {
    applies: (a) => a.have.includes('software') && !a.have.includes('ai'),
    sentence: () => 'rebranding-roles',
    triggers: () => [inHouse('software'), inHouse('ai')],
  },
};

/** The warnings these answers trigger, in WARNING_RULES order. */
export function warningsFor(answers: CompleteAnswers): Warning[] {
  return (Object.keys(WARNING_RULES) as WarningId[])
    .filter((id) => WARNING_RULES[id].applies(answers))
    .map((id) => ({ id, reason: reason(WARNING_RULES[id].sentence(answers), 'warnings', WARNING_RULES[id].triggers(answers)) }));
}
