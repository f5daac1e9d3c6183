/**
 * Links restated for the tests from contract.md ("Answers in URLs") and domain.md
 * ("Questions"), apart from the code that writes them (src/engine/url.ts, answers.ts,
 * sender.ts): which questions a set of answers asks, where a link to them lands, and the
 * canonical query a link carries. Expectations built here cannot follow a bug in the codec.
 */
import type { Answers, QuestionId } from '../../src/engine/answers.ts';

/** domain.md's questions, in the order they are asked. */
const QUESTION_ORDER: readonly QuestionId[] = [
  'stage', 'size', 'predictive_roi', 'data_sufficiency', 'integration_speed', 'agentic', 'production_soon', 'regulated', 'have', 'urgency',
];
/** domain.md's `have` options, in their order. */
const HAVE_ORDER = ['software', 'data', 'product', 'design', 'devops', 'data-science', 'ml', 'ai'];
/** The model version a link carries (domain.md: model version 3, the current spec). */
const MODEL_VERSION = 3;

/** domain.md's "shown when": `data_sufficiency` only after `predictive_roi=yes`, `production_soon` only at `exploring` or `pilot`. */
function isAsked(question: QuestionId, answers: Answers): boolean {
  if (question === 'data_sufficiency') return answers.predictive_roi === 'yes';
  if (question === 'production_soon') return answers.stage === 'exploring' || answers.stage === 'pilot';
  return true;
}

/** The questions `answers` ask, in order (a conditional one only once its condition is answered so). */
export const askedQuestions = (answers: Answers): QuestionId[] => QUESTION_ORDER.filter((question) => isAsked(question, answers));

/** Where a link with `answers` lands: the first question asked and not answered, or the result. */
export const landingOf = (answers: Answers): QuestionId | 'result' =>
  askedQuestions(answers).find((question) => answers[question] === undefined) ?? 'result';

/**
 * The canonical query of `answers`: each answer of a question asked, in question order, `have`
 * comma-separated in option order (`none` when nobody), then the model version.
 */
export function canonicalQuery(answers: Answers): string {
  const parts = askedQuestions(answers).flatMap((question) => {
    const value = answers[question];
    if (value === undefined) return [];
    if (Array.isArray(value)) return [`have=${value.length === 0 ? 'none' : HAVE_ORDER.filter((option) => value.includes(option)).join(',')}`];
    return [`${question}=${String(value)}`];
  });
  return [...parts, `v=${MODEL_VERSION}`].join('&');
}

/** The path of a link to `answers` under `root`: the quiz while a question is open, else the result; `extra` after the answers. */
export function linkPathOf(root: string, answers: Answers, extra = ''): string {
  return `${root}${landingOf(answers) === 'result' ? 'result/' : ''}?${[canonicalQuery(answers), extra].filter(Boolean).join('&')}`;
}
