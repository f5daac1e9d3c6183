import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import { allAnswerSets } from '../helpers/answer-space.ts';
import { INVARIANTS, brokenInvariants } from '../helpers/invariants.ts';
import { answersWith } from '../helpers/domain.ts';

describe('the invariants of domain.md', () => {
  it('hold for every one of the 580,608 answer sets', () => {
    const started = performance.now();
    let checked = 0;
    const breaches: string[] = [];
    for (const answers of allAnswerSets()) {
      checked += 1;
      const broken = brokenInvariants(recommend(answers));
      if (broken.length > 0 && breaches.length < 10) breaches.push(`${JSON.stringify(answers)}\n  ${broken.join('\n  ')}`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`invariants: ${Object.keys(INVARIANTS).length} checked on ${checked.toLocaleString('en')} answer sets in ${seconds} s`);
    expect(breaches).toEqual([]);
    expect(checked).toBe(580_608);
  });

  it('each check can fail: it catches a doctored recommendation', () => {
    const good = recommend(answersWith({ stage: 'production', predictive_roi: 'yes', data_sufficiency: 'yes', have: ['data-science'] }));
    expect(brokenInvariants(good)).toEqual([]);
    const reversed = { ...good, hireOrder: [...good.hireOrder].reverse() };
    expect(brokenInvariants(reversed).length).toBeGreaterThan(0);
    expect(brokenInvariants({ ...good, hireOrder: [] })).toContain('the order is non-empty: empty hire order');
    const noReasons = { ...good, hireOrder: good.hireOrder.map((item) => ({ ...item, reasons: [] })) };
    expect(brokenInvariants(noReasons).some((b) => b.startsWith('every item has a reason'))).toBe(true);
  });
});
