/**
 * The words of the questionnaire (content/quiz.json, checked by its schema at build time).
 * Pages import this and pass it to the quiz's islands as a prop, so the words travel in the
 * page's HTML rather than in the quiz's JavaScript.
 */
import wording from '../../content/quiz.json' with { type: 'json' };

export type QuizWording = typeof wording;
export const QUIZ_WORDING: QuizWording = wording;
