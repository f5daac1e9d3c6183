/**
 * One describe per rule of domain.md, model version 3 (rules 1-17 as its section "Model version
 * 3" amends them, and rules 18-20), then flip points and citations. Each rule is tested firing
 * and not firing, on answers chosen for it (tests/helpers/domain.ts: a pilot startup building
 * agents, nobody in-house, a quarter to hire, unless a test says otherwise). Expectations are
 * restated from domain.md, or from the coordinator's readings where it is silent (decision 5,
 * marked "decision 5"), never computed with the engine's predicates. The whole answer space is
 * walked for rule 19 in tests/unit/sentences-agree.test.ts and for the invariants elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import { WARNING_IDS, type RoleId } from '../../src/engine/ids.ts';
import type { HireItem, Reason, Recommendation } from '../../src/engine/recommendation.ts';
import { answersWith, itemOf, reasonIdsOf, rolesIn, rolesOf, warningIdsOf } from '../helpers/domain.ts';
import { sentencesOf } from '../helpers/invariants.ts';
import { sentenceOf, sourceOf, textOf } from '../helpers/reason-texts.ts';

type Changes = Parameters<typeof answersWith>[0];
const rec = (changes: Changes = {}): Recommendation => recommend(answersWith(changes));

/** A reason with the source content gives its sentence, to compare with the article a rule names. */
const cited = (reason: Reason) => ({ ...reason, source: sourceOf(reason) });
/** A disagreement by id, with its other view's source. */
const disagreement = (r: Recommendation, id: string) => {
  const found = r.disagreements.find((d) => d.id === id);
  return found && { ...found, other: cited(found.other) };
};
const disagreementIds = (r: Recommendation) => r.disagreements.map((d) => d.id);
/** "augment>hire" for augment, then hire; "hire" for a plain hire. */
const route = (item: Pick<HireItem, 'approach' | 'then'> | undefined) => item && (item.then ? `${item.approach}>${item.then}` : item.approach);
const routeOf = (r: Recommendation, role: RoleId) => route(itemOf(r, role));
const commitmentOf = (r: Recommendation, role: RoleId) => itemOf(r, role)?.commitment;
const groupOf = (r: Recommendation, role: RoleId) => itemOf(r, role)?.group;
const asSet = (roles: readonly string[]) => [...roles].sort();
const reasonOf = (r: Recommendation, role: RoleId, id: string) => itemOf(r, role)?.reasons.find((reason) => reason.id === id);

/** Rule 2's four answers. */
const CUSTOM_MODEL = { predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no' } as const;
/** Rule 3: a valuable predictive task and the data for it (with fast integration and agents: not rule 2). */
const ROI_AND_DATA = { predictive_roi: 'yes', data_sufficiency: 'yes' } as const;
/** Every `have` group. */
const EVERYONE = ['software', 'data', 'product', 'design', 'devops', 'data-science', 'ml', 'ai'] as const;
/** Rule 5 (version 3): the seats stages' table marks core at production, and the security seat ("Add"). */
const CORE_AT_PRODUCTION: RoleId[] = [
  'ai-engineer', 'backend-engineer', 'ai-product-manager', 'data-engineer', 'mlops-engineer', 'eval-specialist', 'frontend-designer', 'security-governance',
];
/** Rule 11: the specialist gaps. */
const SPECIALIST_GAPS: RoleId[] = ['mlops-engineer', 'data-engineer', 'eval-specialist', 'security-governance', 'inference-engineer'];

describe('rule 1: AI engineer first', () => {
  it('puts a lead AI engineer first for a product built on foundation models, citing ai-vs-ml', () => {
    const r = rec();
    expect(rolesOf(r)[0]).toBe('ai-engineer');
    expect(cited(itemOf(r, 'ai-engineer')!.reasons[0]!)).toMatchObject({ id: 'ai-engineer-first', rule: 'ai-engineer-first', source: 'ai-vs-ml' });
  });

  it('still puts the AI engineer first with a valuable predictive task, and says the ML engineer comes after only when one is in the order', () => {
    for (const changes of [ROI_AND_DATA, { ...CUSTOM_MODEL, agentic: 'unsure' }] as const) {
      const r = rec({ ...changes, size: 'growth', stage: 'production' });
      expect(rolesOf(r)[0]).toBe('ai-engineer');
      expect(rolesOf(r)).toContain('ml-engineer');
      expect(itemOf(r, 'ai-engineer')!.reasons[0]).toMatchObject({ id: 'ai-engineer-before-ml-engineer', rule: 'ai-engineer-first' });
    }
    // No ML engineer to come (rule 3: not enough data; or ML engineers in-house): the neutral variant (fidelity review 3, N3).
    for (const changes of [{ predictive_roi: 'yes', data_sufficiency: 'no' }, { ...ROI_AND_DATA, have: ['ml'] }] as const) {
      const r = rec({ ...changes, size: 'growth', stage: 'production' });
      expect(rolesOf(r)[0]).toBe('ai-engineer');
      expect(rolesOf(r)).not.toContain('ml-engineer');
      expect(itemOf(r, 'ai-engineer')!.reasons[0]).toMatchObject({ id: 'ai-engineer-first-with-predictive-task', rule: 'ai-engineer-first' });
    }
  });

  it('names as its cause the answers that rule out a custom model, and no others', () => {
    const because = (changes: Changes) => itemOf(rec(changes), 'ai-engineer')!.reasons[0]!.triggers;
    expect(because({ predictive_roi: 'no', integration_speed: 'no', agentic: 'no' })).toEqual(['predictive_roi']);
    expect(because({ ...CUSTOM_MODEL, data_sufficiency: 'no' })).toEqual(['predictive_roi', 'data_sufficiency']);
    // With the data and no ML engineers in-house, an ML engineer comes after: those answers are named too (rule 13).
    expect(because({ ...CUSTOM_MODEL, integration_speed: 'yes', agentic: 'unsure' })).toEqual(['predictive_roi', 'data_sufficiency', 'have:ml', 'integration_speed', 'agentic']);
  });

  it('with ML engineers in-house and no AI engineer, says they can grow into the role, and still hires a lead', () => {
    const r = rec({ have: ['ml'] });
    expect(rolesOf(r)[0]).toBe('ai-engineer');
    expect(routeOf(r, 'ai-engineer')).toBe('hire');
    expect(reasonOf(r, 'ai-engineer', 'ml-engineers-who-want-to-ship')).toMatchObject({ rule: 'ai-engineer-first', triggers: expect.arrayContaining(['have:ml']) });
    expect(reasonIdsOf(rec(), 'ai-engineer')).not.toContain('ml-engineers-who-want-to-ship');
  });

  it('does not fire with an AI engineer in-house, or under rule 2', () => {
    expect(rolesOf(rec({ have: ['ai'] }))).not.toContain('ai-engineer');
    expect(rolesOf(rec(CUSTOM_MODEL))[0]).toBe('ml-engineer');
    expect(reasonIdsOf(rec(CUSTOM_MODEL), 'ai-engineer')).not.toContain('ai-engineer-first');
  });
});

describe('rule 2: ML first only when the product is a custom model', () => {
  it.each(['startup', 'growth', 'enterprise'] as const)('at a %s company lets the ML engineer lead, with a conditional reason citing ownership', (size) => {
    const r = rec({ ...CUSTOM_MODEL, size });
    expect(rolesOf(r).slice(0, 2)).toEqual(['ml-engineer', 'ai-engineer']);
    const first = cited(itemOf(r, 'ml-engineer')!.reasons[0]!);
    expect(first).toMatchObject({ id: 'ml-first-custom-model', rule: 'ml-first-for-custom-model', source: 'ownership' });
    expect(sentenceOf(first)).toMatch(/^If the model itself is your product/);
    expect(sentencesOf(r).join(' ')).not.toMatch(/all four answers/i);
  });

  it('puts a full-time data engineer in now beside it, for the training data (also at a startup)', () => {
    for (const size of ['startup', 'growth'] as const) {
      const r = rec({ ...CUSTOM_MODEL, size });
      expect(itemOf(r, 'data-engineer')).toMatchObject({ group: 'now', commitment: 'full-time' });
      expect(reasonIdsOf(r, 'data-engineer')).toContain('training-data-for-custom-model');
    }
  });

  it('always names the disagreement with ai-vs-ml: AI engineers first, and at a startup no ML engineers under 20', () => {
    const startup = disagreement(rec({ ...CUSTOM_MODEL, size: 'startup' }), 'ml-first');
    expect(startup).toMatchObject({ anchor: 'ml-engineer', follows: 'ownership', other: { id: 'no-ml-engineers-under-20', source: 'ai-vs-ml' } });
    expect(sentenceOf(startup!.other)).toMatch(/20 people/);
    for (const size of ['growth', 'enterprise'] as const) {
      const other = disagreement(rec({ ...CUSTOM_MODEL, size, stage: 'production' }), 'ml-first');
      expect(other).toMatchObject({ anchor: 'ml-engineer', follows: 'ownership', other: { id: 'ai-engineers-before-ml', source: 'ai-vs-ml' } });
    }
  });

  it("shows the scorecard's and the maturity line's verdicts unchanged, each that differs from the order pointing to that disagreement", () => {
    const r = rec({ ...CUSTOM_MODEL, size: 'growth' });
    expect(r.scorecard.rows.map((row) => [row.question, row.verdict, row.differs])).toEqual([
      ['predictive_roi', 'ml-engineer', 'ml-first'], ['integration_speed', 'ml-engineer', null], ['agentic', 'either', null], ['data_sufficiency', 'ml-engineer', null],
    ]);
    expect(r.maturity).toMatchObject({ level: 2, differs: 'ml-first' });
  });

  // With rule 2's answers and ML engineers in-house no ML engineer leads the order, so no pointer
  // may name the 'ml-first' disagreement (it once did, with no disagreement named).
  it('never points to a disagreement the result does not name (rule 2 with ML engineers in-house)', () => {
    const r = rec({ ...CUSTOM_MODEL, size: 'growth', stage: 'production', have: ['ml'] });
    const pointers = [r.maturity.differs, ...r.scorecard.rows.map((row) => row.differs)].filter((id) => id !== null);
    expect(pointers.filter((id) => !disagreementIds(r).includes(id))).toEqual([]);
  });

  it.each([['integration_speed', 'yes'], ['agentic', 'unsure'], ['agentic', 'yes'], ['data_sufficiency', 'no']] as const)('does not fire when %s=%s', (question, value) => {
    const r = rec({ ...CUSTOM_MODEL, size: 'growth', stage: 'production', [question]: value });
    expect(rolesOf(r)[0]).toBe('ai-engineer');
    expect(disagreementIds(r)).not.toContain('ml-first');
    expect(r.maturity.differs).toBeNull();
    expect(r.scorecard.rows.every((row) => row.differs === null)).toBe(true);
  });
});

describe('rule 3: ML engineer only with ROI and data', () => {
  it('keeps ML engineers out of every order without a predictive task, with only a note at scale', () => {
    for (const stage of ['exploring', 'pilot', 'production', 'expanding', 'scale'] as const) {
      for (const size of ['startup', 'growth', 'enterprise'] as const) expect(rolesOf(rec({ stage, size, predictive_roi: 'no', integration_speed: 'no', agentic: 'no' }))).not.toContain('ml-engineer');
    }
    expect(rec({ stage: 'scale', predictive_roi: 'no' }).notes.map((n) => cited(n))).toContainEqual(expect.objectContaining({ id: 'ml-only-if-worth-it', source: 'ai-vs-ml' }));
    expect(rec({ stage: 'production', predictive_roi: 'no' }).notes.map((n) => n.id)).not.toContain('ml-only-if-worth-it');
    expect(rec({ stage: 'scale', ...ROI_AND_DATA }).notes.map((n) => n.id)).not.toContain('ml-only-if-worth-it');
  });

  it('keeps them out without data, and says what to gather first: at least 10,000 examples, 3-6 months, a foundation model may do', () => {
    const r = rec({ size: 'growth', predictive_roi: 'yes', data_sufficiency: 'no' });
    expect(rolesOf(r)).not.toContain('ml-engineer');
    const warning = r.warnings.find((w) => w.id === 'not-enough-data-for-custom-ml')!;
    expect(warning.reason.triggers).toEqual(['predictive_roi', 'data_sufficiency']);
    expect(sentenceOf(warning.reason)).toMatch(/at least 10,000/);
    expect(sentenceOf(warning.reason)).toMatch(/3-6 months/);
    expect(sentenceOf(warning.reason)).toMatch(/foundation model/);
    expect(warningIdsOf(rec(ROI_AND_DATA))).not.toContain('not-enough-data-for-custom-ml');
  });

  it.each(['exploring', 'pilot', 'production', 'expanding'] as const)('at a startup at %s (not rule 2), puts the ML engineer in next after the AI engineers, saying why', (stage) => {
    const r = rec({ size: 'startup', stage, ...ROI_AND_DATA });
    expect(itemOf(r, 'ml-engineer')).toMatchObject({ group: 'next', commitment: 'full-time' });
    const reason = reasonOf(r, 'ml-engineer', 'ml-engineer-next-at-startup')!;
    expect(cited(reason)).toMatchObject({ rule: 'ml-needs-roi-and-data', source: 'ai-vs-ml' });
    expect(sentenceOf(reason)).toMatch(/20 people.*first model specialist to add as you grow/);
    expect(sentencesOf(r).join(' ')).not.toMatch(/too little to train|not enough data/i);
  });

  it('from growth size puts the ML engineer after the AI engineer: next in production, about one per 3-5 AI engineers', () => {
    const r = rec({ size: 'growth', stage: 'production', ...ROI_AND_DATA });
    expect(groupOf(r, 'ml-engineer')).toBe('next');
    expect(rolesOf(r).indexOf('ml-engineer')).toBeGreaterThan(rolesOf(r).indexOf('ai-engineer'));
    expect(reasonIdsOf(r, 'ml-engineer')).toEqual(expect.arrayContaining(['ml-engineer-roi-and-data', 'ml-ratio-to-ai-engineers']));
  });

  it("decision 5: at expanding (not a startup), brings the ML engineer into now after the AI engineers (ownership's growth stage)", () => {
    for (const size of ['growth', 'enterprise'] as const) {
      const r = rec({ size, stage: 'expanding', ...ROI_AND_DATA });
      expect(groupOf(r, 'ml-engineer')).toBe('now');
      expect(rolesOf(r).indexOf('ml-engineer')).toBeGreaterThan(rolesOf(r).indexOf('ai-engineer'));
      expect(cited(reasonOf(r, 'ml-engineer', 'ml-engineer-at-growth-stage')!).source).toBe('ownership');
    }
    expect(groupOf(rec({ size: 'startup', stage: 'expanding', ...ROI_AND_DATA }), 'ml-engineer')).toBe('next');
  });

  it('at scale the ML engineer is core (stages), in now; at a startup the disagreement with ai-vs-ml is named', () => {
    const growth = rec({ size: 'growth', stage: 'scale', ...ROI_AND_DATA });
    expect(groupOf(growth, 'ml-engineer')).toBe('now');
    expect(disagreementIds(growth)).not.toContain('ml-at-startup-scale');
    const startup = rec({ size: 'startup', stage: 'scale', ...ROI_AND_DATA });
    expect(groupOf(startup, 'ml-engineer')).toBe('now');
    expect(disagreement(startup, 'ml-at-startup-scale')).toMatchObject({ anchor: 'ml-engineer', follows: 'stages', other: { source: 'ai-vs-ml' } });
  });
});

describe('rule 4: pilot core', () => {
  it('staffs a pilot with an AI engineer, an AI product manager and a backend engineer; design and eval wait', () => {
    for (const stage of ['exploring', 'pilot'] as const) {
      const r = rec({ stage, size: 'growth' });
      expect(asSet(rolesIn(r, 'now'))).toEqual(asSet(['ai-engineer', 'ai-product-manager', 'backend-engineer']));
      expect(rolesIn(r, 'next')).toEqual(expect.arrayContaining(['eval-specialist', 'frontend-designer']));
      expect(r.headcount.band).toEqual({ min: 2, max: 5 });
      expect(reasonOf(r, 'backend-engineer', 'pilot-backend-or-data')!.rule).toBe('pilot-core');
    }
  });

  it('decision 5: takes a data engineer for the builder seat when custom ML is justified, full-time even at a startup', () => {
    const r = rec(ROI_AND_DATA);
    expect(itemOf(r, 'data-engineer')).toMatchObject({ group: 'now', commitment: 'full-time' });
    expect(reasonIdsOf(r, 'data-engineer')).toEqual(['pilot-backend-or-data']);
    expect(groupOf(r, 'backend-engineer')).toBe('next');
  });

  it('leaves the builder seat to software or data engineers in-house', () => {
    for (const have of [['software'], ['data']] as const) {
      const r = rec({ have: [...have] });
      expect(rolesIn(r, 'now')).not.toContain('data-engineer');
      expect(rolesIn(r, 'now')).not.toContain('backend-engineer');
    }
  });

  it('does not apply in production: the backend engineer is core there, with no pilot reason', () => {
    const r = rec({ stage: 'production', size: 'growth' });
    expect(groupOf(r, 'backend-engineer')).toBe('now');
    expect(reasonIdsOf(r, 'backend-engineer')).not.toContain('pilot-backend-or-data');
  });
});

describe('rule 5: production due', () => {
  it.each(['production', 'expanding', 'scale'] as const)('at %s puts every uncovered core seat of stages\' production column, and security, in now', (stage) => {
    for (const size of ['growth', 'enterprise'] as const) {
      const r = rec({ stage, size });
      for (const role of CORE_AT_PRODUCTION) expect(groupOf(r, role), `${role} at ${stage}, ${size}`).toBe('now');
    }
  });

  it('unless someone in-house covers the seat', () => {
    const r = rec({ stage: 'production', size: 'growth', have: ['software', 'data', 'product', 'design'] });
    for (const role of ['backend-engineer', 'data-engineer', 'ai-product-manager', 'frontend-designer'] as const) expect(rolesOf(r)).not.toContain(role);
    for (const role of ['ai-engineer', 'mlops-engineer', 'eval-specialist', 'security-governance'] as const) expect(groupOf(r, role)).toBe('now');
  });

  it('at a startup in production moves eval and frontend/design to next (rule 18), the rest of the column in now', () => {
    const r = rec({ stage: 'production', size: 'startup' });
    expect(asSet(rolesIn(r, 'now'))).toEqual(asSet(['ai-engineer', 'mlops-engineer', 'data-engineer', 'security-governance', 'ai-product-manager', 'backend-engineer']));
    expect(rolesIn(r, 'next')).toEqual(expect.arrayContaining(['eval-specialist', 'frontend-designer']));
  });

  it('at a pilot heading for production adds MLOps, governed data and security to now, regulated or not', () => {
    for (const regulated of ['yes', 'no'] as const) {
      for (const stage of ['exploring', 'pilot'] as const) {
        const r = rec({ stage, production_soon: 'yes', regulated, size: 'growth' });
        for (const role of ['mlops-engineer', 'data-engineer', 'security-governance'] as const) expect(groupOf(r, role), `${role} at ${stage}, regulated=${regulated}`).toBe('now');
        expect(itemOf(r, 'mlops-engineer')!.reasons[0]).toMatchObject({ rule: 'mlops-before-production', triggers: expect.arrayContaining(['production_soon']) });
      }
    }
  });

  it('at a pilot heading for production, backend (with no software in-house), eval and frontend/design stay where the pilot puts them', () => {
    const r = rec({ production_soon: 'yes', size: 'growth' });
    expect(groupOf(r, 'backend-engineer')).toBe('now');
    expect(groupOf(r, 'eval-specialist')).toBe('next');
    expect(groupOf(r, 'frontend-designer')).toBe('next');
    // A data engineer pulled in for governed data does not stand in for the pilot's backend seat.
    expect(reasonIdsOf(r, 'data-engineer')).toEqual(['governed-data-before-production']);
    expect(groupOf(rec({ production_soon: 'yes', size: 'growth', have: ['software'] }), 'backend-engineer')).toBeUndefined();
  });

  it('puts MLOps first once live when AI engineers are in-house, second when one is missing', () => {
    expect(rolesOf(rec({ stage: 'production', have: ['ai'] }))[0]).toBe('mlops-engineer');
    expect(rolesOf(rec({ stage: 'scale', size: 'enterprise', have: ['ai'], ...CUSTOM_MODEL }))[0]).toBe('mlops-engineer');
    expect(rolesOf(rec({ stage: 'expanding' })).slice(0, 2)).toEqual(['ai-engineer', 'mlops-engineer']);
    expect(rolesOf(rec({ stage: 'scale', ...CUSTOM_MODEL })).slice(0, 3)).toEqual(['ml-engineer', 'ai-engineer', 'mlops-engineer']);
  });

  it('does not fire at a pilot not heading for production: MLOps and security wait in next', () => {
    const r = rec({ production_soon: 'no', size: 'growth' });
    expect(groupOf(r, 'mlops-engineer')).toBe('next');
    expect(groupOf(r, 'security-governance')).toBe('next');
    expect(groupOf(r, 'data-engineer')).toBe('next');
    expect(reasonIdsOf(r, 'security-governance')).toEqual(['security-waits-at-pilot']);
    expect(r.hireOrder.flatMap((item) => item.reasons).filter((reason) => reason.rule === 'mlops-before-production')).toEqual([]);
  });
});

describe('rule 6: data scientist after data engineering', () => {
  it('with data scientists and no data engineer in-house, the data engineer item says so and is in now (no separate warning)', () => {
    for (const stage of ['pilot', 'production'] as const) {
      const r = rec({ stage, have: ['data-science'] });
      expect(groupOf(r, 'data-engineer')).toBe('now');
      expect(reasonOf(r, 'data-engineer', 'data-engineer-for-your-data-scientists')).toMatchObject({
        rule: 'data-science-after-data-engineering', triggers: expect.arrayContaining(['have:data-science', 'have:data']),
      });
      expect(WARNING_IDS as readonly string[]).not.toContain('data-science-without-data-engineering');
    }
  });

  it('never puts a data scientist in now at a pilot, nor before the data engineer', () => {
    for (const stage of ['exploring', 'pilot'] as const) {
      const r = rec({ stage, production_soon: 'yes', ...ROI_AND_DATA });
      expect(groupOf(r, 'data-scientist')).toBe('next');
      expect(rolesOf(r).indexOf('data-engineer')).toBeLessThan(rolesOf(r).indexOf('data-scientist'));
    }
  });

  it('at scale puts the data scientist in now only with a predictive task and the data', () => {
    const now = rec({ stage: 'scale', size: 'growth', ...ROI_AND_DATA });
    expect(groupOf(now, 'data-scientist')).toBe('now');
    expect(disagreementIds(now)).not.toContain('data-scientist-at-scale');
    for (const changes of [{ predictive_roi: 'no' }, { predictive_roi: 'yes', data_sufficiency: 'no' }] as const) {
      const r = rec({ stage: 'scale', size: 'growth', ...changes });
      expect(groupOf(r, 'data-scientist')).toBe('next');
      expect(disagreement(r, 'data-scientist-at-scale')).toMatchObject({ anchor: 'data-scientist', follows: 'stages', other: { source: 'stages' } });
    }
  });

  it('does not fire with a data engineer in-house too: no data engineer item, and no reason about data scientists', () => {
    const r = rec({ have: ['data', 'data-science'] });
    expect(rolesOf(r)).not.toContain('data-engineer');
    expect(r.hireOrder.flatMap((item) => item.reasons.map((reason) => reason.id))).not.toContain('data-engineer-for-your-data-scientists');
  });
});

describe('rule 7: regulated domains pull security and domain review forward', () => {
  it('puts security and a part-time, augmented domain expert in now for a regulated product when production is due', () => {
    for (const changes of [{ stage: 'production' }, { production_soon: 'yes' }] as const) {
      const r = rec({ ...changes, regulated: 'yes', size: 'growth' });
      expect(groupOf(r, 'security-governance')).toBe('now');
      expect(itemOf(r, 'security-governance')!.reasons[0]).toMatchObject({ id: 'regulated-security-now', triggers: expect.arrayContaining(['regulated']) });
      expect(itemOf(r, 'domain-expert')).toMatchObject({ group: 'now', commitment: 'part-time', approach: 'augment', then: null });
      const health = itemOf(r, 'domain-expert')!.reasons.find((reason) => /health/i.test(sentenceOf(reason)));
      expect(health && sourceOf(health)).toBe('ops-guide');
      expect(cited(itemOf(r, 'domain-expert')!.reasons[0]!).source).toBe('ownership');
    }
  });

  it('puts security first in next for a regulated pilot not yet heading for production, the domain expert in now', () => {
    const r = rec({ regulated: 'yes', production_soon: 'no' });
    expect(rolesIn(r, 'next')[0]).toBe('security-governance');
    expect(cited(itemOf(r, 'security-governance')!.reasons[0]!)).toMatchObject({ id: 'regulated-security-next', source: 'ops-guide', triggers: ['regulated', 'production_soon'] });
    expect(groupOf(r, 'domain-expert')).toBe('now');
  });

  it('adds explainability and auditability to the ML engineer item of a regulated custom model', () => {
    for (const changes of [CUSTOM_MODEL, { ...ROI_AND_DATA, stage: 'scale', size: 'growth' }] as const) {
      expect(cited(reasonOf(rec({ ...changes, regulated: 'yes' }), 'ml-engineer', 'ml-explainability-for-regulators')!).source).toBe('ai-vs-ml');
      expect(reasonIdsOf(rec({ ...changes, regulated: 'no' }), 'ml-engineer')).not.toContain('ml-explainability-for-regulators');
    }
  });

  it('without regulation: no domain expert, a one-line note citing ownership; security arrives with production, dedicated at scale', () => {
    for (const stage of ['pilot', 'production'] as const) {
      const r = rec({ stage, regulated: 'no' });
      expect(rolesOf(r)).not.toContain('domain-expert');
      const note = r.notes.filter((n) => n.id.startsWith('domain-review'));
      expect(note.map((n) => cited(n))).toEqual([expect.objectContaining({ source: 'ownership', rule: 'regulated-pulls-security-forward', triggers: ['regulated'] })]);
    }
    expect(rec({ regulated: 'yes' }).notes.filter((n) => n.id.startsWith('domain-review'))).toEqual([]);
    expect(groupOf(rec({ stage: 'production', regulated: 'no' }), 'security-governance')).toBe('now');
    expect(reasonIdsOf(rec({ stage: 'scale', size: 'growth', regulated: 'no' }), 'security-governance')).toEqual(['security-dedicated-at-scale']);
  });
});

describe('rule 8: infrastructure only at scale', () => {
  it('at enterprise scale counts 1-2 inference engineers, citing ai-vs-ml, whether or not custom ML is justified', () => {
    for (const changes of [{}, ROI_AND_DATA] as const) {
      const r = rec({ stage: 'scale', size: 'enterprise', ...changes });
      expect(itemOf(r, 'inference-engineer')).toMatchObject({ group: 'now', count: { min: 1, max: 2 } });
      expect(cited(reasonOf(r, 'inference-engineer', 'inference-enterprise-count')!).source).toBe('ai-vs-ml');
      expect(disagreementIds(r)).not.toContain('inference-with-few-engineers');
    }
  });

  it('names the ML infrastructure engineers on the ML engineer item, or on MLOps when ML engineers are in-house', () => {
    const hiring = rec({ stage: 'scale', size: 'enterprise', ...ROI_AND_DATA });
    expect(reasonIdsOf(hiring, 'ml-engineer')).toContain('ml-infrastructure-at-enterprise-scale');
    expect(reasonIdsOf(hiring, 'inference-engineer')).not.toContain('ml-infrastructure-at-enterprise-scale');
    const inHouse = rec({ stage: 'scale', size: 'enterprise', ...ROI_AND_DATA, have: ['ml'] });
    expect(reasonOf(inHouse, 'mlops-engineer', 'ml-infrastructure-at-enterprise-scale')!.triggers).toContain('have:ml');
    expect(reasonIdsOf(rec({ stage: 'scale', size: 'growth', ...ROI_AND_DATA }), 'ml-engineer')).not.toContain('ml-infrastructure-at-enterprise-scale');
  });

  it('below enterprise at scale shows no count and names the disagreement (ownership against ai-vs-ml)', () => {
    for (const size of ['startup', 'growth'] as const) {
      const r = rec({ stage: 'scale', size });
      expect(itemOf(r, 'inference-engineer')).toMatchObject({ group: 'now', count: null });
      expect(disagreement(r, 'inference-with-few-engineers')).toMatchObject({ anchor: 'inference-engineer', follows: 'ownership', other: { source: 'ai-vs-ml' } });
    }
  });

  it('below scale keeps it in later with no count, naming the count it reaches at enterprise scale', () => {
    for (const stage of ['exploring', 'pilot', 'production', 'expanding'] as const) {
      expect(itemOf(rec({ stage, size: 'enterprise' }), 'inference-engineer')).toMatchObject({ group: 'later', count: null, countLater: [{ phase: 'scale', count: { min: 1, max: 2 } }] });
      expect(itemOf(rec({ stage, size: 'growth' }), 'inference-engineer')).toMatchObject({ group: 'later', count: null, countLater: [] });
      expect(disagreementIds(rec({ stage, size: 'growth' }))).not.toContain('inference-with-few-engineers');
    }
  });
});

describe('rule 9: already in-house', () => {
  it('lists covered seats apart from the order, each with the group that holds it, explaining it once', () => {
    const r = rec({ have: ['software', 'data', 'product', 'design', 'data-science', 'ml', 'ai'] });
    expect(r.covered.map((c) => [c.by, c.role])).toEqual([
      ['software', 'backend-engineer'], ['data', 'data-engineer'], ['product', 'ai-product-manager'],
      ['design', 'frontend-designer'], ['data-science', 'data-scientist'], ['ml', 'ml-engineer'], ['ai', 'ai-engineer'],
    ]);
    for (const covered of r.covered) expect(rolesOf(r)).not.toContain(covered.role);
    expect(r.coveredReason).toMatchObject({ id: 'covered-in-house', triggers: ['have:software', 'have:data', 'have:product', 'have:design', 'have:data-science', 'have:ml', 'have:ai'] });
    expect(r.covered.find((c) => c.by === 'product')!.reasons.map((x) => x.id)).toContain('product-needs-ai-fluency');
    expect(rec().coveredReason).toBeNull();
    expect(rec({ have: ['devops'] }).coveredReason).toBeNull();
  });

  it('suggests no ML engineer count for one in-house when there is no predictive task to justify it', () => {
    const covered = (changes: Changes) => rec({ size: 'enterprise', stage: 'scale', have: ['ml'], ...changes }).covered[0]!;
    expect(covered({ predictive_roi: 'no' }).suggestedCount).toBeNull();
    expect(covered(ROI_AND_DATA).suggestedCount).toEqual({ min: 2, max: 3 });
  });

  it('with DevOps in-house, MLOps is augment, then build when production is due, build otherwise; never covered', () => {
    for (const urgency of ['weeks', 'quarter', 'flexible'] as const) {
      const due = rec({ stage: 'production', have: ['devops'], urgency });
      expect(routeOf(due, 'mlops-engineer'), urgency).toBe('augment>build');
      expect(due.covered).toEqual([]);
      expect(reasonIdsOf(due, 'mlops-engineer')).toContain('augment-mlops-while-devops-learns');
      const waiting = rec({ production_soon: 'no', have: ['devops'], urgency });
      expect(itemOf(waiting, 'mlops-engineer')).toMatchObject({ group: 'next', approach: 'build', then: null });
    }
    expect(routeOf(rec({ stage: 'production', size: 'growth' }), 'mlops-engineer')).toBe('augment');
  });

  it('cites stages for upskilling DevOps and ops-guide only for what MLOps is', () => {
    const r = rec({ stage: 'production', have: ['devops'] });
    expect(cited(reasonOf(r, 'mlops-engineer', 'devops-builds-mlops')!)).toMatchObject({ source: 'stages', triggers: ['have:devops'] });
    expect(cited(reasonOf(r, 'mlops-engineer', 'mlops-is-devops-for-ml')!)).toMatchObject({ source: 'ops-guide', triggers: ['have:devops'] });
  });

  it('with software engineers and no AI engineer, still hires a lead and says further AI engineers can be grown from them', () => {
    const r = rec({ have: ['software'], size: 'growth', stage: 'production' });
    expect(routeOf(r, 'ai-engineer')).toBe('hire');
    expect(cited(reasonOf(r, 'ai-engineer', 'build-ai-engineers-from-software')!)).toMatchObject({ source: 'stages', triggers: ['have:software'] });
    expect(reasonIdsOf(rec({ size: 'growth', stage: 'production' }), 'ai-engineer')).not.toContain('build-ai-engineers-from-software');
  });
});

describe('rule 10: counts by phase and size', () => {
  const aiEngineer = (stage: 'pilot' | 'production' | 'scale', size: 'startup' | 'growth' | 'enterprise') => itemOf(rec({ stage, size }), 'ai-engineer')!;
  it.each([
    ['pilot', 'startup', 1, 2], ['pilot', 'growth', 1, 2], ['pilot', 'enterprise', 1, 2],
    ['production', 'startup', 1, 2], ['production', 'growth', 3, 5], ['production', 'enterprise', 3, 5],
    ['scale', 'startup', 1, 2], ['scale', 'growth', 3, 5], ['scale', 'enterprise', 8, 12],
  ] as const)('at %s, a %s company plans %i-%i AI engineers (planned or in-house)', (stage, size, min, max) => {
    expect(aiEngineer(stage, size).count).toEqual({ min, max });
    expect(rec({ stage, size, have: ['ai'] }).covered[0]!.suggestedCount).toEqual({ min, max });
  });

  it.each([
    ['pilot', 'enterprise', 1, 1], ['production', 'enterprise', 1, 1], ['scale', 'startup', 1, 1], ['scale', 'growth', 1, 1], ['scale', 'enterprise', 2, 3],
  ] as const)('at %s, a %s company plans %i-%i ML engineers when in the order', (stage, size, min, max) => {
    expect(itemOf(rec({ stage, size, ...ROI_AND_DATA }), 'ml-engineer')!.count).toEqual({ min, max });
  });

  it('says where a later phase raises the count', () => {
    expect(aiEngineer('pilot', 'growth').countLater).toEqual([{ phase: 'production', count: { min: 3, max: 5 } }]);
    expect(aiEngineer('pilot', 'enterprise').countLater).toEqual([{ phase: 'production', count: { min: 3, max: 5 } }, { phase: 'scale', count: { min: 8, max: 12 } }]);
    expect(aiEngineer('pilot', 'startup').countLater).toEqual([]);
  });

  it("names the phase's cap below ai-vs-ml's figure for the size as a disagreement (a growth company's pilot), never two unlabelled numbers", () => {
    for (const have of [[], ['ai']] as const) {
      const r = rec({ size: 'growth', have: [...have] });
      expect(disagreement(r, 'ai-engineers-capped'), `have=${have.join()}`).toMatchObject({ anchor: 'ai-engineer', follows: 'stages', other: { id: 'ai-engineers-growth', source: 'ai-vs-ml' } });
    }
    expect(reasonIdsOf(rec({ size: 'growth' }), 'ai-engineer')).not.toContain('ai-engineers-growth');
    for (const changes of [{ size: 'growth', stage: 'production' }, { size: 'startup' }] as const) expect(disagreementIds(rec(changes))).not.toContain('ai-engineers-capped');
  });

  it("applies ai-vs-ml's enterprise figures at phase scale only", () => {
    const production = itemOf(rec({ stage: 'production', size: 'enterprise' }), 'ai-engineer')!;
    expect(production.count).toEqual({ min: 3, max: 5 });
    expect(production.reasons.map((reason) => reason.id)).toContain('ai-engineers-enterprise-before-scale');
    expect(itemOf(rec({ stage: 'scale', size: 'enterprise' }), 'ai-engineer')!.reasons.map((reason) => reason.id)).toContain('ai-engineers-enterprise');
  });

  it('shows a pilot heading for production as growing from 2-5 towards 6-12 (upper end 12)', () => {
    expect(rec({ production_soon: 'yes' }).headcount).toMatchObject({ band: { min: 2, max: 5 }, growingTo: { min: 6, max: 12 } });
    expect(rec({ stage: 'exploring', production_soon: 'yes' }).headcount.growingTo).toEqual({ min: 6, max: 12 });
    expect(rec({ production_soon: 'no' }).headcount.growingTo).toBeNull();
    expect(rec({ stage: 'production' }).headcount).toMatchObject({ band: { min: 6, max: 12 }, growingTo: null });
  });

  it("names ops-guide's specialist counts beside stages' band where they differ, and not for growth", () => {
    expect(disagreement(rec({ stage: 'production', size: 'growth' }), 'headcount')).toBeUndefined();
    expect(disagreement(rec({ stage: 'scale', size: 'enterprise' }), 'headcount')).toMatchObject({ otherCount: { min: 10, max: 30 }, follows: 'stages', other: { source: 'ops-guide' } });
    expect(disagreement(rec({ size: 'startup' }), 'headcount')!.otherCount).toEqual({ min: 3, max: 5 });
  });

  it('names the one source that gives each figure and keeps its hedges', () => {
    const enterprise = itemOf(rec({ stage: 'scale', size: 'enterprise' }), 'ai-engineer')!;
    expect(sentenceOf(enterprise.reasons.find((reason) => /eight to twelve/.test(sentenceOf(reason)))!)).toMatch(/AI-vs-ML guide.*might have/);
    expect(sentenceOf(rec().headcount.reason)).toMatch(/directional/);
  });
});

describe('rule 11: approach per item', () => {
  it('hires the anchor leaders (the lead AI engineer, the AI product manager) when there is time', () => {
    for (const urgency of ['quarter', 'flexible'] as const) {
      const r = rec({ stage: 'production', size: 'growth', urgency });
      expect(routeOf(r, 'ai-engineer')).toBe('hire');
      expect(routeOf(r, 'ai-product-manager')).toBe('hire');
    }
  });

  it('with urgency=weeks starts the AI engineer seat augmented while the search for the lead runs, then hires', () => {
    const r = rec({ stage: 'production', size: 'growth', urgency: 'weeks' });
    expect(routeOf(r, 'ai-engineer')).toBe('augment>hire');
    expect(reasonOf(r, 'ai-engineer', 'ai-engineer-start-augmented')!.triggers).toEqual(['urgency']);
  });

  it.each(['weeks', 'quarter', 'flexible'] as const)('below scale augments every specialist gap in now at urgency=%s', (urgency) => {
    for (const changes of [{ stage: 'production', size: 'growth' }, { production_soon: 'yes', size: 'enterprise' }, { stage: 'expanding', size: 'startup' }] as const) {
      const r = rec({ ...changes, urgency });
      for (const role of SPECIALIST_GAPS) if (groupOf(r, role) === 'now') expect(routeOf(r, role), `${role} ${JSON.stringify(changes)}`).toBe('augment');
    }
  });

  it('in next or later, augments specialist gaps, or hires them with urgency=flexible', () => {
    for (const [urgency, expected] of [['weeks', 'augment'], ['quarter', 'augment'], ['flexible', 'hire']] as const) {
      const r = rec({ size: 'growth', production_soon: 'no', urgency });
      for (const role of ['mlops-engineer', 'data-engineer', 'eval-specialist', 'security-governance', 'inference-engineer'] as const) {
        expect(groupOf(r, role)).not.toBe('now');
        expect(routeOf(r, role), `${role} at ${urgency}`).toBe(expected);
      }
    }
  });

  it('makes the domain expert an augmented, part-time reviewer at every urgency', () => {
    for (const urgency of ['weeks', 'quarter', 'flexible'] as const) {
      expect(itemOf(rec({ regulated: 'yes', urgency, size: 'enterprise', stage: 'scale' }), 'domain-expert')).toMatchObject({ approach: 'augment', then: null, commitment: 'part-time' });
    }
  });

  it('decision 5: with urgency=weeks every other seat in now that would be hired starts augmented, then hired', () => {
    const r = rec({ stage: 'production', size: 'growth', urgency: 'weeks' });
    expect(routeOf(r, 'backend-engineer')).toBe('augment>hire');
    expect(routeOf(r, 'frontend-designer')).toBe('augment>hire');
    expect(routeOf(rec({ ...CUSTOM_MODEL, size: 'growth', urgency: 'weeks' }), 'ml-engineer')).toBe('augment>hire');
    expect(routeOf(rec({ stage: 'production', size: 'growth', urgency: 'quarter' }), 'backend-engineer')).toBe('hire');
    // Seats in next are not forced now.
    expect(routeOf(rec({ size: 'growth', urgency: 'weeks' }), 'frontend-designer')).toBe('hire');
  });

  it('decision 5: grows eval from in-house AI engineers of an LLM product at any phase (build; augment, then build when forced now), never for a model product', () => {
    expect(itemOf(rec({ have: ['ai'], size: 'growth' }), 'eval-specialist')).toMatchObject({ group: 'next', approach: 'build', then: null });
    const live = rec({ stage: 'production', size: 'growth', have: ['ai'] });
    expect(routeOf(live, 'eval-specialist')).toBe('augment>build');
    expect(reasonOf(live, 'eval-specialist', 'eval-grown-from-ai-engineers')!.triggers).toEqual(['have:ai']);
    expect(routeOf(rec({ stage: 'production', size: 'growth', have: ['ai'], ...CUSTOM_MODEL }), 'eval-specialist')).toBe('augment');
  });

  it('decision 5: grows inference from DevOps only at phase scale', () => {
    expect(routeOf(rec({ stage: 'scale', size: 'growth', have: ['devops'] }), 'inference-engineer')).toBe('augment>build');
    expect(routeOf(rec({ stage: 'production', size: 'growth', have: ['devops'], urgency: 'flexible' }), 'inference-engineer')).toBe('hire');
  });

  it('at phase scale hires the platform seats it cannot grow in-house, saying this extends the anchor leaders to platform leads', () => {
    const r = rec({ stage: 'scale', size: 'enterprise', urgency: 'quarter' });
    for (const role of SPECIALIST_GAPS) expect(routeOf(r, role), role).toBe('hire');
    expect(r.approaches.find((use) => use.approach === 'hire')!.reason.id).toBe('approach-hire-platform-leads');
    const weeks = rec({ stage: 'scale', size: 'enterprise', urgency: 'weeks' });
    for (const role of SPECIALIST_GAPS) expect(routeOf(weeks, role), role).toBe('augment>hire');
    const grown = rec({ stage: 'scale', size: 'enterprise', have: ['devops', 'ai'] });
    for (const role of ['mlops-engineer', 'inference-engineer', 'eval-specialist'] as const) expect(routeOf(grown, role), role).toBe('augment>build');
  });

  it('at a startup at scale keeps rule 18: specialist gaps augmented, not hired as platform leads', () => {
    const r = rec({ stage: 'scale', size: 'startup' });
    for (const role of ['mlops-engineer', 'data-engineer', 'security-governance', 'inference-engineer'] as const) expect(routeOf(r, role), role).toBe('augment');
    expect(r.approaches.map((use) => use.reason.id)).not.toContain('approach-hire-platform-leads');
  });

  it('explains each approach once per result, with who publishes the augmentation advice said once beside it', () => {
    const r = rec({ stage: 'production', size: 'growth', urgency: 'quarter', have: ['devops'] });
    expect(r.approaches.map((use) => use.approach)).toEqual(['build', 'hire', 'augment']);
    expect(r.approaches.map((use) => use.note?.id ?? null)).toEqual([null, null, 'augment-advice-from-a-seller']);
    const legend = r.approaches.map((use) => sentenceOf(use.reason));
    for (const item of r.hireOrder) for (const reason of item.reasons) expect(legend).not.toContain(sentenceOf(reason));
    expect(rec({ stage: 'scale', size: 'enterprise', urgency: 'flexible', have: ['software'] }).approaches.map((use) => use.approach)).toEqual(['hire']);
  });
});

describe('rule 12: team structure', () => {
  it('recommends a small centralized team at pilot and production, saying what would make hub and spoke right', () => {
    for (const stage of ['exploring', 'pilot', 'production'] as const) {
      for (const size of ['growth', 'enterprise'] as const) {
        const r = rec({ stage, size });
        expect(r.structure.recommended).toBe('centralized');
        expect(r.structure.whenHub).toMatchObject({ id: 'structure-hub-when' });
        expect(disagreement(r, 'structure-early')).toMatchObject({ follows: 'ownership', other: { source: 'ops-guide' } });
      }
    }
    expect(textOf({ id: 'structure-hub-when' })).toMatchObject({ threshold: true });
    expect(textOf({ id: 'structure-hub-when' })!.source).toBeUndefined();
  });

  it('recommends hub and spoke from expanding with at least 3 AI engineers and MLOps, data and eval seats, naming the hub', () => {
    for (const changes of [{ stage: 'expanding', size: 'growth' }, { stage: 'expanding', size: 'enterprise', have: ['ai', 'data'] }, { stage: 'scale', size: 'growth' }] as const) {
      const r = rec(changes);
      expect(r.structure.recommended).toBe('hub-and-spoke');
      expect(r.structure.whenHub).toBeNull();
      expect(sentenceOf(r.structure.reason)).toMatch(/MLOps, data and eval/);
    }
    expect(rec({ stage: 'scale', size: 'enterprise' }).structure.reason.id).toBe('structure-hub-and-spoke-at-scale');
  });

  it('keeps a startup (1-2 AI engineers) centralized even at expanding and scale', () => {
    for (const stage of ['expanding', 'scale'] as const) {
      for (const have of [[], ['ai']] as const) {
        const r = rec({ stage, size: 'startup', have: [...have] });
        expect(r.structure).toMatchObject({ recommended: 'centralized', reason: { id: 'structure-centralized-small-team' }, whenHub: { id: 'structure-hub-when' } });
      }
    }
  });

  it('shows all three structures with their failure modes', () => {
    const r = rec({ stage: 'expanding', size: 'growth' });
    expect(r.structure.options.map((o) => [o.id, o.summary.id, o.failureMode.id])).toEqual([
      ['centralized', 'structure-centralized-what', 'failure-centralized'], ['embedded', 'structure-embedded-what', 'failure-embedded'], ['hub-and-spoke', 'structure-hub-and-spoke-what', 'failure-hub-and-spoke'],
    ]);
  });
});

describe('rule 13: warnings', () => {
  /** Each v3 warning: answers that walk into it, and answers that do not. */
  const cases: Record<(typeof WARNING_IDS)[number], [Changes, Changes]> = {
    'no-eval-owner': [{ stage: 'pilot' }, { stage: 'pilot', have: ['ai'] }],
    'ml-engineers-on-integration': [{ have: ['ml'], integration_speed: 'yes' }, { have: ['ml'], integration_speed: 'no' }],
    'not-enough-data-for-custom-ml': [{ predictive_roi: 'yes', data_sufficiency: 'no' }, { predictive_roi: 'yes', data_sufficiency: 'yes' }],
    'urgency-vs-hiring-time': [{ urgency: 'weeks' }, { urgency: 'flexible' }],
    'researchers-instead-of-shippers': [{ have: ['data-science'], predictive_roi: 'no' }, { have: ['data-science', 'ai'], predictive_roi: 'no' }],
    'rebranding-roles': [{ have: ['software'] }, { have: ['software', 'ai'] }],
  };
  it('has the v3 warnings: the three whose point an item makes are gone, rebranding is added', () => {
    expect(Object.keys(cases).sort()).toEqual([...WARNING_IDS].sort());
    for (const retired of ['mlops-missing-at-production', 'data-science-without-data-engineering', 'regulated-without-security']) expect(WARNING_IDS as readonly string[]).not.toContain(retired);
  });

  it.each(Object.entries(cases))('%s fires on the first answers and not on the second', (id, [fires, quiet]) => {
    const warning = rec(fires).warnings.find((w) => w.id === id);
    expect(warning && sentenceOf(warning.reason).length).toBeGreaterThan(20);
    expect(warningIdsOf(rec(quiet))).not.toContain(id);
  });

  it('decision 5: no eval owner only at stage pilot with no AI engineer in-house (exploring: the AI engineer item says it; live: the eval seat)', () => {
    for (const stage of ['exploring', 'production', 'expanding', 'scale'] as const) expect(warningIdsOf(rec({ stage }))).not.toContain('no-eval-owner');
    expect(reasonIdsOf(rec({ stage: 'exploring' }), 'ai-engineer')).toContain('ai-engineer-owns-evals');
  });

  it('decision 5: the urgency warning fires for weeks and for a quarter, with different sentences', () => {
    expect(rec({ urgency: 'weeks' }).warnings.find((w) => w.id === 'urgency-vs-hiring-time')!.reason).toMatchObject({ id: 'urgency-vs-hiring-time', triggers: ['urgency'] });
    expect(rec({ urgency: 'quarter' }).warnings.find((w) => w.id === 'urgency-vs-hiring-time')!.reason).toMatchObject({ id: 'urgency-vs-hiring-time-quarter', triggers: ['urgency'] });
  });

  it('adds ownership\'s "rebranding existing roles" where further AI engineers are built from software engineers', () => {
    const r = rec({ have: ['software'], size: 'growth', stage: 'production' });
    expect(cited(r.warnings.find((w) => w.id === 'rebranding-roles')!.reason)).toMatchObject({ source: 'ownership', triggers: ['have:software', 'have:ai'] });
    expect(reasonIdsOf(r, 'ai-engineer')).toContain('build-ai-engineers-from-software');
  });

  it('names in "because you answered" every in-house group one by one, never the whole question', () => {
    const r = rec({ stage: 'pilot', have: ['software', 'data-science', 'ml'], integration_speed: 'no' });
    const triggers = Object.fromEntries(r.warnings.map((w) => [w.id, w.reason.triggers]));
    expect(triggers['no-eval-owner']).toEqual(['stage', 'have:ai', 'have:ml']); // the ML engineers named beside the first AI engineer (review 1, M16)
    expect(r.warnings.find((w) => w.id === 'no-eval-owner')!.reason.id).toBe('no-eval-owner-with-ml');
    expect(triggers['researchers-instead-of-shippers']).toEqual(['have:ml', 'have:data-science', 'have:ai', 'predictive_roi']);
    expect(triggers['rebranding-roles']).toEqual(['have:software', 'have:ai']);
    expect(r.warnings.flatMap((w) => w.reason.triggers)).not.toContain('have');
  });

  it('never lets a warning make the point of an item of the same result', () => {
    for (const changes of [{ stage: 'production' }, { production_soon: 'yes', regulated: 'yes' }, { have: ['data-science'] }, { stage: 'production', size: 'growth' }] as const) {
      const r = rec(changes);
      const items = new Set(r.hireOrder.flatMap((item) => item.reasons.map((reason) => sentenceOf(reason))));
      for (const warning of r.warnings) expect(items.has(sentenceOf(warning.reason))).toBe(false);
      expect(warningIdsOf(r).includes('no-eval-owner') && groupOf(r, 'eval-specialist') === 'now').toBe(false);
    }
  });

  it('does not warn twice about ML engineers who are not shippers', () => {
    const r = rec({ have: ['ml'], integration_speed: 'yes', predictive_roi: 'no' });
    expect(warningIdsOf(r)).toContain('ml-engineers-on-integration');
    expect(warningIdsOf(r)).not.toContain('researchers-instead-of-shippers');
  });
});

describe('rule 14: scorecard', () => {
  const verdicts = (changes: Changes) => rec(changes).scorecard.rows.map((row) => `${row.question}=${row.answer ?? '-'}:${row.verdict}`);
  it("shows ai-vs-ml's four questions with the hire each answer points to", () => {
    expect(verdicts(CUSTOM_MODEL)).toEqual(['predictive_roi=yes:ml-engineer', 'integration_speed=no:ml-engineer', 'agentic=no:either', 'data_sufficiency=yes:ml-engineer']);
    expect(verdicts({ predictive_roi: 'no', integration_speed: 'yes', agentic: 'unsure' })).toEqual([
      'predictive_roi=no:ai-engineer', 'integration_speed=yes:ai-engineer', 'agentic=unsure:either', 'data_sufficiency=-:ai-engineer',
    ]);
    expect(rec().scorecard.rows.every((row) => sourceOf(row.reason) === 'ai-vs-ml')).toBe(true);
  });

  it('says once why a row points to an ML engineer the plan rules out (rule 19), and says nothing when it does not', () => {
    expect(rec({ predictive_roi: 'no', integration_speed: 'no' }).scorecard.note).toMatchObject({ id: 'scorecard-no-ml-without-a-task', triggers: ['predictive_roi'] });
    expect(rec({ predictive_roi: 'yes', data_sufficiency: 'no' }).scorecard.note).toMatchObject({ id: 'scorecard-no-ml-without-data', triggers: ['data_sufficiency'] });
    expect(rec(ROI_AND_DATA).scorecard.note).toBeNull();
    expect(rec({ predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes' }).scorecard.note).toBeNull();
  });
});

describe('rule 15: AI and ML engineers together', () => {
  it('shows how they split the work when the order or the team holds both', () => {
    expect(rec({ stage: 'production', size: 'growth', ...ROI_AND_DATA }).collaboration?.map(sourceOf)).toEqual(['ai-vs-ml', 'ai-vs-ml']);
    expect(rec({ have: ['ml', 'ai'] }).collaboration).not.toBeNull();
    expect(rec({ predictive_roi: 'no' }).collaboration).toBeNull();
    expect(rec({ predictive_roi: 'yes', data_sufficiency: 'no' }).collaboration).toBeNull();
  });
});

describe('rule 16: ownership zones', () => {
  it('names the feature, platform and model zones from expanding on, citing ownership', () => {
    for (const stage of ['expanding', 'scale'] as const) expect(rec({ stage }).ownershipZones?.map((r) => [r.id, sourceOf(r)])).toEqual([['zone-feature', 'ownership'], ['zone-platform', 'ownership'], ['zone-model', 'ownership']]);
    for (const stage of ['exploring', 'pilot', 'production'] as const) expect(rec({ stage }).ownershipZones).toBeNull();
  });
});

describe('rule 17: maturity level', () => {
  it.each([['exploring', 1], ['pilot', 2], ['production', 3], ['expanding', 3], ['scale', 4]] as const)('%s is maturity level %i', (stage, level) => {
    const { maturity } = rec({ stage, size: 'enterprise' });
    expect({ ...maturity, reason: cited(maturity.reason) }).toMatchObject({ level, reason: { id: `maturity-${level}`, source: 'ai-vs-ml' } });
  });

  it("at level 4 below enterprise says ai-vs-ml's 2-3 ML engineers are a large company's figure: one at 20-100 people, none under 20", () => {
    expect(rec({ stage: 'scale', size: 'growth' }).maturity.reason).toMatchObject({ id: 'maturity-4-growth', triggers: ['stage', 'size'] });
    expect(sentenceOf({ id: 'maturity-4-growth' })).toMatch(/two or three ML engineers.*20 to 100 people it suggests one/);
    expect(rec({ stage: 'scale', size: 'startup' }).maturity.reason).toMatchObject({ id: 'maturity-4-startup' });
    expect(sentenceOf({ id: 'maturity-4-startup' })).toMatch(/under 20 people it advises none/);
    expect(rec({ stage: 'expanding', size: 'growth' }).maturity.reason.id).toBe('maturity-3');
  });
});

describe('rule 18: a startup stays lean', () => {
  it('in production keeps MLOps, governed data and security in now, part-time and augmented, naming the disagreement with stages', () => {
    const r = rec({ stage: 'production', size: 'startup' });
    for (const role of ['mlops-engineer', 'data-engineer', 'security-governance'] as const) {
      expect(itemOf(r, role), role).toMatchObject({ group: 'now', commitment: 'part-time', approach: 'augment' });
      expect(itemOf(r, role)!.reasons.some((reason) => reason.rule === 'startup-stays-lean'), role).toBe(true);
    }
    expect(disagreement(r, 'startup-lean')).toMatchObject({ anchor: 'mlops-engineer', follows: 'ai-vs-ml', other: { id: 'stages-production-core-seats', source: 'stages' } });
    expect(disagreement(r, 'headcount')!.otherCount).toEqual({ min: 3, max: 5 });
  });

  it('moves eval (the AI engineer wears the hat) and frontend/design (naming the disagreement) to next', () => {
    const r = rec({ stage: 'expanding', size: 'startup' });
    expect(itemOf(r, 'eval-specialist')).toMatchObject({ group: 'next', reasons: [expect.objectContaining({ id: 'eval-next-at-startup', rule: 'startup-stays-lean' })] });
    expect(groupOf(r, 'frontend-designer')).toBe('next');
    expect(disagreement(r, 'eval-at-small-scale')).toMatchObject({ anchor: 'eval-specialist', other: { source: 'stages' } });
    expect(disagreement(r, 'frontend-at-small-scale')).toMatchObject({ anchor: 'frontend-designer', other: { source: 'stages' } });
  });

  // stages: "Often the AI engineer wears this hat at small scale". A startup before production is
  // told what it will be told once live, never the production column's reasons (review 1, M4).
  it('gives eval and frontend/design the startup reasons at every stage, never the production column\'s', () => {
    for (const stage of ['exploring', 'pilot', 'production', 'scale'] as const) {
      for (const production_soon of ['yes', 'no'] as const) {
        const r = rec({ stage, size: 'startup', production_soon });
        expect(reasonIdsOf(r, 'eval-specialist'), stage).toEqual(['eval-next-at-startup']);
        expect(reasonIdsOf(r, 'frontend-designer'), stage).not.toContain('frontend-design-at-production');
        expect(reasonIdsOf(r, 'frontend-designer'), stage).toContain('frontend-design-next-at-startup');
      }
    }
    expect(textOf({ id: 'frontend-design-next-at-startup' })).toMatchObject({ threshold: true });
    expect(textOf({ id: 'frontend-design-next-at-startup' })?.source).toBeUndefined();
  });

  // stages at scale: security is a "Dedicated function"; a startup holds it part-time (review 1, M14).
  it('never calls a startup\'s part-time security seat a dedicated function, and names stages\' view as a disagreement', () => {
    const r = rec({ stage: 'scale', size: 'startup' });
    expect(itemOf(r, 'security-governance')).toMatchObject({ group: 'now', commitment: 'part-time' });
    expect(reasonIdsOf(r, 'security-governance')).not.toContain('security-dedicated-at-scale');
    expect(disagreement(r, 'security-at-startup-scale')).toMatchObject({ anchor: 'security-governance', other: { id: 'security-dedicated-at-scale', source: 'stages' } });
    expect(reasonIdsOf(rec({ stage: 'scale', size: 'growth' }), 'security-governance')).toContain('security-dedicated-at-scale');
  });

  // ai-vs-ml: "Hire an ML engineer (after you've hired AI engineers)" (review 1, M12).
  it('under rule 2 with AI engineers in-house, gives the ML engineer the after-AI-engineers reason and names no ML-first disagreement', () => {
    const r = rec({ stage: 'production', size: 'growth', ...CUSTOM_MODEL, have: ['ai'] });
    expect(reasonIdsOf(r, 'ml-engineer')).toContain('ml-engineer-roi-and-data');
    expect(reasonIdsOf(r, 'ml-engineer')).not.toContain('ml-first-custom-model');
    expect(disagreementIds(r)).not.toContain('ml-first');
    expect(r.maturity.differs).toBeNull();
    expect(r.scorecard.rows.every((row) => row.differs === null)).toBe(true);
  });

  it('without a product manager, makes the AI product manager a part-time product owner, built, saying when it becomes a full-time hire', () => {
    const r = rec({ stage: 'production', size: 'startup' });
    expect(itemOf(r, 'ai-product-manager')).toMatchObject({ group: 'now', commitment: 'part-time', approach: 'build', then: null });
    // Rule 19: a live startup is not told to wait "until AI is in production"; a pilot is.
    expect(reasonIdsOf(r, 'ai-product-manager')).toEqual(['product-owner-at-startup', 'product-manager-full-time-when-live']);
    expect(textOf({ id: 'product-manager-full-time-when-live' })).toMatchObject({ threshold: true });
    expect(sentenceOf({ id: 'product-manager-full-time-when-live' })).not.toMatch(/in production/);
    expect(reasonIdsOf(rec({ stage: 'pilot', size: 'startup' }), 'ai-product-manager')).toEqual(['product-owner-at-startup', 'product-manager-full-time-when']);
    expect(textOf({ id: 'product-manager-full-time-when' })).toMatchObject({ threshold: true });
    expect(textOf({ id: 'product-manager-full-time-when-live' })).toMatchObject({ threshold: true });
    // The part-time founder is this plan's choice, against stages' anchor-leader text (M6).
    expect(disagreement(r, 'product-owner-at-startup')).toMatchObject({ anchor: 'ai-product-manager', follows: null, other: { source: 'stages' } });
    expect(rolesOf(rec({ stage: 'production', size: 'startup', have: ['product'] }))).not.toContain('ai-product-manager');
    expect(disagreementIds(rec({ stage: 'production', size: 'startup', have: ['product'] }))).not.toContain('product-owner-at-startup');
  });

  it("decision 5: holds a startup's MLOps, data and security part-time in next too; rule 2's and the pilot builder's data engineer full-time", () => {
    const r = rec({ size: 'startup', production_soon: 'no' });
    for (const role of ['mlops-engineer', 'data-engineer', 'security-governance'] as const) expect(itemOf(r, role), role).toMatchObject({ group: 'next', commitment: 'part-time' });
    expect(commitmentOf(rec({ ...CUSTOM_MODEL, size: 'startup' }), 'data-engineer')).toBe('full-time');
    expect(commitmentOf(rec({ ...ROI_AND_DATA, size: 'startup' }), 'data-engineer')).toBe('full-time');
  });

  it('keeps AI, ML, data science and every seat of a larger company full-time (the domain expert aside)', () => {
    const startup = rec({ stage: 'scale', size: 'startup', ...ROI_AND_DATA });
    for (const role of ['ai-engineer', 'ml-engineer', 'data-scientist', 'backend-engineer'] as const) expect(commitmentOf(startup, role), role).toBe('full-time');
    for (const size of ['growth', 'enterprise'] as const) {
      const r = rec({ stage: 'production', size, regulated: 'yes' });
      expect(r.hireOrder.filter((item) => item.commitment === 'part-time').map((item) => item.role)).toEqual(['domain-expert']);
    }
  });

  // ai-vs-ml: "At 5 AI engineers, you don't need dedicated infrastructure support"; a startup has 1-2.
  it('holds a startup\'s inference seat part-time, in now at scale and in later before it', () => {
    for (const stage of ['exploring', 'production', 'scale'] as const) {
      const item = rec({ stage, size: 'startup', ...ROI_AND_DATA, have: ['ai', 'data'] }).hireOrder.find((i) => i.role === 'inference-engineer');
      expect(item?.commitment, stage).toBe('part-time');
    }
    expect(rec({ stage: 'scale', size: 'growth', ...ROI_AND_DATA }).hireOrder.find((i) => i.role === 'inference-engineer')?.commitment).toBe('full-time');
  });

  it('keeps full-time AI/ML specialist seats in now plus in-house specialist groups to at most 5', () => {
    const heavy = [
      { stage: 'scale', ...ROI_AND_DATA, have: ['ai', 'data', 'data-science'] },
      { stage: 'scale', ...ROI_AND_DATA, have: [] },
      { ...CUSTOM_MODEL, production_soon: 'yes', have: ['data-science'] },
      { stage: 'scale', ...CUSTOM_MODEL, have: ['data-science'] },
    ] as const;
    for (const changes of heavy) {
      const r = rec({ ...changes, size: 'startup', have: [...changes.have] });
      const specialists: RoleId[] = ['ai-engineer', 'ml-engineer', 'data-engineer', 'data-scientist', 'mlops-engineer', 'eval-specialist', 'inference-engineer'];
      const seats = r.hireOrder.filter((item) => item.group === 'now' && item.commitment === 'full-time' && specialists.includes(item.role)).reduce((sum, item) => sum + (item.count?.min ?? 1), 0);
      const groups = r.answers.have.filter((group) => ['ai', 'ml', 'data-science', 'data'].includes(group)).length;
      expect(seats + groups, JSON.stringify(changes)).toBeLessThanOrEqual(5);
    }
  });

  it('does not fire at a growth company: product manager hired full-time, eval and design in now, no lean disagreements', () => {
    const r = rec({ stage: 'production', size: 'growth' });
    expect(itemOf(r, 'ai-product-manager')).toMatchObject({ commitment: 'full-time', approach: 'hire' });
    for (const id of ['startup-lean', 'product-owner-at-startup', 'eval-at-small-scale', 'frontend-at-small-scale']) expect(disagreementIds(r)).not.toContain(id);
    expect(r.hireOrder.flatMap((item) => item.reasons).filter((reason) => reason.rule === 'startup-stays-lean')).toEqual([]);
  });
});

describe('rule 19: every sentence agrees with the answers', () => {
  it('says "does not depend on training a model" only with predictive_roi=no', () => {
    expect(sentencesOf(rec({ predictive_roi: 'no' })).join(' ')).toMatch(/does not depend on training a model/);
    for (const changes of [ROI_AND_DATA, { predictive_roi: 'yes', data_sufficiency: 'no' }, CUSTOM_MODEL] as const) {
      expect(sentencesOf(rec(changes)).join(' ')).not.toMatch(/does not depend on training/);
    }
  });

  it('says "your pilot" only at stage pilot; while exploring, "your first AI feature"', () => {
    expect(sentencesOf(rec({ stage: 'pilot', production_soon: 'yes' })).join(' ')).toMatch(/Your pilot/);
    const exploring = sentencesOf(rec({ stage: 'exploring', production_soon: 'yes' })).join(' ');
    expect(exploring).not.toMatch(/your pilot|the pilot\b/i);
    expect(exploring).toMatch(/first AI feature/);
  });

  it('names the one pair of answers that pull apart (fast integration, no launch within six months) once, and only then', () => {
    const r = rec({ integration_speed: 'yes', production_soon: 'no' });
    expect(r.notes.filter((n) => n.id === 'fast-integration-without-launch')).toEqual([expect.objectContaining({ rule: 'sentences-agree-with-answers', triggers: ['integration_speed', 'production_soon'] })]);
    for (const changes of [{ integration_speed: 'no' }, { production_soon: 'yes' }, { stage: 'production' }] as const) {
      expect(rec({ integration_speed: 'yes', ...changes }).notes.map((n) => n.id)).not.toContain('fast-integration-without-launch');
    }
  });

  it('speaks of "your" DevOps, software engineers, data scientists or product manager only when they are in-house', () => {
    const nobody = sentencesOf(rec({ stage: 'production', size: 'growth' })).join(' ');
    expect(nobody).not.toMatch(/your (DevOps|software engineers|data scientists|product manager|AI engineers)/i);
    const everyone = sentencesOf(rec({ stage: 'production', size: 'growth', have: ['software', 'devops', 'data-science', 'product'] })).join(' ');
    expect(everyone).toMatch(/your DevOps people/);
    expect(everyone).toMatch(/your software engineers/);
    expect(everyone).toMatch(/Your data scientists/);
    expect(everyone).toMatch(/Your product manager/);
  });
});

describe('rule 20: LLM product or model product', () => {
  const modelProducts = [
    { stage: 'exploring', ...CUSTOM_MODEL }, { stage: 'pilot', production_soon: 'yes', ...CUSTOM_MODEL, have: ['ai'] },
    { stage: 'production', size: 'growth', ...CUSTOM_MODEL }, { stage: 'scale', size: 'enterprise', ...CUSTOM_MODEL, regulated: 'yes' },
  ] as const;
  const llmWords = /retriev|tool call|prompt/i;
  /** The sentences of a result apart from the three structures shown to everyone. */
  const planSentences = (r: Recommendation) => sentencesOf({ ...r, structure: { ...r.structure, options: [] } });

  it('keeps the eval seat of a model product for release gates, and puts the evaluation harness on the ML engineer item', () => {
    for (const changes of modelProducts) {
      const r = rec({ ...changes, have: [...('have' in changes ? changes.have : [])] });
      const evalIds = reasonIdsOf(r, 'eval-specialist');
      expect(evalIds.some((id) => /^eval-release-gates-/.test(id)), JSON.stringify(changes)).toBe(true);
      expect(evalIds).not.toContain('eval-specialist-in-production');
      expect(evalIds).not.toContain('eval-specialist-after-pilot');
      expect(cited(reasonOf(r, 'ml-engineer', 'ml-engineer-builds-eval-harness')!)).toMatchObject({ rule: 'llm-or-model-product', source: 'stages' });
    }
  });

  it("gives a model product's backend the model's predictions to serve, not retrieval and tool calling", () => {
    expect(reasonIdsOf(rec({ stage: 'production', size: 'growth', ...CUSTOM_MODEL }), 'backend-engineer')).toEqual(['backend-serves-the-model']);
    expect(reasonIdsOf(rec({ stage: 'production', size: 'growth' }), 'backend-engineer')).toEqual(['backend-core-at-production']);
  });

  it('keeps retrieval, tool calling and prompts for LLM products', () => {
    const llm = rec({ stage: 'production', size: 'growth', ...ROI_AND_DATA });
    expect(planSentences(llm).join(' ')).toMatch(llmWords);
    expect(reasonIdsOf(llm, 'ml-engineer')).not.toContain('ml-engineer-builds-eval-harness');
    expect(reasonIdsOf(llm, 'eval-specialist')).toEqual(expect.arrayContaining(['eval-specialist-in-production']));
  });

  // While exploring, a model product's AI engineer item once said it "owns eval and prompt quality".
  it('words no sentence about a model product in retrieval, tool calling or prompts', () => {
    for (const changes of modelProducts) {
      const r = rec({ ...changes, have: [...('have' in changes ? changes.have : [])] });
      expect(planSentences(r).filter((sentence) => llmWords.test(sentence)), JSON.stringify(changes)).toEqual([]);
    }
  });

  // The fully embedded structure's failure mode, shown in every result, once spoke of "prompt versioning".
  it("words none of the structures shown to a model product in prompts", () => {
    const r = rec({ stage: 'production', size: 'growth', ...CUSTOM_MODEL });
    expect(sentencesOf(r).filter((sentence) => llmWords.test(sentence))).toEqual([]);
  });
});

describe('flip points', () => {
  it('never change Regulated, move to an earlier stage or a smaller size, or lose the data', async () => {
    const { neighboursOf } = await import('../../src/engine/flip-points.ts');
    const answers = answersWith({ stage: 'production', size: 'enterprise', ...ROI_AND_DATA, regulated: 'yes' });
    const changes = neighboursOf(answers).map((n) => `${n.changes[0]!.question}=${n.changes[0]!.option}`);
    expect(changes.filter((change) => /^regulated=|^stage=(exploring|pilot)$|^size=(startup|growth)$|^data_sufficiency=no$/.test(change))).toEqual([]);
    expect(changes).toEqual(expect.arrayContaining(['stage=scale', 'predictive_roi=no', 'urgency=weeks', 'have=devops', 'agentic=no', 'integration_speed=no']));
    const withoutData = neighboursOf(answersWith({ predictive_roi: 'yes', data_sufficiency: 'no' })).map((n) => `${n.changes[0]!.question}=${n.changes[0]!.option}`);
    expect(withoutData).toContain('data_sufficiency=yes');
  });
});

describe('citations', () => {
  it('cites stages for upskilling DevOps, ownership for the rebranding trap', () => {
    expect(sourceOf({ id: 'devops-builds-mlops' })).toBe('stages');
    expect(sourceOf({ id: 'augment-mlops-while-devops-learns' })).toBe('stages');
    expect(sourceOf({ id: 'rebranding-roles' })).toBe('ownership');
  });

  it("does not state talent's pay figures on the scarce lead AI engineer", () => {
    const r = rec();
    const scarce = reasonOf(r, 'ai-engineer', 'lead-ai-engineer-is-scarce')!;
    expect(sourceOf(scarce)).toBe('talent');
    expect(sentenceOf(scarce)).not.toMatch(/\$|\d|salary|pay/i);
  });

  it('gives inference counts a source only at enterprise size, at scale', () => {
    for (const size of ['startup', 'growth', 'enterprise'] as const) {
      for (const stage of ['pilot', 'production', 'scale'] as const) {
        const item = itemOf(rec({ stage, size }), 'inference-engineer')!;
        const counted = size === 'enterprise' && stage === 'scale';
        expect(item.count !== null, `${size} at ${stage}`).toBe(counted);
        expect(item.reasons.some((reason) => reason.id === 'inference-enterprise-count')).toBe(counted);
      }
    }
  });

  it("labels this plan's thresholds as such, with no source", () => {
    for (const id of ['structure-hub-when', 'product-manager-full-time-when']) {
      expect(textOf({ id })!.threshold).toBe(true);
      expect(textOf({ id })!.source).toBeUndefined();
    }
  });

  it('cites every reason of a result to a known article, or marks it a threshold', () => {
    for (const changes of [{}, { stage: 'scale', size: 'enterprise', have: [...EVERYONE] }, { ...CUSTOM_MODEL, regulated: 'yes', size: 'growth' }] as const) {
      const r = rec(changes);
      const reasons = [...r.hireOrder.flatMap((item) => item.reasons), ...r.warnings.map((w) => w.reason), ...r.notes];
      for (const reason of reasons) {
        const text = textOf(reason)!;
        expect(text.threshold === true || ['ops-guide', 'stages', 'ai-vs-ml', 'ownership', 'talent'].includes(text.source ?? ''), reason.id).toBe(true);
      }
    }
  });
});
