/**
 * The questions as the builder asks them: one fieldset per question on the current path (a
 * conditional one only while it applies), every one optional. Single-choice questions start
 * on "Let them answer"; `have` is left to them while nothing is ticked. Same `input[name][value]`
 * controls as the quiz, "none of these" included.
 */
import { conditionOf, questionPath, type Answers, type InHouse, type SingleChoiceQuestion } from '../../engine/answers.ts';
import type { Labels } from '../../content/labels.ts';
import { fill } from '../../content/fill.ts';
import { SHARE_WORDING as W } from '../../share/wording.ts';
import { toggledHave, type ShareBuilder } from '../../share/builder-model.ts';

interface Props {
  builder: ShareBuilder;
  labels: Labels;
}

function ChoiceField({ question, builder, labels }: Props & { question: SingleChoiceQuestion }) {
  const text = labels.questions[question];
  const value = builder.answers.value[question];
  // A conditional question is shown once the answer it hangs on is set (engine/answers.ts CONDITIONS).
  const cause = conditionOf(question)?.on;
  const noteId = `share-${question}-cause`;
  return (
    <fieldset class="share-question" aria-describedby={cause ? noteId : undefined}>
      <legend>{text.label}</legend>
      {cause && <p class="share-cause" id={noteId}>{fill(W.conditional, { question: labels.questions[cause].short })}</p>}
      <div class="share-options">
        <label class="share-option share-option-open">
          <input type="radio" name={question} value="" checked={value === undefined} onChange={() => builder.choose(question, undefined)} />
          <span>{W.letThemAnswer}</span>
        </label>
        {text.options.map((option) => (
          <label key={option.id} class="share-option">
            <input type="radio" name={question} value={option.id} checked={value === option.id} onChange={() => builder.choose(question, option.id as Answers[typeof question])} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function HaveField({ builder, labels }: Props) {
  const text = labels.questions.have;
  const have = builder.answers.value.have;
  // Reads the answer when the box changes, not when it was drawn: two clicks can come before a render.
  const toggle = (box: InHouse | 'none', ticked: boolean) => builder.choose('have', toggledHave(builder.answers.peek().have, box, ticked));
  return (
    <fieldset class="share-question" aria-describedby="share-have-help share-have-state">
      <legend>{text.label}</legend>
      <p class="share-cause" id="share-have-help">{W.haveHelp}</p>
      <div class="share-options">
        {text.options.map((option) => (
          <label key={option.id} class="share-option">
            <input type="checkbox" name="have" value={option.id} checked={have?.includes(option.id as InHouse) ?? false} onChange={(event) => toggle(option.id as InHouse, event.currentTarget.checked)} />
            <span>{option.label}</span>
          </label>
        ))}
        <label class="share-option">
          <input type="checkbox" name="have_none" value="none" checked={have !== undefined && have.length === 0} onChange={(event) => toggle('none', event.currentTarget.checked)} />
          <span>{text.noneLabel}</span>
        </label>
      </div>
      <p class="share-state" id="share-have-state">{have === undefined ? W.haveOpen : ''}</p>
    </fieldset>
  );
}

export function AnswerFields({ builder, labels }: Props) {
  return (
    <section class="share-answers" aria-labelledby="share-answers-title">
      <h2 id="share-answers-title">{W.headings.answers}</h2>
      <p class="muted">{W.answersHelp}</p>
      {questionPath(builder.answers.value).map((question) =>
        question === 'have'
          ? <HaveField key={question} builder={builder} labels={labels} />
          : <ChoiceField key={question} question={question} builder={builder} labels={labels} />)}
    </section>
  );
}
