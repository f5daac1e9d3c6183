/**
 * The questionnaire machine of the product: the flow of quiz-flow.ts whose final `result`
 * state outputs the engine's recommendation for the answers given.
 */
import { recommend } from '../engine/recommend.ts';
import { createQuizMachine } from './quiz-flow.ts';

export type { QuizContext, QuizEvent, QuizInput } from './quiz-flow.ts';

export const quizMachine = createQuizMachine(recommend);
