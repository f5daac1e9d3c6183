/** The answer space: every valid complete answer set (580,608), walked as the questionnaire asks. */
import { OPTIONS, QUESTION_IDS, isApplicable, type Answers, type CompleteAnswers, type InHouse } from './answers.ts';

/** Every subset of the `have` options (256), each in canonical order. */
export function allHaveSubsets(): InHouse[][] {
  const subsets: InHouse[][] = [];
  for (let mask = 0; mask < 1 << OPTIONS.have.length; mask += 1) {
    subsets.push(OPTIONS.have.filter((_, bit) => mask & (1 << bit)));
  }
  return subsets;
}

/**
 * Every path through the questions but `have` (2,268): each question the earlier answers ask
 * (engine/answers.ts CONDITIONS) takes each of its options in turn, earlier questions varying slowest.
 */
function allPaths(): Answers[] {
  let paths: Answers[] = [{}];
  for (const question of QUESTION_IDS) {
    if (question === 'have') continue;
    paths = paths.flatMap((answers) => (isApplicable(question, answers)
      ? OPTIONS[question].map((option): Answers => ({ ...answers, [question]: option }))
      : [answers]));
  }
  return paths;
}

/**
 * Every valid complete answer set, walking the tree as the questionnaire does (conditional
 * questions only where they apply). `haveChoices` picks the `have` subsets to combine with
 * each path: all 256 gives the full space of 580,608; one gives the 2,268 paths.
 */
export function* allAnswerSets(haveChoices: readonly (readonly InHouse[])[] = allHaveSubsets()): Generator<CompleteAnswers> {
  for (const path of allPaths()) {
    for (const have of haveChoices) yield { ...path, have } as CompleteAnswers;
  }
}
