/**
 * The answers a blogger fills in for readers: each question the quiz would ask, as in the
 * quiz and its what-if panel (`input[name=<question>][value=<option>]`), plus a choice that
 * leaves it open. Conditional questions appear only when they apply, as in the quiz.
 */
import { questionPath, type Answers, type QuestionId } from '../../engine/answers.ts';
import type { BuilderQuestions } from '../../content/embed-builder.ts';
import type { EmbedBuilderWording } from '../../content/schemas/embed-builder.ts';

interface Props {
  answers: Answers;
  questions: BuilderQuestions;
  wording: EmbedBuilderWording['answers'];
  onAnswer: (question: QuestionId, value: string | string[] | null) => void;
}

export function AnswerPicker({ answers, questions, wording, onAnswer }: Props) {
  return (
    <details class="builder-answers">
      <summary>{wording.legend}</summary>
      <p class="muted">{wording.hint}</p>
      {questionPath(answers).map((question) => {
        const text = questions[question];
        const value = answers[question];
        if (question === 'have') {
          const chosen: readonly string[] = Array.isArray(value) ? value : [];
          // Nothing ticked leaves the question open; "none" is an answer of its own.
          const toggle = (option: string, checked: boolean) => {
            const next = checked ? [...chosen, option] : chosen.filter((entry) => entry !== option);
            onAnswer(question, next.length > 0 ? next : null);
          };
          return (
            <fieldset key={question} class="what-if-q">
              <legend>{text.short}</legend>
              <div class="pills">
                {text.options.map((option) => (
                  <label key={option.id} class="pill">
                    <input type="checkbox" name={question} value={option.id} checked={chosen.includes(option.id)} onChange={(event) => toggle(option.id, event.currentTarget.checked)} />
                    <span>{option.label}</span>
                  </label>
                ))}
                <label class="pill">
                  <input type="checkbox" name="have_none" value="none" checked={Array.isArray(value) && value.length === 0} onChange={(event) => onAnswer(question, event.currentTarget.checked ? [] : null)} />
                  <span>{text.noneLabel}</span>
                </label>
              </div>
            </fieldset>
          );
        }
        return (
          <fieldset key={question} class="what-if-q">
            <legend>{text.short}</legend>
            <div class="pills">
              <label class="pill">
                <input type="radio" name={question} value="" checked={value === undefined} onChange={() => onAnswer(question, null)} />
                <span>{wording.open}</span>
              </label>
              {text.options.map((option) => (
                <label key={option.id} class="pill">
                  <input type="radio" name={question} value={option.id} checked={value === option.id} onChange={() => onAnswer(question, option.id)} />
                  <span>{option.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </details>
  );
}
