/**
 * The hiring plan's timeline (src/plan/timeline.ts) against issue 16's rules, restated here and
 * never computed with the code under test: augment working by M1 (stages: "in weeks"); hire
 * working M4-M7 (ops-guide: 3-6 months); build open-ended, no figure; need-by from urgency
 * (weeks M1, quarter M3, flexible none) and, with production_soon=yes, production due at M6 for
 * next seats stages' table staffs at production (and for now seats with nothing sooner); "start now" when the working range's upper
 * end passes the need-by. Next seats without a production date and later seats are undated.
 */
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { resultDocument } from '../../src/result/document.ts';
import { timelineOf } from '../../src/plan/timeline.ts';
import { PERSONAS } from '../helpers/personas.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';
import { expectedRow, planLabels, shownRow } from '../helpers/plan.ts';

function shownRows(answers: CompleteAnswers) {
  const recommendation = recommend(answers);
  const timeline = timelineOf(recommendation);
  return {
    recommendation,
    timeline,
    rows: timeline.rows.map(shownRow),
  };
}

describe('the timeline of every persona, restated from the rules', () => {
  it.each(PERSONAS.map((persona) => [persona.name, persona.answers] as const))('%s', (_, answers) => {
    const { recommendation, rows, timeline } = shownRows(answers);
    expect(timeline.rows.map((row) => row.role)).toEqual(recommendation.hireOrder.map((item) => item.role));
    expect(rows).toEqual(recommendation.hireOrder.map((item) => expectedRow(item, answers)));
    expect(timeline.productionDue).toBe(answers.production_soon === 'yes' ? 6 : null);
  });
});

describe('a few personas, written out month by month', () => {
  const byRole = (answers: CompleteAnswers) => Object.fromEntries(shownRows(answers).timeline.rows.map((row) => [row.role, row]));

  it('a seed startup exploring, needing people within a quarter: the AI engineer lands M4-M7, past M3, so start now', () => {
    const rows = byRole(PERSONAS[0]!.answers);
    expect(rows['ai-engineer']).toMatchObject({ searchStarts: 1, workingBy: { from: 4, to: 7 }, basis: 'ops-guide-3-6-months', needBy: 3, needByBasis: 'urgency', startNow: true });
    // The founder holds the product-owner seat part-time: held from M1, nothing to grow, never flagged (fidelity review 3, N1).
    expect(rows['ai-product-manager']).toMatchObject({ commitment: 'part-time', approach: 'build', searchStarts: 1, workingBy: { from: 1, to: 1 }, basis: 'held-in-house', needBy: 3, startNow: false });
    expect(rows['mlops-engineer']).toMatchObject({ dating: 'next-phase', searchStarts: null, workingBy: null, needBy: null, startNow: false });
    expect(rows['inference-engineer']).toMatchObject({ dating: 'at-scale', searchStarts: null, workingBy: null, needBy: null });
  });

  it('a fintech pilot heading for production, needing people within weeks: augmented seats work at M1, next seats are due at M6', () => {
    const rows = byRole(PERSONAS[1]!.answers);
    expect(rows['ai-engineer']).toMatchObject({ approach: 'augment', then: 'hire', workingBy: { from: 1, to: 1 }, basis: 'stages-in-weeks', permanent: { workingBy: { from: 4, to: 7 }, basis: 'ops-guide-3-6-months' }, needBy: 1, startNow: false });
    expect(rows['domain-expert']).toMatchObject({ commitment: 'part-time', workingBy: { from: 1, to: 1 }, needBy: 1, startNow: false });
    // The backend seat is in now at a pilot heading for production: augmented at M1, hired M4-M7.
    expect(rows['backend-engineer']).toMatchObject({ group: 'now', approach: 'augment', then: 'hire', workingBy: { from: 1, to: 1 }, permanent: { workingBy: { from: 4, to: 7 } }, needBy: 1, needByBasis: 'urgency', startNow: false });
    // A startup: rule 18's eval and frontend/design seats join as the team grows, not by production's M6 (fidelity review 3, N5).
    expect(rows['frontend-designer']).toMatchObject({ group: 'next', dating: 'team-grows', searchStarts: null, workingBy: null, needBy: null, startNow: false });
    expect(rows['eval-specialist']).toMatchObject({ group: 'next', dating: 'team-grows', searchStarts: null, workingBy: null, needBy: null, startNow: false });
  });

  it('a logistics firm in production with a flexible timeline: nothing is flagged, MLOps is augmented until DevOps grows into it', () => {
    const rows = byRole(PERSONAS[3]!.answers);
    expect(rows['ai-engineer']).toMatchObject({ workingBy: { from: 4, to: 7 }, needBy: null, needByBasis: null, startNow: false });
    expect(rows['mlops-engineer']).toMatchObject({ approach: 'augment', then: 'build', workingBy: { from: 1, to: 1 }, permanent: { workingBy: null, basis: 'no-figure' }, startNow: false });
    expect(rows['ml-engineer']).toMatchObject({ group: 'next', dating: 'next-phase', workingBy: null });
  });

  it('a pilot heading for production with a flexible timeline: now seats are needed by M6 too', () => {
    const answers: CompleteAnswers = { stage: 'pilot', size: 'growth', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', production_soon: 'yes', regulated: 'no', have: [], urgency: 'flexible' };
    const rows = byRole(answers);
    expect(rows['ai-engineer']).toMatchObject({ group: 'now', workingBy: { from: 4, to: 7 }, needBy: 6, needByBasis: 'production-due', startNow: true });
    expect(rows['mlops-engineer']).toMatchObject({ group: 'now', workingBy: { from: 1, to: 1 }, needBy: 6, startNow: false });
    // Past a startup, next seats are due with production: a hired one starts at M1 and lands M4-M7, past M6: start now.
    expect(rows['frontend-designer']).toMatchObject({ group: 'next', dating: 'dated', approach: 'hire', searchStarts: 1, workingBy: { from: 4, to: 7 }, needBy: 6, needByBasis: 'production-due', startNow: true });
    expect(rows['eval-specialist']).toMatchObject({ group: 'next', dating: 'dated', searchStarts: 1, workingBy: { from: 4, to: 7 }, needBy: 6, startNow: true });
  });

  it('a pilot heading for production: a next seat stages brings in only "as needed" at production waits for the next phase, unflagged (fidelity review 4, P1)', () => {
    const answers: CompleteAnswers = { stage: 'pilot', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'no', production_soon: 'yes', regulated: 'no', have: [], urgency: 'quarter' };
    const rows = byRole(answers);
    for (const role of ['data-scientist', 'ml-engineer']) {
      expect(rows[role], role).toMatchObject({ group: 'next', dating: 'next-phase', searchStarts: null, workingBy: null, needBy: null, needByBasis: null, startNow: false });
    }
    // A seat stages marks core at production is still due with it.
    expect(rows['eval-specialist']).toMatchObject({ group: 'next', dating: 'dated', needBy: 6, needByBasis: 'production-due' });
  });

  it('a startup of any phase: eval, frontend/design and the ML engineer in next join as the team grows, with no month and no flag (rule 18, rule 3)', () => {
    for (const stage of ['exploring', 'pilot', 'production', 'expanding'] as const) {
      const answers: CompleteAnswers = { stage, size: 'startup', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'yes', agentic: 'yes', ...(stage === 'exploring' || stage === 'pilot' ? { production_soon: 'yes' } : {}), regulated: 'no', have: [], urgency: 'weeks' } as CompleteAnswers;
      const rows = byRole(answers);
      for (const role of ['eval-specialist', 'frontend-designer', 'ml-engineer']) {
        expect(rows[role], `${role} at ${stage}`).toMatchObject({ group: 'next', dating: 'team-grows', searchStarts: null, workingBy: null, needBy: null, startNow: false });
      }
    }
  });
});

describe('over a seeded sample of the answer space', () => {
  const SAMPLE = sampleAnswerSets(1000, 16);

  it('every row keeps to the rules, whether drawn from the recommendation or its result document', () => {
    const labels = planLabels();
    for (const answers of SAMPLE) {
      const { recommendation, rows } = shownRows(answers);
      expect(rows, JSON.stringify(answers)).toEqual(recommendation.hireOrder.map((item) => expectedRow(item, answers)));
      expect(timelineOf(resultDocument(recommendation, labels))).toEqual(timelineOf(recommendation));
    }
  });

  it('shows no month outside M1-M12 and no calendar date', () => {
    for (const answers of SAMPLE.slice(0, 300)) {
      for (const row of timelineOf(recommend(answers)).rows) {
        const months = [row.searchStarts, row.needBy, row.workingBy?.from, row.workingBy?.to, row.permanent?.workingBy?.from, row.permanent?.workingBy?.to].filter((m): m is number => typeof m === 'number');
        for (const month of months) expect(month >= 1 && month <= 12 && Number.isInteger(month)).toBe(true);
        expect(JSON.stringify(row)).not.toMatch(/20\d\d-\d\d/);
      }
    }
  });
});
