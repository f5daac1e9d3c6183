/**
 * Everything of a result below the plan and the what-if panel: every seat with its reasons,
 * flip points and job-description starter, then the in-house seats, the warnings, the team,
 * the scorecard and the answers. Its own chunk, loaded while the plan paints (the /result/ JS
 * budget counts what loads before anything is asked of the page); the island shows it one task
 * after the plan in any case.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { CompleteAnswers, QuestionId } from '../../engine/answers.ts';
import type { RoleId } from '../../engine/ids.ts';
import type { DocFlip, ResultDocument } from '../../result/document.ts';
import { WORDING } from '../../content/result-wording.ts';
import { fill } from '../../content/fill.ts';
import { shareHref } from '../../links.ts';
import { Items } from './Items.tsx';
import { Covered, Scorecard, Team, Warnings } from './Sections.tsx';
import { YourAnswers } from './YourAnswers.tsx';
import type { LinkContext } from './Reason.tsx';
import { JobDescription } from './JobDescription.tsx';
import { PrintLink } from '../PrintLink.tsx';

interface Props {
  doc: ResultDocument;
  shown: CompleteAnswers;
  base: string;
  /** Opens the what-if panel at a question. */
  onChange: (question: QuestionId) => void;
  flips: ReadonlySignal<ReadonlyMap<RoleId, DocFlip[]> | undefined>;
  onTry: (answers: DocFlip['answers']) => void;
  setBySender: ReadonlySet<QuestionId>;
  /** Each seat's link to its intake pack (`[data-intake]`). */
  intake: { href: (role: RoleId) => string; text: string };
}

export function Details({ doc, shown, base, onChange, flips, onTry, setBySender, intake }: Props) {
  const context: LinkContext = { base, quizPath: base, answers: shown, onChange };
  return (
    <article class="result">
      <Items doc={doc} context={context} flips={flips} onTry={onTry} jobDescription={(item, opened) => <JobDescription item={item} base={base} active={opened} />} intake={intake} />
      <Covered doc={doc} context={context} />
      <Warnings doc={doc} context={context} />
      <Team doc={doc} context={context} />
      <Scorecard doc={doc} context={context} />
      <YourAnswers doc={doc} context={context} setBySender={setBySender} />
      <p><a href={`${base}#restart`} target="_self" data-action="restart" class="button secondary">{WORDING.text.startAgain}</a></p>
      <p class="muted small">{fill(WORDING.text.version, { version: doc.modelVersion })}</p>
      <PrintLink template={WORDING.text.printLink} url={shareHref(base, shown, window.location.href)} />
    </article>
  );
}
