/**
 * Every sentence id the engine can produce; content/reasons.json holds one entry per id
 * (checked when the build loads the `reasons` collection, src/content/reason-texts.ts, and both
 * ways by tests/unit/content.test.ts).
 */

export const REASON_IDS = [
  // 1-2: who comes first
  'ai-engineer-first',
  'ai-engineer-after-custom-model',
  'ml-first-custom-model',
  'ai-engineer-owns-evals',
  'upskill-product-engineers',
  'ml-engineers-who-want-to-ship',
  // 3: ML engineer only with ROI and data
  'ml-engineer-roi-and-data',
  'ml-engineer-next-at-startup',
  'ml-ratio-to-ai-engineers',
  'ml-engineer-after-pilot',
  'ml-engineer-as-needed',
  'ml-engineer-core-at-scale',
  'ml-only-if-worth-it',
  // 4: pilot core
  'pilot-backend-or-data',
  'ai-product-manager-core',
  // 5: MLOps, governed data and security before production
  'mlops-before-production',
  'mlops-core-in-production',
  'mlops-waits-at-pilot',
  'governed-data-before-production',
  'governed-data-in-production',
  'training-data-for-custom-model',
  'security-before-production',
  'security-added-in-production',
  'security-waits-at-pilot',
  // 6: data science after data engineering
  'data-engineer-for-your-data-scientists',
  'data-engineer-core-at-production',
  'data-scientist-after-data-engineering',
  'data-scientist-for-predictive-work',
  'data-scientist-core-at-scale',
  'data-scientist-next-at-scale',
  // 7: regulated domains
  'regulated-security-now',
  'regulated-security-next',
  'domain-review-before-launch',
  'domain-review-before-each-launch',
  'domain-experts-validate-models',
  'security-dedicated-at-scale',
  // 8: infrastructure at scale
  'inference-at-scale',
  'inference-later',
  'inference-enterprise-count',
  // 9: already in-house
  'covered-in-house',
  'product-needs-ai-fluency',
  'devops-builds-mlops',
  'augment-mlops-while-devops-learns',
  // 10: counts by phase and size, headcount
  'ai-engineers-startup',
  'ai-engineers-at-pilot',
  'ai-engineers-growth',
  'ai-engineers-enterprise',
  'ai-engineers-enterprise-before-scale',
  'ml-engineers-enterprise',
  'headcount-pilot',
  'headcount-pilot-heading-to-production',
  'headcount-production',
  'headcount-scale',
  'specialists-startup',
  'specialists-enterprise',
  // 11: approach per seat
  'approach-build',
  'approach-hire',
  'approach-augment',
  'ai-engineer-start-augmented',
  'build-ai-engineers-from-software',
  'lead-ai-engineer-is-scarce',
  // seats by phase (stages' table)
  'backend-core-at-production',
  'eval-specialist-after-pilot',
  'eval-specialist-in-production',
  'frontend-design-at-production',
  // 12: team structure
  'structure-centralized',
  'structure-hub-and-spoke',
  'structure-hub-and-spoke-at-scale',
  'structure-centralized-what',
  'structure-embedded-what',
  'structure-hub-and-spoke-what',
  'failure-centralized',
  'failure-embedded',
  'failure-hub-and-spoke',
  // disagreements between sources (the view not followed)
  'no-ml-engineers-under-20',
  'data-scientist-core-in-stages-table',
  'eval-folded-into-ai-engineer',
  'hybrid-often-works',
  'no-infrastructure-at-five-engineers',
  // 13: warnings, worded for where the company is
  'no-eval-owner',
  'mlops-missing-before-launch',
  'mlops-missing-while-live',
  'data-science-without-data-engineering',
  'ml-engineers-on-integration',
  'not-enough-data-for-custom-ml',
  'regulated-without-security-before-launch',
  'regulated-without-security-while-live',
  'urgency-vs-hiring-time',
  'researchers-instead-of-shippers',
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
  // 15: AI and ML engineers together
  'ai-engineer-in-the-pair',
  'ml-engineer-in-the-pair',
  // 16: ownership zones
  'zone-feature',
  'zone-platform',
  'zone-model',
  // 17: maturity level
  'maturity-1',
  'maturity-2',
  'maturity-3',
  'maturity-4',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];
