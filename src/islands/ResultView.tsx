/** A whole result: hire order by group, covered roles, warnings, scorecard, team, answers. */
import { GROUPS } from '../engine/ids.ts';
import { questionPath } from '../engine/answers.ts';
import { GROUP_TITLES, STRUCTURE_NAMES, answerText, formatCount } from './format.ts';
import { quizHref, shareHref } from './links.ts';
import { CoveredList, HireItemCard, ReasonLine, Scorecard, WarningList, type PartProps } from './ResultParts.tsx';

export function HireOrder(props: PartProps) {
  const { hireOrder } = props.recommendation;
  return (
    <div data-hire-order>
      {GROUPS.map((group) => {
        const items = hireOrder.filter((item) => item.group === group);
        if (items.length === 0) return null;
        const start = hireOrder.indexOf(items[0]!) + 1;
        return (
          <section key={group} class={`group group-${group}`} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{GROUP_TITLES[group]}</h2>
            <ol class="hire-list" start={start}>
              {items.map((item, index) => <HireItemCard key={item.role} {...props} item={item} position={start + index} />)}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

export function TeamSummary(props: PartProps) {
  const { structure, headcount } = props.recommendation;
  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">Team shape</h2>
      <h3>{STRUCTURE_NAMES[structure.id]}</h3>
      <p><ReasonLine {...props} reason={structure.reason} /></p>
      <p><ReasonLine {...props} reason={structure.failureMode} /></p>
      <p><ReasonLine {...props} reason={structure.alsoSaid} /></p>
      <h3>Headcount: {formatCount(headcount.band)} people</h3>
      <p><ReasonLine {...props} reason={headcount.reason} /></p>
      {headcount.disagreement && (
        <p data-disagreement>
          <strong>Sources differ:</strong> {formatCount(headcount.disagreement.band)} specialists.{' '}
          <ReasonLine {...props} reason={headcount.disagreement.reason} />
        </p>
      )}
    </section>
  );
}

export function AnswerList(props: PartProps) {
  const { recommendation, labels, base } = props;
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">Your answers</h2>
      <dl class="answers">
        {questionPath(recommendation.answers).map((question) => (
          <div key={question} class="answer-row">
            <dt>{labels.questions[question].label}</dt>
            <dd>
              {answerText(question, recommendation.answers, labels)}{' '}
              <a href={quizHref(props.quizPath ?? base, recommendation.answers, question)} target="_self" aria-label={`Change your answer to: ${labels.questions[question].short}`}>Change</a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ResultView(props: PartProps) {
  return (
    <article class="result">
      <HireOrder {...props} />
      <CoveredList {...props} />
      <WarningList {...props} />
      <TeamSummary {...props} />
      <Scorecard {...props} />
      <AnswerList {...props} />
      <p><a href={`${props.quizPath ?? props.base}#restart`} target="_self" data-action="restart" class="button secondary">Start again</a></p>
      <p class="muted small">Recommendation rules version {props.recommendation.modelVersion}.</p>
      <p class="print-only">Every reason and source: {typeof window === 'undefined' ? '' : shareHref(props.base, props.recommendation.answers, window.location.href)}</p>
    </article>
  );
}
