/**
 * The plan's cost at the founder's rates (src/plan/cost.ts). Every expected figure is worked out
 * by hand in the test from issue 16's rules: hires land M4-M7 (9 to 6 months inside M1-M12),
 * augmented seats work from M1 (12 months) or, as next seats due at production, from M6 (7);
 * built seats add no new salary; full-time seats at the count's range, part-time at the share;
 * a "+" band makes a total read "from"; a seat without a rate is missing, never zero; a total
 * with seats missing reads "from" what it can price, and is no figure at all when it can price
 * nothing (fidelity review 3, N6: "$0" beside a list of every seat as not counted).
 */
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { costOf, type PlanCost } from '../../src/plan/cost.ts';
import { defaultRates, withRoleRate, type Rates } from '../../src/plan/rates.ts';
import { timelineOf } from '../../src/plan/timeline.ts';
import { PERSONAS } from '../helpers/personas.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';

const costFor = (answers: CompleteAnswers, rates: Rates): PlanCost => costOf(timelineOf(recommend(answers)), rates);
const seat = (cost: PlanCost, role: string) => cost.seats.find((s) => s.role === role)!;
const withRates = (edits: [Parameters<typeof withRoleRate>[1], 'salary' | 'monthly' | 'share', unknown][], start: Rates = { currency: 'EUR', roles: {} }) =>
  edits.reduce((rates, [role, field, value]) => withRoleRate(rates, role, field, value as never), start);

// A 30-person pilot heading for production within a quarter (a persona): AI engineer 1-2 hired,
// MLOps, data and security augmented, AI product manager hired; next seats due at M6.
const PILOT = PERSONAS[10]!.answers;

describe('one seat at a time', () => {
  it('prorates a hire from M4 (9 months) to M7 (6 months), at the count 1-2', () => {
    const cost = costFor(PILOT, withRates([['ai-engineer', 'salary', { min: 150_000, max: 150_000, orMore: false }]]));
    // lowest: 150,000 / 12 x 1 person x 6 months; highest: 150,000 / 12 x 2 people x 9 months.
    expect(seat(cost, 'ai-engineer')).toMatchObject({ basis: 'salary', window: { min: 75_000, max: 225_000, orMore: false }, yearly: { min: 150_000, max: 300_000, orMore: false }, missing: [] });
  });

  it('counts an augmented now seat for all twelve months', () => {
    const cost = costFor(PILOT, withRates([['mlops-engineer', 'monthly', 10_000]]));
    expect(seat(cost, 'mlops-engineer')).toMatchObject({ basis: 'monthly', window: { min: 120_000, max: 120_000 }, yearly: { min: 120_000, max: 120_000 } });
  });

  it('counts an augmented next seat due at production from M6: seven months', () => {
    const cost = costFor(PILOT, withRates([['eval-specialist', 'monthly', 10_000]]));
    expect(seat(cost, 'eval-specialist')).toMatchObject({ group: 'next', inWindow: true, window: { min: 70_000, max: 70_000 } });
  });

  it('pays an augmented seat until its hire lands, then the salary; a "+" band reads "from"', () => {
    // A fintech pilot in a hurry (a persona): the AI engineer (1-2) starts augmented, then hired.
    const rates = withRates([['ai-engineer', 'monthly', 20_000]], defaultRates());
    const cost = costFor(PERSONAS[1]!.answers, rates);
    // Lowest: 1 person, lands M4: 3 months x 20,000 + 9 x 120,000/12 = 150,000 (M7: 6 x 20,000 + 6 x 10,000 = 180,000).
    // Highest: 2 people, lands M4: 2 x (3 x 20,000 + 9 x 250,000/12) = 495,000 (M7: 2 x (120,000 + 125,000) = 490,000).
    expect(seat(cost, 'ai-engineer')).toMatchObject({ basis: 'monthly-then-salary', window: { min: 150_000, max: 495_000, orMore: true }, yearly: { min: 120_000, max: 500_000, orMore: true } });
  });

  it('counts a seat augmented until DevOps grows into it as augmented to M12, and its yearly cost once built as nothing new', () => {
    const cost = costFor(PERSONAS[3]!.answers, withRates([['mlops-engineer', 'monthly', 9_000]]));
    expect(seat(cost, 'mlops-engineer')).toMatchObject({ basis: 'monthly-until-built', window: { min: 108_000, max: 108_000 }, yearly: { min: 0, max: 0 } });
  });

  it('adds no new salary for a built seat, and needs no figure for it', () => {
    const cost = costFor(PERSONAS[0]!.answers, { currency: 'USD', roles: {} });
    expect(seat(cost, 'ai-product-manager')).toMatchObject({ basis: 'no-new-salary', window: { min: 0, max: 0 }, yearly: { min: 0, max: 0 }, missing: [] });
  });

  it('counts a part-time seat at the share the founder sets, and not at all without one', () => {
    const rates = withRates([['mlops-engineer', 'monthly', 8_000]]);
    const startup = PERSONAS[1]!.answers; // MLOps is part-time at a startup
    expect(seat(costFor(startup, rates), 'mlops-engineer')).toMatchObject({ window: null, yearly: null, missing: ['share'] });
    const shared = withRoleRate(rates, 'mlops-engineer', 'share', 50);
    expect(seat(costFor(startup, shared), 'mlops-engineer')).toMatchObject({ window: { min: 48_000, max: 48_000 }, yearly: { min: 48_000, max: 48_000 }, missing: [] });
  });

  it('lists a seat without its rate as missing, never as zero', () => {
    const cost = costFor(PILOT, { currency: 'USD', roles: {} });
    expect(seat(cost, 'ai-engineer')).toMatchObject({ window: null, yearly: null, missing: ['salary'] });
    expect(seat(cost, 'mlops-engineer')).toMatchObject({ window: null, yearly: null, missing: ['monthly'] });
  });
});

describe('a total with seats missing (fidelity review 3, N6)', () => {
  it('is no figure, not $0, when no seat that needs a rate has one', () => {
    // A pilot heading for production (a persona), no rates at all: every seat but the built ones wants a figure.
    const cost = costFor(PILOT, { currency: 'USD', roles: {} });
    expect(cost.now.yearly).toBeNull();
    expect(cost.window.total).toBeNull();
    expect(cost.now.missing.length).toBeGreaterThan(0);
  });

  it('reads "from" the seats it can price while others are missing', () => {
    const cost = costFor(PILOT, withRates([['mlops-engineer', 'monthly', 10_000]]));
    // MLOps alone: 12 months at 10,000, and the rest missing, so a lowest figure.
    expect(cost.now.yearly).toEqual({ min: 120_000, max: 120_000, orMore: true });
    expect(cost.window.total).toEqual({ min: 120_000, max: 120_000, orMore: true });
  });

  it('counts the lead of an augment-then-hire item at the prefilled band when the engineer brought in beside it has no monthly rate (profile 9)', () => {
    // A 35-person pilot heading for production, needing people within weeks, with software, data
    // and ML engineers in-house: 1-2 AI engineers, the lead augmented until hired, the second brought in.
    const answers: CompleteAnswers = { stage: 'pilot', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'unsure', production_soon: 'yes', regulated: 'no', have: ['software', 'data', 'ml'], urgency: 'weeks' };
    const cost = costFor(answers, defaultRates());
    // The lead a year once hired: talent's senior US/EU band, $120K-$250K+; the second wants a monthly rate.
    expect(seat(cost, 'ai-engineer')).toMatchObject({ yearly: { min: 120_000, max: 250_000, orMore: true }, partial: true, missing: ['monthly'] });
    expect(cost.now.yearly).toEqual({ min: 120_000, max: 250_000, orMore: true });
    expect(cost.now.missing).toContain('ai-engineer');
    // M1-M12 (fidelity review 4, PL2): the lead's hired months are known, the augmented ones are not, so "from":
    // hired M7 at $120K is 6 months, $60,000; hired M4 at $250K+ is 9 months, $187,500+.
    expect(seat(cost, 'ai-engineer')).toMatchObject({ window: { min: 60_000, max: 187_500, orMore: true }, partial: true });
    expect(cost.window.total).toMatchObject({ min: 60_000, orMore: true });
    expect(cost.window.missing).toContain('ai-engineer');
  });

  it('counts the hired months of a seat augmented until hired when it has a salary but no monthly rate, as a "from" (fidelity review 4, PL2)', () => {
    // A fintech pilot in a hurry (a persona): the AI engineer (1-2) starts augmented, then hired M4-M7.
    const cost = costFor(PERSONAS[1]!.answers, withRates([['ai-engineer', 'salary', { min: 120_000, max: 120_000, orMore: false }]]));
    // Lowest: one person hired at M7, 6 months at $10,000; highest: two hired at M4, 9 months each.
    expect(seat(cost, 'ai-engineer')).toMatchObject({ basis: 'monthly-then-salary', window: { min: 60_000, max: 180_000, orMore: true }, partial: true, missing: ['monthly'] });
    expect(cost.window.missing).toContain('ai-engineer');
  });
});

describe('the totals', () => {
  it('add up the now lane a year once filled, and M1-M12 from each working month, naming what is missing and what is undated', () => {
    const rates = withRates([
      ['ai-engineer', 'salary', { min: 100_000, max: 100_000, orMore: false }],
      ['mlops-engineer', 'monthly', 10_000],
      ['data-engineer', 'monthly', 5_000],
      ['backend-engineer', 'salary', { min: 120_000, max: 120_000, orMore: false }],
    ]);
    const cost = costFor(PILOT, rates);
    // Now, a year: AI engineers 100,000 x 1-2; MLOps 120,000; data 60,000; backend 120,000. Security and the product manager have no rate.
    // Two seats are missing, so the total is a lowest figure: "from".
    expect(cost.now).toEqual({ yearly: { min: 400_000, max: 500_000, orMore: true }, missing: ['security-governance', 'ai-product-manager'] });
    // M1-M12: AI engineers 50,000-150,000; MLOps 120,000; data 60,000; backend (now, hired from M1) 60,000-90,000.
    expect(cost.window.total).toEqual({ min: 290_000, max: 420_000, orMore: true });
    expect(cost.window.missing).toEqual(['security-governance', 'ai-product-manager', 'eval-specialist', 'frontend-designer']);
    // The data scientist comes in only as needed at production, so it is not due with the launch (fidelity review 4, P1).
    expect(cost.window.undated).toEqual(['data-scientist', 'inference-engineer']);
    expect(cost.currency).toBe('EUR');
  });

  it('read "from" as soon as a band with an open top enters them', () => {
    // Persona 0 has software engineers in-house and a quarter: of its 1-2 AI engineers only the
    // lead is hired ($120K-$250K+, landing M4-M7); the second is grown from them, no new salary
    // (fidelity review 3, N2). M1-M12: 6 to 9 months of the lead's salary.
    const cost = costFor(PERSONAS[0]!.answers, defaultRates());
    expect(cost.now.yearly).toEqual({ min: 120_000, max: 250_000, orMore: true });
    expect(cost.window.total).toEqual({ min: (120_000 / 12) * 6, max: (250_000 / 12) * 9, orMore: true });
  });

  it('price only the lead of an item whose later seats are grown, and bring the others in monthly when they are augmented', () => {
    let checked = 0;
    for (const answers of sampleAnswerSets(400, 11)) {
      const timeline = timelineOf(recommend(answers));
      const rates: Rates = { currency: 'USD', roles: Object.fromEntries(timeline.rows.map((row) => [row.role, { salary: { min: 1_000, max: 1_000, orMore: false }, monthly: 10, share: 100 }])) };
      const cost = costOf(timeline, rates);
      for (const row of timeline.rows) {
        if (row.afterLead === null || row.count === null || row.count.max <= 1 || row.then !== null || row.approach !== 'hire') continue;
        const seat = cost.seats.find((s) => s.role === row.role)!;
        // The lead's salary, plus the others at 12 months of the monthly rate when brought in, nothing when grown.
        const others = row.afterLead === 'augment' ? 12 * 10 : 0;
        expect(seat.yearly, JSON.stringify(answers)).toEqual({ min: 1_000 + others * (row.count.min - 1), max: 1_000 + others * (row.count.max - 1), orMore: false });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('count only what they name, over a seeded sample: every dated seat is priced or missing, every seat with every rate is priced', () => {
    const full = (roles: string[]): Rates => ({ currency: 'USD', roles: Object.fromEntries(roles.map((role) => [role, { salary: { min: 1_200, max: 2_400, orMore: false }, monthly: 100, share: 50 }])) });
    for (const answers of sampleAnswerSets(300, 5)) {
      const timeline = timelineOf(recommend(answers));
      const cost = costOf(timeline, full(timeline.rows.map((row) => row.role)));
      expect(cost.now.missing).toEqual([]);
      expect(cost.window.missing).toEqual([]);
      for (const s of cost.seats) {
        expect(s.yearly).not.toBeNull();
        expect(s.window === null).toBe(!s.inWindow);
        if (s.window) expect(s.window.min).toBeLessThanOrEqual(s.window.max);
      }
      expect(cost.now.yearly?.orMore).toBe(cost.seats.some((s) => s.group === 'now' && s.yearly?.orMore));
      const none = costOf(timeline, { currency: 'USD', roles: {} });
      // No rates: every seat that needs one is missing, so no total is a figure; only a plan of built seats costs nothing new.
      const needsRates = none.seats.filter((s) => s.group === 'now' && s.basis !== 'no-new-salary');
      expect(none.now.yearly, JSON.stringify(answers)).toEqual(needsRates.length > 0 ? null : { min: 0, max: 0, orMore: false });
      const datedNeedsRates = none.seats.filter((s) => s.inWindow && s.basis !== 'no-new-salary');
      expect(none.window.total).toEqual(datedNeedsRates.length > 0 ? null : { min: 0, max: 0, orMore: false });
      for (const s of none.seats) expect(s.basis === 'no-new-salary' || s.missing.length > 0).toBe(true);
    }
  });
});
