/**
 * One describe per rule of domain.md (model version 2), named after it, each with answers
 * chosen to trigger the rule and a case where it does not fire.
 */
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import { WARNING_IDS } from '../../src/engine/ids.ts';
import { answersWith, itemOf, reasonIdsOf, rolesIn, rolesOf, warningIdsOf } from '../helpers/domain.ts';
import { sentencesOf } from '../helpers/invariants.ts';
import { sentenceOf, sourceOf } from '../helpers/reason-texts.ts';
import type { Reason } from '../../src/engine/recommendation.ts';

/** A reason with the source content gives its sentence, to compare with the article a rule names. */
const cited = (reason: Reason) => ({ ...reason, source: sourceOf(reason) });
/** A disagreement whose other view carries its source. */
const citedOther = <T extends { other: Reason }>(disagreement: T | undefined) => disagreement && { ...disagreement, other: cited(disagreement.other) };

const CUSTOM_MODEL = { predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no' } as const;
const ROI_AND_DATA = { predictive_roi: 'yes', data_sufficiency: 'yes' } as const;

describe('rule 1: AI engineer first', () => {
  it('puts an AI engineer first for a team building on foundation models', () => {
    const r = recommend(answersWith({}));
    expect(rolesOf(r)[0]).toBe('ai-engineer');
    expect(cited(itemOf(r, 'ai-engineer')!.reasons[0]!)).toMatchObject({ rule: 'ai-engineer-first', source: 'ai-vs-ml' });
  });
  it('names the answers that rule out a custom model as its cause', () => {
    const because = (changes: Parameters<typeof answersWith>[0]) => itemOf(recommend(answersWith(changes)), 'ai-engineer')!.reasons[0]!.triggers;
    expect(because({ predictive_roi: 'no', integration_speed: 'no', agentic: 'no' })).toEqual(['predictive_roi']);
    expect(because({ ...CUSTOM_MODEL, data_sufficiency: 'no' })).toEqual(['data_sufficiency']);
    expect(because({ ...CUSTOM_MODEL, integration_speed: 'yes', agentic: 'unsure' })).toEqual(['integration_speed', 'agentic']);
  });
  it('with ML engineers in-house and no AI engineer, says they can grow into the role, and still hires a lead', () => {
    const r = recommend(answersWith({ have: ['ml'] }));
    expect(rolesOf(r)[0]).toBe('ai-engineer');
    expect(reasonIdsOf(r, 'ai-engineer')).toContain('ml-engineers-who-want-to-ship');
    expect(reasonIdsOf(recommend(answersWith({})), 'ai-engineer')).not.toContain('ml-engineers-who-want-to-ship');
  });
  it('does not put one in the order when an AI engineer is in-house, or first when the product is a custom model', () => {
    expect(rolesOf(recommend(answersWith({ have: ['ai'] })))).not.toContain('ai-engineer');
    expect(rolesOf(recommend(answersWith(CUSTOM_MODEL)))[0]).toBe('ml-engineer');
  });
});

describe('rule 2: ML first only when the product is a custom model', () => {
  it('lets the ML engineer lead, with a data engineer in now beside it', () => {
    const r = recommend(answersWith({ ...CUSTOM_MODEL, size: 'growth' }));
    expect(rolesOf(r).slice(0, 2)).toEqual(['ml-engineer', 'ai-engineer']);
    expect(cited(itemOf(r, 'ml-engineer')!.reasons[0]!)).toMatchObject({ rule: 'ml-first-for-custom-model', source: 'ownership' });
    expect(itemOf(r, 'data-engineer')).toMatchObject({ group: 'now' });
    expect(reasonIdsOf(r, 'data-engineer')).toContain('training-data-for-custom-model');
  });
  it('names the disagreement at a startup: ai-vs-ml has no ML engineers under 20, ownership allows a model-first product', () => {
    const startup = recommend(answersWith({ ...CUSTOM_MODEL, size: 'startup' }));
    expect(citedOther(startup.disagreements.find((d) => d.id === 'ml-first-at-startup'))).toMatchObject({ anchor: 'ml-engineer', follows: 'ownership', other: { source: 'ai-vs-ml' } });
    expect(recommend(answersWith({ ...CUSTOM_MODEL, size: 'growth' })).disagreements.map((d) => d.id)).not.toContain('ml-first-at-startup');
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
  it('keeps them out without data, and says what to gather first: at least 10,000 examples, 3-6 months, a foundation model may do', () => {
    const r = recommend(answersWith({ size: 'growth', predictive_roi: 'yes', data_sufficiency: 'no' }));
    expect(rolesOf(r)).not.toContain('ml-engineer');
    const sentence = sentenceOf(r.warnings.find((w) => w.id === 'not-enough-data-for-custom-ml')!.reason);
    expect(sentence).toMatch(/at least 10,000/);
    expect(sentence).toMatch(/3-6 months/);
    expect(sentence).toMatch(/foundation model/);
  });
  it('at a startup below scale, puts the ML engineer in next after the AI engineers, never saying there is too little data', () => {
    const r = recommend(answersWith({ size: 'startup', ...ROI_AND_DATA }));
    expect(itemOf(r, 'ml-engineer')).toMatchObject({ group: 'next' });
    expect(reasonIdsOf(r, 'ml-engineer')).toEqual(['ml-engineer-next-at-startup']);
    expect(sentencesOf(r).join(' ')).not.toMatch(/too little to train|not enough data/i);
  });
  it('orders the ML engineer after the AI engineer from growth on, about one per 3-5 AI engineers', () => {
    const growth = recommend(answersWith({ size: 'growth', stage: 'production', ...ROI_AND_DATA }));
    expect(rolesOf(growth).indexOf('ml-engineer')).toBeGreaterThan(rolesOf(growth).indexOf('ai-engineer'));
    expect(reasonIdsOf(growth, 'ml-engineer')).toContain('ml-ratio-to-ai-engineers');
    expect(itemOf(recommend(answersWith({ size: 'startup', stage: 'scale', ...ROI_AND_DATA })), 'ml-engineer')).toMatchObject({ group: 'now' });
  });
});

describe('rule 4: pilot core', () => {
  it('staffs a pilot with an AI engineer, an AI product manager and a backend or data engineer; design and eval wait', () => {
    const r = recommend(answersWith({}));
    expect(rolesIn(r, 'now')).toEqual(['ai-engineer', 'ai-product-manager', 'backend-engineer']);
    expect(rolesIn(r, 'next')).toEqual(expect.arrayContaining(['eval-specialist', 'frontend-designer']));
    expect(r.headcount.band).toEqual({ min: 2, max: 5 });
  });
  it('takes a data engineer for the builder seat when custom ML is justified, and none when one is in-house', () => {
    expect(rolesIn(recommend(answersWith(ROI_AND_DATA)), 'now')).toContain('data-engineer');
    const withSoftware = recommend(answersWith({ have: ['software'] }));
    expect(rolesIn(withSoftware, 'now')).not.toContain('data-engineer');
    expect(rolesIn(withSoftware, 'now')).not.toContain('backend-engineer');
  });
  it('does not apply at production: the whole production core is in now', () => {
    const r = recommend(answersWith({ stage: 'production' }));
    expect(rolesIn(r, 'now')).toEqual(expect.arrayContaining(['eval-specialist', 'frontend-designer', 'backend-engineer', 'data-engineer']));
  });
});

describe('rule 5: MLOps, governed data and security before production', () => {
  it('puts MLOps, governed data and security in now when a pilot heads for production, regulated or not', () => {
    for (const regulated of ['yes', 'no'] as const) {
      const r = recommend(answersWith({ production_soon: 'yes', regulated }));
      expect(rolesIn(r, 'now')).toEqual(expect.arrayContaining(['mlops-engineer', 'data-engineer', 'security-governance']));
    }
    const r = recommend(answersWith({ production_soon: 'yes', regulated: 'no' }));
    expect(itemOf(r, 'mlops-engineer')!.reasons[0]).toMatchObject({ rule: 'mlops-before-production', triggers: ['production_soon'] });
    expect(reasonIdsOf(r, 'security-governance')).toEqual(['security-before-production']);
  });
  it('puts MLOps first once live when AI engineers are in-house, second when one is missing', () => {
    expect(rolesOf(recommend(answersWith({ stage: 'production', have: ['ai'] })))[0]).toBe('mlops-engineer');
    expect(rolesOf(recommend(answersWith({ stage: 'scale', have: ['ai'], ...CUSTOM_MODEL })))[0]).toBe('mlops-engineer');
    expect(rolesOf(recommend(answersWith({ stage: 'expanding' }))).slice(0, 2)).toEqual(['ai-engineer', 'mlops-engineer']);
  });
  it('lets MLOps and security wait at a pilot not yet heading for production', () => {
    const r = recommend(answersWith({ production_soon: 'no' }));
    expect(itemOf(r, 'mlops-engineer')!.group).toBe('next');
    expect(itemOf(r, 'security-governance')).toMatchObject({ group: 'next' });
    expect(reasonIdsOf(r, 'security-governance')).toEqual(['security-waits-at-pilot']);
  });
});

describe('rule 6: data scientist after data engineering', () => {
  it('warns and puts a data engineer in now when data scientists have no data engineer', () => {
    const r = recommend(answersWith({ have: ['data-science'] }));
    expect(warningIdsOf(r)).toContain('data-science-without-data-engineering');
    expect(itemOf(r, 'data-engineer')).toMatchObject({ group: 'now' });
    expect(reasonIdsOf(r, 'data-engineer')).toContain('data-engineer-for-your-data-scientists');
  });
  it('never puts a data scientist in now at a pilot, and not before the data engineer', () => {
    const r = recommend(answersWith({ predictive_roi: 'yes', data_sufficiency: 'no' }));
    expect(itemOf(r, 'data-scientist')!.group).toBe('next');
    expect(rolesOf(r).indexOf('data-engineer')).toBeLessThan(rolesOf(r).indexOf('data-scientist'));
  });
  it('at scale, puts the data scientist in now only with a predictive task, else next, naming stages\' table', () => {
    expect(itemOf(recommend(answersWith({ stage: 'scale', ...ROI_AND_DATA })), 'data-scientist')).toMatchObject({ group: 'now' });
    const noTask = recommend(answersWith({ stage: 'scale', predictive_roi: 'no' }));
    expect(itemOf(noTask, 'data-scientist')).toMatchObject({ group: 'next' });
    expect(citedOther(noTask.disagreements.find((d) => d.id === 'data-scientist-at-scale'))).toMatchObject({ anchor: 'data-scientist', follows: 'stages', other: { source: 'stages' } });
  });
  it('does not warn when a data engineer is in-house too', () => {
    expect(warningIdsOf(recommend(answersWith({ have: ['data', 'data-science'] })))).not.toContain('data-science-without-data-engineering');
  });
});

describe('rule 7: regulated domains pull security and domain review forward', () => {
  it('puts security and a domain expert in now for a regulated product in production, citing ops-guide for health', () => {
    const r = recommend(answersWith({ stage: 'production', regulated: 'yes' }));
    expect(rolesIn(r, 'now')).toEqual(expect.arrayContaining(['security-governance', 'domain-expert']));
    expect(itemOf(r, 'security-governance')!.reasons[0]!.triggers).toEqual(['regulated', 'stage']);
    const health = itemOf(r, 'domain-expert')!.reasons.find((reason) => /health/i.test(sentenceOf(reason)));
    expect(health && sourceOf(health)).toBe('ops-guide');
  });
  it('puts security first in next for a regulated pilot not yet heading for production', () => {
    const r = recommend(answersWith({ regulated: 'yes', production_soon: 'no' }));
    expect(rolesIn(r, 'next')[0]).toBe('security-governance');
    expect(rolesIn(r, 'now')).toContain('domain-expert');
  });
  it('does not apply without regulation: no domain expert; security arrives with production and is dedicated at scale', () => {
    const production = recommend(answersWith({ stage: 'production', regulated: 'no' }));
    expect(rolesOf(production)).not.toContain('domain-expert');
    expect(itemOf(production, 'security-governance')!.group).toBe('now');
    expect(reasonIdsOf(recommend(answersWith({ stage: 'scale', regulated: 'no' })), 'security-governance')).toEqual(['security-dedicated-at-scale']);
  });
});

describe('rule 8: infrastructure only at scale', () => {
  it('puts an inference engineer in now at scale: 1-2 AI infra (+1-2 ML infra with custom ML) at enterprise size, else 1', () => {
    expect(itemOf(recommend(answersWith({ stage: 'scale', size: 'enterprise' })), 'inference-engineer')).toMatchObject({ group: 'now', count: { min: 1, max: 2 } });
    expect(itemOf(recommend(answersWith({ stage: 'scale', size: 'enterprise', ...ROI_AND_DATA })), 'inference-engineer')!.count).toEqual({ min: 2, max: 4 });
    expect(itemOf(recommend(answersWith({ stage: 'scale', size: 'growth' })), 'inference-engineer')!.count).toEqual({ min: 1, max: 1 });
  });
  it('keeps it in later below scale, with no count yet and the count it reaches at scale', () => {
    for (const stage of ['exploring', 'pilot', 'production', 'expanding'] as const) {
      const item = itemOf(recommend(answersWith({ stage, size: 'enterprise' })), 'inference-engineer')!;
      expect(item).toMatchObject({ group: 'later', count: null, countLater: [{ phase: 'scale', count: { min: 1, max: 2 } }] });
    }
  });
});

describe('rule 9: already in-house', () => {
  it('lists covered seats apart from the order, each with the group that holds it, explaining it once', () => {
    const r = recommend(answersWith({ have: ['software', 'data', 'product', 'design', 'data-science', 'ml', 'ai'] }));
    expect(r.covered.map((c) => [c.by, c.role])).toEqual([
      ['software', 'backend-engineer'], ['data', 'data-engineer'], ['product', 'ai-product-manager'],
      ['design', 'frontend-designer'], ['data-science', 'data-scientist'], ['ml', 'ml-engineer'], ['ai', 'ai-engineer'],
    ]);
    expect(r.coveredReason?.id).toBe('covered-in-house');
    expect(r.covered.find((c) => c.by === 'product')!.reasons.map((x) => x.id)).toContain('product-needs-ai-fluency');
    expect(recommend(answersWith({})).coveredReason).toBeNull();
  });
  it('suggests no ML engineer count for one in-house when there is no predictive task to justify it', () => {
    const covered = (changes: Parameters<typeof answersWith>[0]) => recommend(answersWith({ size: 'enterprise', stage: 'scale', have: ['ml'], ...changes })).covered[0]!;
    expect(covered({ predictive_roi: 'no' }).suggestedCount).toBeNull();
    expect(covered(ROI_AND_DATA).suggestedCount).toEqual({ min: 2, max: 3 });
  });
  it('makes MLOps a build with DevOps in-house, without covering it, at every urgency', () => {
    for (const urgency of ['weeks', 'quarter', 'flexible'] as const) {
      const r = recommend(answersWith({ stage: 'production', have: ['devops'], urgency }));
      expect(itemOf(r, 'mlops-engineer')!.approach).toBe('build');
      expect(r.covered).toEqual([]);
    }
    expect(reasonIdsOf(recommend(answersWith({ stage: 'production', have: ['devops'], urgency: 'weeks' })), 'mlops-engineer')).toContain('augment-mlops-while-devops-learns');
  });
  it('notes product engineers can be upskilled while a lead AI engineer is still hired', () => {
    const r = recommend(answersWith({ have: ['software'] }));
    expect(itemOf(r, 'ai-engineer')).toMatchObject({ approach: 'hire' });
    expect(reasonIdsOf(r, 'ai-engineer')).toContain('upskill-product-engineers');
    expect(reasonIdsOf(recommend(answersWith({})), 'ai-engineer')).not.toContain('upskill-product-engineers');
  });
});

describe('rule 10: counts by phase and size', () => {
  const aiCount = (stage: 'pilot' | 'production' | 'scale', size: 'startup' | 'growth' | 'enterprise') => itemOf(recommend(answersWith({ stage, size })), 'ai-engineer')!;
  it.each([
    ['pilot', 'startup', 1, 2], ['pilot', 'growth', 1, 2], ['pilot', 'enterprise', 1, 2],
    ['production', 'startup', 1, 2], ['production', 'growth', 3, 5], ['production', 'enterprise', 3, 5],
    ['scale', 'startup', 1, 2], ['scale', 'growth', 3, 5], ['scale', 'enterprise', 8, 12],
  ] as const)('at %s, a %s company plans %i-%i AI engineers', (stage, size, min, max) => {
    expect(aiCount(stage, size).count).toEqual({ min, max });
    expect(recommend(answersWith({ stage, size, have: ['ai'] })).covered[0]!.suggestedCount).toEqual({ min, max });
  });
  it('says where a later phase raises the count', () => {
    expect(aiCount('pilot', 'growth').countLater).toEqual([{ phase: 'production', count: { min: 3, max: 5 } }]);
    expect(aiCount('pilot', 'enterprise').countLater).toEqual([{ phase: 'production', count: { min: 3, max: 5 } }, { phase: 'scale', count: { min: 8, max: 12 } }]);
    expect(aiCount('pilot', 'startup').countLater).toEqual([]);
  });
  it('keeps a 500-person company that is only exploring to a pilot-sized now group', () => {
    const r = recommend(answersWith({ stage: 'exploring', size: 'enterprise', ...ROI_AND_DATA }));
    expect(itemOf(r, 'ai-engineer')!.count).toEqual({ min: 1, max: 2 });
    expect(itemOf(r, 'ml-engineer')).toMatchObject({ group: 'next', count: { min: 1, max: 1 } });
  });
  it('shows a pilot heading for production as growing from 2-5 towards 6-12', () => {
    expect(recommend(answersWith({ production_soon: 'yes' })).headcount).toMatchObject({ band: { min: 2, max: 5 }, growingTo: { min: 6, max: 12 } });
    expect(recommend(answersWith({ production_soon: 'no' })).headcount.growingTo).toBeNull();
  });
  it("names ops-guide's specialist counts beside stages' band where they differ, and not for growth", () => {
    const other = (changes: Parameters<typeof answersWith>[0]) => recommend(answersWith(changes)).disagreements.find((d) => d.id === 'headcount');
    expect(other({ stage: 'production', size: 'growth' })).toBeUndefined();
    expect(citedOther(other({ stage: 'scale', size: 'enterprise' }))).toMatchObject({ otherCount: { min: 10, max: 30 }, follows: 'stages', other: { source: 'ops-guide' } });
    expect(other({ size: 'startup' })!.otherCount).toEqual({ min: 3, max: 5 });
  });
  it('names the one source that gives each figure and keeps its hedges', () => {
    const enterprise = itemOf(recommend(answersWith({ stage: 'scale', size: 'enterprise' })), 'ai-engineer')!;
    expect(sentenceOf(enterprise.reasons.find((reason) => /eight to twelve/.test(sentenceOf(reason)))!)).toMatch(/AI-vs-ML guide.*might have/);
    expect(sentenceOf(recommend(answersWith({})).headcount.reason)).toMatch(/directional/);
  });
});

describe('rule 11: approach per item', () => {
  it('hires the anchor leaders when there is time, and augments specialist gaps unless urgency is flexible', () => {
    const quarter = recommend(answersWith({ stage: 'production', urgency: 'quarter' }));
    expect(itemOf(quarter, 'ai-engineer')!.approach).toBe('hire');
    expect(itemOf(quarter, 'ai-product-manager')!.approach).toBe('hire');
    for (const role of ['mlops-engineer', 'data-engineer', 'eval-specialist', 'security-governance'] as const) expect(itemOf(quarter, role)!.approach).toBe('augment');
    const flexible = recommend(answersWith({ stage: 'production', urgency: 'flexible' }));
    for (const role of ['mlops-engineer', 'data-engineer', 'eval-specialist', 'security-governance'] as const) expect(itemOf(flexible, role)!.approach).toBe('hire');
  });
  it('in a hurry, starts the AI engineer seat augmented while the search for the lead runs, and warns about hiring time', () => {
    const r = recommend(answersWith({ stage: 'production', urgency: 'weeks' }));
    expect(itemOf(r, 'ai-engineer')).toMatchObject({ approach: 'augment', then: 'hire' });
    expect(itemOf(r, 'ai-product-manager')!.approach).toBe('hire');
    expect(warningIdsOf(r)).toContain('urgency-vs-hiring-time');
    expect(sentencesOf(r).filter((s) => /worth a full-time hire/.test(s))).toEqual([]);
  });
  it('makes the domain expert an augmented reviewer, and builds AI engineers after the lead from software engineers', () => {
    expect(itemOf(recommend(answersWith({ regulated: 'yes' })), 'domain-expert')!.approach).toBe('augment');
    expect(itemOf(recommend(answersWith({ size: 'growth', stage: 'production', have: ['software'], urgency: 'quarter' })), 'ai-engineer')).toMatchObject({ approach: 'hire', then: 'build' });
    expect(itemOf(recommend(answersWith({ size: 'growth', stage: 'production', have: ['software'], urgency: 'weeks' })), 'ai-engineer')!.then).toBe('hire');
  });
  it('explains each approach once per result, not on every item', () => {
    const r = recommend(answersWith({ stage: 'production', urgency: 'quarter' }));
    expect(r.approaches.map((use) => use.approach)).toEqual(['hire', 'augment']);
    const legend = r.approaches.map((use) => sentenceOf(use.reason));
    for (const item of r.hireOrder) for (const reason of item.reasons) expect(legend).not.toContain(sentenceOf(reason));
  });
});

describe('rule 12: team structure', () => {
  it.each([
    ['pilot', 'centralized'], ['production', 'centralized'], ['expanding', 'hub-and-spoke'], ['scale', 'hub-and-spoke'],
  ] as const)('recommends a %s company a %s team, showing all three structures with their failure modes', (stage, structure) => {
    const r = recommend(answersWith({ stage }));
    expect(r.structure.recommended).toBe(structure);
    expect(r.structure.options.map((o) => o.id)).toEqual(['centralized', 'embedded', 'hub-and-spoke']);
    expect(r.structure.options.every((o) => o.failureMode.id.startsWith('failure-'))).toBe(true);
  });
  it('at scale, has the platform team co-own a feature; early on, names ops-guide\'s hybrid view', () => {
    expect(recommend(answersWith({ stage: 'scale' })).structure.reason.id).toBe('structure-hub-and-spoke-at-scale');
    expect(citedOther(recommend(answersWith({ stage: 'pilot' })).disagreements.find((d) => d.id === 'structure-early'))).toMatchObject({ follows: 'ownership', other: { source: 'ops-guide' } });
    expect(recommend(answersWith({ stage: 'expanding' })).disagreements.map((d) => d.id)).not.toContain('structure-early');
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
    expect(warning && sentenceOf(warning.reason).length).toBeGreaterThan(20);
    expect(warningIdsOf(recommend(answersWith(quiet)))).not.toContain(id);
  });
  it('words warnings for where the company is: "die in production" only before launch', () => {
    const before = recommend(answersWith({ production_soon: 'yes', regulated: 'yes' }));
    const live = recommend(answersWith({ stage: 'scale', regulated: 'yes' }));
    expect(before.warnings.map((w) => sentenceOf(w.reason)).join(' ')).toMatch(/before launch/);
    const liveWords = live.warnings.map((w) => sentenceOf(w.reason)).join(' ');
    expect(liveWords).not.toMatch(/nearing production|before launch|demo/i);
    expect(liveWords).toMatch(/is live/);
  });
  it('does not warn twice about ML engineers who are not shippers', () => {
    const r = recommend(answersWith({ have: ['ml'], integration_speed: 'yes', predictive_roi: 'no' }));
    expect(warningIdsOf(r)).toContain('ml-engineers-on-integration');
    expect(warningIdsOf(r)).not.toContain('researchers-instead-of-shippers');
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

describe('rule 15: AI and ML engineers together', () => {
  it('shows how they split the work when the order or the team holds both', () => {
    expect(recommend(answersWith({ stage: 'production', size: 'growth', ...ROI_AND_DATA })).collaboration?.map(sourceOf)).toEqual(['ai-vs-ml', 'ai-vs-ml']);
    expect(recommend(answersWith({ have: ['ml', 'ai'] })).collaboration).not.toBeNull();
    expect(recommend(answersWith({ predictive_roi: 'no' })).collaboration).toBeNull();
  });
});

describe('rule 16: ownership zones', () => {
  it('names the feature, platform and model zones from expanding on', () => {
    for (const stage of ['expanding', 'scale'] as const) expect(recommend(answersWith({ stage })).ownershipZones?.map((r) => r.id)).toEqual(['zone-feature', 'zone-platform', 'zone-model']);
    for (const stage of ['exploring', 'pilot', 'production'] as const) expect(recommend(answersWith({ stage })).ownershipZones).toBeNull();
  });
});

describe('rule 17: maturity level', () => {
  it.each([['exploring', 1], ['pilot', 2], ['production', 3], ['expanding', 4], ['scale', 4]] as const)('%s is maturity level %i', (stage, level) => {
    const { maturity } = recommend(answersWith({ stage }));
    expect({ ...maturity, reason: cited(maturity.reason) }).toMatchObject({ level, reason: { id: `maturity-${level}`, source: 'ai-vs-ml' } });
  });
});
