/**
 * One describe per rule of domain.md ("The recommendation"), named after it, each with
 * answers chosen to trigger the rule and a case where it does not fire.
 */
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import { WARNING_IDS } from '../../src/engine/ids.ts';
import { answersWith, itemOf, reasonIdsOf, rolesIn, rolesOf } from '../helpers/domain.ts';

const CUSTOM_MODEL = { predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no' } as const;

describe('rule 1: AI engineer first', () => {
  it('puts an AI engineer first for a team building on foundation models', () => {
    const r = recommend(answersWith({}));
    expect(rolesOf(r)[0]).toBe('ai-engineer');
    expect(itemOf(r, 'ai-engineer')!.reasons[0]).toMatchObject({ rule: 'ai-engineer-first', source: 'ai-vs-ml' });
  });
  it('names the answers that rule out a custom model as its cause', () => {
    const because = (changes: Parameters<typeof answersWith>[0]) => itemOf(recommend(answersWith(changes)), 'ai-engineer')!.reasons[0]!.triggers;
    expect(because({ predictive_roi: 'no', integration_speed: 'no', agentic: 'no' })).toEqual(['predictive_roi']);
    expect(because({ ...CUSTOM_MODEL, data_sufficiency: 'no' })).toEqual(['data_sufficiency']);
    expect(because({ ...CUSTOM_MODEL, integration_speed: 'yes', agentic: 'unsure' })).toEqual(['integration_speed', 'agentic']);
  });
  it('does not when the AI engineer is in-house, or the product is a custom model', () => {
    expect(rolesOf(recommend(answersWith({ have: ['ai'] })))).not.toContain('ai-engineer');
    expect(rolesOf(recommend(answersWith(CUSTOM_MODEL)))[0]).toBe('ml-engineer');
  });
});

describe('rule 2: ML first only when the product is a custom model', () => {
  it('lets the ML engineer lead when all four ai-vs-ml answers point to ML', () => {
    const r = recommend(answersWith(CUSTOM_MODEL));
    expect(rolesOf(r).slice(0, 2)).toEqual(['ml-engineer', 'ai-engineer']);
    expect(itemOf(r, 'ml-engineer')!.reasons[0]).toMatchObject({ rule: 'ml-first-for-custom-model', source: 'ownership' });
  });
  it.each([['integration_speed', 'yes'], ['agentic', 'unsure'], ['agentic', 'yes']] as const)('does not when %s=%s', (question, value) => {
    const r = recommend(answersWith({ ...CUSTOM_MODEL, size: 'growth', [question]: value }));
    expect(rolesOf(r).indexOf('ai-engineer')).toBeLessThan(rolesOf(r).indexOf('ml-engineer'));
  });
});

describe('rule 3: ML engineer only with ROI and data', () => {
  it('keeps ML engineers out without a predictive task, with only a note at scale', () => {
    for (const stage of ['pilot', 'production', 'scale'] as const) {
      expect(rolesOf(recommend(answersWith({ stage, size: 'enterprise', predictive_roi: 'no' })))).not.toContain('ml-engineer');
    }
    expect(recommend(answersWith({ stage: 'scale', predictive_roi: 'no' })).notes.map((n) => n.id)).toEqual(['ml-only-if-worth-it']);
    expect(recommend(answersWith({ stage: 'production', predictive_roi: 'no' })).notes).toEqual([]);
  });
  it('keeps them out without data, and says what to gather first', () => {
    const r = recommend(answersWith({ size: 'growth', predictive_roi: 'yes', data_sufficiency: 'no' }));
    expect(rolesOf(r)).not.toContain('ml-engineer');
    const warning = r.warnings.find((w) => w.id === 'not-enough-data-for-custom-ml')!;
    expect(warning.sentence).toMatch(/10,000/);
    expect(warning.sentence).toMatch(/3-6 months/);
  });
  it('orders an ML engineer after the AI engineer with ROI and data, one per 3-5 AI engineers from growth on', () => {
    const growth = recommend(answersWith({ size: 'growth', predictive_roi: 'yes', data_sufficiency: 'yes' }));
    expect(rolesOf(growth).indexOf('ml-engineer')).toBeGreaterThan(rolesOf(growth).indexOf('ai-engineer'));
    expect(itemOf(growth, 'ml-engineer')!.count).toEqual({ min: 1, max: 1 });
    expect(reasonIdsOf(growth, 'ml-engineer')).toContain('ml-ratio-to-ai-engineers');
    const enterprise = recommend(answersWith({ size: 'enterprise', predictive_roi: 'yes', data_sufficiency: 'yes' }));
    expect(itemOf(enterprise, 'ml-engineer')!.count).toEqual({ min: 2, max: 3 });
  });
});

describe('rule 4: pilot core', () => {
  it('staffs a pilot with an AI engineer, an AI product manager and a backend or data engineer', () => {
    const r = recommend(answersWith({}));
    expect(rolesIn(r, 'now')).toEqual(['ai-engineer', 'ai-product-manager', 'backend-engineer']);
    expect(reasonIdsOf(r, 'ai-engineer')).toContain('ai-engineer-owns-evals-at-pilot');
    expect(rolesIn(r, 'next')).toEqual(expect.arrayContaining(['eval-specialist', 'frontend-designer']));
    expect(r.headcount.band).toEqual({ min: 2, max: 5 });
  });
  it('takes a data engineer for the builder seat when custom ML is justified, and none when one is in-house', () => {
    expect(rolesIn(recommend(answersWith({ predictive_roi: 'yes', data_sufficiency: 'yes' })), 'now')).toContain('data-engineer');
    const withSoftware = recommend(answersWith({ have: ['software'] }));
    expect(rolesIn(withSoftware, 'now')).not.toContain('data-engineer');
    expect(rolesIn(withSoftware, 'now')).not.toContain('backend-engineer');
  });
  it('does not apply at production: the whole production core is in now', () => {
    const r = recommend(answersWith({ stage: 'production' }));
    expect(rolesIn(r, 'now')).toEqual(expect.arrayContaining(['eval-specialist', 'frontend-designer', 'backend-engineer', 'data-engineer']));
    expect(reasonIdsOf(r, 'ai-engineer')).not.toContain('ai-engineer-owns-evals-at-pilot');
  });
});

describe('rule 5: MLOps is the seat hired too late', () => {
  it('puts MLOps and governed data in now when a pilot heads for production', () => {
    const r = recommend(answersWith({ production_soon: 'yes' }));
    expect(rolesIn(r, 'now')).toEqual(expect.arrayContaining(['mlops-engineer', 'data-engineer']));
    expect(itemOf(r, 'mlops-engineer')!.reasons[0]).toMatchObject({ rule: 'mlops-before-production', triggers: ['production_soon'] });
  });
  it('puts MLOps first at production when AI engineers are in-house, second when one is missing', () => {
    expect(rolesOf(recommend(answersWith({ stage: 'production', have: ['ai'] })))[0]).toBe('mlops-engineer');
    expect(rolesOf(recommend(answersWith({ stage: 'scale', have: ['ai'], ...CUSTOM_MODEL })))[0]).toBe('mlops-engineer');
    expect(rolesOf(recommend(answersWith({ stage: 'expanding' }))).slice(0, 2)).toEqual(['ai-engineer', 'mlops-engineer']);
  });
  it('lets MLOps wait at a pilot not yet heading for production', () => {
    const r = recommend(answersWith({ production_soon: 'no' }));
    expect(itemOf(r, 'mlops-engineer')!.group).toBe('next');
  });
});

describe('rule 6: data scientist after data engineering', () => {
  it('warns and puts a data engineer in now when data scientists have no data engineer', () => {
    const r = recommend(answersWith({ have: ['data-science'] }));
    expect(r.warnings.map((w) => w.id)).toContain('data-science-without-data-engineering');
    expect(itemOf(r, 'data-engineer')).toMatchObject({ group: 'now' });
    expect(reasonIdsOf(r, 'data-engineer')).toContain('data-engineering-before-data-science');
  });
  it('never puts a data scientist in now at a pilot, and not before the data engineer', () => {
    const r = recommend(answersWith({ predictive_roi: 'yes', data_sufficiency: 'no' }));
    expect(itemOf(r, 'data-scientist')!.group).toBe('next');
    expect(rolesOf(r).indexOf('data-engineer')).toBeLessThan(rolesOf(r).indexOf('data-scientist'));
  });
  it('does not warn when a data engineer is in-house too', () => {
    expect(recommend(answersWith({ have: ['data', 'data-science'] })).warnings.map((w) => w.id)).not.toContain('data-science-without-data-engineering');
  });
});

describe('rule 7: regulated domains pull security and domain review forward', () => {
  it('puts security and a domain expert in now for a regulated product in production', () => {
    const r = recommend(answersWith({ stage: 'production', regulated: 'yes' }));
    expect(rolesIn(r, 'now')).toEqual(expect.arrayContaining(['security-governance', 'domain-expert']));
    expect(itemOf(r, 'security-governance')!.reasons[0]!.triggers).toEqual(['regulated', 'stage']);
  });
  it('puts security first in next for a regulated pilot not yet heading for production', () => {
    const r = recommend(answersWith({ regulated: 'yes', production_soon: 'no' }));
    expect(rolesIn(r, 'next')[0]).toBe('security-governance');
    expect(rolesIn(r, 'now')).toContain('domain-expert');
  });
  it('does not apply without regulation: no domain expert; security next at a pilot, added at production, dedicated at scale', () => {
    expect(itemOf(recommend(answersWith({ regulated: 'no', production_soon: 'yes' })), 'security-governance')!.group).toBe('next');
    const production = recommend(answersWith({ stage: 'production', regulated: 'no' }));
    expect(rolesOf(production)).not.toContain('domain-expert');
    expect(itemOf(production, 'security-governance')!.group).toBe('now');
    expect(rolesIn(production, 'now').at(-1)).toBe('security-governance');
    expect(itemOf(recommend(answersWith({ stage: 'scale', regulated: 'no' })), 'security-governance')!.group).toBe('now');
  });
});

describe('rule 8: infrastructure only at scale', () => {
  it('puts an inference engineer in now at scale, 1-2 AI infra (+1-2 ML infra) at enterprise size', () => {
    const r = recommend(answersWith({ stage: 'scale', size: 'enterprise' }));
    expect(itemOf(r, 'inference-engineer')).toMatchObject({ group: 'now', count: { min: 1, max: 2 } });
    expect(itemOf(recommend(answersWith({ stage: 'scale', size: 'enterprise', predictive_roi: 'yes', data_sufficiency: 'yes' })), 'inference-engineer')!.count).toEqual({ min: 2, max: 4 });
  });
  it('keeps it in later below scale', () => {
    for (const stage of ['exploring', 'pilot', 'production', 'expanding'] as const) {
      expect(itemOf(recommend(answersWith({ stage })), 'inference-engineer')!.group).toBe('later');
    }
  });
});

describe('rule 9: already in-house', () => {
  it('lists covered seats apart from the order, each with the group that holds it', () => {
    const r = recommend(answersWith({ have: ['software', 'data', 'product', 'design', 'data-science', 'ml', 'ai'] }));
    expect(r.covered.map((c) => [c.by, c.role])).toEqual([
      ['software', 'backend-engineer'], ['data', 'data-engineer'], ['product', 'ai-product-manager'],
      ['design', 'frontend-designer'], ['data-science', 'data-scientist'], ['ml', 'ml-engineer'], ['ai', 'ai-engineer'],
    ]);
    expect(r.covered.find((c) => c.by === 'product')!.reasons.map((x) => x.id)).toContain('product-needs-ai-fluency');
  });
  it('suggests no ML engineer count for one in-house when there is no predictive task to justify it', () => {
    const covered = (changes: Parameters<typeof answersWith>[0]) => recommend(answersWith({ size: 'enterprise', have: ['ml'], ...changes })).covered[0]!;
    expect(covered({ predictive_roi: 'no' }).suggestedCount).toBeNull();
    expect(covered({ predictive_roi: 'yes', data_sufficiency: 'yes' }).suggestedCount).toEqual({ min: 2, max: 3 });
  });
  it('makes MLOps a build with DevOps in-house, without covering it', () => {
    const r = recommend(answersWith({ stage: 'production', have: ['devops'], urgency: 'weeks' }));
    expect(itemOf(r, 'mlops-engineer')!.approach).toBe('build');
    expect(r.covered).toEqual([]);
  });
  it('notes product engineers can be upskilled while a lead AI engineer is still hired', () => {
    const r = recommend(answersWith({ have: ['software'] }));
    expect(itemOf(r, 'ai-engineer')).toMatchObject({ approach: 'hire' });
    expect(reasonIdsOf(r, 'ai-engineer')).toContain('upskill-product-engineers');
    expect(reasonIdsOf(recommend(answersWith({})), 'ai-engineer')).not.toContain('upskill-product-engineers');
  });
});

describe('rule 10: counts by size', () => {
  it.each([['startup', 1, 2], ['growth', 3, 5], ['enterprise', 8, 12]] as const)('suggests AI engineers for a %s: %i-%i', (size, min, max) => {
    expect(itemOf(recommend(answersWith({ size })), 'ai-engineer')!.count).toEqual({ min, max });
    expect(recommend(answersWith({ size, have: ['ai'] })).covered[0]!.suggestedCount).toEqual({ min, max });
  });
  it('plans no ML engineer yet at a startup unless rule 2', () => {
    const r = recommend(answersWith({ size: 'startup', predictive_roi: 'yes', data_sufficiency: 'yes' }));
    expect(itemOf(r, 'ml-engineer')).toMatchObject({ group: 'later', count: null });
    expect(itemOf(recommend(answersWith({ size: 'startup', ...CUSTOM_MODEL })), 'ml-engineer')).toMatchObject({ group: 'now', count: { min: 1, max: 1 } });
  });
  it('gives the headcount band by phase and names the other source where it differs', () => {
    expect(recommend(answersWith({ stage: 'production', size: 'growth' })).headcount).toMatchObject({ band: { min: 6, max: 12 }, disagreement: null });
    const scale = recommend(answersWith({ stage: 'scale', size: 'enterprise' })).headcount;
    expect(scale.band).toEqual({ min: 12, max: 30, orMore: true });
    expect(scale.disagreement).toMatchObject({ band: { min: 10, max: 30 }, reason: { source: 'ops-guide' } });
    expect(recommend(answersWith({ size: 'startup' })).headcount.disagreement!.band).toEqual({ min: 3, max: 5 });
  });
});

describe('rule 11: approach per item', () => {
  it('hires the anchor leaders even in a hurry, and augments specialist gaps', () => {
    const r = recommend(answersWith({ stage: 'production', urgency: 'weeks' }));
    expect(itemOf(r, 'ai-engineer')!.approach).toBe('hire');
    expect(itemOf(r, 'ai-product-manager')!.approach).toBe('hire');
    for (const role of ['mlops-engineer', 'data-engineer', 'eval-specialist'] as const) expect(itemOf(r, role)!.approach).toBe('augment');
    expect(r.warnings.map((w) => w.id)).toContain('urgency-vs-hiring-time');
  });
  it('hires specialists when there is time, with no hiring-time warning', () => {
    const r = recommend(answersWith({ stage: 'production', urgency: 'quarter' }));
    expect(itemOf(r, 'mlops-engineer')!.approach).toBe('hire');
    expect(r.warnings.map((w) => w.id)).not.toContain('urgency-vs-hiring-time');
  });
  it('builds AI engineer #2+ from software engineers when urgency is flexible', () => {
    expect(itemOf(recommend(answersWith({ size: 'growth', have: ['software'], urgency: 'flexible' })), 'ai-engineer')!.laterSeatsApproach).toBe('build');
    expect(itemOf(recommend(answersWith({ size: 'growth', have: ['software'], urgency: 'quarter' })), 'ai-engineer')!.laterSeatsApproach).toBeNull();
    expect(itemOf(recommend(answersWith({ size: 'growth', urgency: 'weeks' })), 'ai-engineer')!.laterSeatsApproach).toBe('augment');
  });
});

describe('rule 12: team structure', () => {
  it.each([
    ['pilot', 'centralized'], ['production', 'centralized'], ['expanding', 'hub-and-spoke'], ['scale', 'hub-and-spoke-with-feature'],
  ] as const)('recommends a %s company a %s team, with its failure mode', (stage, structure) => {
    const r = recommend(answersWith({ stage }));
    expect(r.structure.id).toBe(structure);
    expect(r.structure.failureMode.id).toBe(`failure-${structure}`);
    expect(r.structure.alsoSaid.source).toBe('ops-guide');
  });
});

describe('rule 13: warnings', () => {
  const cases = {
    'no-eval-owner': [{ stage: 'pilot' }, { stage: 'pilot', have: ['ai'] }],
    'mlops-missing-at-production': [{ stage: 'production' }, { stage: 'pilot', production_soon: 'no' }],
    'data-science-without-data-engineering': [{ have: ['data-science'] }, { have: ['data-science', 'data'] }],
    'ml-engineers-on-integration': [{ have: ['ml'], integration_speed: 'yes' }, { have: ['ml'], integration_speed: 'no' }],
    'not-enough-data-for-custom-ml': [{ predictive_roi: 'yes', data_sufficiency: 'no' }, { predictive_roi: 'yes', data_sufficiency: 'yes' }],
    'regulated-without-security': [{ regulated: 'yes', stage: 'production' }, { regulated: 'yes', production_soon: 'no' }],
    'urgency-vs-hiring-time': [{ urgency: 'weeks' }, { urgency: 'flexible' }],
    'researchers-instead-of-shippers': [{ have: ['data-science'], predictive_roi: 'no' }, { have: ['data-science', 'ai'], predictive_roi: 'no' }],
  } as const;
  it('covers every warning id', () => expect(Object.keys(cases).sort()).toEqual([...WARNING_IDS].sort()));
  it.each(Object.entries(cases))('%s fires on the first answers and not on the second', (id, [fires, quiet]) => {
    const warning = recommend(answersWith(fires)).warnings.find((w) => w.id === id);
    expect(warning?.sentence.length).toBeGreaterThan(20);
    expect(recommend(answersWith(quiet)).warnings.map((w) => w.id)).not.toContain(id);
  });
});

describe('rule 14: scorecard', () => {
  it('shows the four ai-vs-ml questions with the hire each answer points to', () => {
    const verdicts = (changes: Parameters<typeof answersWith>[0]) =>
      recommend(answersWith(changes)).scorecard.map((row) => `${row.question}=${row.answer ?? '-'}:${row.verdict}`);
    expect(verdicts(CUSTOM_MODEL)).toEqual([
      'predictive_roi=yes:ml-engineer', 'integration_speed=no:ml-engineer', 'agentic=no:either', 'data_sufficiency=yes:ml-engineer',
    ]);
    expect(verdicts({ predictive_roi: 'no', integration_speed: 'yes', agentic: 'unsure' })).toEqual([
      'predictive_roi=no:ai-engineer', 'integration_speed=yes:ai-engineer', 'agentic=unsure:either', 'data_sufficiency=-:ai-engineer',
    ]);
  });
});
