/** Renders a component from its quiz session: the session's view, drawn again after every change. */
import { useEffect, useReducer } from 'preact/hooks';
import type { QuizSession, QuizView } from '../session/quiz-session.ts';

export function useView(session: QuizSession): QuizView {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const view = session.view();
  // A change between this render and the subscription is drawn too.
  useEffect(() => {
    const unsubscribe = session.subscribe(() => rerender(undefined));
    if (session.view() !== view) rerender(undefined);
    return unsubscribe;
  }, [session]);
  return view;
}
