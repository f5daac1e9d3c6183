/** A seeded sample of the answer space, the same on every run. */
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { allAnswerSets } from './answer-space.ts';

/** mulberry32: a tiny seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let spaceSize: number | undefined;

/**
 * `count` answer sets drawn without replacement from the whole space with `seed`, in the
 * order drawn. Two passes over the generator (count, then pick), never the space in memory.
 */
export function sampleAnswerSets(count: number, seed = 20261201): CompleteAnswers[] {
  if (spaceSize === undefined) {
    spaceSize = 0;
    for (const _ of allAnswerSets()) spaceSize += 1;
  }
  const random = seededRandom(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, spaceSize)) picked.add(Math.floor(random() * spaceSize));
  const found = new Map<number, CompleteAnswers>();
  let index = 0;
  for (const answers of allAnswerSets()) {
    if (picked.has(index)) found.set(index, answers);
    index += 1;
  }
  return [...picked].map((at) => found.get(at)!);
}
