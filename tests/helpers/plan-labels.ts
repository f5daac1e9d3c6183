/**
 * Labels for the plan's tests: tests/helpers/labels.ts's id labels, with rule names built from
 * the ids where that helper does not give them yet (model version 3 added them to ResultLabels).
 */
import { RULES, type RuleId } from '../../src/engine/ids.ts';
import type { ResultLabels } from '../../src/content/labels.ts';
import { idLabels } from './labels.ts';

export function planLabels(): ResultLabels {
  const labels: Partial<ResultLabels> & Omit<ResultLabels, 'rules'> = idLabels();
  const rules = labels.rules ?? (Object.fromEntries(Object.entries(RULES).map(([id, number]) => [id, { number, short: `Rule:${id}` }])) as Record<RuleId, { number: number; short: string }>);
  return { ...labels, rules };
}
