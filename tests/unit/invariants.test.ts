/**
 * The invariant checks themselves (tests/helpers/invariants.ts): each rejects a recommendation
 * doctored to break it, and a few engines broken on purpose are rejected. That the real engine
 * holds them on every answer set is the walk's job (tests/unit/space/answer-space.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import type { HireItem, Recommendation } from '../../src/engine/recommendation.ts';
import { INVARIANTS, brokenInvariants } from '../helpers/invariants.ts';
import { answersWith } from '../helpers/domain.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';

/** A seeded sample of the space: enough to catch each broken engine below, in a fraction of a second. */
const SAMPLE = sampleAnswerSets(5_000, 20261215);

/** The first breaches of the invariants by `produce` over the sample (at most `limit`). */
function breachesOver(produce: (answers: CompleteAnswers) => Recommendation, limit: number): string[] {
  const breaches: string[] = [];
  for (const answers of SAMPLE) {
    const broken = brokenInvariants(produce(answers));
    if (broken.length > 0) {
      breaches.push(`${JSON.stringify(answers)}\n  ${broken.join('\n  ')}`);
      if (breaches.length >= limit) break;
    }
  }
  return breaches;
}

describe('the invariants reject an engine broken on purpose (a seeded sample of 5,000 answer sets)', () => {
  it('the real engine breaks none of them on the sample', () => {
    expect(breachesOver(recommend, 3)).toEqual([]);
  });

  it('reject an engine that lets the ML engineer lead whenever there is ROI and data', () => {
    const mlFirst = (answers: CompleteAnswers): Recommendation => {
      const r = recommend(answers);
      const ml = r.hireOrder.find((item) => item.role === 'ml-engineer');
      if (!ml || answers.predictive_roi !== 'yes' || answers.data_sufficiency !== 'yes') return r;
      return { ...r, hireOrder: [{ ...ml, group: 'now' }, ...r.hireOrder.filter((item) => item !== ml)] };
    };
    expect(breachesOver(mlFirst, 1)[0]).toMatch(/the first AI engineer precedes any ML engineer/);
  });

  it('reject an engine that maps expanding to the scale phase', () => {
    const expandingAsScale = (answers: CompleteAnswers) =>
      answers.stage === 'expanding' ? { ...recommend({ ...answers, stage: 'scale' }), answers } : recommend(answers);
    expect(breachesOver(expandingAsScale, 1)).toHaveLength(1);
  });

  it('reject an engine whose counts follow company size alone', () => {
    const bySizeAlone = (answers: CompleteAnswers) => {
      const r = recommend(answers);
      const sized = recommend({ ...answers, stage: 'scale' });
      const hireOrder = r.hireOrder.map((item) => ({ ...item, count: sized.hireOrder.find((s) => s.role === item.role)?.count ?? item.count }));
      return { ...r, hireOrder };
    };
    expect(breachesOver(bySizeAlone, 1)[0]).toMatch(/no count exceeds the table|the lowest counts of the now items/);
  });
});

describe('each invariant check can fail', () => {
  const base = recommend(answersWith({ stage: 'production', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'yes', have: ['devops'] }));
  const item = (role: HireItem['role']) => base.hireOrder.find((i) => i.role === role)!;
  const without = (role: HireItem['role']) => base.hireOrder.filter((i) => i.role !== role);
  const move = (role: HireItem['role'], to: number) => {
    const rest = without(role);
    return [...rest.slice(0, to), item(role), ...rest.slice(to)];
  };
  const doctored: Record<string, Recommendation> = {
    'the order is non-empty': { ...base, hireOrder: [] },
    'the order has no duplicates': { ...base, hireOrder: [...base.hireOrder, item('ai-engineer')] },
    'no covered role is in the order': { ...base, answers: { ...base.answers, have: ['devops', 'ai'] } },
    'groups come in order now, next, later': { ...base, hireOrder: [...base.hireOrder].reverse() },
    'the first AI engineer precedes any ML engineer, except under rule 2': { ...base, hireOrder: move('ml-engineer', 0) },
    'a data scientist never precedes a data engineer': { ...base, hireOrder: move('data-scientist', 0).map((i) => (i.role === 'data-scientist' ? { ...i, group: 'now' as const } : i)) },
    'a data scientist is never in now at pilot phase': {
      ...base, answers: { ...base.answers, stage: 'pilot', production_soon: 'yes' },
      hireOrder: base.hireOrder.map((i) => (i.role === 'data-scientist' ? { ...i, group: 'now' as const } : i)).sort((a, b) => (a.group === 'now' ? 0 : 1) - (b.group === 'now' ? 0 : 1)),
    },
    'no ML engineer when predictive_roi=no or data_sufficiency=no': { ...base, answers: { ...base.answers, data_sufficiency: 'no' } },
    'MLOps, data engineering (unless covered) and security are in now whenever production is due': { ...base, hireOrder: without('security-governance') },
    'devops in-house makes MLOps augment-then-build when production is due and build otherwise, still in the order': { ...base, hireOrder: without('mlops-engineer') },
    'no inference engineer in now below phase scale': { ...base, hireOrder: base.hireOrder.map((i) => (i.role === 'inference-engineer' ? { ...i, group: 'now' as const } : i)) },
    'every item has at least one reason with a known source id': { ...base, hireOrder: base.hireOrder.map((i) => ({ ...i, reasons: [] })) },
    'no count exceeds the table of rule 10 for its phase and size': { ...base, hireOrder: base.hireOrder.map((i) => (i.role === 'ai-engineer' ? { ...i, count: { min: 8, max: 12 } } : i)) },
    'the lowest counts of the now items add up to no more than the upper end of the band shown': {
      ...base, hireOrder: base.hireOrder.map((i) => (i.role === 'backend-engineer' ? { ...i, count: { min: 6, max: 6 } } : i)),
    },
    "the band shown is stages' band for the phase (a pilot heading for production grows towards 6-12)": { ...base, headcount: { ...base.headcount, band: { min: 2, max: 5 } } },
    'no reason sentence appears twice in one result': { ...base, notes: [...base.notes, item('ai-engineer').reasons[0]!] },
    'every sentence names a known source': { ...base, notes: [{ ...item('ai-engineer').reasons[0]!, id: 'a-sentence-content-lacks' as never }] },
    'every reason is triggered only by questions that were asked': { ...base, notes: [{ ...item('ai-engineer').reasons[0]!, triggers: ['production_soon'] }] },
    // Model version 3.
    'at a startup, full-time AI/ML specialist seats in now plus in-house specialist groups come to at most 5': { ...base, answers: { ...base.answers, size: 'startup' } },
    'at a startup, no eval or frontend/design seat is in now': { ...base, answers: { ...base.answers, size: 'startup' } },
    "at phase production or scale, every uncovered seat stages marks core at production, and security, is in now (a startup's eval and frontend/design in next)": { ...base, hireOrder: without('frontend-designer') },
    'no specialist gap in now is hire below phase scale': { ...base, hireOrder: base.hireOrder.map((i) => (i.role === 'data-engineer' ? { ...i, approach: 'hire' as const, then: null } : i)) },
    'MLOps in now with production due is never plain build': { ...base, hireOrder: base.hireOrder.map((i) => (i.role === 'mlops-engineer' ? { ...i, approach: 'build' as const, then: null } : i)) },
    'at scale a data scientist is in now only with predictive_roi=yes and data_sufficiency=yes': {
      ...base, answers: { ...base.answers, stage: 'scale', data_sufficiency: 'no' },
      hireOrder: base.hireOrder.map((i) => (i.role === 'data-scientist' ? { ...i, group: 'now' as const } : i)),
    },
    'the maturity level is exploring 1, pilot 2, production and expanding 3, scale 4': { ...base, maturity: { ...base.maturity, level: 4 } },
    'hub-and-spoke only with at least 3 AI engineers (lowest count, full-time)': {
      ...base, structure: { ...base.structure, recommended: 'hub-and-spoke' }, hireOrder: base.hireOrder.map((i) => (i.role === 'ai-engineer' ? { ...i, count: { min: 1, max: 2 } } : i)),
    },
    'no warning shares its point with an item of the same result': { ...base, warnings: [{ id: 'no-eval-owner', reason: item('ai-engineer').reasons[0]! }] },
    'under rule 2 a disagreement with ai-vs-ml is named (none with AI engineers in-house)': { ...base, answers: { ...base.answers, integration_speed: 'no', agentic: 'no' }, disagreements: [] },
    'no inference count below enterprise': { ...base, hireOrder: base.hireOrder.map((i) => (i.role === 'inference-engineer' ? { ...i, count: { min: 1, max: 2 } } : i)) },
    'no part-time seat is hired, or turns into a hire': { ...base, hireOrder: base.hireOrder.map((i) => (i.role === 'ai-engineer' ? { ...i, commitment: 'part-time' as const } : i)) },
    'at a startup the inference engineer is part-time': {
      ...base, answers: { ...base.answers, size: 'startup' }, hireOrder: base.hireOrder.map((i) => (i.role === 'inference-engineer' ? { ...i, commitment: 'full-time' as const } : i)),
    },
    'with software engineers in-house only the lead AI engineer is hired; the rest are grown (brought in within weeks)': { ...base, answers: { ...base.answers, have: ['devops', 'software'] } },
    "every item has a commitment, and the domain expert's is part-time": { ...base, hireOrder: base.hireOrder.map((i) => (i.role === 'ai-engineer' ? { ...i, commitment: 'contract' as never } : i)) },
  };

  it('the base recommendation holds them all', () => expect(brokenInvariants(base)).toEqual([]));
  it('has a doctored recommendation for every invariant', () => expect(Object.keys(doctored).sort()).toEqual(Object.keys(INVARIANTS).sort()));
  it.each(Object.keys(INVARIANTS))('%s', (name) => {
    expect(brokenInvariants(doctored[name]!).some((breach) => breach.startsWith(`${name}:`))).toBe(true);
  });
});
