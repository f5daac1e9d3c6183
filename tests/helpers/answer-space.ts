/** The answer space the tests walk: the engine's own generator (src/engine/answer-space.ts), so the page and the tests count the same sets. */
export { allAnswerSets, allHaveSubsets } from '../../src/engine/answer-space.ts';
