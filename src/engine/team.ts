/**
 * The shape of the team around the hire order: rule 12 (structure, ownership), rule 15 (how
 * AI and ML engineers split the work, ai-vs-ml), rule 16 (ownership zones, ownership) and
 * rule 17 (maturity level, ai-vs-ml), as model version 3 words them.
 */
import type { CompleteAnswers } from './answers.ts';
import { STRUCTURE_IDS, type RoleId, type StructureId } from './ids.ts';
import type { CoveredRole, HireItem, Reason, Recommendation, TeamStructure } from './recommendation.ts';
import { reason } from './reason.ts';
import { inHouseHolder, isCustomMlJustified, isCustomModelProduct, maturityLevelOf } from './rules.ts';

/** Rule 12 (version 3): the fewest AI engineers a hub-and-spoke team needs (this plan's threshold, from ai-vs-ml's 3-5 at 20-100 people). */
export const HUB_MIN_AI_ENGINEERS = 3;

/** The seats a platform hub is formed from (rule 12, version 3). */
const HUB_SEATS: readonly RoleId[] = ['mlops-engineer', 'data-engineer', 'eval-specialist'];

/**
 * Rule 12 (version 3): hub and spoke once several product teams ship AI (expanding, scale), and
 * only with at least three full-time AI engineers (lowest count, planned or in-house) and MLOps,
 * data and eval seats in the order or the team to form the hub; otherwise a small central team.
 */
export function structureFor(answers: CompleteAnswers, hireOrder: readonly HireItem[], covered: readonly CoveredRole[]): StructureId {
  if (answers.stage !== 'expanding' && answers.stage !== 'scale') return 'centralized';
  const planned = hireOrder.find((item) => item.role === 'ai-engineer');
  const aiEngineers = planned ? (planned.commitment === 'full-time' ? planned.count?.min ?? 1 : 0) : covered.find((role) => role.role === 'ai-engineer')?.suggestedCount?.min ?? 0;
  const holds = (role: RoleId) => hireOrder.some((item) => item.role === role) || inHouseHolder(role, answers.have) !== undefined;
  return aiEngineers >= HUB_MIN_AI_ENGINEERS && HUB_SEATS.every(holds) ? 'hub-and-spoke' : 'centralized';
}

/** Rule 12: the recommended structure and why, beside all three with their failure modes. */
export function structureOf(answers: CompleteAnswers, hireOrder: readonly HireItem[], covered: readonly CoveredRole[]): TeamStructure {
  const recommended = structureFor(answers, hireOrder, covered);
  const severalTeams = answers.stage === 'expanding' || answers.stage === 'scale';
  // At scale the platform team also co-owns a production feature, its guard against drifting.
  const why = recommended === 'hub-and-spoke'
    ? (answers.stage === 'scale' ? 'structure-hub-and-spoke-at-scale' : 'structure-hub-and-spoke')
    : (severalTeams ? 'structure-centralized-small-team' : 'structure-centralized');
  return {
    recommended,
    reason: reason(why, 'team-structure', severalTeams ? ['stage', 'size'] : ['stage']),
    // What would make hub and spoke right, when it is not recommended.
    whenHub: recommended === 'centralized' ? reason('structure-hub-when', 'team-structure') : null,
    options: STRUCTURE_IDS.map((id) => ({
      id,
      summary: reason(`structure-${id}-what`, 'team-structure'),
      failureMode: reason(`failure-${id}`, 'team-structure'),
    })),
  };
}

/** Rule 15: when the order or the team holds both AI and ML engineers, how they split the work. */
export function collaborationOf(answers: CompleteAnswers, ordered: readonly RoleId[]): Reason[] | null {
  const holds = (role: RoleId) => ordered.includes(role) || inHouseHolder(role, answers.have) !== undefined;
  if (!holds('ai-engineer') || !holds('ml-engineer')) return null;
  return [reason('ai-engineer-in-the-pair', 'ai-and-ml-together'), reason('ml-engineer-in-the-pair', 'ai-and-ml-together')];
}

/** Rule 16: the three ownership zones, once several product teams ship AI. */
export function ownershipZonesOf(answers: CompleteAnswers): Reason[] | null {
  if (answers.stage !== 'expanding' && answers.stage !== 'scale') return null;
  return (['zone-feature', 'zone-platform', 'zone-model'] as const).map((id) => reason(id, 'ownership-zones', ['stage']));
}

/** The disagreement by which the maturity line differs from the order: the ML engineer first (rule 2), or in now at a startup at scale. */
function maturityDiffers(answers: CompleteAnswers): Recommendation['maturity']['differs'] {
  // With ML engineers in-house, no ML engineer leads the order, so nothing differs from it.
  if (isCustomModelProduct(answers)) return answers.have.includes('ml') || answers.have.includes('ai') ? null : 'ml-first';
  const mlInNow = isCustomMlJustified(answers) && !answers.have.includes('ml') && answers.stage === 'scale';
  return mlInNow && answers.size === 'startup' ? 'ml-at-startup-scale' : null;
}

/**
 * Rule 17 (version 3): the ai-vs-ml maturity level of the stage, and what that level needs. At
 * level 4 below enterprise size the line says that ai-vs-ml's 2-3 ML engineers are its large
 * company's figure: one at 20-100 people, none under 20 (its startup model hires no ML engineers).
 * Under rule 2 the line differs from the order, and points to that disagreement.
 */
export function maturityOf(answers: CompleteAnswers): Recommendation['maturity'] {
  const level = maturityLevelOf(answers.stage);
  const bySize = level === 4 && answers.size !== 'enterprise';
  const id = bySize ? (answers.size === 'growth' ? 'maturity-4-growth' : 'maturity-4-startup') : (`maturity-${level}` as const);
  return { level, reason: reason(id, 'maturity-level', bySize ? ['stage', 'size'] : ['stage']), differs: maturityDiffers(answers) };
}
