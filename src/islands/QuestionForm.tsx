/**
 * One question as a form: a fieldset whose legend is the question, radios (or checkboxes for
 * `have`, with an explicit "none of these"), Next and Back. Enter and Next confirm without
 * submitting the form: a frame sandboxed without `allow-forms` (WordPress's) never fires submit.
 */
import { useRef, useState } from 'preact/hooks';
import type { Answers, QuestionId } from '../engine/answers.ts';
import type { Labels } from '../content/labels.ts';
import { sourceHref } from './links.ts';

interface Props {
  question: QuestionId;
  answers: Answers;
  labels: Labels;
  base: string;
  step: { step: number; total: number };
  canGoBack: boolean;
  headingRef: { current: HTMLHeadingElement | null };
  onAnswer: (value: string | readonly string[]) => void;
  onBack: () => void;
}

const NONE = 'none';

/** The form's current choice: an option id, the `have` ids, or nothing yet. */
function initialChoice(question: QuestionId, answers: Answers): string[] {
  const value = answers[question];
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.length === 0 ? [NONE] : [...value];
  return [value as string];
}

export function QuestionForm({ question, answers, labels, base, step, canGoBack, headingRef, onAnswer, onBack }: Props) {
  const text = labels.questions[question];
  const multiple = question === 'have';
  const [choice, setChoice] = useState<string[]>(() => initialChoice(question, answers));
  const [error, setError] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  function toggle(id: string, checked: boolean) {
    setError('');
    if (!multiple) return setChoice([id]);
    if (id === NONE) return setChoice(checked ? [NONE] : []);
    setChoice((current) => (checked ? [...current.filter((c) => c !== NONE), id] : current.filter((c) => c !== id)));
  }

  function confirmChoice(event: Event) {
    event.preventDefault(); // never a native submission: the answer stays in the page
    if (choice.length === 0) {
      setError(multiple ? 'Tick everyone already in-house, or “none of these”.' : 'Choose an answer to continue.');
      formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    onAnswer(multiple ? choice.filter((c) => c !== NONE) : choice[0]!);
  }

  // Enter on an option confirms it, checkboxes included (natively Enter submits on radios only).
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) confirmChoice(event);
  }

  const errorId = `${question}-error`;
  const whyId = `${question}-why`;
  return (
    <form ref={formRef} class="question" data-question={question} onSubmit={(event) => event.preventDefault()} onKeyDown={onKeyDown} noValidate>
      <fieldset aria-describedby={error ? `${whyId} ${errorId}` : whyId}>
        <legend>
          <span class="step-count">Question {step.step} of {step.total}</span>
          <h2 ref={headingRef} tabIndex={-1} id={`${question}-heading`}>{text.label}</h2>
        </legend>
        <p class="why" id={whyId}>
          {text.why}{' '}
          <a href={sourceHref(base, text.source)}>Source: {labels.sources[text.source].short}</a>
        </p>
        {text.help && <p class="help">{text.help}</p>}
        {error && <p class="field-error" id={errorId} role="alert">{error}</p>}
        <div class="options">
          {text.options.map((option) => (
            <label key={option.id} class="option">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={question}
                value={option.id}
                checked={choice.includes(option.id)}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
              <span class="option-text">
                <span class="option-label">{option.label}</span>
                {option.hint && <span class="option-hint">{option.hint}</span>}
              </span>
            </label>
          ))}
          {multiple && (
            <label class="option option-none">
              <input type="checkbox" name="have_none" value={NONE} checked={choice.includes(NONE)} onChange={(event) => toggle(NONE, event.currentTarget.checked)} />
              <span class="option-text"><span class="option-label">{text.noneLabel}</span></span>
            </label>
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button" data-action="next" onClick={confirmChoice}>{step.step === step.total ? 'See my hire order' : 'Next'}</button>
        {canGoBack && <button type="button" class="button secondary" data-action="back" onClick={onBack}>Back</button>}
      </div>
    </form>
  );
}
