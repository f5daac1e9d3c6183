/**
 * Seeded partial answer sets, as a recruiter sets them in the link builder: each question on
 * the path answered or left to the recipient, conditional questions only where they apply.
 */
import { OPTIONS, QUESTION_IDS, isApplicable, isAnswered, withAnswer, type Answers, type CompleteAnswers, type QuestionId } from '../../src/engine/answers.ts';
import { seededRandom } from './sample.ts';

type Random = () => number;

/** A random answer to `question`: one option, or a subset of `have` (often empty: "none of these"). */
function randomAnswer(question: QuestionId, random: Random): Answers[QuestionId] {
  if (question === 'have') return OPTIONS.have.filter(() => random() < 0.3);
  const options = OPTIONS[question];
  return options[Math.floor(random() * options.length)]!;
}

/**
 * `count` partial answer sets drawn with `seed`, the same on every run. Each set has its own
 * rate of answered questions, so some are nearly empty and some nearly full; every eighth
 * (the first included) answers every question on its path.
 */
export function samplePartialAnswers(count: number, seed: number): Answers[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const rate = index % 8 === 0 ? 1 : random();
    let answers: Answers = {};
    // Question order puts each condition's question first, so applicability is known in turn.
    for (const question of QUESTION_IDS) {
      if (!isApplicable(question, answers) || random() >= rate) continue;
      answers = withAnswer(answers, question, randomAnswer(question, random));
    }
    return answers;
  });
}

/** `answers` with every question left on the path answered at random, as a recipient would. */
export function completedAnswers(answers: Answers, seed: number): CompleteAnswers {
  const random = seededRandom(seed);
  let completed: Answers = { ...answers };
  for (const question of QUESTION_IDS) {
    if (isApplicable(question, completed) && !isAnswered(question, completed)) completed = withAnswer(completed, question, randomAnswer(question, random));
  }
  return completed as CompleteAnswers;
}
