/** What a link got wrong, in words (the notice on the quiz, the result and the link builder). No DOM. */
import { QUESTION_IDS, type QuestionId } from '../engine/answers.ts';
import type { UrlProblem } from '../engine/url.ts';
import type { Labels } from './labels.ts';

/** A polite sentence for one URL problem. Returns plain text: the caller renders it as text. */
export function problemMessage(problem: UrlProblem, labels: Labels): string {
  const name = problem.parameter;
  const value = problem.value ?? '';
  const isQuestion = (QUESTION_IDS as readonly string[]).includes(name);
  const question = isQuestion ? labels.questions[name as QuestionId].short : name;
  switch (problem.kind) {
    case 'unknown-parameter': return `Ignored “${name}”: it is not one of our questions.`;
    case 'unknown-option': return `Ignored “${name}=${value}”: that is not one of the answers to ${question}.`;
    case 'inapplicable': return `Ignored “${name}”: that question only applies to some earlier answers, and this link's answers skip it.`;
    case 'duplicate': return `“${name}” was given more than once; we used the first valid one.`;
    case 'too-long': return name ? `Ignored “${name}”: its value is too long.` : 'The link is very long; we read only its beginning.';
    case 'old-version': return `This link was made with an earlier version of our recommendation rules (${name}=${value}), so the plan below follows today's rules and may differ from what the sender saw.`;
    case 'unknown-version': return `Ignored “${name}=${value}”: that is not a rules version we know, so we used the current rules.`;
    case 'too-many-problems': return `…and ${value} more problems with this link.`;
  }
}
