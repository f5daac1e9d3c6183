/**
 * Answer sets' placements (role → group), each computed once with the engine and kept in a
 * flat array indexed by the answers (mixed radix), so exhaustive checks over neighbours look
 * them up instead of recomputing 30 plans per answer set.
 */
import { OPTIONS, type CompleteAnswers } from '../../src/engine/answers.ts';
import type { Group, RoleId } from '../../src/engine/ids.ts';
import { recommend } from '../../src/engine/recommend.ts';
import type { Placements } from '../../src/engine/flip-points.ts';
import type { Recommendation } from '../../src/engine/recommendation.ts';

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

export interface PlacementCache {
  /** Keeps `result`'s placements for `answers`. */
  fill(answers: CompleteAnswers, result: Recommendation): void;
  /** A lookup with the shape of `placementsOf` (the map is shared by every set placed alike: read it, never change it). */
  place(answers: CompleteAnswers): Placements;
}

/**
 * An empty cache. Each answer set keeps the number of its pattern of placements (a few
 * thousand patterns across the space), so a lookup builds nothing. Once filled over the
 * whole space, a lookup of an answer set it lacks is not in the space and throws;
 * `computeMissing` (a walk over a sample) fills it from the engine instead.
 */
export function createPlacementCache({ computeMissing = false } = {}): PlacementCache {
  /** 0: not filled; otherwise 1 + the index of the set's pattern in `patterns`. */
  const patternOf = new Uint16Array(SIZE);
  const patterns: Placements[] = [];
  const patternIds = new Map<string, number>();
  const fill = (answers: CompleteAnswers, result: Recommendation) => {
    const key = result.hireOrder.map((item) => `${item.role}:${item.group}`).join();
    let id = patternIds.get(key);
    if (id === undefined) {
      id = patterns.push(new Map<RoleId, Group>(result.hireOrder.map((item) => [item.role, item.group]))) - 1;
      if (id >= 0xffff) throw new Error('more placement patterns than the cache can number');
      patternIds.set(key, id);
    }
    patternOf[answerIndex(answers)] = id + 1;
  };
  return {
    fill,
    place(answers) {
      let id = patternOf[answerIndex(answers)]!;
      if (id === 0) {
        if (!computeMissing) throw new Error(`not in the answer space: ${JSON.stringify(answers)}`);
        fill(answers, recommend(answers));
        id = patternOf[answerIndex(answers)]!;
      }
      return patterns[id - 1]!;
    },
  };
}
