/**
 * The rest of a result: covered seats, warnings, the team (approaches, structure, headcount), the
 * scorecard. The team and the scorecard fold on a phone (src/islands/Disclosure.tsx).
 */
import { useMemo } from 'preact/hooks';
import type { ResultDocument } from '../../result/document.ts';
import { WORDING } from '../../content/result-wording.ts';
import { roleHref } from '../../links.ts';
import { Differ, ReasonLine, type LinkContext } from './Reason.tsx';
import { Disclosure, isWide } from '../Disclosure.tsx';

interface Props {
  doc: ResultDocument;
  context: LinkContext;
}

export function Covered({ doc, context }: Props) {
  if (!doc.covered) return null;
  return (
    <section data-covered aria-labelledby="covered-title">
      <h2 id="covered-title">{WORDING.headings.covered}</h2>
      <p><ReasonLine reason={doc.covered.intro} context={context} because={false} /></p>
      <ul class="covered">
        {doc.covered.roles.map((covered) => (
          <li key={covered.role} data-role={covered.role}>
            <a href={roleHref(context.base, covered.role)}>{covered.name}</a>: {covered.heldBy}{covered.countText && <>; <strong>{covered.countText}</strong></>}.
            {covered.reasons.length > 0 && (
              <ul class="reasons">{covered.reasons.map((reason) => <li key={reason.id}><ReasonLine reason={reason} context={context} /></li>)}</ul>
            )}
            <Differ disagreements={covered.disagreements} context={context} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Warnings({ doc, context }: Props) {
  if (doc.warnings.length === 0 && doc.notes.length === 0) return null;
  return (
    <section aria-labelledby="warnings-title">
      <h2 id="warnings-title">{WORDING.headings.warnings}</h2>
      <ul class="warnings">
        {doc.warnings.map((warning) => (
          <li key={warning.id} id={`warning-${warning.id}`} data-warning={warning.id}>
            <strong>{WORDING.warningTitles[warning.id]}.</strong> <ReasonLine reason={warning.reason} context={context} />
          </li>
        ))}
        {doc.notes.map((note) => <li key={note.id} data-note={note.id}><ReasonLine reason={note} context={context} /></li>)}
      </ul>
    </section>
  );
}

export function Team({ doc, context }: Props) {
  const { structure, headcount } = doc;
  const wide = useMemo(isWide, []);
  return (
    <Disclosure id="team" className="result-part" title={WORDING.headings.team} open={wide}>
      <h3>{WORDING.headings.approaches}</h3>
      <ul class="approach-list">
        {doc.approaches.map((use) => (
          <li key={use.approach}>
            <ReasonLine reason={use.reason} context={context} because={false} />
            {use.note && <> <span class="approach-note"><ReasonLine reason={use.note} context={context} because={false} /></span></>}
          </li>
        ))}
      </ul>
      <h3>{WORDING.headings.headcount}: {headcount.text}</h3>
      <p><ReasonLine reason={headcount.reason} context={context} because={false} /></p>
      <Differ disagreements={headcount.disagreements} context={context} because={false} />
      <h3>{structure.name} <span class="badge small">({WORDING.text.recommendedMark})</span></h3>
      <p><ReasonLine reason={structure.reason} context={context} because={false} /></p>
      {structure.whenHub && <p><strong>{WORDING.text.whenHub}:</strong> <ReasonLine reason={structure.whenHub} context={context} because={false} /></p>}
      <details class="structures">
        <summary>{WORDING.text.otherStructures}</summary>
        <ul>
          {structure.options.map((option) => (
            <li key={option.id}>
              <ReasonLine reason={option.summary} context={context} because={false} />
              {option.recommended && <strong class="badge"> ({WORDING.text.recommendedMark})</strong>}{' '}
              <ReasonLine reason={option.failure} context={context} because={false} />
            </li>
          ))}
        </ul>
      </details>
      <Differ disagreements={structure.disagreements} context={context} because={false} />
      {doc.collaboration && (
        <>
          <h3>{WORDING.headings.collaboration}</h3>
          <ul>{doc.collaboration.map((reason) => <li key={reason.id}><ReasonLine reason={reason} context={context} because={false} /></li>)}</ul>
        </>
      )}
      {doc.zones && (
        <>
          <h3>{WORDING.headings.zones}</h3>
          <ul>{doc.zones.map((reason) => <li key={reason.id}><ReasonLine reason={reason} context={context} because={false} /></li>)}</ul>
        </>
      )}
      <h3>{WORDING.headings.maturity}</h3>
      <p><ReasonLine reason={doc.maturity.reason} context={context} because={false} />{doc.maturity.differs && <> <em class="differs">{doc.maturity.differs}</em></>}</p>
    </Disclosure>
  );
}

export function Scorecard({ doc, context }: Props) {
  const wide = useMemo(isWide, []);
  return (
    <Disclosure id="scorecard" className="result-part" title={WORDING.headings.scorecard} open={wide}>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={WORDING.text.scorecardScroll}>
      <table class="scorecard">
        <thead><tr><th scope="col">{WORDING.text.scoreQuestion}</th><th scope="col">{WORDING.text.scoreAnswer}</th><th scope="col">{WORDING.text.scoreVerdict}</th></tr></thead>
        <tbody>
          {doc.scorecard.map((row) => (
            <tr key={row.question}>
              <th scope="row"><span class="q-long">{row.name}</span><span class="q-short">{row.short}</span></th>
              <td class="score-answer">{row.answer}</td>
              <td class="score-verdict">
                <strong>{row.verdict}</strong><span class="score-reason muted small"> <ReasonLine reason={row.reason} context={context} because={false} /></span>
                {row.differs && <em class="differs small"> {row.differs}</em>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {doc.scorecardNote && <p class="scorecard-note"><ReasonLine reason={doc.scorecardNote} context={context} /></p>}
    </Disclosure>
  );
}
