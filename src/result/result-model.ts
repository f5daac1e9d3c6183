/**
 * The result page's model (preactjs/signals' model pattern): the answers, the plan they give,
 * and what-if changes. A change recomputes at once; the difference against the previous plan
 * is kept for highlighting and announcing; flip points follow a moment later so the first
 * render stays fast. No DOM here: the island wires the URL.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { QUESTION_IDS, firstUnanswered, isApplicable, isComplete, withAnswer, type Answers, type CompleteAnswers, type QuestionId } from '../engine/answers.ts';
import { recommend } from '../engine/recommend.ts';
import type { Recommendation } from '../engine/recommendation.ts';
import type { RoleId } from '../engine/ids.ts';
import type { ResultLabels } from '../content/labels.ts';
import { resultDocument, type DocFlip, type ResultDocument } from './document.ts';
import type { RoleChange } from './diff.ts';

// Flip points and the what-if difference are needed only after the plan is on screen: their
// code loads then (a chunk of its own each), which keeps the page's first script small.
const loadFlips = () => import('./flips-later.ts');
type DiffModule = typeof import('./diff.ts');
let diffModule: DiffModule | undefined;
const loadDiff = async () => (diffModule ??= await import('./diff.ts'));

export interface ResultModel {
  /** The answers in the panel (may be incomplete while a change waits for a conditional answer). */
  answers: ReadonlySignal<Answers>;
  /** The answers of the plan shown. */
  shown: ReadonlySignal<CompleteAnswers>;
  doc: ReadonlySignal<ResultDocument>;
  /**
   * Each seat's flip points in words, once worked out (after the plan is on screen). Apart from
   * `doc`, so their arrival re-renders the flip lists only, not the page.
   */
  flips: ReadonlySignal<ReadonlyMap<RoleId, DocFlip[]> | undefined>;
  /** Seats that changed with the last change. */
  changes: ReadonlySignal<ReadonlyMap<RoleId, RoleChange>>;
  announcement: ReadonlySignal<string>;
  /** A conditional question a change opened and the plan waits for. */
  waitingFor: ReadonlySignal<QuestionId | null>;
  change(question: QuestionId, value: string | readonly string[]): void;
  /** Replaces every answer at once (a flip point's "Try it"). */
  apply(answers: CompleteAnswers): void;
}

/**
 * `answers` after a what-if change from `before`: answers the change removed (their question
 * no longer applies) are kept in `remembered`, and one that applies again comes back, so
 * production and back to pilot keeps "Going live soon" as it was, without asking again.
 */
export function withRemembered(before: Answers, after: Answers, remembered: Answers): Answers {
  let next = after;
  for (const question of QUESTION_IDS) {
    if (before[question] !== undefined && after[question] === undefined) remembered[question] = before[question] as never;
  }
  for (const question of QUESTION_IDS) {
    const kept = remembered[question];
    if (kept !== undefined && next[question] === undefined && isApplicable(question, next)) next = withAnswer(next, question, kept as never);
  }
  return next;
}

/** Defers work to after the current frame's render (flip points). */
export type Later = (work: () => void) => void;

export function createResultModel(initial: CompleteAnswers, labels: ResultLabels, later: Later): ResultModel {
  const answers = signal<Answers>(initial);
  const recommendation = signal<Recommendation>(recommend(initial));
  const flips = signal<ReadonlyMap<RoleId, DocFlip[]> | undefined>(undefined);
  const changes = signal<ReadonlyMap<RoleId, RoleChange>>(new Map());
  const announcement = signal('');
  /** Answers a change set aside because their question stopped applying (withRemembered). */
  const remembered: Answers = {};
  let generation = 0;

  /** Flip points for the plan shown, once it is on screen; dropped if a newer plan arrived meanwhile. */
  function scheduleFlips() {
    const mine = ++generation;
    const plan = recommendation.value;
    later(async () => {
      const { flipsInSlices } = await loadFlips();
      const found = await flipsInSlices(plan.answers, labels, () => new Promise<void>((resolve) => later(() => resolve())), () => mine === generation);
      if (found) flips.value = found;
    });
  }
  scheduleFlips();
  // Fetched while the page is idle, so the first what-if change rarely waits for it.
  later(() => void loadDiff());

  function show(next: CompleteAnswers) {
    const before = recommendation.value;
    const after = recommend(next);
    /** The difference against the plan before, highlighted and announced. */
    const describe = ({ diffText, planDiff, roleChanges }: DiffModule) => {
      const diff = planDiff(before, after);
      changes.value = roleChanges(diff);
      announcement.value = diffText(diff, labels);
    };
    batch(() => {
      answers.value = next;
      recommendation.value = after;
      flips.value = undefined;
      if (diffModule) describe(diffModule); // loaded while idle: one render for the whole change
    });
    scheduleFlips();
    if (diffModule) return;
    const mine = generation;
    void loadDiff().then((module) => {
      if (mine === generation) batch(() => describe(module)); // else a newer change has its own difference
    });
  }

  return {
    answers,
    shown: computed(() => recommendation.value.answers),
    doc: computed(() => resultDocument(recommendation.value, labels)),
    flips,
    changes,
    announcement,
    waitingFor: computed(() => (isComplete(answers.value) ? null : firstUnanswered(answers.value) ?? null)),
    change(question, value) {
      delete remembered[question];
      const next = withRemembered(answers.value, withAnswer(answers.value, question, value as never), remembered);
      if (isComplete(next)) show(next);
      else answers.value = next;
    },
    apply: show,
  };
}
