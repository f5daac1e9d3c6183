/**
 * Rule 11 (stages' build / hire / augment table): build for the durable core, hire the
 * anchor leaders, augment for speed and specialist gaps. Each seat's approach comes with
 * the reasons particular to it; the general reason of each approach is stated once per
 * result (`approachesUsed`), not on every item.
 */
import type { CompleteAnswers } from './answers.ts';
import { APPROACHES, type Approach, type RoleId } from './ids.ts';
import type { ApproachUse, HireItem, Staffing } from './recommendation.ts';
import { reason } from './reason.ts';

/** Seats stages names as specialist gaps: augmented while time is short, hired when it is not. */
const SPECIALIST_GAPS: ReadonlySet<RoleId> = new Set(['mlops-engineer', 'data-engineer', 'eval-specialist', 'security-governance', 'inference-engineer']);

const staffing = (approach: Approach, then: Approach | null = null, reasons: Staffing['reasons'] = []): Staffing => ({ approach, then, reasons });

/** How to fill `role`'s seat; `seats` is how many the order asks for (AI engineers after the lead can be built). */
export function staffingFor(role: RoleId, answers: CompleteAnswers, seats: number): Staffing {
  const weeks = answers.urgency === 'weeks';
  switch (role) {
    // Anchor leaders (the lead AI engineer, the AI product manager, rule 2's ML engineer) are hired.
    case 'ai-engineer': {
      // The lead is an anchor hire, and a scarce one; in a hurry, start augmented while that search runs.
      const scarce = reason('lead-ai-engineer-is-scarce', 'approach-per-seat');
      if (weeks) return staffing('augment', 'hire', [reason('ai-engineer-start-augmented', 'approach-per-seat', ['urgency']), scarce]);
      if (answers.have.includes('software') && seats > 1) {
        return staffing('hire', 'build', [scarce, reason('build-ai-engineers-from-software', 'approach-per-seat', ['have', 'urgency'])]);
      }
      return staffing('hire', null, [scarce]);
    }
    case 'ai-product-manager':
      return staffing('hire');
    case 'domain-expert':
      return staffing('augment');
    case 'mlops-engineer':
      // DevOps in-house makes MLOps a build at every urgency (rule 9); in a hurry, cover the seat meanwhile.
      if (answers.have.includes('devops')) {
        const reasons = [reason('devops-builds-mlops', 'already-in-house', ['have'])];
        if (weeks) reasons.push(reason('augment-mlops-while-devops-learns', 'approach-per-seat', ['have', 'urgency']));
        return staffing('build', null, reasons);
      }
      break;
    default:
      break;
  }
  if (SPECIALIST_GAPS.has(role)) return staffing(answers.urgency === 'flexible' ? 'hire' : 'augment');
  return staffing('hire');
}

/** The approaches the order uses (including what seats turn into), each with its general reason. */
export function approachesUsed(hireOrder: readonly Pick<HireItem, 'role' | 'approach' | 'then'>[]): ApproachUse[] {
  return APPROACHES.flatMap((approach) => {
    const roles = hireOrder.filter((item) => item.approach === approach || item.then === approach).map((item) => item.role);
    if (roles.length === 0) return [];
    // Anchor leaders are hired whatever the answers; building leans on `have`, augmenting on `urgency`.
    const triggers = { build: ['have'], hire: [], augment: ['urgency'] } as const;
    return [{ approach, roles, reason: reason(`approach-${approach}`, 'approach-per-seat', triggers[approach]) }];
  });
}
