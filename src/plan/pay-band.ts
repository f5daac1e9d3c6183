/**
 * The one pay band an article gives (domain.md, Roles; model version 3, Citations): talent's
 * yearly figures for SENIOR engineers in its merged "AI Engineer / Machine Learning Engineer"
 * role, so they belong to both the AI and the ML engineer seat and are always shown with that
 * caveat (content/plan.json `payBand`). In US dollars only: no article gives another currency
 * and this product never converts. The same figures are worded in content/roles/ai-engineer.yaml
 * and ml-engineer.yaml; tests/unit/plan-rates.test.ts holds the two together.
 */
import type { RoleId, SourceId } from '../engine/ids.ts';
import { PAY_REGIONS } from '../engine/plan-ids.ts';

/** A yearly amount or range; `orMore` marks an open upper end ("$250K+"), so totals read "from". */
export interface Salary {
  min: number;
  max: number;
  orMore: boolean;
}

/** Where the band applies: the US and EU, or offshore markets (Eastern Europe, India, LATAM). */
export { PAY_REGIONS };
export type PayRegion = (typeof PAY_REGIONS)[number];

export interface PayBand {
  source: SourceId;
  currency: 'USD';
  /** The seats the band is given for (one band, the article's merged role). */
  roles: readonly RoleId[];
  regions: Record<PayRegion, Salary>;
}

/** talent: about $120K-$250K+ a year in the US/EU; about $40K-$90K offshore. */
export const TALENT_PAY_BAND: PayBand = {
  source: 'talent',
  currency: 'USD',
  roles: ['ai-engineer', 'ml-engineer'],
  regions: {
    'us-eu': { min: 120_000, max: 250_000, orMore: true },
    offshore: { min: 40_000, max: 90_000, orMore: false },
  },
};

/** The band an article gives for `role`, if any. */
export function payBandOf(role: RoleId): PayBand | null {
  return TALENT_PAY_BAND.roles.includes(role) ? TALENT_PAY_BAND : null;
}
