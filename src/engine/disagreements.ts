/**
 * Where the sources disagree, the result says so and names both (domain.md, "The
 * recommendation"). Each entry names the view the result follows (stated at its anchor)
 * and carries the other view's sentence, so the reader sees both and the reason for ours.
 */
import type { CompleteAnswers } from './answers.ts';
import type { Disagreement, HeadcountBand, HireItem } from './recommendation.ts';
import { reason } from './reason.ts';
import { otherHeadcountView } from './counts.ts';
import { isCustomModelProduct, phaseOf } from './rules.ts';

/** Every disagreement that applies to this result, in DISAGREEMENT_IDS order. */
export function disagreementsOf(answers: CompleteAnswers, hireOrder: readonly HireItem[], headcount: HeadcountBand): Disagreement[] {
  const ordered = (role: HireItem['role']) => hireOrder.some((item) => item.role === role);
  const phase = phaseOf(answers.stage);
  const found: Disagreement[] = [];
  const headcountView = otherHeadcountView(answers, headcount);
  // Rule 10: stages counts the whole team by phase; ops-guide counts specialists by company size.
  if (headcountView) found.push({ id: 'headcount', anchor: 'headcount', follows: 'stages', other: headcountView.reason, otherCount: headcountView.count });
  // Rule 2 at a startup: ownership allows a model-first product; ai-vs-ml's startup model has no ML engineers.
  if (answers.size === 'startup' && isCustomModelProduct(answers) && ordered('ml-engineer')) {
    found.push({ id: 'ml-first-at-startup', anchor: 'ml-engineer', follows: 'ownership', other: reason('no-ml-engineers-under-20', 'ml-first-for-custom-model', ['size']), otherCount: null });
  }
  // Rule 6: at scale without a predictive task, stages' text (not its table) places the data scientist.
  if (phase === 'scale' && answers.predictive_roi === 'no' && ordered('data-scientist')) {
    found.push({ id: 'data-scientist-at-scale', anchor: 'data-scientist', follows: 'stages', other: reason('data-scientist-core-in-stages-table', 'data-science-after-data-engineering', ['stage']), otherCount: null });
  }
  // stages' table makes eval a core production seat; its text says the AI engineer often holds it at small scale.
  if (phase === 'production' && answers.size === 'startup' && ordered('eval-specialist')) {
    found.push({ id: 'eval-at-small-scale', anchor: 'eval-specialist', follows: 'stages', other: reason('eval-folded-into-ai-engineer', 'seats-by-phase', ['size']), otherCount: null });
  }
  // Rule 12 early on: ownership keeps one central team; ops-guide finds a hybrid often works best.
  if (phase !== 'scale' && answers.stage !== 'expanding') {
    found.push({ id: 'structure-early', anchor: 'structure', follows: 'ownership', other: reason('hybrid-often-works', 'team-structure'), otherCount: null });
  }
  // Rule 8 with a small team at scale: ownership wants inference expertise at scale; ai-vs-ml sees no need at about five AI engineers.
  if (phase === 'scale' && answers.size !== 'enterprise' && ordered('inference-engineer')) {
    found.push({ id: 'inference-with-few-engineers', anchor: 'inference-engineer', follows: 'ownership', other: reason('no-infrastructure-at-five-engineers', 'infrastructure-at-scale', ['size']), otherCount: null });
  }
  return found;
}
