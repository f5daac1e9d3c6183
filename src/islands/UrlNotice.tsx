/** The `[data-notice]` message: what the link got wrong, parameter by parameter, as text. */
import type { UrlProblem } from '../engine/url.ts';
import type { QuestionId } from '../engine/answers.ts';
import type { Labels } from '../content/labels.ts';
import { problemMessage } from '../content/problem-message.ts';

interface Props {
  problems: readonly UrlProblem[];
  missing?: readonly QuestionId[];
  labels: Labels;
  continueHref?: string;
}

export function UrlNotice({ problems, missing = [], labels, continueHref }: Props) {
  if (problems.length === 0 && missing.length === 0) return null;
  return (
    <div class="notice" data-notice role="status">
      {problems.length > 0 && (
        <>
          <p><strong>Some of this link could not be used.</strong> Everything else works as usual.</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.kind}:${problem.parameter}`} data-parameter={problem.parameter}>{problemMessage(problem, labels)}</li>
            ))}
          </ul>
        </>
      )}
      {missing.length > 0 && (
        <p>
          {'This link does not answer every question yet. Missing: '}
          {missing.map((question, index) => (
            <span key={question}>
              {index > 0 && ', '}
              {labels.questions[question].short} (<code>{question}</code>)
            </span>
          ))}
          .{' '}
          {continueHref && <a href={continueHref}>Continue the questionnaire from there</a>}
        </p>
      )}
    </div>
  );
}
