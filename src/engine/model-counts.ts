/**
 * The counts of the model that copy names ("8 to 10 questions", "17 rules"), read off the model so
 * they cannot drift from it: content files write them as `{slots}`, filled in at build time.
 */
import { CONDITIONS, OPTIONS, QUESTION_IDS, questionPath, type Answers } from './answers.ts';
import { RULES, ROLE_IDS, SOURCE_IDS } from './ids.ts';

/** The slots content may use for a count of the model: the fewest and most questions asked, all the questions and the conditional ones, rules, roles and sources. */
export const COUNT_SLOTS = ['minQuestions', 'maxQuestions', 'questions', 'conditionalQuestions', 'rules', 'roles', 'sources'] as const;
export type ModelCounts = Record<(typeof COUNT_SLOTS)[number], number>;

/**
 * The fewest and the most questions a visitor is asked: the shortest and the longest question
 * path over every answer set (each single-choice answer, and for `have` nobody or each one alone).
 */
export function questionCountRange(): { min: number; max: number } {
  const lengths: number[] = [];
  const walk = (answers: Answers, at: number): void => {
    const question = QUESTION_IDS[at];
    if (question === undefined) {
      lengths.push(questionPath(answers).length);
      return;
    }
    const values: readonly unknown[] = question === 'have' ? [[], ...OPTIONS.have.map((option) => [option])] : OPTIONS[question];
    for (const value of values) walk({ ...answers, [question]: value }, at + 1);
  };
  walk({}, 0);
  return { min: Math.min(...lengths), max: Math.max(...lengths) };
}

let counts: ModelCounts | undefined;

/** The model's counts, worked out once. Rules are domain.md's numbered ones (rule 0 is the phase table). */
export function modelCounts(): ModelCounts {
  if (!counts) {
    const { min, max } = questionCountRange();
    counts = {
      minQuestions: min,
      maxQuestions: max,
      questions: QUESTION_IDS.length,
      conditionalQuestions: Object.keys(CONDITIONS).length,
      rules: Object.values(RULES).filter((number) => number > 0).length,
      roles: ROLE_IDS.length,
      sources: SOURCE_IDS.length,
    };
  }
  return counts;
}
