/**
 * Rule 14: ai-vs-ml's four-question decision tree, each answer with the hire it points to,
 * so the reader sees why the order starts where it does.
 */
import { conditionOf, type CompleteAnswers } from './answers.ts';
import type { ScorecardQuestion, ScorecardRow, Verdict } from './recommendation.ts';
import type { ReasonId } from './reason-ids.ts';
import { reason } from './reason.ts';

/** What each answer points to (ai-vs-ml's decision tree). */
const VERDICTS: Record<ScorecardQuestion, Record<string, Verdict>> = {
  predictive_roi: { yes: 'ml-engineer', no: 'ai-engineer' },
  integration_speed: { yes: 'ai-engineer', no: 'ml-engineer' },
  // "No: could go either way, probably an AI engineer."
  agentic: { yes: 'ai-engineer', no: 'either', unsure: 'either' },
  // Not asked without a predictive task: no custom model is on the table.
  data_sufficiency: { yes: 'ml-engineer', no: 'ai-engineer', 'not-asked': 'ai-engineer' },
};

const ORDER: ScorecardQuestion[] = ['predictive_roi', 'integration_speed', 'agentic', 'data_sufficiency'];

/** The four rows, in the article's order. */
export function scorecardFor(answers: CompleteAnswers): ScorecardRow[] {
  return ORDER.map((question) => {
    const answer = answers[question] ?? null;
    const key = answer ?? 'not-asked';
    return {
      question,
      answer,
      verdict: VERDICTS[question][key]!,
      // A question not asked was skipped because of the answer its condition hangs on.
      reason: reason(`scorecard-${question}-${key}` as ReasonId, 'scorecard', [answer === null ? conditionOf(question)?.on ?? question : question]),
    };
  });
}
