/**
 * The what-if panel ([data-what-if]): every answer as a control, with the conditional
 * questions appearing and disappearing as in the quiz. A change recomputes the plan at once;
 * the difference is announced in the polite live region inside it. The panel's shell (its
 * summary, hint and live region) is drawn with the plan; its questions (WhatIfForm.tsx) load
 * with the seats' details or on first opening, whichever comes first: the result's first
 * script stays within its budget.
 */
import type { FunctionComponent } from 'preact';
import type { Answers, QuestionId } from '../../engine/answers.ts';
import type { Labels } from '../../content/labels.ts';
import { WORDING } from '../../content/result-wording.ts';
import { fill } from '../../content/fill.ts';
import type { WhatIfFormProps } from './WhatIfForm.tsx';

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
  /** The questions' form, once its code has loaded (null until then). */
  Form: FunctionComponent<WhatIfFormProps> | null;
  /** More at the panel's end (the hiring plan's "compare" button). */
  children?: preact.ComponentChildren;
}

export function WhatIf({ open, onToggle, answers, labels, waitingFor, announcement, setBySender, onChange, Form, children }: Props) {
  return (
    <details class="what-if" data-what-if open={open} onToggle={(event) => onToggle((event.currentTarget as HTMLDetailsElement).open)}>
      <summary><h2 id="what-if-title">{WORDING.headings.whatIf}</h2></summary>
      <p class="muted small">{WORDING.text.whatIfHint}</p>
      {Form && <Form answers={answers} labels={labels} waitingFor={waitingFor} setBySender={setBySender} onChange={onChange} open={open} />}
      {/* Always present (a live region must exist before it speaks); pinned in view once it has words. */}
      <p class={waitingFor || announcement ? 'what-if-status has-words' : 'what-if-status'} aria-live="polite" role="status">
        {waitingFor ? fill(WORDING.text.whatIfIncomplete, { question: labels.questions[waitingFor].short }) : announcement}
      </p>
      {children}
    </details>
  );
}
