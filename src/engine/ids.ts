/**
 * The ids of domain.md and contract.md, exactly. They appear in public URLs, DOM hooks and
 * content files, so they never change; wording lives in content/.
 */

/** The twelve roles a hire order can contain. */
export const ROLE_IDS = [
  'ai-engineer',
  'ml-engineer',
  'backend-engineer',
  'data-engineer',
  'ai-product-manager',
  'mlops-engineer',
  'eval-specialist',
  'frontend-designer',
  'data-scientist',
  'security-governance',
  'domain-expert',
  'inference-engineer',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** The five source articles (content/sources.yaml). */
export const SOURCE_IDS = ['ops-guide', 'stages', 'ai-vs-ml', 'ownership', 'talent'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** The studies the sources cite (content/studies.yaml). */
export const STUDY_IDS = ['a16z', 'mckinsey-2025', 'idc', 'gartner', 'gartner-2025'] as const;
export type StudyId = (typeof STUDY_IDS)[number];

/** The three groups of a hire order, in order. */
export const GROUPS = ['now', 'next', 'later'] as const;
export type Group = (typeof GROUPS)[number];

/** Whether a seat is a full-time job or held part-time (model version 3: rule 18, the domain expert). */
export const COMMITMENTS = ['full-time', 'part-time'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

/** How to fill a seat (stages' build / hire / augment table). */
export const APPROACHES = ['build', 'hire', 'augment'] as const;
export type Approach = (typeof APPROACHES)[number];

/** The phase whose seats apply (stages' table). */
export const PHASES = ['pilot', 'production', 'scale'] as const;
export type Phase = (typeof PHASES)[number];

/** The rules of domain.md ("The recommendation"), numbered as there. */
export const RULES = {
  'ai-engineer-first': 1,
  'ml-first-for-custom-model': 2,
  'ml-needs-roi-and-data': 3,
  'pilot-core': 4,
  'mlops-before-production': 5,
  'data-science-after-data-engineering': 6,
  'regulated-pulls-security-forward': 7,
  'infrastructure-at-scale': 8,
  'already-in-house': 9,
  'counts-by-phase-and-size': 10,
  'approach-per-seat': 11,
  'team-structure': 12,
  'warnings': 13,
  'scorecard': 14,
  'ai-and-ml-together': 15,
  'ownership-zones': 16,
  'maturity-level': 17,
  'startup-stays-lean': 18,
  'sentences-agree-with-answers': 19,
  'llm-or-model-product': 20,
  /** domain.md "Phase": the seats each phase adds (stages' table). */
  'seats-by-phase': 0,
} as const;
export type RuleId = keyof typeof RULES;

/**
 * Anti-patterns the answers can walk into (rule 13). Since model version 3 a warning never makes
 * a point an item makes: MLOps hired too late, a missing security seat and data science before
 * data engineering are said on the MLOps, security and data engineer items, which are always in
 * the order when those warnings would apply.
 */
export const WARNING_IDS = [
  'no-eval-owner',
  'ml-engineers-on-integration',
  'not-enough-data-for-custom-ml',
  'urgency-vs-hiring-time',
  'researchers-instead-of-shippers',
  'rebranding-roles',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

/** The three team structures of rule 12 (ownership), each with its failure mode. */
export const STRUCTURE_IDS = ['centralized', 'embedded', 'hub-and-spoke'] as const;
export type StructureId = (typeof STRUCTURE_IDS)[number];

/** Places where two sources, or a source's table and its text, disagree; the result names both. */
export const DISAGREEMENT_IDS = [
  'headcount',
  'ml-first',
  'ml-at-startup-scale',
  'ai-engineers-capped',
  'startup-lean',
  'security-at-startup-scale',
  'product-owner-at-startup',
  'data-scientist-at-scale',
  'eval-at-small-scale',
  'frontend-at-small-scale',
  'structure-early',
  'inference-with-few-engineers',
] as const;
export type DisagreementId = (typeof DISAGREEMENT_IDS)[number];
