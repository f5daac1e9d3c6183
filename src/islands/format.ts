/** Pure wording helpers shared by the islands (and the Markdown export). No DOM. */
import { QUESTION_IDS, firstUnanswered, questionPath, type Answers, type QuestionId } from '../engine/answers.ts';
import type { Approach, Group, StructureId } from '../engine/ids.ts';
import type { Headcount, Verdict } from '../engine/recommendation.ts';
import type { UrlProblem } from '../engine/url.ts';
import type { Labels } from '../content/labels.ts';

export const GROUP_TITLES: Record<Group, string> = { now: 'Hire now', next: 'Hire next', later: 'Later, at scale' };
export const APPROACH_LABELS: Record<Approach, string> = { build: 'Build (upskill in-house)', hire: 'Hire full-time', augment: 'Augment (vetted contractors)' };
export const VERDICT_LABELS: Record<Verdict, string> = { 'ai-engineer': 'AI engineer', 'ml-engineer': 'ML engineer', either: 'Either' };
export const STRUCTURE_NAMES: Record<StructureId, string> = {
  centralized: 'A small centralized AI team',
  'hub-and-spoke': 'Hub and spoke',
  'hub-and-spoke-with-feature': 'Hub and spoke, with the platform co-owning a feature',
};

/** "1", "3-5", "12-30+" style counts. */
export function formatCount(count: Headcount): string {
  const range = count.min === count.max ? `${count.min}` : `${count.min}-${count.max}`;
  return count.orMore ? `${range}+` : range;
}

/** The words for an answer, e.g. "Pilot" or "Software engineers, Data engineers" or "None". */
export function answerText(question: QuestionId, answers: Answers, labels: Labels): string {
  const value = answers[question];
  if (value === undefined) return '—';
  const options = labels.questions[question].options;
  const labelOf = (id: string) => options.find((option) => option.id === id)?.label ?? id;
  if (Array.isArray(value)) return value.length === 0 ? (labels.questions.have.noneLabel ?? 'None') : value.map(labelOf).join(', ');
  return labelOf(value as string);
}

/** The questions still to answer on the current path. */
export function missingQuestions(answers: Answers): QuestionId[] {
  return firstUnanswered(answers) === undefined ? [] : questionPath(answers).filter((question) => answers[question] === undefined);
}

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
    case 'old-version': return `“${name}=${value}”: this link was made with an earlier version of our recommendation rules. You are seeing the result of the current rules, which may differ from what the sender saw.`;
    case 'unknown-version': return `Ignored “${name}=${value}”: that is not a rules version we know, so we used the current rules.`;
    case 'too-many-problems': return `…and ${value} more problems with this link.`;
  }
}
