/**
 * Two scenarios side by side (issue 16, item 5): each side is exactly the result document its
 * answers give, the differences name what domain.md's rules change, and the link opens both.
 */
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { parseAnswers, toQuery } from '../../src/engine/url.ts';
import { resultDocument } from '../../src/result/document.ts';
import { comparisonOf, compareQuery, parseCompare } from '../../src/plan/compare.ts';
import { timelineOf } from '../../src/plan/timeline.ts';
import { planLabels } from '../helpers/plan.ts';
import { PERSONAS } from '../helpers/personas.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';

const labels = planLabels();
/** A regulated seed-stage fintech piloting towards production, needing people within weeks. */
const FINTECH = PERSONAS[1]!.answers;

describe("a comparison's two documents", () => {
  const sample = sampleAnswerSets(60, 1616);
  it.each(sample.slice(0, 30).map((a, i) => [i, a, sample[i + 30]!] as const))('pair %i: A and B are the result documents of their own answers', (_, a, b) => {
    const comparison = comparisonOf(a, b, labels);
    expect(comparison.a.doc).toEqual(resultDocument(recommend(a), labels));
    expect(comparison.b.doc).toEqual(resultDocument(recommend(b), labels));
    expect(comparison.a.timeline).toEqual(timelineOf(recommend(a)));
    expect(comparison.b.timeline).toEqual(timelineOf(recommend(b)));
  });

  it('finds nothing different between a plan and itself', () => {
    for (const persona of PERSONAS) {
      const comparison = comparisonOf(persona.answers, { ...persona.answers }, labels);
      expect(comparison.answers).toEqual([]);
      expect([...comparison.seats]).toEqual([]);
    }
  });
});

describe('the differences, restated from the rules', () => {
  it('urgency weeks against flexible: the now seats are needed by M1 in A, by production at M6 in B, and what was augmented to move now is hired', () => {
    const comparison = comparisonOf(FINTECH, { ...FINTECH, urgency: 'flexible' }, labels);
    expect(comparison.answers).toEqual(['urgency']);
    for (const item of comparison.a.doc.items.filter((seat) => seat.group === 'now')) {
      // Every now seat's need-by moves (M1 to M6), so its timing differs; its lane does not.
      expect(comparison.seats.get(item.role)).toContain('timing');
      expect(comparison.seats.get(item.role)).not.toContain('lane');
    }
    expect(comparison.seats.get('ai-engineer')).toEqual(['approach', 'timing']);
    expect(comparison.a.doc.items.find((seat) => seat.role === 'ai-engineer')).toMatchObject({ approach: 'augment', then: 'hire' });
    expect(comparison.b.doc.items.find((seat) => seat.role === 'ai-engineer')).toMatchObject({ approach: 'hire', then: null });
  });

  it('production soon against not: MLOps and security leave the now lane (rule 5), and the next seats lose their M6 date', () => {
    const comparison = comparisonOf(FINTECH, { ...FINTECH, production_soon: 'no' }, labels);
    expect(comparison.answers).toEqual(['production_soon']);
    expect(comparison.seats.get('mlops-engineer')).toEqual(expect.arrayContaining(['lane', 'timing']));
    expect(comparison.seats.get('security-governance')).toEqual(expect.arrayContaining(['lane', 'timing']));
    // The domain reviewer stays in now: the domain is still regulated (rule 7).
    expect(comparison.seats.has('domain-expert')).toBe(false);
    // The fintech is a startup: its eval and frontend/design seats wait for the team to grow in both (rule 18; review 3, N5); the rest of next loses M6.
    const grows = ['eval-specialist', 'frontend-designer', 'ml-engineer'];
    expect(comparison.b.timeline.rows.filter((row) => row.group === 'next').every((row) => row.dating === (grows.includes(row.role) ? 'team-grows' : 'next-phase'))).toBe(true);
  });

  it('names a seat that only one plan has', () => {
    // An ML engineer needs a valuable predictive task (rule 3): B has none.
    const { data_sufficiency: _, ...rest } = FINTECH;
    const comparison = comparisonOf(FINTECH, { ...rest, predictive_roi: 'no' }, labels);
    expect(comparison.answers).toEqual(['predictive_roi', 'data_sufficiency']);
    expect(comparison.seats.get('ml-engineer')).toEqual(['only-a']);
  });
});

describe('the link that opens both', () => {
  it('carries A as the answers and B, url-encoded, in compare=, read back by the answers codec', () => {
    const b: CompleteAnswers = { ...FINTECH, urgency: 'flexible' };
    const query = compareQuery(FINTECH, b);
    expect(query.startsWith(`${toQuery(FINTECH)}&compare=`)).toBe(true);
    expect(parseAnswers(query)).toMatchObject({ answers: FINTECH, problems: [] });
    expect(parseCompare(query)).toEqual({ answers: b, problems: [] });
  });

  it('reads no B from a link without compare= or with incomplete or junk answers in it, and names what it ignored', () => {
    expect(parseCompare(toQuery(FINTECH))).toEqual({ answers: null, problems: [] });
    expect(parseCompare('compare=stage%3Dpilot').answers).toBeNull();
    const junk = parseCompare(`compare=${encodeURIComponent(`${toQuery(FINTECH)}&<script>=1`)}`);
    expect(junk.answers).toEqual(FINTECH);
    expect(junk.problems.map((problem) => problem.kind)).toEqual(['unknown-parameter']);
  });
});
