/**
 * The answers a blogger fills in for readers: each question the quiz would ask, as in the
 * quiz and its what-if panel (`input[name=<question>][value=<option>]`), plus a choice that
 * leaves it open. Conditional questions appear only when they apply, as in the quiz.
 */
import { questionPath, type Answers, type QuestionId } from '../../engine/answers.ts';
import type { BuilderQuestions } from '../../content/embed-builder.ts';
import type { EmbedBuilderWording } from '../../content/schemas/embed-builder.ts';
import { NONE, OPEN, OptionGroup, chosenOf, type OptionLook } from '../OptionGroup.tsx';

interface Props {
  answers: Answers;
  questions: BuilderQuestions;
  wording: EmbedBuilderWording['answers'];
  onAnswer: (question: QuestionId, value: string | string[] | null) => void;
}

/** The builder's options: pills, as in the what-if panel. */
const PILLS: OptionLook = { group: 'pills', option: 'pill' };

export function AnswerPicker({ answers, questions, wording, onAnswer }: Props) {
  return (
    <details class="builder-answers">
      <summary>{wording.legend}</summary>
      <p class="muted">{wording.hint}</p>
      {questionPath(answers).map((question) => {
        const text = questions[question];
        const value = answers[question];
        const held: readonly string[] = Array.isArray(value) ? value : [];
        // Nothing ticked leaves `have` open; "none" is an answer of its own.
        const toggle = (option: string, checked: boolean) => {
          if (question !== 'have') return onAnswer(question, option === OPEN ? null : option);
          if (option === NONE) return onAnswer(question, checked ? [] : null);
          const next = checked ? [...held, option] : held.filter((entry) => entry !== option);
          onAnswer(question, next.length > 0 ? next : null);
        };
        return (
          <fieldset key={question} class="what-if-q">
            <legend>{text.short}</legend>
            <OptionGroup
              question={question} options={text.options} chosen={chosenOf(value)} look={PILLS}
              openLabel={wording.open} noneLabel={text.noneLabel} onToggle={toggle}
            />
          </fieldset>
        );
      })}
    </details>
  );
}
