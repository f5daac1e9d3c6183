/**
 * The shape of the team around the hire order: rule 12 (structure, ownership), rule 15 (how
 * AI and ML engineers split the work, ai-vs-ml), rule 16 (ownership zones, ownership) and
 * rule 17 (maturity level, ai-vs-ml).
 */
import type { CompleteAnswers, Stage } from './answers.ts';
import { STRUCTURE_IDS, type RoleId, type StructureId } from './ids.ts';
import type { Reason, Recommendation, TeamStructure } from './recommendation.ts';
import { reason } from './reason.ts';
import { inHouseHolder, maturityLevelOf } from './rules.ts';

/** Rule 12: centralized while one product team ships AI, hub and spoke once several do. */
export function structureFor(stage: Stage): StructureId {
  return stage === 'expanding' || stage === 'scale' ? 'hub-and-spoke' : 'centralized';
}

/** Rule 12: the recommended structure and why, beside all three with their failure modes. */
export function structureOf(answers: CompleteAnswers): TeamStructure {
  const recommended = structureFor(answers.stage);
  // At scale the platform team also co-owns a production feature, its guard against drifting.
  const why = answers.stage === 'scale' ? 'structure-hub-and-spoke-at-scale' : recommended === 'centralized' ? 'structure-centralized' : 'structure-hub-and-spoke';
  return {
    recommended,
    reason: reason(why, 'team-structure', ['stage']),
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
  return [reason('ai-engineer-in-the-pair', 'ai-and-ml-together', ['have']), reason('ml-engineer-in-the-pair', 'ai-and-ml-together', ['have'])];
}

/** Rule 16: the three ownership zones, once several product teams ship AI. */
export function ownershipZonesOf(answers: CompleteAnswers): Reason[] | null {
  if (answers.stage !== 'expanding' && answers.stage !== 'scale') return null;
  return (['zone-feature', 'zone-platform', 'zone-model'] as const).map((id) => reason(id, 'ownership-zones', ['stage']));
}

/** Rule 17: the ai-vs-ml maturity level of the stage, and what that level needs. */
export function maturityOf(answers: CompleteAnswers): Recommendation['maturity'] {
  const level = maturityLevelOf(answers.stage);
  return { level, reason: reason(`maturity-${level}`, 'maturity-level', ['stage']) };
}
