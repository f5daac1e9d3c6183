/** The `[data-notice]` message: what the link got wrong, parameter by parameter, as text. */
import type { UrlProblem } from '../engine/url.ts';
import type { QuestionId } from '../engine/answers.ts';
import type { Labels } from '../content/labels.ts';
import { problemMessage } from '../content/answer-words.ts';

interface Props {
  problems: readonly UrlProblem[];
  missing?: readonly QuestionId[];
  labels: Labels;
  continueHref?: string;
}

export function UrlNotice({ problems, missing = [], labels, continueHref }: Props) {
  if (problems.length === 0 && missing.length === 0) return null;
  const words = labels.notice;
  return (
    <div class="notice" data-notice role="status">
      {problems.length > 0 && (
        <>
          <p><strong>{words.problemsTitle}</strong> {words.problemsRest}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.kind}:${problem.parameter}`} data-parameter={problem.parameter}>{problemMessage(problem, labels)}</li>
            ))}
          </ul>
        </>
      )}
      {missing.length > 0 && (
        <p>
          {words.missing}{' '}
          {missing.map((question, index) => (
            <span key={question}>
              {index > 0 && ', '}
              {labels.questions[question].short} (<code>{question}</code>)
            </span>
          ))}
          .{' '}
          {continueHref && <a href={continueHref}>{words.continueQuiz}</a>}
        </p>
      )}
    </div>
  );
}
