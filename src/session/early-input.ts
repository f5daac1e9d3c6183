/**
 * The quiz page's first paint, handed from the inline script (src/components/QuizFirstPaint.astro)
 * to the quiz island. Until the island takes over, the script hides a step a link or saved
 * progress may replace, and holds a press of Next (or Enter) instead of letting the plain
 * form submit and reload the page; the island replays it once resumed.
 */

/** The global the inline script keeps its state in: `next` once Next was pressed early; `done` once the island took over. */
export const EARLY_INPUT = 'hireOrderEarly';
/** The attribute on <html> that hides the server-rendered step while the quiz may still change it. */
export const RESUMING = 'data-quiz-resuming';

type EarlyInput = { next?: boolean; done?: boolean };

/** Ends the early capture; true when Next was pressed before the island took over. */
export function takeEarlyNext(): boolean {
  const early = (window as unknown as Record<string, EarlyInput | undefined>)[EARLY_INPUT];
  if (!early) return false;
  early.done = true;
  return early.next === true;
}

/** Shows the step the session resumed at (the placeholder goes). */
export function revealQuiz(): void {
  document.documentElement.removeAttribute(RESUMING);
}
