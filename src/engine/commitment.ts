/**
 * Whether a seat is a full-time job or held part-time (domain.md, model version 3: rule 18 and
 * "Commitment"). The domain expert is always part-time; at a startup, MLOps, governed data and
 * security are part-time, and the AI product manager is a product owner the founder or a
 * product lead holds. Every other seat is full-time.
 *
 * Rule 18 also caps a startup's full-time AI/ML specialist seats in now, plus its in-house
 * specialist groups, at 5, making the inference engineer part-time first. A startup's inference
 * seat is always part-time: its one or two AI engineers are far below the five at which ai-vs-ml
 * still needs no infrastructure support (docs/decisions/0005). With that, the cap is never
 * reached (proved over the whole answer space by tests/unit/invariants.test.ts).
 */
import type { CompleteAnswers } from './answers.ts';
import type { Commitment, Group, RoleId } from './ids.ts';
import type { Reason } from './recommendation.ts';
import { reason } from './reason.ts';
import { isCustomModelProduct, isStartup } from './rules.ts';
import { pilotBuilderSeat } from './seats.ts';

/** A seat's commitment and the sentence that makes it part-time, if any. */
export interface CommitmentAdvice {
  commitment: Commitment;
  reasons: Reason[];
}

const FULL_TIME: CommitmentAdvice = { commitment: 'full-time', reasons: [] };
const partTime = (...reasons: Reason[]): CommitmentAdvice => ({ commitment: 'part-time', reasons });

/**
 * The commitment of `role`'s seat, placed in `group`. At a startup MLOps, governed data and
 * security are part-time whenever they come (domain.md says so for now; a seat in next is held
 * the same way when it comes). Rule 2's data engineer carries the training data and the pilot's
 * data engineer is its builder: both stay full-time.
 */
export function commitmentOf(role: RoleId, group: Group, answers: CompleteAnswers): CommitmentAdvice {
  if (role === 'domain-expert') return partTime(); // a reviewer from the field; its placement says so
  if (!isStartup(answers)) return FULL_TIME;
  if (role === 'ai-product-manager') return partTime(); // its placement reasons name the product owner
  const triggers = ['size'] as const;
  if (role === 'mlops-engineer') return partTime(reason('mlops-part-time-at-startup', 'startup-stays-lean', triggers));
  if (role === 'security-governance') return partTime(reason('security-part-time-at-startup', 'startup-stays-lean', triggers));
  // A startup's AI engineers number 1-2 (rule 10), below ai-vs-ml's five that still need no infrastructure seat.
  if (role === 'inference-engineer') return partTime(reason('inference-part-time-at-startup', 'startup-stays-lean', triggers));
  if (role === 'data-engineer' && !isCustomModelProduct(answers) && !(group === 'now' && pilotBuilderSeat(answers) === 'data-engineer')) {
    return partTime(reason('governed-data-part-time-at-startup', 'startup-stays-lean', triggers));
  }
  return FULL_TIME;
}
