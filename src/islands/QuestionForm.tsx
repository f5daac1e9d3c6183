/**
 * One question as a form: a fieldset whose legend is the question, radios (or checkboxes for
 * `have`, with an explicit "none of these"), and a bar of actions that stays in view on a
 * phone: Back (secondary, at the left), "Update my plan" when offered, Next. Enter and Next
 * confirm without submitting the form: a frame sandboxed without `allow-forms` (WordPress's)
 * never fires submit.
 */
import { useRef, useState } from 'preact/hooks';
import type { Answers, QuestionId } from '../engine/answers.ts';
import type { Labels } from '../content/labels.ts';
import type { QuizWording } from '../content/quiz-wording.ts';
import { fill } from '../content/fill.ts';
import { sourceHref } from '../links.ts';
import { NONE, OptionGroup, chosenOf, type OptionLook } from './OptionGroup.tsx';

interface Props {
  question: QuestionId;
  answers: Answers;
  labels: Labels;
  words: QuizWording;
  base: string;
  step: { step: number; total: number };
  canGoBack: boolean;
  /** Offer "Update my plan" (entered from a result, every answer given). */
  offersUpdate: boolean;
  /** Start from what is checked in the server-rendered form (a choice made before hydration). */
  adopt: boolean;
  headingRef: { current: HTMLHeadingElement | null };
  onAnswer: (value: string | readonly string[]) => void;
  onUpdate: (value: string | readonly string[]) => void;
  onBack: () => void;
}

/** The quiz's options: each a card with its label and hint. */
const CARDS: OptionLook = { group: 'options', option: 'option', none: 'option option-none', hints: true };

/** The form's current choice: an option id, the `have` ids (or "none of these"), or nothing yet. */
function initialChoice(question: QuestionId, answers: Answers): string[] {
  const value = answers[question];
  return value === undefined ? [] : chosenOf(value);
}

/** What the page shows checked for `question` before the island took over, if anything. */
function checkedInPage(question: QuestionId): string[] {
  if (typeof document === 'undefined') return [];
  return Array.from(document.querySelectorAll<HTMLInputElement>(`[data-question="${question}"] input:checked`), (input) => input.value);
}

export function QuestionForm(props: Props) {
  const { question, answers, labels, words, base, step, canGoBack, offersUpdate, headingRef, onAnswer, onUpdate, onBack } = props;
  const text = labels.questions[question];
  const multiple = question === 'have';
  const [choice, setChoice] = useState<string[]>(() => {
    const early = props.adopt ? checkedInPage(question) : [];
    return early.length > 0 ? early : initialChoice(question, answers);
  });
  const [error, setError] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  function toggle(id: string, checked: boolean) {
    setError('');
    if (!multiple) return setChoice([id]);
    if (id === NONE) return setChoice(checked ? [NONE] : []);
    setChoice((current) => (checked ? [...current.filter((c) => c !== NONE), id] : current.filter((c) => c !== id)));
  }

  /** Confirms the choice with `then` (move on, or update the plan); says what is missing otherwise. */
  const confirmWith = (then: (value: string | readonly string[]) => void) => (event: Event) => {
    event.preventDefault(); // never a native submission: the answer stays in the page
    if (choice.length === 0) {
      setError(multiple ? words.tickSome : words.chooseOne);
      formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    then(multiple ? choice.filter((c) => c !== NONE) : choice[0]!);
  };
  const confirmChoice = confirmWith(onAnswer);

  // Enter on an option confirms it, checkboxes included (natively Enter submits on radios only).
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) confirmChoice(event);
  }

  const errorId = `${question}-error`;
  const whyId = `${question}-why`;
  const last = step.step === step.total;
  return (
    <form ref={formRef} class="question" data-question={question} onSubmit={(event) => event.preventDefault()} onKeyDown={onKeyDown} noValidate>
      <fieldset aria-describedby={error ? `${whyId} ${errorId}` : whyId}>
        <legend>
          <span class="step-count">{fill(words.stepCount, step)}</span>
          <h2 ref={headingRef} tabIndex={-1} id={`${question}-heading`}>{text.label}</h2>
        </legend>
        <p class="why" id={whyId}>
          {text.why}{' '}
          <a href={sourceHref(base, text.source)}>{fill(words.sourceLink, { source: labels.sources[text.source].short })}</a>
        </p>
        {text.help && <p class="help">{text.help}</p>}
        {error && <p class="field-error" id={errorId} role="alert">{error}</p>}
        <OptionGroup question={question} options={text.options} chosen={choice} look={CARDS} noneLabel={text.noneLabel} onToggle={toggle} />
      </fieldset>
      {offersUpdate && !last && <p class="update-hint muted small">{words.updatePlanHint}</p>}
      <div class="actions">
        {canGoBack && <button type="button" class="button secondary back" data-action="back" onClick={onBack}>{words.back}</button>}
        {offersUpdate && !last && <button type="button" class="button secondary" data-action="update-plan" onClick={confirmWith(onUpdate)}>{words.updatePlan}</button>}
        <button type="submit" class="button next" data-action="next" onClick={confirmChoice}>{last ? words.seeResult : words.next}</button>
      </div>
    </form>
  );
}
