/**
 * Where the sources disagree, the result says so and names both (domain.md, "The
 * recommendation", and model version 3's rules 2, 6, 8, 10 and 18). Each entry names the view
 * the result follows (stated at its anchor) and carries the other view's sentence, so the
 * reader sees both and the reason for ours. Where both views are one article's (its table and
 * its text), the result says so rather than "sources differ".
 */
import type { CompleteAnswers } from './answers.ts';
import type { StructureId } from './ids.ts';
import type { Disagreement, HeadcountBand, HireItem } from './recommendation.ts';
import { reason } from './reason.ts';
import { isAiEngineerCountCapped, otherHeadcountView } from './counts.ts';
import { inHouseHolder, isCustomModelProduct, isStartup, phaseOf } from './rules.ts';

/** Every disagreement that applies to this result, in DISAGREEMENT_IDS order. */
export function disagreementsOf(answers: CompleteAnswers, hireOrder: readonly HireItem[], headcount: HeadcountBand, structure: StructureId): Disagreement[] {
  const itemOf = (role: HireItem['role']) => hireOrder.find((item) => item.role === role);
  const phase = phaseOf(answers.stage);
  const found: Disagreement[] = [];
  const add = (entry: Omit<Disagreement, 'otherCount' | 'partTimeFrom'> & Partial<Pick<Disagreement, 'otherCount' | 'partTimeFrom'>>) => found.push({ otherCount: null, partTimeFrom: null, ...entry });
  const headcountView = otherHeadcountView(answers, headcount);
  // Rule 10: stages counts the whole team by phase; ops-guide counts specialists by company size.
  if (headcountView) add({ id: 'headcount', anchor: 'headcount', follows: 'stages', other: headcountView.reason, otherCount: headcountView.count });
  // Rule 2: ownership allows a model-first product; ai-vs-ml hires AI engineers first (and none but AI engineers under 20 people).
  if (isCustomModelProduct(answers) && itemOf('ml-engineer') && !answers.have.includes('ai')) {
    add({ id: 'ml-first', anchor: 'ml-engineer', follows: 'ownership', other: isStartup(answers) ? reason('no-ml-engineers-under-20', 'ml-first-for-custom-model', ['size']) : reason('ai-engineers-before-ml', 'ml-first-for-custom-model') });
  }
  // Rule 3 at a startup at scale: stages brings ML engineers in at scale; ai-vs-ml's startup model has none under 20 people.
  if (isStartup(answers) && !isCustomModelProduct(answers) && itemOf('ml-engineer')?.group === 'now') {
    add({ id: 'ml-at-startup-scale', anchor: 'ml-engineer', follows: 'stages', other: reason('no-ml-engineers-under-20', 'ml-needs-roi-and-data', ['size']) });
  }
  // Rule 10: inside stages' pilot team, a growth company's AI engineers stay below ai-vs-ml's 3-5.
  if (isAiEngineerCountCapped(answers) && (itemOf('ai-engineer') || inHouseHolder('ai-engineer', answers.have))) {
    add({ id: 'ai-engineers-capped', anchor: 'ai-engineer', follows: 'stages', other: reason('ai-engineers-growth', 'counts-by-phase-and-size', ['size']) });
  }
  // Rule 18: a startup holds MLOps, governed data and security part-time; stages' production column makes them core.
  if (isStartup(answers) && itemOf('mlops-engineer')) {
    add({ id: 'startup-lean', anchor: 'mlops-engineer', follows: 'ai-vs-ml', other: reason('stages-production-core-seats', 'startup-stays-lean', ['stage']) });
  }
  // Rule 18 at scale: stages makes security a dedicated function; a startup holds it part-time.
  if (isStartup(answers) && phase === 'scale' && itemOf('security-governance')) {
    add({ id: 'security-at-startup-scale', anchor: 'security-governance', follows: 'ai-vs-ml', other: reason('security-dedicated-at-scale', 'startup-stays-lean', ['stage']) });
  }
  // Rule 18: a part-time product owner at a startup is this plan's choice; stages' text names the AI
  // product manager among the anchor leaders to hire full-time and its table marks the seat core.
  if (isStartup(answers) && itemOf('ai-product-manager')) {
    add({ id: 'product-owner-at-startup', anchor: 'ai-product-manager', follows: null, other: reason('product-manager-is-an-anchor-hire', 'startup-stays-lean') });
  }
  // Rule 6: at scale without a model of your own to build, stages' text (not its table) places the data scientist.
  if (phase === 'scale' && itemOf('data-scientist')?.group === 'next') {
    add({ id: 'data-scientist-at-scale', anchor: 'data-scientist', follows: 'stages', other: reason('data-scientist-core-in-stages-table', 'data-science-after-data-engineering', ['stage']) });
  }
  // Rule 18: stages' text has the AI engineer wear the eval hat at small scale; its table makes eval core in production.
  if (isStartup(answers) && phase !== 'pilot' && itemOf('eval-specialist')) {
    add({ id: 'eval-at-small-scale', anchor: 'eval-specialist', follows: 'stages', other: reason('eval-core-in-stages-table', 'seats-by-phase', ['stage']) });
  }
  // Rule 18: no article speaks to design at small size (this plan's own threshold); stages' production column makes it core.
  if (isStartup(answers) && phase !== 'pilot' && itemOf('frontend-designer')) {
    add({ id: 'frontend-at-small-scale', anchor: 'frontend-designer', follows: null, other: reason('frontend-core-in-stages-table', 'seats-by-phase', ['stage']) });
  }
  // Rule 12: ownership keeps one central team while it is small; ops-guide finds a hybrid often works best.
  if (structure === 'centralized') add({ id: 'structure-early', anchor: 'structure', follows: 'ownership', other: reason('hybrid-often-works', 'team-structure') });
  // Rule 8 with a small team at scale: ownership wants inference expertise at scale; ai-vs-ml sees no need at about five AI engineers.
  // Where rule 18 holds the seat part-time, the plan splits the two: the seat from ownership, part-time from ai-vs-ml.
  const inference = itemOf('inference-engineer');
  if (phase === 'scale' && answers.size !== 'enterprise' && inference) {
    add({
      id: 'inference-with-few-engineers',
      anchor: 'inference-engineer',
      follows: 'ownership',
      other: reason('no-infrastructure-at-five-engineers', 'infrastructure-at-scale', ['size']),
      partTimeFrom: inference.commitment === 'part-time' ? 'ai-vs-ml' : null,
    });
  }
  return found;
}
