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

let all: CompleteAnswers[] | undefined;

/** `count` answer sets drawn without replacement from the whole space with `seed`. */
export function sampleAnswerSets(count: number, seed = 20261201): CompleteAnswers[] {
  all ??= [...allAnswerSets()];
  const random = seededRandom(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, all.length)) picked.add(Math.floor(random() * all.length));
  return [...picked].map((index) => all![index]!);
}
