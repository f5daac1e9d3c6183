import type { ResultLabels } from './labels.ts';
import type { ResultWording } from './result-wording.ts';

/** What /result/words.json holds: everything a result page is written with, fetched as it opens. */
export interface ResultWords {
  /** The questions, roles, sources, rules, the link notice's words and every reason's sentence. */
  labels: ResultLabels;
  /** The result's own words (content/result.json), given to WORDING before anything is drawn. */
  wording: ResultWording;
}

/** The few words the result page shows before /result/words.json arrives (or if it cannot), as props. */
export interface FirstWords {
  /** The page's heading. */
  title: string;
  /** "Working out your hire order…", while the file and the plan are on their way. */
  working: string;
  /** The alert when the file cannot be fetched. */
  failed: string;
  /** Its button, which asks again. */
  tryAgain: string;
  /** Its link to the questionnaire, prefilled with the link's answers (which needs no words). */
  continueQuiz: string;
}
