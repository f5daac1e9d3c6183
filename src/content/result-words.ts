import type { ResultLabels } from './labels.ts';
import type { ResultWording } from './result-wording.ts';

/** What /result/words.json holds: everything a result page is written with, fetched as it opens. */
export interface ResultWords {
  labels: ResultLabels;
  wording: ResultWording;
}

/** The few words the result page shows before /result/words.json arrives (or if it cannot), as props. */
export interface FirstWords {
  title: string;
  working: string;
  failed: string;
  tryAgain: string;
}
