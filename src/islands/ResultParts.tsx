/** The pieces of a result page. Pure render: every string from the engine or labels is text. */
import type { QuestionId } from '../engine/answers.ts';
import type { HireItem, Reason, Recommendation } from '../engine/recommendation.ts';
import type { Labels } from '../content/labels.ts';
import { APPROACH_LABELS, VERDICT_LABELS, answerText, formatCount } from './format.ts';
import { quizHref, roleHref, sourceHref } from './links.ts';

export interface PartProps {
  recommendation: Recommendation;
  labels: Labels;
  base: string;
  /** Where the questionnaire lives: `base`, or `${base}embed/` inside an embed. */
  quizPath?: string | undefined;
}

/** "because you answered AI stage: Pilot", each answer a link reopening that question. */
function Because({ triggers, ...props }: PartProps & { triggers: readonly QuestionId[] }) {
  const { recommendation, labels, base } = props;
  if (triggers.length === 0) return null;
  return (
    <span class="because">
      {' Because you answered '}
      {triggers.map((question, index) => (
        <span key={question}>
          {index > 0 && (index === triggers.length - 1 ? ' and ' : ', ')}
          <a href={quizHref(props.quizPath ?? base, recommendation.answers, question)} target="_self">
            {labels.questions[question].short}: {answerText(question, recommendation.answers, labels)}
          </a>
        </span>
      ))}
      .
    </span>
  );
}

/** A reason's sentence, its source (linked) and the answers behind it. */
export function ReasonLine({ reason, ...props }: PartProps & { reason: Pick<Reason, 'sentence' | 'source' | 'triggers'> }) {
  return (
    <>
      {reason.sentence}{' '}
      <span class="source">
        (Source: <a href={sourceHref(props.base, reason.source)}>{props.labels.sources[reason.source].short}</a>)
      </span>
      <Because {...props} triggers={reason.triggers} />
    </>
  );
}

export function HireItemCard({ item, position, ...props }: PartProps & { item: HireItem; position: number }) {
  const role = props.labels.roles[item.role];
  return (
    <li class="hire-item" data-role={item.role} data-group={item.group}>
      <h3>
        <span class="position" aria-hidden="true">{position}.</span>{' '}
        <a href={roleHref(props.base, item.role)}>{role.name}</a>
      </h3>
      <p class="facts">
        {item.count && <span class="fact">How many: <strong>{formatCount(item.count)}</strong></span>}
        <span class="fact">Approach: <strong>{APPROACH_LABELS[item.approach]}</strong>
          {item.laterSeatsApproach && <> for the first, then <strong>{APPROACH_LABELS[item.laterSeatsApproach].toLowerCase()}</strong></>}
        </span>
      </p>
      <ul class="reasons">
        {item.reasons.map((reason) => <li key={reason.id}><ReasonLine {...props} reason={reason} /></li>)}
      </ul>
    </li>
  );
}

export function CoveredList(props: PartProps) {
  const { recommendation, labels, base } = props;
  if (recommendation.covered.length === 0) return null;
  return (
    <section data-covered aria-labelledby="covered-title">
      <h2 id="covered-title">Already on your team</h2>
      <ul class="covered">
        {recommendation.covered.map((covered) => (
          <li key={covered.role} data-role={covered.role}>
            <a href={roleHref(base, covered.role)}>{labels.roles[covered.role].name}</a>
            {' — held by your '}{answerText('have', { have: [covered.by] }, labels).toLowerCase()}.
            {covered.suggestedCount && <> Sources suggest <strong>{formatCount(covered.suggestedCount)}</strong> at your size.</>}
            <ul class="reasons">
              {covered.reasons.map((reason) => <li key={reason.id}><ReasonLine {...props} reason={reason} /></li>)}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function WarningList(props: PartProps) {
  const { warnings, notes } = props.recommendation;
  if (warnings.length === 0 && notes.length === 0) return null;
  return (
    <section aria-labelledby="warnings-title">
      <h2 id="warnings-title">Watch out for</h2>
      <ul class="warnings">
        {warnings.map((warning) => <li key={warning.id} data-warning={warning.id}><ReasonLine {...props} reason={warning} /></li>)}
        {notes.map((note) => <li key={note.id} data-note={note.id}><ReasonLine {...props} reason={note} /></li>)}
      </ul>
    </section>
  );
}

export function Scorecard(props: PartProps) {
  const { recommendation, labels } = props;
  return (
    <section aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">AI engineer or ML engineer?</h2>
      <p class="muted">The four questions of the AI-vs-ML decision tree, and where each of your answers points.</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Scorecard table, scrolls sideways on small screens">
        <table class="scorecard">
          <thead><tr><th scope="col">Question</th><th scope="col">Your answer</th><th scope="col">Points to</th></tr></thead>
          <tbody>
            {recommendation.scorecard.map((row) => (
              <tr key={row.question}>
                <th scope="row">{labels.questions[row.question].label}</th>
                <td>{row.answer === null ? 'Not asked' : answerText(row.question, recommendation.answers, labels)}</td>
                <td><strong>{VERDICT_LABELS[row.verdict]}</strong><br /><span class="muted small">{row.reason.sentence}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
