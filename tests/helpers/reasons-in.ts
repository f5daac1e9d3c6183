/**
 * Every reason a recommendation carries, wherever it appears: found by walking every object
 * of it (an id, a rule and triggers), not by the engine's list of places, so a new section
 * cannot escape the checks.
 */
import type { Reason } from '../../src/engine/recommendation.ts';

export function reasonsIn(value: object): readonly Reason[] {
  const reasons: Reason[] = [];
  const visit = (entry: unknown): void => {
    if (Array.isArray(entry)) {
      for (const item of entry) visit(item);
      return;
    }
    if (!entry || typeof entry !== 'object') return;
    const fields = entry as Record<string, unknown>;
    if (typeof fields.id === 'string' && typeof fields.rule === 'string' && Array.isArray(fields.triggers)) reasons.push(fields as unknown as Reason);
    for (const key in fields) if (key !== 'answers') visit(fields[key]);
  };
  visit(value);
  return reasons;
}
