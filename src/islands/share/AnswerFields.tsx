/**
 * The questions as the builder asks them: one fieldset per question on the current path (a
 * conditional one only while it applies), every one optional. Single-choice questions start
 * on "Let them answer"; `have` is left to them while nothing is ticked. Same `input[name][value]`
 * controls as the quiz, "none of these" included.
 */
import { conditionOf, questionPath, type Answers, type InHouse, type QuestionId } from '../../engine/answers.ts';
import type { Labels } from '../../content/labels.ts';
import { fill } from '../../content/fill.ts';
import type { ShareWording } from '../../share/wording.ts';
import { toggledHave, type ShareBuilder } from '../../share/builder-model.ts';
import { NONE, OPEN, OptionGroup, chosenOf, type OptionLook } from '../OptionGroup.tsx';

interface Props {
  builder: ShareBuilder;
  labels: Labels;
  words: ShareWording;
}

/** The builder's options, the open choice set apart. */
const CHOICES: OptionLook = { group: 'share-options', option: 'share-option', open: 'share-option share-option-open' };

function QuestionField({ question, builder, labels, words: W }: Props & { question: QuestionId }) {
  const text = labels.questions[question];
  const value = builder.answers.value[question];
  // A conditional question is shown once the answer it hangs on is set (engine/answers.ts CONDITIONS).
  const cause = conditionOf(question)?.on;
  const have = question === 'have';
  const noteId = have ? 'share-have-help' : `share-${question}-cause`;
  const note = have ? W.haveHelp : cause && fill(W.conditional, { question: labels.questions[cause].short });
  // `have` reads its answer when a box changes, not when it was drawn: two clicks can come before a render.
  const toggle = (option: string, ticked: boolean) => have
    ? builder.choose('have', toggledHave(builder.answers.peek().have, option as InHouse | typeof NONE, ticked))
    : builder.choose(question, option === OPEN ? undefined : (option as Answers[typeof question]));
  return (
    <fieldset class="share-question" aria-describedby={have ? `${noteId} share-have-state` : note ? noteId : undefined}>
      <legend>{text.label}</legend>
      {note && <p class="share-cause" id={noteId}>{note}</p>}
      <OptionGroup
        question={question} options={text.options} chosen={chosenOf(value)} look={CHOICES}
        openLabel={W.letThemAnswer} noneLabel={text.noneLabel} onToggle={toggle}
      />
      {have && <p class="share-state" id="share-have-state">{value === undefined ? W.haveOpen : ''}</p>}
    </fieldset>
  );
}

export function AnswerFields({ builder, labels, words: W }: Props) {
  return (
    <section class="share-answers" aria-labelledby="share-answers-title">
      <h2 id="share-answers-title">{W.headings.answers}</h2>
      <p class="muted">{W.answersHelp}</p>
      {questionPath(builder.answers.value).map((question) => <QuestionField key={question} question={question} builder={builder} labels={labels} words={W} />)}
    </section>
  );
}
