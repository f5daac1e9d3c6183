/**
 * A reason as the engine gives it: which sentence, under which rule, triggered by which
 * answers. The sentence itself and its source are content (content/reasons.json), attached
 * where a result is rendered (src/result/document.ts), so the engine carries no prose and
 * the result page's script does not carry the sentences (decision 16).
 */
import type { RuleId } from './ids.ts';
import type { ReasonId } from './reason-ids.ts';
import type { InHouse, QuestionId } from './answers.ts';
import type { Reason, Trigger } from './recommendation.ts';

export type { Trigger };

/** The trigger for one in-house group, held or not. */
export const inHouse = (group: InHouse): Trigger => `have:${group}`;

/** The question a trigger is about (`have:ai` is about `have`). */
export const questionOfTrigger = (trigger: Trigger): QuestionId => (trigger.startsWith('have:') ? 'have' : (trigger as QuestionId));

export function reason(id: ReasonId, rule: RuleId, triggers: readonly Trigger[] = []): Reason {
  return { id, rule, triggers: [...triggers] };
}
