/**
 * Realistic companies, from a six-person seed startup to a 2,000-person insurer, with the
 * hire order a careful reader of the five articles expects under domain.md's model version 3
 * (and the coordinator's readings in decision 5 where it is silent), written out by hand group
 * by group (never computed). Used by the persona tests and the result-page tests.
 */
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import type { RoleId, WarningId } from '../../src/engine/ids.ts';

/** How a seat is filled: an approach, or "augment>hire" / "augment>build" for a seat that changes route. */
export type Route = 'build' | 'hire' | 'augment' | 'augment>hire' | 'augment>build';

export interface Persona {
  name: string;
  answers: CompleteAnswers;
  now: RoleId[];
  next: RoleId[];
  later: RoleId[];
  /** AI engineers the now group plans. */
  aiEngineers?: string;
  warnings: WarningId[];
  /** The seats held part-time (rule 18 at a startup; the domain expert always); every other seat is full-time. */
  partTime: RoleId[];
  /** How seats are filled (rule 11 as version 3 and rule 18 read it), for the seats listed. */
  approach: Partial<Record<RoleId, Route>>;
}

export const PERSONAS: Persona[] = [
  {
    // Exploring, no launch planned: the pilot core now (software engineers hold the builder seat);
    // rule 18 makes the product manager a founder-held product owner and the MLOps, data and
    // security seats part-time when they come (decision 5). A quarter is the short end of a search.
    name: 'a six-person seed startup exploring an agentic support assistant, with two software engineers',
    answers: { stage: 'exploring', size: 'startup', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', production_soon: 'no', regulated: 'no', have: ['software'], urgency: 'quarter' },
    now: ['ai-engineer', 'ai-product-manager'],
    next: ['mlops-engineer', 'data-engineer', 'security-governance', 'eval-specialist', 'frontend-designer'],
    later: ['data-scientist', 'inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['rebranding-roles', 'urgency-vs-hiring-time'],
    partTime: ['ai-product-manager', 'mlops-engineer', 'data-engineer', 'security-governance', 'inference-engineer'],
    approach: { 'ai-engineer': 'hire', 'ai-product-manager': 'build', 'mlops-engineer': 'augment', 'data-engineer': 'augment', 'security-governance': 'augment', 'eval-specialist': 'augment', 'frontend-designer': 'hire' },
  },
  {
    // Rule 2 at a startup: the ML engineer leads, its data engineer full-time; MLOps and security
    // part-time (rule 18). Heading for production without software engineers, the backend engineer
    // stays in now beside the data engineer (domain.md, version 3, rule 5).
    name: 'a 15-person fintech whose fraud model is the product, piloting towards a launch within weeks',
    answers: { stage: 'pilot', size: 'startup', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no', production_soon: 'yes', regulated: 'yes', have: [], urgency: 'weeks' },
    // Rule 2: the data engineer beside the ML engineer, ahead of MLOps, before launch (fidelity review 1, L11).
    now: ['ml-engineer', 'ai-engineer', 'data-engineer', 'mlops-engineer', 'security-governance', 'domain-expert', 'ai-product-manager', 'backend-engineer'],
    next: ['eval-specialist', 'frontend-designer', 'data-scientist'],
    later: ['inference-engineer'],
    aiEngineers: '1-2',
    // The ML engineer's item gives a model product's evaluation harness an owner (rule 20; review 1, M16).
    warnings: ['urgency-vs-hiring-time'],
    partTime: ['mlops-engineer', 'security-governance', 'domain-expert', 'ai-product-manager', 'inference-engineer'],
    approach: {
      'ml-engineer': 'augment>hire', 'ai-engineer': 'augment>hire', 'mlops-engineer': 'augment', 'data-engineer': 'augment', 'security-governance': 'augment',
      'domain-expert': 'augment', 'ai-product-manager': 'build', 'backend-engineer': 'augment>hire', 'eval-specialist': 'augment',
    },
  },
  {
    name: 'a 60-person SaaS company with copilot features live, engineers, a PM and a designer in-house',
    answers: { stage: 'production', size: 'growth', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', regulated: 'no', have: ['software', 'product', 'design'], urgency: 'quarter' },
    now: ['ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'eval-specialist'],
    next: [],
    later: ['data-scientist', 'inference-engineer'],
    aiEngineers: '3-5',
    warnings: ['rebranding-roles', 'urgency-vs-hiring-time'],
    partTime: [],
    approach: { 'ai-engineer': 'hire', 'mlops-engineer': 'augment', 'data-engineer': 'augment', 'security-governance': 'augment', 'eval-specialist': 'augment' },
  },
  {
    // Specialist gaps in now are augmented even at urgency=flexible (version 3); DevOps grows
    // MLOps, augmented meanwhile because production is due.
    name: 'an 80-person logistics firm in production with a valuable demand forecast, data and DevOps in-house',
    answers: { stage: 'production', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'no', regulated: 'no', have: ['software', 'data', 'devops'], urgency: 'flexible' },
    now: ['ai-engineer', 'mlops-engineer', 'security-governance', 'ai-product-manager', 'eval-specialist', 'frontend-designer'],
    next: ['ml-engineer', 'data-scientist'],
    later: ['inference-engineer'],
    aiEngineers: '3-5',
    warnings: ['rebranding-roles'],
    partTime: [],
    approach: {
      'ai-engineer': 'hire', 'mlops-engineer': 'augment>build', 'security-governance': 'augment', 'ai-product-manager': 'hire', 'eval-specialist': 'augment',
      'frontend-designer': 'hire', 'ml-engineer': 'hire', 'data-scientist': 'hire',
    },
  },
  {
    name: 'a 500-person company only exploring, with most functions in-house',
    answers: { stage: 'exploring', size: 'enterprise', predictive_roi: 'no', integration_speed: 'yes', agentic: 'unsure', production_soon: 'no', regulated: 'no', have: ['software', 'data', 'product', 'design', 'devops'], urgency: 'flexible' },
    now: ['ai-engineer'],
    next: ['mlops-engineer', 'security-governance', 'eval-specialist'],
    later: ['data-scientist', 'inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['rebranding-roles'],
    partTime: [],
    approach: { 'ai-engineer': 'hire', 'mlops-engineer': 'build', 'security-governance': 'hire', 'eval-specialist': 'hire', 'inference-engineer': 'hire' },
  },
  {
    // At phase scale, seats grown from an adjacent group are augmented, then built (DevOps for
    // MLOps and inference, the AI engineers for eval); the security lead needed within weeks
    // starts augmented, then is hired (decision 5). MLOps leads: the AI engineers are in-house.
    name: 'a 2,000-person insurer at scale, regulated, with every group in-house, needing people in weeks',
    answers: {
      stage: 'scale', size: 'enterprise', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'yes', regulated: 'yes',
      have: ['software', 'data', 'product', 'design', 'devops', 'data-science', 'ml', 'ai'], urgency: 'weeks',
    },
    now: ['mlops-engineer', 'security-governance', 'domain-expert', 'eval-specialist', 'inference-engineer'],
    next: [],
    later: [],
    warnings: ['urgency-vs-hiring-time'],
    partTime: ['domain-expert'],
    approach: { 'mlops-engineer': 'augment>build', 'security-governance': 'augment>hire', 'domain-expert': 'augment', 'eval-specialist': 'augment>build', 'inference-engineer': 'augment>build' },
  },
  {
    name: 'a 40-person healthtech with a pilot not yet heading for production',
    answers: { stage: 'pilot', size: 'growth', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', production_soon: 'no', regulated: 'yes', have: ['software'], urgency: 'quarter' },
    now: ['ai-engineer', 'domain-expert', 'ai-product-manager'],
    next: ['security-governance', 'mlops-engineer', 'data-engineer', 'eval-specialist', 'frontend-designer'],
    later: ['data-scientist', 'inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['no-eval-owner', 'rebranding-roles', 'urgency-vs-hiring-time'],
    partTime: ['domain-expert'],
    approach: {
      'ai-engineer': 'hire', 'domain-expert': 'augment', 'ai-product-manager': 'hire', 'security-governance': 'augment', 'mlops-engineer': 'augment',
      'data-engineer': 'augment', 'eval-specialist': 'augment', 'frontend-designer': 'hire',
    },
  },
  {
    // Version 2 gave this company eight seats now; rule 18 keeps eval and design for next and
    // MLOps, data and security part-time. Within weeks, the seats to hire start augmented.
    name: 'a 12-person startup already live, nobody in-house, needing people in weeks',
    answers: { stage: 'production', size: 'startup', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', regulated: 'no', have: [], urgency: 'weeks' },
    now: ['ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'ai-product-manager', 'backend-engineer'],
    next: ['eval-specialist', 'frontend-designer'],
    later: ['data-scientist', 'inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['urgency-vs-hiring-time'],
    partTime: ['mlops-engineer', 'data-engineer', 'security-governance', 'ai-product-manager', 'inference-engineer'],
    approach: {
      'ai-engineer': 'augment>hire', 'mlops-engineer': 'augment', 'data-engineer': 'augment', 'security-governance': 'augment', 'ai-product-manager': 'build',
      'backend-engineer': 'augment>hire', 'eval-specialist': 'augment', 'frontend-designer': 'hire',
    },
  },
  {
    // The data engineer item says the data scientists need it (no separate warning, rule 6 v3);
    // eval grows from the AI engineers in-house, augmented meanwhile (decision 5).
    name: 'a 90-person company expanding across teams, with data scientists and AI engineers but no data engineer',
    answers: { stage: 'expanding', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'no', integration_speed: 'yes', agentic: 'yes', regulated: 'no', have: ['software', 'data-science', 'ai'], urgency: 'quarter' },
    now: ['mlops-engineer', 'data-engineer', 'security-governance', 'ai-product-manager', 'eval-specialist', 'frontend-designer'],
    next: [],
    later: ['inference-engineer'],
    warnings: ['not-enough-data-for-custom-ml', 'urgency-vs-hiring-time'],
    partTime: [],
    approach: { 'mlops-engineer': 'augment', 'data-engineer': 'augment', 'security-governance': 'augment', 'ai-product-manager': 'hire', 'eval-specialist': 'augment>build', 'frontend-designer': 'hire' },
  },
  {
    // At phase scale the platform leads are hired; the data scientist waits without a model of its own.
    name: 'a 1,000-person company at scale with no predictive task',
    answers: { stage: 'scale', size: 'enterprise', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', regulated: 'no', have: ['software', 'product', 'design'], urgency: 'flexible' },
    now: ['ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'eval-specialist', 'inference-engineer'],
    next: ['data-scientist'],
    later: [],
    aiEngineers: '8-12',
    warnings: ['rebranding-roles'],
    partTime: [],
    approach: {
      'ai-engineer': 'hire', 'mlops-engineer': 'hire', 'data-engineer': 'hire', 'security-governance': 'hire', 'eval-specialist': 'hire', 'inference-engineer': 'hire', 'data-scientist': 'hire',
    },
  },
  {
    // Heading for production without software engineers, the backend engineer stays in now beside
    // the data engineer pulled in for governed data (domain.md, version 3, rule 5).
    name: 'a 30-person company whose ML engineers face fast integration work, heading for production',
    answers: { stage: 'pilot', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'yes', production_soon: 'yes', regulated: 'no', have: ['ml'], urgency: 'quarter' },
    now: ['ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'ai-product-manager', 'backend-engineer'],
    next: ['eval-specialist', 'frontend-designer', 'data-scientist'],
    later: ['inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['no-eval-owner', 'ml-engineers-on-integration', 'urgency-vs-hiring-time'],
    partTime: [],
    approach: { 'ai-engineer': 'hire', 'mlops-engineer': 'augment', 'data-engineer': 'augment', 'security-governance': 'augment', 'ai-product-manager': 'hire' },
  },
  {
    // The pilot's builder is a full-time data engineer (custom ML is justified); the ML engineer
    // is the first specialist to add as the company grows (rule 3 at a startup).
    name: 'an 18-person startup piloting a forecast with enough data, not yet heading for production',
    answers: { stage: 'pilot', size: 'startup', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'no', production_soon: 'no', regulated: 'no', have: [], urgency: 'flexible' },
    now: ['ai-engineer', 'data-engineer', 'ai-product-manager'],
    next: ['mlops-engineer', 'security-governance', 'backend-engineer', 'eval-specialist', 'frontend-designer', 'ml-engineer', 'data-scientist'],
    later: ['inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['no-eval-owner'],
    partTime: ['ai-product-manager', 'mlops-engineer', 'security-governance', 'inference-engineer'],
    approach: {
      // Part-time seats are fractional or augmented, never hired (rule 18; review 1, M5).
      'ai-engineer': 'hire', 'data-engineer': 'augment', 'ai-product-manager': 'build', 'mlops-engineer': 'augment', 'security-governance': 'augment', 'backend-engineer': 'hire',
      'eval-specialist': 'hire', 'frontend-designer': 'hire', 'ml-engineer': 'hire', 'data-scientist': 'hire', 'inference-engineer': 'augment',
    },
  },
  {
    // Rule 2 in production: the ML engineer leads (an AI engineer is missing, so MLOps does not);
    // the eval seat keeps the model's release gates (rule 20).
    name: 'a 300-person regulated bank in production whose product is a custom credit model',
    answers: { stage: 'production', size: 'enterprise', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no', regulated: 'yes', have: ['software', 'devops', 'data'], urgency: 'quarter' },
    now: ['ml-engineer', 'ai-engineer', 'mlops-engineer', 'security-governance', 'domain-expert', 'ai-product-manager', 'eval-specialist', 'frontend-designer'],
    next: ['data-scientist'],
    later: ['inference-engineer'],
    aiEngineers: '3-5',
    warnings: ['rebranding-roles', 'urgency-vs-hiring-time'],
    partTime: ['domain-expert'],
    approach: {
      'ml-engineer': 'hire', 'ai-engineer': 'hire', 'mlops-engineer': 'augment>build', 'security-governance': 'augment', 'domain-expert': 'augment',
      'ai-product-manager': 'hire', 'eval-specialist': 'augment', 'frontend-designer': 'hire',
    },
  },
];
