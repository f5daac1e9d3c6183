/**
 * A reason as the engine gives it: which sentence, under which rule, triggered by which
 * answers. The sentence itself and its source are content (content/reasons.json), attached
 * where a result is rendered (src/result/document.ts), so the engine carries no prose and
 * the result page's script does not carry the 108 sentences (decision 16).
 */
import type { RuleId } from './ids.ts';
import type { ReasonId } from './reason-ids.ts';
import type { QuestionId } from './answers.ts';
import type { Reason } from './recommendation.ts';

export function reason(id: ReasonId, rule: RuleId, triggers: readonly QuestionId[] = []): Reason {
  return { id, rule, triggers: [...triggers] };
}
