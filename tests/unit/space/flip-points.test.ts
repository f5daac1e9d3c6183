/**
 * Flip points: every one, applied, really moves its seat as described, on every answer set;
 * and the changes they propose are single answers (or one answer plus the question it opens),
 * only those domain.md (model version 3) allows, in the direction it allows.
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, isComplete, type CompleteAnswers, type QuestionId } from '../../../src/engine/answers.ts';
import { flipPointsOf, neighboursOf, placementsOf, type AnswerChange } from '../../../src/engine/flip-points.ts';
import { createPlacementCache } from '../../helpers/placement-cache.ts';
import { SPACE, walkInParts, walkTheAnswerSpace } from '../../helpers/space-walk.ts';
import { answersWith } from '../../helpers/domain.ts';
import { sampleAnswerSets } from '../../helpers/sample.ts';

/** The questions whose answers differ between two answer sets (`have` compared as a set). */
function changedQuestions(a: CompleteAnswers, b: CompleteAnswers): QuestionId[] {
  return QUESTION_IDS.filter((q) => String(a[q] ?? '') !== String(b[q] ?? ''));
}

/**
 * domain.md, model version 3, "Flip points", restated: a flip point changes one answer to a later
 * stage, a larger size, `data_sufficiency` from no to yes, an added or removed `have` group,
 * `urgency`, `production_soon`, `integration_speed`, `agentic` or `predictive_roi` (either way);
 * never an earlier stage, a smaller size, `data_sufficiency` from yes to no, or `regulated`.
 * A second change may only answer the question the first one opened (unanswered before).
 * Returns what is wrong, or null.
 */
const STAGES = ['exploring', 'pilot', 'production', 'expanding', 'scale'];
const SIZES = ['startup', 'growth', 'enterprise'];
const EITHER_WAY = ['urgency', 'production_soon', 'integration_speed', 'agentic', 'predictive_roi'];
function disallowedChange(answers: CompleteAnswers, changes: readonly AnswerChange[], after: CompleteAnswers): string | null {
  const [first, opened, ...more] = changes;
  if (!first || more.length > 0) return 'not one change (or one and the question it opens)';
  if (first.question !== 'have') {
    const from = answers[first.question];
    const to = first.option;
    const allowed = first.question === 'stage' ? STAGES.indexOf(to) > STAGES.indexOf(from!)
      : first.question === 'size' ? SIZES.indexOf(to) > SIZES.indexOf(from!)
        : first.question === 'data_sufficiency' ? from === 'no' && to === 'yes'
          : EITHER_WAY.includes(first.question);
    if (!allowed) return `${first.question} ${from} -> ${to}`;
  }
  if (opened && (opened.question === 'have' || answers[opened.question] !== undefined)) return `second change ${opened.question} was not opened by the first`;
  // Nothing else moves, but for an answer the change made inapplicable (it is dropped).
  const touched = new Set<QuestionId>(changes.map((change) => change.question));
  const stray = changedQuestions(answers, after).filter((q) => !touched.has(q) && after[q] !== undefined);
  return stray.length > 0 ? `also changes ${stray.join(', ')}` : null;
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
      if (!isComplete(flip.answers) || to !== flip.to || to === current.get(role) || flip.from !== current.get(role) || changed.length === 0 || changed.length > 2
        || disallowedChange(answers, flip.changes, flip.answers) !== null) {
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

  it('propose only the changes domain.md allows, in the direction it allows, for a sample of 20,000 answer sets', () => {
    const wrong: string[] = [];
    for (const answers of sampleAnswerSets(20_000, 31)) {
      for (const neighbour of neighboursOf(answers)) {
        const why = disallowedChange(answers, neighbour.changes, neighbour.answers);
        if (why && wrong.length < 5) wrong.push(`${JSON.stringify(answers)}: ${JSON.stringify(neighbour.changes)} (${why})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never propose another Regulated, an earlier stage, a smaller size or losing the data', () => {
    const answers = answersWith({ stage: 'production', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'yes', regulated: 'yes' });
    const proposed = neighboursOf(answers).map((n) => `${n.changes[0]!.question}=${n.changes[0]!.option}`);
    expect(proposed.filter((change) => /^regulated=|^stage=(exploring|pilot)$|^size=startup$|^data_sufficiency=no$/.test(change))).toEqual([]);
    expect(proposed).toEqual(expect.arrayContaining(['stage=expanding', 'stage=scale', 'size=enterprise', 'predictive_roi=no', 'urgency=weeks', 'have=ai']));
    // At a regulated pilot heading nowhere yet, the domain expert (rule 7) has no flip point through Regulated.
    const pilot = answersWith({ regulated: 'yes', production_soon: 'no' });
    const expert = flipPointsOf(pilot, placementsOf(pilot)).get('domain-expert')!;
    expect(expert.filter((flip) => flip.changes.some((change) => change.question === 'regulated'))).toEqual([]);
    // Its security seat (first in next, rule 7) moves into now with a later stage, never by leaving the domain.
    expect(flipPointsOf(pilot, placementsOf(pilot)).get('security-governance')).toEqual([
      expect.objectContaining({ changes: [{ question: 'stage', kind: 'set', option: 'production' }], from: 'next', to: 'now' }),
    ]);
  });

  it('never propose ticking the in-house group that holds the seat itself', () => {
    const answers = answersWith({});
    const flips = flipPointsOf(answers, placementsOf(answers)).get('ai-engineer')!;
    expect(flips.filter((flip) => flip.changes.some((c) => c.question === 'have' && c.option === 'ai'))).toEqual([]);
  });
});
