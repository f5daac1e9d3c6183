/**
 * A seat's intake pack (`[data-intake-pack="<role id>"]`): the seat as the plan has it, its time
 * to fill, the pay band, what to screen for, the interview questions, vetting and the tailored
 * job-description starter; printable, and copied as Markdown (the same lines, intake-words.ts).
 */
import { useState } from 'preact/hooks';
import type { JdSourcedLine } from '../../content/job-description-role.ts';
import { INTAKE_WORDING as W } from '../../content/intake-wording.ts';
import { fill } from '../../content/fill.ts';
import type { IntakeDocument } from '../../plan/intake.ts';
import { intakeMarkdown, payBandLines, seatFacts, timeToFillLines, type SourceNames } from '../../plan/intake-words.ts';
import { CopyButton } from '../CopyButton.tsx';

interface Props {
  pack: IntakeDocument;
  sources: SourceNames;
  /** The result for the same answers, absolute (it is printed and pasted). */
  resultLink: string;
}

export function IntakePack({ pack, sources, resultLink }: Props) {
  const [status, setStatus] = useState('');
  const H = W.headings;
  const markdown = intakeMarkdown(pack, W, sources, resultLink);
  const boxId = `intake-markdown-${pack.role}`;
  const cited = (line: JdSourcedLine) => <li key={line.text}>{line.text} <span class="source">({sources[line.source].short})</span></li>;
  const seat = pack.seat;
  return (
    <section class="intake-pack" data-intake-pack={pack.role} data-in-plan={seat ? 'yes' : 'no'} data-lane={seat?.lane} data-commitment={seat?.commitment}
      data-approach={seat && (seat.then ? `${seat.approach}>${seat.then}` : seat.approach)} aria-labelledby="intake-heading">
      <h2 id="intake-heading">{fill(W.heading, { role: pack.name })}</h2>
      <p>{W.intro}</p>
      <div class="intake-actions">
        <button type="button" class="button" data-action="print" onClick={() => window.print()}>{W.actions.print}</button>
        <CopyButton text={markdown} field={boxId} action="copy-intake" class="button secondary" copied={W.actions.copied} refused={W.actions.refused} onStatus={setStatus}>{W.actions.copy}</CopyButton>
        <p class="intake-status" role="status">{status}</p>
      </div>
      {!seat && (
        <div class="intake-out" data-intake-out>
          <p><strong>{pack.covered ? fill(W.covered, { heldBy: pack.covered.heldBy }) : W.notInPlan}</strong></p>
          <p>{W.notInPlanHelp}</p>
        </div>
      )}
      {seat && (
        <>
          <h3>{H.seat}</h3>
          <dl class="intake-facts">
            {seatFacts(seat, W).map((fact) => <div key={fact.label}><dt>{fact.label}</dt><dd>{fact.value}</dd></div>)}
          </dl>
          <h3>{H.timeToFill}</h3>
          <ul data-time-to-fill>{timeToFillLines(seat, W, sources).map((line) => <li key={line}>{line}</li>)}</ul>
          <h3>{H.pay}</h3>
          <ul data-pay-band={pack.payBand ? pack.payBand.source : 'none'}>{payBandLines(pack, W, sources).map((line) => <li key={line}>{line}</li>)}</ul>
          <h3>{H.skills}</h3>
          <ul>{pack.skills.map((skill) => <li key={skill}>{skill}</li>)}</ul>
          {pack.regulatedScreening && <p><strong>{H.regulated}:</strong> {pack.regulatedScreening.text} <span class="source">({sources[pack.regulatedScreening.source].short})</span></p>}
          <h3>{H.interview}</h3>
          <ol data-interview>{pack.interviewQuestions.map((question) => <li key={question}>{question}</li>)}</ol>
          {pack.interviewSource && <p class="source">{fill(W.interviewSource, { source: sources[pack.interviewSource].title })}</p>}
          <h3>{H.vetting}</h3>
          {pack.vetting ? (
            <>
              {pack.vetting.general && <p class="muted">{W.generalVetting.note}</p>}
              <h4>{H.pitfalls}</h4>
              <ul>{pack.vetting.pitfalls.map(cited)}</ul>
              <h4>{H.remedies}</h4>
              <ul>{pack.vetting.remedies.map(cited)}</ul>
            </>
          ) : <p>{W.noVetting}</p>}
          <h3>{H.jd}</h3>
          <pre class="intake-jd">{pack.jobDescription}</pre>
        </>
      )}
      <h3>{H.answers}</h3>
      <ul class="intake-answers">{pack.yourAnswers.map((answer) => <li key={answer.question}>{answer.name}: {answer.answer}</li>)}</ul>
      <p><a href={resultLink}>{W.fullPlan}</a></p>
      <div class="intake-actions">
        <label for={boxId} class="visually-hidden">{fill(W.actions.markdownLabel, { role: pack.name })}</label>
        <textarea id={boxId} class="intake-markdown" readOnly spellcheck={false} rows={6} value={markdown} />
      </div>
    </section>
  );
}
