/** What the hiring plan's tests share: labels to build result documents with, and a founder's rates. */
import { RULES, type RuleId } from '../../src/engine/ids.ts';
import type { ResultLabels } from '../../src/content/labels.ts';
import { defaultRates, withRoleRate, type Rates } from '../../src/plan/rates.ts';
import { idLabels } from './labels.ts';

/**
 * tests/helpers/labels.ts's id labels, with rule names built from the ids where that helper does
 * not give them yet (model version 3 added them to ResultLabels).
 */
export function planLabels(): ResultLabels {
  const labels: Partial<ResultLabels> & Omit<ResultLabels, 'rules'> = idLabels();
  const rules = labels.rules ?? (Object.fromEntries(Object.entries(RULES).map(([id, number]) => [id, { number, short: `Rule:${id}` }])) as Record<RuleId, { number: number; short: string }>);
  return { ...labels, rules };
}

/** The prefill plus a founder's own figures: a monthly rate and a share for MLOps, a salary range (with decimals) for the backend seat. */
export function ownRates(): Rates {
  let rates = withRoleRate(defaultRates(), 'mlops-engineer', 'monthly', 9000);
  rates = withRoleRate(rates, 'mlops-engineer', 'share', 50);
  return withRoleRate(rates, 'backend-engineer', 'salary', { min: 95_000.5, max: 130_000, orMore: false });
}
