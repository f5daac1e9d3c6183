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
import type { DocFlip, DocItem, ResultDocument } from '../../result/document.ts';
import { WORDING } from '../../content/result-wording.ts';
import { fill } from '../../content/fill.ts';
import { shareHref } from '../../links.ts';
import { Items } from './Items.tsx';
import { Covered, Scorecard, Team, Warnings } from './Sections.tsx';
import { YourAnswers } from './YourAnswers.tsx';
import type { LinkContext } from './Reason.tsx';
import { JobDescription } from './JobDescription.tsx';
import { PrintLink } from '../PrintLink.tsx';
import { useStages } from './use-stages.ts';
import { useMemo } from 'preact/hooks';
import { pure } from './pure.ts';

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
  /** Called once every part is drawn. */
  onDrawn?: () => void;
}

/** The parts drawn after the seats' list, a task each: covered, warnings, team, scorecard, the rest. */
const LATER_PARTS = 5;
// Drawn once each: a later stage re-renders only what it adds.
const CoveredPart = pure(Covered);
const WarningsPart = pure(Warnings);
const TeamPart = pure(Team);
const ScorecardPart = pure(Scorecard);
const AnswersPart = pure(YourAnswers);

/**
 * Drawn a task at a time, so no task is long while the page settles: the seats' list a lane
 * per task, then every seat's folded reasons in order, then each part below it. The contract's
 * `[data-hire-order]` marks the list once all of it is drawn, so whoever waits for it (a test,
 * an integrator) reads a whole result. On a what-if change all of it is redrawn at once.
 */
export function Details({ doc, shown, base, onChange, flips, onTry, setBySender, intake, onDrawn }: Props) {
  const context: LinkContext = useMemo(() => ({ base, quizPath: base, answers: shown, onChange }), [base, shown, onChange]);
  const lanes = doc.lanes.length;
  const seats = doc.lanes.reduce((count, lane) => count + lane.items.length, 0);
  // Stage 0 is the first render (the first lane); each later lane, seat body and part is one more stage.
  const listStages = lanes - 1 + seats;
  const stages = listStages + LATER_PARTS;
  const drawn = useStages(stages, onDrawn);
  /** The parts below the list, in LATER_PARTS' order: 0 covered, 1 warnings, 2 team, 3 scorecard, 4 the rest. */
  const part = (index: number) => drawn > listStages + index;
  const jobDescription = useMemo(() => (item: DocItem, opened: boolean) => <JobDescription item={item} base={base} active={opened} />, [base]);
  return (
    <article class="result">
      <Items doc={doc} context={context} flips={flips} onTry={onTry} jobDescription={jobDescription} intake={intake} lanesDrawn={drawn + 1} bodiesDrawn={Math.max(0, drawn - (lanes - 1))} whole={drawn >= stages} />
      {part(0) && <CoveredPart doc={doc} context={context} />}
      {part(1) && <WarningsPart doc={doc} context={context} />}
      {part(2) && <TeamPart doc={doc} context={context} />}
      {part(3) && <ScorecardPart doc={doc} context={context} />}
      {part(4) && (
        <>
          <AnswersPart doc={doc} context={context} setBySender={setBySender} />
          <p><a href={`${base}#restart`} target="_self" data-action="restart" class="button secondary">{WORDING.text.startAgain}</a></p>
          <p class="muted small">{fill(WORDING.text.version, { version: doc.modelVersion })}</p>
          <PrintLink template={WORDING.text.printLink} url={shareHref(base, shown, window.location.href)} />
        </>
      )}
    </article>
  );
}
