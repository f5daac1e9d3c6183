/**
 * Every answer set's placements (role → group), computed once with the engine and kept in a
 * flat byte array indexed by the answers (mixed radix), so exhaustive checks over neighbours
 * look them up instead of recomputing 30 plans per answer set.
 */
import { OPTIONS, type CompleteAnswers } from '../../src/engine/answers.ts';
import { GROUPS, ROLE_IDS, type Group, type RoleId } from '../../src/engine/ids.ts';
import { recommend } from '../../src/engine/recommend.ts';
import type { Placements } from '../../src/engine/flip-points.ts';
import { allAnswerSets } from './answer-space.ts';

const pick = (options: readonly string[], value: string | undefined) => (value === undefined ? options.length : options.indexOf(value));

/** A unique number for an answer set (conditional questions count "not asked" as one more value). */
export function answerIndex(a: CompleteAnswers): number {
  let index = OPTIONS.stage.indexOf(a.stage);
  index = index * 3 + OPTIONS.size.indexOf(a.size);
  index = index * 2 + OPTIONS.predictive_roi.indexOf(a.predictive_roi);
  index = index * 3 + pick(OPTIONS.data_sufficiency, a.data_sufficiency);
  index = index * 2 + OPTIONS.integration_speed.indexOf(a.integration_speed);
  index = index * 3 + OPTIONS.agentic.indexOf(a.agentic);
  index = index * 3 + pick(OPTIONS.production_soon, a.production_soon);
  index = index * 2 + OPTIONS.regulated.indexOf(a.regulated);
  index = index * 3 + OPTIONS.urgency.indexOf(a.urgency);
  let mask = 0;
  for (const held of a.have) mask |= 1 << OPTIONS.have.indexOf(held);
  return index * 256 + mask;
}

const SIZE = 5 * 3 * 2 * 3 * 2 * 3 * 3 * 2 * 3 * 256;
/** One byte per role (0: not in the order, 1 + group index otherwise), then one that marks the entry filled. */
const STRIDE = ROLE_IDS.length + 1;

/** Fills the cache over the whole space; returns a lookup with the shape of `placementsOf`. */
export function cachedPlacements(): (answers: CompleteAnswers) => Placements {
  const bytes = new Uint8Array(SIZE * STRIDE);
  for (const answers of allAnswerSets()) {
    const base = answerIndex(answers) * STRIDE;
    bytes[base + ROLE_IDS.length] = 1;
    for (const item of recommend(answers).hireOrder) bytes[base + ROLE_IDS.indexOf(item.role)] = 1 + GROUPS.indexOf(item.group);
  }
  return (answers) => {
    const base = answerIndex(answers) * STRIDE;
    if (bytes[base + ROLE_IDS.length] !== 1) throw new Error(`not in the answer space: ${JSON.stringify(answers)}`);
    const placed = new Map<RoleId, Group>();
    ROLE_IDS.forEach((role, offset) => {
      const value = bytes[base + offset]!;
      if (value > 0) placed.set(role, GROUPS[value - 1]!);
    });
    return placed;
  };
}
