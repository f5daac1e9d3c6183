/**
 * The answer space, walked once: every answer set's recommendation is computed once and fed to
 * each check registered below (tests/helpers/space-walk.ts). A new exhaustive check is one
 * more module here and one more line below. The flip points walk on their own
 * (flip-points.test.ts), so that the two workers share the load.
 */
import { describe, expect, it } from 'vitest';
import { isComplete, questionPath } from '../../../src/engine/answers.ts';
import { allAnswerSets, allHaveSubsets } from '../../helpers/answer-space.ts';
import { SPACE, walkTheAnswerSpace } from '../../helpers/space-walk.ts';
import { contentUseOnTheWalk } from './content-use.ts';
import { coverageOnTheWalk } from './coverage.ts';
import { invariantsOnTheWalk } from './invariants.ts';
import { roundTripOnTheWalk } from './round-trip.ts';

describe('the answer space', () => {
  it('has 2,268 paths without `have`, and 256 `have` subsets to combine with each', () => {
    expect([...allAnswerSets([[]])]).toHaveLength(2268);
    expect(allHaveSubsets()).toHaveLength(256);
  });

  it('asks data_sufficiency only after predictive_roi=yes and production_soon only before production', () => {
    expect(questionPath({ predictive_roi: 'no' })).not.toContain('data_sufficiency');
    expect(questionPath({ predictive_roi: 'yes' })).toContain('data_sufficiency');
    for (const stage of ['exploring', 'pilot'] as const) expect(questionPath({ stage })).toContain('production_soon');
    for (const stage of ['production', 'expanding', 'scale'] as const) expect(questionPath({ stage })).not.toContain('production_soon');
  });
});

const walk = walkTheAnswerSpace();

const incomplete: string[] = [];
walk.register({ visit: (answers) => { if (!isComplete(answers) && incomplete.length < 5) incomplete.push(JSON.stringify(answers)); } });

describe('the answer sets walked', () => {
  it.runIf(SPACE.whole)('are 580,608: 2,268 paths × 256 `have` subsets', () => {
    expect(walk.walked()).toBe(2268 * 256);
  });

  it('are each complete', () => {
    expect(incomplete).toEqual([]);
    expect(walk.walked()).toBe(SPACE.size);
  });
});

invariantsOnTheWalk(walk);
coverageOnTheWalk(walk);
contentUseOnTheWalk(walk);
roundTripOnTheWalk(walk);
