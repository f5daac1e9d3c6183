import { describe, expect, it } from 'vitest';
import { allAnswerSets, allHaveSubsets } from '../helpers/answer-space.ts';
import { isComplete, questionPath } from '../../src/engine/answers.ts';

describe('the answer space', () => {
  it('has 2,268 paths without `have` and 580,608 answer sets with it', () => {
    expect([...allAnswerSets([[]])]).toHaveLength(2268);
    let count = 0;
    for (const answers of allAnswerSets()) {
      count += 1;
      if (!isComplete(answers)) throw new Error(`incomplete: ${JSON.stringify(answers)}`);
    }
    expect(count).toBe(580_608);
    expect(allHaveSubsets()).toHaveLength(256);
  });

  it('asks data_sufficiency only after predictive_roi=yes and production_soon only before production', () => {
    expect(questionPath({ predictive_roi: 'no' })).not.toContain('data_sufficiency');
    expect(questionPath({ predictive_roi: 'yes' })).toContain('data_sufficiency');
    for (const stage of ['exploring', 'pilot'] as const) expect(questionPath({ stage })).toContain('production_soon');
    for (const stage of ['production', 'expanding', 'scale'] as const) expect(questionPath({ stage })).not.toContain('production_soon');
  });
});
