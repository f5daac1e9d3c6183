/**
 * Answers → recommendation (domain.md, model version 3): the hire order in groups now / next /
 * later, each seat with its count, commitment and approach, covered roles, warnings, notes, the
 * approaches used, scorecard, team structure, headcount, disagreements between sources, and
 * rules 15-17. This file only assembles: each rule lives in the module named beside it.
 *
 *   import { recommend } from './src/engine/recommend.ts';
 *   recommend({ stage: 'pilot', size: 'startup', predictive_roi: 'no', … })
 */
import type { CompleteAnswers } from './answers.ts';
import { GROUPS, ROLE_IDS, type RoleId } from './ids.ts';
import type { CoveredRole, HireItem, Recommendation } from './recommendation.ts';
import { inHouse, reason } from './reason.ts';
import { MODEL_VERSION } from './version.ts';
import { baseOrderFor, PLACE_SEAT, type Placement } from './seats.ts';
import { commitmentOf } from './commitment.ts';
import { countFor, headcountOf } from './counts.ts';
import { approachesUsed, staffingFor } from './approach.ts';
import { warningsFor } from './warnings.ts';
import { notesFor } from './notes.ts';
import { scorecardFor } from './scorecard.ts';
import { collaborationOf, maturityOf, ownershipZonesOf, structureOf } from './team.ts';
import { disagreementsOf } from './disagreements.ts';
import { COVERED_BY, inHouseHolder, isCustomMlJustified, phaseOf } from './rules.ts';

/** A hire-order item beside whether it leads its group (which orders it, but is not shown). */
interface Ranked {
  item: HireItem;
  leads: boolean;
}

/** One hire-order item: the placement (rules 1-8), its count (rule 10), commitment (rule 18) and how to fill it (rule 11). */
function toHireItem(role: RoleId, placement: Placement, answers: CompleteAnswers): Ranked {
  const count = countFor(role, answers);
  const commitment = commitmentOf(role, placement.group, answers);
  const staffing = staffingFor(role, placement.group, answers, commitment.commitment);
  return {
    item: {
      role,
      group: placement.group,
      count: count?.count ?? null,
      countLater: count?.later ?? [],
      approach: staffing.approach,
      then: staffing.then,
      afterLead: staffing.afterLead,
      commitment: commitment.commitment,
      reasons: [...placement.reasons, ...commitment.reasons, ...(count?.reasons ?? []), ...staffing.reasons],
    },
    leads: placement.leads,
  };
}

/** Group order, then the seats that lead their group, then the base order for the answers (`baseOrderFor` breaks ties). */
const byPosition = (order: readonly RoleId[]) => (a: Ranked, b: Ranked): number =>
  GROUPS.indexOf(a.item.group) - GROUPS.indexOf(b.item.group) || Number(b.leads) - Number(a.leads) || order.indexOf(a.item.role) - order.indexOf(b.item.role);

/** Rule 9: the seats people in-house already hold, with the count for the current phase and size. */
function coveredRolesOf(answers: CompleteAnswers): CoveredRole[] {
  return answers.have.flatMap((group): CoveredRole[] => {
    if (group === 'devops') return [];
    const role = COVERED_BY[group];
    // Rule 3: no ML seat to size without the payoff and the data.
    const count = role === 'ml-engineer' && !isCustomMlJustified(answers) ? null : countFor(role, answers);
    const reasons = [...(count?.reasons ?? [])];
    if (group === 'product') reasons.push(reason('product-needs-ai-fluency', 'already-in-house', [inHouse('product')]));
    return [{ role, by: group, suggestedCount: count?.count ?? null, reasons }];
  });
}

/** The recommendation for a complete answer set. */
export function recommend(answers: CompleteAnswers): Recommendation {
  const hireOrder = ROLE_IDS.flatMap((role) => {
    if (inHouseHolder(role, answers.have)) return [];
    const placement = PLACE_SEAT[role](answers);
    return placement ? [toHireItem(role, placement, answers)] : [];
  })
    .sort(byPosition(baseOrderFor(answers)))
    .map((ranked) => ranked.item);
  const covered = coveredRolesOf(answers);
  const headcount = headcountOf(answers);
  const structure = structureOf(answers, hireOrder, covered);
  const coveringGroups = covered.map((role) => inHouse(role.by));
  return {
    modelVersion: MODEL_VERSION,
    answers,
    phase: phaseOf(answers.stage),
    hireOrder,
    covered,
    coveredReason: covered.length > 0 ? reason('covered-in-house', 'already-in-house', coveringGroups) : null,
    warnings: warningsFor(answers),
    notes: notesFor(answers),
    approaches: approachesUsed(hireOrder, answers),
    scorecard: scorecardFor(answers),
    structure,
    headcount,
    disagreements: disagreementsOf(answers, hireOrder, headcount, structure.recommended),
    collaboration: collaborationOf(answers, hireOrder.map((item) => item.role)),
    ownershipZones: ownershipZonesOf(answers),
    maturity: maturityOf(answers),
  };
}
