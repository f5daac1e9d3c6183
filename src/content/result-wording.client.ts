/**
 * The browser's result-wording.ts (swapped in by astro.config.mjs for client builds only): the
 * same WORDING, filled from a fetched file (the result page's /result/words.json, an intake
 * pack's /roles/intake-data.json) or from the lazily loaded
 * embed result's own import, so content/result.json is not part of the result page's script.
 * Every reader of WORDING reads it while rendering, after provideWording has run.
 */
import type { ResultWording } from './result-wording.ts';

export type { ResultWording };
export const WORDING = {} as ResultWording;

/** Fills WORDING once, before the first render. */
export function provideWording(words: ResultWording): void {
  if (!('title' in WORDING)) Object.assign(WORDING, words);
}
