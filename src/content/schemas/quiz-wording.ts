import { z } from 'astro/zod';
import { plainText, withSlots as slotted } from './plain-text.ts';

/** Text whose `{slots}` (filled in by the quiz) are exactly `slots`. */
const withSlots = (...slots: string[]) => slotted(plainText(280), ...slots);

/** content/quiz.json: the words of the questionnaire around its questions (those are in questions.yaml). */
export const quizWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('quiz'),
  /** The page's meta description: how long the quiz is (the model's counts) and what it gives. */
  description: withSlots('minQuestions', 'maxQuestions'),
  /** The intro under the page's heading, folded away after the first answer. */
  lede: withSlots('minQuestions', 'maxQuestions'),
  /** Above each question; counts the questions that apply to the answers so far (an unanswered condition counts as asked). */
  stepCount: withSlots('step', 'total'),
  /** Under each question's "why": the link to the article it rests on (`{source}` is its short name). */
  sourceLink: withSlots('source'),
  /** The page's title on each step (the site's name follows it). */
  pageTitle: withSlots('question', 'step', 'total'),
  /** The buttons: on to the next question, to the result from the last one, back, and "Update my plan". */
  next: withSlots(),
  seeResult: withSlots(),
  back: withSlots(),
  updatePlan: withSlots(),
  /** Under the buttons when "Update my plan" is offered. */
  updatePlanHint: withSlots(),
  /** When Next is pressed with nothing chosen: a single-choice question, and the in-house list. */
  chooseOne: withSlots(),
  tickSome: withSlots(),
  /** While leaving for the result. */
  preparing: withSlots(),
  /** Saved progress that could not be read. */
  storageUnreadable: withSlots(),
  /** A change removed answers to questions that no longer apply: which, and that they were removed (one, several). */
  dropped: withSlots('questions'),
  droppedOne: withSlots(),
  droppedMany: withSlots(),
  /** A link's sender set some answers: how many (one, several), by whom, their note, and what happens to those questions. */
  filledInOne: withSlots(),
  filledInMany: withSlots('count'),
  byFrom: withSlots('from'),
  /** A sender's label when they set no answer. */
  sentBy: withSlots('from'),
  senderNote: withSlots(),
  senderHint: withSlots(),
  /** The button beside each answer the sender set, and its accessible name. */
  changeSent: withSlots(),
  changeSentLabel: withSlots('question'),
  /** A link's answers differ from saved progress: what happened, and the two choices. */
  conflict: withSlots(),
  useLink: withSlots(),
  keepSaved: withSlots(),
});

export type QuizWordingEntry = z.output<typeof quizWordingSchema>;
