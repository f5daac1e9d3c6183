/**
 * Rule 11 as model version 3 reads stages' build / hire / augment table: "build for the durable
 * core, hire for the anchor leaders, and augment for everything that needs to move now". Each
 * seat's approach comes with the reasons particular to it; the general reason of each approach
 * is stated once per result (`approachesUsed`), not on every item. Rule 18 wins at a startup.
 */
import type { CompleteAnswers, InHouse } from './answers.ts';
import { APPROACHES, type Approach, type Commitment, type Group, type RoleId } from './ids.ts';
import type { ApproachUse, HireItem, Reason, Staffing } from './recommendation.ts';
import type { ReasonId } from './reason-ids.ts';
import { inHouse, reason } from './reason.ts';
import { isCustomModelProduct, isProductionDue, isStartup, phaseOf } from './rules.ts';

/** Seats stages names as specialist gaps: augmented to move now, hired or grown as platform seats at scale. */
const SPECIALIST_GAPS: ReadonlySet<RoleId> = new Set(['mlops-engineer', 'data-engineer', 'eval-specialist', 'security-governance', 'inference-engineer']);

/**
 * The in-house group a specialist seat can be grown from, and the sentences that say so: DevOps
 * for MLOps (rule 9) and inference, AI engineers for eval (stages folds eval into the AI
 * engineer's role at small scale). `meanwhile` covers the seat while they grow into it.
 */
const GROWN_FROM: Partial<Record<RoleId, { from: InHouse; grow: ReasonId[]; meanwhile: ReasonId }>> = {
  'mlops-engineer': { from: 'devops', grow: ['devops-builds-mlops', 'mlops-is-devops-for-ml'], meanwhile: 'augment-mlops-while-devops-learns' },
  'inference-engineer': { from: 'devops', grow: ['inference-grown-from-devops', 'inference-is-infrastructure-work'], meanwhile: 'augment-inference-while-devops-grows' },
  'eval-specialist': { from: 'ai', grow: ['eval-grown-from-ai-engineers'], meanwhile: 'augment-eval-while-ai-engineers-grow' },
};

const staffing = (approach: Approach, then: Approach | null = null, reasons: Reason[] = [], afterLead: Approach | null = null): Staffing => ({ approach, then, reasons, afterLead });

/**
 * Whether the seat can be grown at this point: inference only at phase scale (ai-vs-ml hires
 * infrastructure engineers only at scale), eval from AI engineers only for an LLM product (a model
 * product's release gates are model work, rule 20); MLOps from DevOps always (rule 9).
 */
function isGrownHere(role: RoleId, answers: CompleteAnswers): boolean {
  if (role === 'inference-engineer') return phaseOf(answers.stage) === 'scale';
  if (role === 'eval-specialist') return !isCustomModelProduct(answers);
  return true;
}

/** Whether the approach rules of phase scale apply (rule 18 keeps a startup on the lean ones). */
const isPlatformScale = (answers: CompleteAnswers) => phaseOf(answers.stage) === 'scale' && !isStartup(answers);

/**
 * How to fill `role`'s seat, placed in `group`. A seat in now is forced when production is due
 * or the answers need people within weeks; stages augments "everything that needs to move now",
 * so a forced seat is never plain build, and a hire needed within weeks starts augmented.
 */
export function staffingFor(role: RoleId, group: Group, answers: CompleteAnswers, commitment: Commitment): Staffing {
  const chosen = routeFor(role, group, answers);
  // Rule 18 says part-time means "fractional or augmented", and stages' hire route is for the
  // anchor leaders: a part-time seat is never a full-time hire, at any urgency.
  if (commitment === 'part-time' && (chosen.approach === 'hire' || chosen.then === 'hire')) return { ...chosen, approach: 'augment', then: null };
  return chosen;
}

function routeFor(role: RoleId, group: Group, answers: CompleteAnswers): Staffing {
  const weeks = answers.urgency === 'weeks';
  const forced = group === 'now' && (isProductionDue(answers) || weeks);
  switch (role) {
    // The lead AI engineer is an anchor hire; in a hurry, start augmented while that search runs.
    case 'ai-engineer': {
      const reasons = [reason('lead-ai-engineer-is-scarce', 'approach-per-seat')];
      if (weeks) reasons.unshift(reason('ai-engineer-start-augmented', 'approach-per-seat', ['urgency']));
      // Stages hires only the lead: with software engineers in-house the seats after it are grown
      // from them (upskilling), or brought in beside the lead when people are needed within weeks.
      const grown = answers.have.includes('software');
      if (grown) reasons.push(reason('build-ai-engineers-from-software', 'approach-per-seat', [inHouse('software')]));
      const afterLead = grown ? (weeks ? 'augment' : 'build') : null;
      return weeks ? staffing('augment', 'hire', reasons, afterLead) : staffing('hire', null, reasons, afterLead);
    }
    // Rule 18: without a product manager, a startup's founder or product lead holds the seat.
    case 'ai-product-manager':
      return isStartup(answers) ? staffing('build') : staffing('hire');
    case 'domain-expert':
      return staffing('augment');
    default:
      break;
  }
  const grown = GROWN_FROM[role];
  if (grown && answers.have.includes(grown.from) && isGrownHere(role, answers)) {
    const triggers = [inHouse(grown.from)];
    const grow = grown.grow.map((id) => reason(id, role === 'mlops-engineer' ? 'already-in-house' : 'approach-per-seat', triggers));
    return forced ? staffing('augment', 'build', [...grow, reason(grown.meanwhile, 'approach-per-seat', triggers)]) : staffing('build', null, grow);
  }
  const hire = group === 'now' && weeks ? staffing('augment', 'hire') : staffing('hire');
  if (!SPECIALIST_GAPS.has(role) || isPlatformScale(answers)) return hire;
  // Below scale (and at a startup), specialist gaps that must move now are augmented.
  if (group === 'now') return staffing('augment');
  return staffing(answers.urgency === 'flexible' ? 'hire' : 'augment');
}

/** The approaches the order uses (including what seats turn into), each with its general reason. */
export function approachesUsed(hireOrder: readonly Pick<HireItem, 'role' | 'approach' | 'then'>[], answers: CompleteAnswers): ApproachUse[] {
  return APPROACHES.flatMap((approach): ApproachUse[] => {
    const roles = hireOrder.filter((item) => item.approach === approach || item.then === approach).map((item) => item.role);
    if (roles.length === 0) return [];
    // At scale, hiring extends stages' one or two anchor leaders to the leads of the platform seats.
    const platformHires = approach === 'hire' && isPlatformScale(answers) && roles.some((role) => SPECIALIST_GAPS.has(role));
    const id: ReasonId = platformHires ? 'approach-hire-platform-leads' : `approach-${approach}`;
    // The article recommending augmentation is published by a firm that sells it, as its own links show.
    const note = approach === 'augment' ? reason('augment-advice-from-a-seller', 'approach-per-seat') : null;
    return [{ approach, roles, reason: reason(id, 'approach-per-seat'), note }];
  });
}
