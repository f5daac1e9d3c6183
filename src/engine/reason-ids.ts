/**
 * Every sentence id the engine can produce; content/reasons.json holds one entry per id
 * (checked at load by texts.ts, and both ways by tests/unit/content.test.ts).
 */
import { WARNING_IDS } from './ids.ts';

export const REASON_IDS = [
  // 1-2: who comes first
  'ai-engineer-first',
  'ai-engineer-after-custom-model',
  'ml-first-custom-model',
  // 3: ML engineer only with ROI and data
  'ml-engineer-roi-and-data',
  'ml-ratio-to-ai-engineers',
  'ml-only-if-worth-it',
  // 4: pilot core
  'ai-engineer-owns-evals-at-pilot',
  'screen-for-shipped-work',
  'pilot-backend-or-data',
  'ai-product-manager-core',
  // 5: MLOps and governed data before production
  'mlops-before-production',
  'mlops-core-in-production',
  'mlops-waits-at-pilot',
  'governed-data-before-production',
  // 6: data science after data engineering
  'data-engineering-before-data-science',
  'data-scientist-after-data-engineering',
  'data-scientist-for-predictive-work',
  // 7: regulated domains
  'regulated-security-now',
  'regulated-security-next',
  'regulated-domain-review',
  'security-added-at-production',
  'security-dedicated-at-scale',
  // 8: infrastructure at scale
  'inference-at-scale',
  'inference-later',
  'inference-enterprise-count',
  // 9: already in-house
  'covered-in-house',
  'product-needs-ai-fluency',
  'upskill-product-engineers',
  'devops-builds-mlops',
  // 10: counts by size
  'ai-engineers-startup',
  'ai-engineers-growth',
  'ai-engineers-enterprise',
  'no-ml-engineer-yet-at-startup',
  // 11: approach per seat
  'anchor-hire',
  'augment-for-speed',
  'hire-with-time',
  'build-from-engineers',
  // seats by phase (stages' table)
  'backend-core-at-production',
  'data-engineer-core-at-production',
  'eval-specialist-at-production',
  'frontend-design-at-production',
  'ml-engineer-core-at-scale',
  // 12: team structure
  'structure-centralized',
  'structure-hub-and-spoke',
  'structure-hub-and-spoke-with-feature',
  'failure-centralized',
  'failure-hub-and-spoke',
  'failure-hub-and-spoke-with-feature',
  'hybrid-often-works',
  // 13: warnings, one sentence each under the warning's own id
  ...WARNING_IDS,
  // 14: scorecard
  'scorecard-predictive_roi-yes',
  'scorecard-predictive_roi-no',
  'scorecard-integration_speed-yes',
  'scorecard-integration_speed-no',
  'scorecard-agentic-yes',
  'scorecard-agentic-no',
  'scorecard-agentic-unsure',
  'scorecard-data_sufficiency-yes',
  'scorecard-data_sufficiency-no',
  'scorecard-data_sufficiency-not-asked',
  // 10: headcount bands
  'headcount-pilot',
  'headcount-production',
  'headcount-scale',
  'specialists-startup',
  'specialists-enterprise',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];
