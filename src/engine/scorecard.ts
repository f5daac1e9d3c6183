/**
 * Rule 14: ai-vs-ml's four-question decision tree, each answer with the hire it points to, so
 * the reader sees why the order starts where it does. The verdicts are the article's, unchanged
 * (model version 3): under rule 2 the one that differs from the order points to the named
 * disagreement, and where a verdict points to an ML engineer the plan rules out, the scorecard
 * says why once (rule 19).
 */
import { conditionOf, type CompleteAnswers } from './answers.ts';
import type { Scorecard, ScorecardQuestion, ScorecardRow, Verdict } from './recommendation.ts';
import type { ReasonId } from './reason-ids.ts';
import { reason, type Trigger } from './reason.ts';
import { inHouseHolder, isCustomMlJustified, isCustomModelProduct } from './rules.ts';

/** What each answer points to (ai-vs-ml's decision tree). */
const VERDICTS: Record<ScorecardQuestion, Record<string, Verdict>> = {
  // "Yes: hire an ML engineer (after you've hired AI engineers)."
  predictive_roi: { yes: 'ml-engineer', no: 'ai-engineer' },
  integration_speed: { yes: 'ai-engineer', no: 'ml-engineer' },
  // "No: could go either way, probably an AI engineer."
  agentic: { yes: 'ai-engineer', no: 'either', unsure: 'either' },
  // Not asked without a predictive task: no custom model is on the table.
  data_sufficiency: { yes: 'ml-engineer', no: 'ai-engineer', 'not-asked': 'ai-engineer' },
};

const ORDER: ScorecardQuestion[] = ['predictive_roi', 'integration_speed', 'agentic', 'data_sufficiency'];

/** The four rows, in the article's order, and the note when the plan rules out the ML engineer a row names. */
export function scorecardFor(answers: CompleteAnswers): Scorecard {
  const rows = ORDER.map((question): ScorecardRow => {
    const answer = answers[question] ?? null;
    const key = answer ?? 'not-asked';
    return {
      question,
      answer,
      verdict: VERDICTS[question][key]!,
      // A question not asked was skipped because of the answer its condition hangs on.
      reason: reason(`scorecard-${question}-${key}` as ReasonId, 'scorecard', [answer === null ? conditionOf(question)?.on ?? question : question] as Trigger[]),
      // Rule 2 puts the ML engineer first; the article says "after you've hired AI engineers".
      differs: question === 'predictive_roi' && isCustomModelProduct(answers) && !answers.have.includes('ml') && !answers.have.includes('ai') ? 'ml-first' : null,
    };
  });
  const ruledOut = rows.some((row) => row.verdict === 'ml-engineer') && !isCustomMlJustified(answers) && !inHouseHolder('ml-engineer', answers.have);
  const note = !ruledOut ? null
    : answers.predictive_roi === 'no'
      ? reason('scorecard-no-ml-without-a-task', 'sentences-agree-with-answers', ['predictive_roi'])
      : reason('scorecard-no-ml-without-data', 'sentences-agree-with-answers', ['data_sufficiency']);
  return { rows, note };
}
