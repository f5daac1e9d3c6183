/**
 * Realistic companies, from a six-person seed startup to a 2,000-person insurer, with the
 * hire order a careful reader of the five articles expects, written out by hand group by
 * group (never computed). Used by the persona tests and the result-page tests.
 */
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import type { RoleId, WarningId } from '../../src/engine/ids.ts';

export interface Persona {
  name: string;
  answers: CompleteAnswers;
  now: RoleId[];
  next: RoleId[];
  later: RoleId[];
  /** AI engineers the now group plans. */
  aiEngineers?: string;
  warnings: WarningId[];
}

export const PERSONAS: Persona[] = [
  {
    name: 'a six-person seed startup exploring an agentic support assistant, with two software engineers',
    answers: { stage: 'exploring', size: 'startup', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', production_soon: 'no', regulated: 'no', have: ['software'], urgency: 'quarter' },
    now: ['ai-engineer', 'ai-product-manager'],
    next: ['mlops-engineer', 'data-engineer', 'security-governance', 'eval-specialist', 'frontend-designer'],
    later: ['data-scientist', 'inference-engineer'],
    aiEngineers: '1-2',
    warnings: [],
  },
  {
    name: 'a 15-person fintech whose fraud model is the product, piloting towards a launch within weeks',
    answers: { stage: 'pilot', size: 'startup', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no', production_soon: 'yes', regulated: 'yes', have: [], urgency: 'weeks' },
    now: ['ml-engineer', 'ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'domain-expert', 'ai-product-manager'],
    next: ['backend-engineer', 'eval-specialist', 'frontend-designer', 'data-scientist'],
    later: ['inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['no-eval-owner', 'mlops-missing-at-production', 'regulated-without-security', 'urgency-vs-hiring-time'],
  },
  {
    name: 'a 60-person SaaS company with copilot features live, engineers, a PM and a designer in-house',
    answers: { stage: 'production', size: 'growth', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', regulated: 'no', have: ['software', 'product', 'design'], urgency: 'quarter' },
    now: ['ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'eval-specialist'],
    next: [],
    later: ['data-scientist', 'inference-engineer'],
    aiEngineers: '3-5',
    warnings: ['mlops-missing-at-production'],
  },
  {
    name: 'an 80-person logistics firm in production with a valuable demand forecast, data and DevOps in-house',
    answers: { stage: 'production', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'no', regulated: 'no', have: ['software', 'data', 'devops'], urgency: 'flexible' },
    now: ['ai-engineer', 'mlops-engineer', 'security-governance', 'ai-product-manager', 'eval-specialist', 'frontend-designer'],
    next: ['ml-engineer', 'data-scientist'],
    later: ['inference-engineer'],
    aiEngineers: '3-5',
    warnings: ['mlops-missing-at-production'],
  },
  {
    name: 'a 500-person company only exploring, with most functions in-house',
    answers: { stage: 'exploring', size: 'enterprise', predictive_roi: 'no', integration_speed: 'yes', agentic: 'unsure', production_soon: 'no', regulated: 'no', have: ['software', 'data', 'product', 'design', 'devops'], urgency: 'flexible' },
    now: ['ai-engineer'],
    next: ['mlops-engineer', 'security-governance', 'eval-specialist'],
    later: ['data-scientist', 'inference-engineer'],
    aiEngineers: '1-2',
    warnings: [],
  },
  {
    name: 'a 2,000-person insurer at scale, regulated, with every group in-house, needing people in weeks',
    answers: {
      stage: 'scale', size: 'enterprise', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'yes', regulated: 'yes',
      have: ['software', 'data', 'product', 'design', 'devops', 'data-science', 'ml', 'ai'], urgency: 'weeks',
    },
    now: ['mlops-engineer', 'security-governance', 'domain-expert', 'eval-specialist', 'inference-engineer'],
    next: [],
    later: [],
    warnings: ['mlops-missing-at-production', 'regulated-without-security', 'urgency-vs-hiring-time'],
  },
  {
    name: 'a 40-person healthtech with a pilot not yet heading for production',
    answers: { stage: 'pilot', size: 'growth', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', production_soon: 'no', regulated: 'yes', have: ['software'], urgency: 'quarter' },
    now: ['ai-engineer', 'domain-expert', 'ai-product-manager'],
    next: ['security-governance', 'mlops-engineer', 'data-engineer', 'eval-specialist', 'frontend-designer'],
    later: ['data-scientist', 'inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['no-eval-owner'],
  },
  {
    name: 'a 12-person startup already live, nobody in-house, needing people in weeks',
    answers: { stage: 'production', size: 'startup', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', regulated: 'no', have: [], urgency: 'weeks' },
    now: ['ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'ai-product-manager', 'backend-engineer', 'eval-specialist', 'frontend-designer'],
    next: [],
    later: ['data-scientist', 'inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['mlops-missing-at-production', 'urgency-vs-hiring-time'],
  },
  {
    name: 'a 90-person company expanding across teams, with data scientists and AI engineers but no data engineer',
    answers: { stage: 'expanding', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'no', integration_speed: 'yes', agentic: 'yes', regulated: 'no', have: ['software', 'data-science', 'ai'], urgency: 'quarter' },
    now: ['mlops-engineer', 'data-engineer', 'security-governance', 'ai-product-manager', 'eval-specialist', 'frontend-designer'],
    next: [],
    later: ['inference-engineer'],
    warnings: ['mlops-missing-at-production', 'data-science-without-data-engineering', 'not-enough-data-for-custom-ml'],
  },
  {
    name: 'a 1,000-person company at scale with no predictive task',
    answers: { stage: 'scale', size: 'enterprise', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', regulated: 'no', have: ['software', 'product', 'design'], urgency: 'flexible' },
    now: ['ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'eval-specialist', 'inference-engineer'],
    next: ['data-scientist'],
    later: [],
    aiEngineers: '8-12',
    warnings: ['mlops-missing-at-production'],
  },
  {
    name: 'a 30-person company whose ML engineers face fast integration work, heading for production',
    answers: { stage: 'pilot', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'yes', production_soon: 'yes', regulated: 'no', have: ['ml'], urgency: 'quarter' },
    now: ['ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'ai-product-manager'],
    next: ['backend-engineer', 'eval-specialist', 'frontend-designer', 'data-scientist'],
    later: ['inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['no-eval-owner', 'mlops-missing-at-production', 'ml-engineers-on-integration'],
  },
  {
    name: 'an 18-person startup piloting a forecast with enough data, not yet heading for production',
    answers: { stage: 'pilot', size: 'startup', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'no', production_soon: 'no', regulated: 'no', have: [], urgency: 'flexible' },
    now: ['ai-engineer', 'data-engineer', 'ai-product-manager'],
    next: ['mlops-engineer', 'security-governance', 'backend-engineer', 'eval-specialist', 'frontend-designer', 'ml-engineer', 'data-scientist'],
    later: ['inference-engineer'],
    aiEngineers: '1-2',
    warnings: ['no-eval-owner'],
  },
  {
    name: 'a 300-person regulated bank in production whose product is a custom credit model',
    answers: { stage: 'production', size: 'enterprise', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no', regulated: 'yes', have: ['software', 'devops', 'data'], urgency: 'quarter' },
    now: ['ml-engineer', 'ai-engineer', 'mlops-engineer', 'security-governance', 'domain-expert', 'ai-product-manager', 'eval-specialist', 'frontend-designer'],
    next: ['data-scientist'],
    later: ['inference-engineer'],
    aiEngineers: '3-5',
    warnings: ['mlops-missing-at-production', 'regulated-without-security'],
  },
];

