/**
 * Flip points: every one, applied, really moves its seat as described, on every answer set;
 * and the changes they propose are single answers (or one answer plus the question it opens).
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, isComplete, type CompleteAnswers } from '../../../src/engine/answers.ts';
import { flipPointsOf, neighboursOf, placementsOf } from '../../../src/engine/flip-points.ts';
import { createPlacementCache } from '../../helpers/placement-cache.ts';
import { SPACE, walkInParts, walkTheAnswerSpace } from '../../helpers/space-walk.ts';
import { answersWith } from '../../helpers/domain.ts';

/** The questions whose answers differ between two answer sets (`have` compared as a set). */
function changedQuestions(a: CompleteAnswers, b: CompleteAnswers): string[] {
  return QUESTION_IDS.filter((q) => String(a[q] ?? '') !== String(b[q] ?? ''));
}

// A walk of its own (the other worker walks for the rest), to fill the cache of every answer
// set's placements with recommend(); then a second pass checks each set's flip points.
const placements = createPlacementCache({ computeMissing: !SPACE.whole });
const walk = walkTheAnswerSpace();
walk.register({ visit: placements.fill });

let points = 0;
const wrong: string[] = [];
const checked = walkInParts(`the flip points of every seat of ${SPACE.label} answer sets`, (answers) => {
  if (wrong.length >= 5) return;
  const current = placements.place(answers);
  for (const [role, flips] of flipPointsOf(answers, current, placements.place)) {
    for (const flip of flips) {
      points += 1;
      // Restated from the definition: applying the changes gives a complete answer set in
      // which the seat sits where the flip says (or is gone), and that differs from now.
      // The cache holds recommend()'s placements for every answer set.
      const to = placements.place(flip.answers).get(role) ?? null;
      const changed = changedQuestions(answers, flip.answers);
      if (!isComplete(flip.answers) || to !== flip.to || to === current.get(role) || flip.from !== current.get(role) || changed.length === 0 || changed.length > 2) {
        if (wrong.length < 5) wrong.push(`${JSON.stringify(answers)} ${role}: ${JSON.stringify(flip)} (really ${to})`);
      }
    }
  }
});

describe('flip points', () => {
  it(`move their seat as described, for every seat of ${SPACE.label} answer sets`, () => {
    console.log(`flip points: ${points.toLocaleString('en')} checked on ${checked.visited().toLocaleString('en')} answer sets`);
    expect(wrong).toEqual([]);
    expect(checked.visited()).toBe(SPACE.size);
  });

  it('name the smallest change: one answer, before changes that also answer a question they open', () => {
    const neighbours = neighboursOf(answersWith({ stage: 'production', predictive_roi: 'no' }));
    const sizes = neighbours.map((n) => n.changes.length);
    expect(sizes.indexOf(2)).toBeGreaterThan(sizes.lastIndexOf(1));
    expect(neighbours.some((n) => n.changes[0]!.question === 'predictive_roi' && n.changes[1]?.question === 'data_sufficiency')).toBe(true);
  });

  it('say that answering No to Regulated moves security from now to next at a regulated pilot heading nowhere yet', () => {
    const answers = answersWith({ regulated: 'yes', production_soon: 'no' });
    const flips = flipPointsOf(answers, placementsOf(answers)).get('domain-expert')!;
    expect(flips).toContainEqual(expect.objectContaining({ changes: [{ question: 'regulated', kind: 'set', option: 'no' }], from: 'now', to: null }));
  });

  it('never propose ticking the in-house group that holds the seat itself', () => {
    const answers = answersWith({});
    const flips = flipPointsOf(answers, placementsOf(answers)).get('ai-engineer')!;
    expect(flips.filter((flip) => flip.changes.some((c) => c.question === 'have' && c.option === 'ai'))).toEqual([]);
  });
});
