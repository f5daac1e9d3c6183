/**
 * The what-if panel ([data-what-if]): every answer as a control, with the conditional
 * questions appearing and disappearing as in the quiz. A change recomputes the plan at once;
 * the difference is announced in the polite live region inside it.
 */
import { questionPath, type Answers, type QuestionId } from '../../engine/answers.ts';
import type { Labels } from '../../content/labels.ts';
import { WORDING } from '../../content/result-wording.ts';
import { fill } from '../../content/fill.ts';
import { pure } from './pure.ts';
import { NONE, OptionGroup, chosenOf, type OptionLook } from '../OptionGroup.tsx';

interface Props {
  /** Whether the panel is open (a Change link opens it). */
  open: boolean;
  onToggle: (open: boolean) => void;
  answers: Answers;
  labels: Labels;
  /** The question the panel waits for (a change opened it), if any. */
  waitingFor: QuestionId | null;
  announcement: string;
  /** Questions set by the link's sender, marked as such. */
  setBySender?: ReadonlySet<QuestionId>;
  /** Kept the same function across renders, so unchanged questions are not re-rendered. */
  onChange: (question: QuestionId, value: string | string[]) => void;
  /** More at the panel's end (the hiring plan's "compare" button). */
  children?: preact.ComponentChildren;
}

/** The panel's options: pills. */
const PILLS: OptionLook = { group: 'pills', option: 'pill' };

interface QuestionProps {
  question: QuestionId;
  text: Labels['questions'][QuestionId];
  /** The answer given (the same value, so the same reference, until this question changes). */
  value: Answers[QuestionId];
  waiting: boolean;
  setBySender: boolean;
  onChange: Props['onChange'];
}

/** One question's controls; re-rendered only when its own answer, mark or wait changes. */
const Question = pure(({ question, text, value, waiting, setBySender, onChange }: QuestionProps) => {
  const chosen = chosenOf(value);
  const ticked = chosen.filter((id) => id !== NONE);
  const toggle = (option: string, checked: boolean) => {
    if (question !== 'have') return onChange(question, option);
    if (option === NONE) return onChange(question, []);
    onChange(question, checked ? [...ticked, option] : ticked.filter((c) => c !== option));
  };
  return (
    <fieldset id={`what-if-${question}`} class={waiting ? 'what-if-q waiting' : 'what-if-q'}>
      <legend>
        {text.short}
        {setBySender && <span class="sender-mark"> · {WORDING.text.setBySender}</span>}
      </legend>
      <OptionGroup question={question} options={text.options} chosen={chosen} look={PILLS} noneLabel={text.noneLabel} onToggle={toggle} />
    </fieldset>
  );
});

export function WhatIf({ open, onToggle, answers, labels, waitingFor, announcement, setBySender, onChange, children }: Props) {
  return (
    <details class="what-if" data-what-if open={open} onToggle={(event) => onToggle((event.currentTarget as HTMLDetailsElement).open)}>
      <summary><h2 id="what-if-title">{WORDING.headings.whatIf}</h2></summary>
      <p class="muted small">{WORDING.text.whatIfHint}</p>
      <form class="what-if-form" onSubmit={(event) => event.preventDefault()}>
        {questionPath(answers).map((question) => (
          <Question
            key={question}
            question={question}
            text={labels.questions[question]}
            value={answers[question]}
            waiting={waitingFor === question}
            setBySender={setBySender?.has(question) ?? false}
            onChange={onChange}
          />
        ))}
      </form>
      {/* Always present (a live region must exist before it speaks); pinned in view once it has words. */}
      <p class={waitingFor || announcement ? 'what-if-status has-words' : 'what-if-status'} aria-live="polite" role="status">
        {waitingFor ? fill(WORDING.text.whatIfIncomplete, { question: labels.questions[waitingFor].short }) : announcement}
      </p>
      {children}
    </details>
  );
}
