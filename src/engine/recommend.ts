import type { CompleteAnswers } from './answers.ts';
import type { Recommendation } from './recommendation.ts';

/** Answers → recommendation (rules 1-14 of domain.md). */
export function recommend(answers: CompleteAnswers): Recommendation {
  void answers;
  throw new Error('not implemented yet');
}
