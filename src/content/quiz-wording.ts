/**
 * The words of the questionnaire (content/quiz.json, checked by its schema at build time).
 * Pages read them here and pass them to the quiz's islands as a prop, so the words travel in the
 * page's HTML rather than in the quiz's JavaScript: with the model's counts filled in, and the
 * page title of each step followed by the site's name.
 */
import wording from '../../content/quiz.json' with { type: 'json' };
import { withModelCounts } from './counted.ts';
import { headTitle } from './site-wording.ts';

export type QuizWording = typeof wording;
export const QUIZ_WORDING: QuizWording = withModelCounts({ ...wording, pageTitle: headTitle(wording.pageTitle) });
