/** The owner island's one call: resume the session once hydrated, then replay a Next pressed before that. */
import { useEffect } from 'preact/hooks';
import type { QuizSession } from '../session/quiz-session.ts';
import { takeEarlyNext } from '../session/early-input.ts';

export function useResume(session: QuizSession): void {
  useEffect(() => {
    session.resume();
    // Only onto the step that was pressed: a link or saved progress that moved the quiz elsewhere wins.
    if (takeEarlyNext() && session.view().revision === 0 && session.view().question === 'stage') {
      document.querySelector<HTMLButtonElement>('[data-question="stage"] [data-action="next"]')?.click();
    }
  }, []);
}
