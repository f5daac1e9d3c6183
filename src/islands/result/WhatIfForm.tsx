/**
 * The what-if panel's questions (WhatIf.tsx draws the panel around them): every answer on the
 * path as pills, each question re-rendered only when its own answer, mark or wait changes.
 */
import { questionPath, type Answers, type QuestionId } from '../../engine/answers.ts';
import type { Labels } from '../../content/labels.ts';
import { WORDING } from '../../content/result-wording.ts';
import { pure } from './pure.ts';
import { useRef } from 'preact/hooks';
import { useStages } from './use-stages.ts';
import { NONE, OptionGroup, chosenOf, type OptionLook } from '../OptionGroup.tsx';

export interface WhatIfFormProps {
  answers: Answers;
  labels: Labels;
  /** The question the panel waits for (a change opened it), if any. */
  waitingFor: QuestionId | null;
  /** Questions set by the link's sender, marked as such. */
  setBySender?: ReadonlySet<QuestionId>;
  onChange: (question: QuestionId, value: string | string[]) => void;
  /** The panel is open: every question drawn now (while it is closed they are drawn one a task). */
  open: boolean;
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
  onChange: WhatIfFormProps['onChange'];
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

export default function WhatIfForm({ answers, labels, waitingFor, setBySender, onChange, open }: WhatIfFormProps) {
  const path = questionPath(answers);
  const drawn = useStages(path.length);
  // Once opened, every question stays drawn, even if the panel is closed before the stages end.
  const opened = useRef(false);
  if (open) opened.current = true;
  return (
    <form class="what-if-form" onSubmit={(event) => event.preventDefault()}>
      {(opened.current ? path : path.slice(0, drawn)).map((question) => (
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
  );
}
