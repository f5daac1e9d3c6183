/**
 * The walk over the answer space that the exhaustive unit tests share (tests/unit/space/):
 * each answer set's recommendation is computed once and handed to every check registered
 * with the walk (the invariants, the coverage, content's use, the codec…). A walk is split
 * into parts, one test each, so that no test runs for minutes on a loaded machine.
 *
 * `HIRE_ORDER_SAMPLE=<n>` walks a seeded sample of n answer sets instead of all 580,608
 * (`npm run test:quick`); the checks that only the whole space can prove skip then.
 */
import { describe, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import type { Reason, Recommendation } from '../../src/engine/recommendation.ts';
import { allAnswerSets } from './answer-space.ts';
import { reasonsIn } from './reasons-in.ts';
import { sampleAnswerSets } from './sample.ts';

/** The size of the whole space (domain.md's questions, walked as the questionnaire asks them). */
export const WHOLE_SPACE = 580_608;

/** The sample size asked for by `HIRE_ORDER_SAMPLE`, or null for the whole space. */
function sampleSize(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const size = Number(value);
  if (!Number.isInteger(size) || size <= 0) throw new Error(`HIRE_ORDER_SAMPLE must be a positive whole number, not "${value}"`);
  return size;
}

const SAMPLE = sampleSize(process.env.HIRE_ORDER_SAMPLE);
/** The seed of the quick run's sample. */
const SAMPLE_SEED = 20261214;
/** Parts a walk is split into (each a test of its own). */
const PARTS = 12;

/** What the walks cover in this run. */
export const SPACE = {
  /** Whether the walks cover every answer set (false under `HIRE_ORDER_SAMPLE`). */
  whole: SAMPLE === null,
  /** How many answer sets a walk visits. */
  size: SAMPLE ?? WHOLE_SPACE,
  /** "all 580,608" or "a sample of 5,000", for test names. */
  label: SAMPLE === null ? `all ${WHOLE_SPACE.toLocaleString('en')}` : `a seeded sample of ${SAMPLE.toLocaleString('en')}`,
};

/** The answer sets a walk visits, in order. */
const answerSetsWalked = (): Iterable<CompleteAnswers> => (SAMPLE === null ? allAnswerSets() : sampleAnswerSets(SAMPLE, SAMPLE_SEED));

/**
 * Defines `title`'s tests: the answer sets walked in PARTS parts of equal size (the last takes
 * whatever is left), `visit` called on each. Returns how many were visited so far.
 */
export function walkInParts(title: string, visit: (answers: CompleteAnswers) => void): { visited: () => number } {
  let sets: Iterator<CompleteAnswers> | undefined;
  let visited = 0;
  const perPart = Math.ceil(SPACE.size / PARTS);
  describe(title, () => {
    for (let part = 1; part <= PARTS; part += 1) {
      const first = (part - 1) * perPart + 1;
      const last = part === PARTS ? 'the last' : (part * perPart).toLocaleString('en');
      it(`answer sets ${first.toLocaleString('en')} to ${last}`, () => {
        sets ??= answerSetsWalked()[Symbol.iterator]();
        for (let count = 0; part === PARTS || count < perPart; count += 1) {
          const next = sets.next();
          if (next.done) break;
          visited += 1;
          visit(next.value);
        }
      });
    }
  });
  return { visited: () => visited };
}

/** A check fed by the walk: sees every answer set walked with its recommendation and the reasons in it. */
export interface SpaceCheck {
  /** `reasons()`: every reason in `result` (tests/helpers/reasons-in.ts), walked only if a check asks. */
  visit(answers: CompleteAnswers, result: Recommendation, reasons: () => readonly Reason[]): void;
}

/** A walk over the answer space that recommends once per set and feeds every check registered. */
export interface SpaceWalk {
  /** Adds a check; register every check before the walk's tests run (at collection). */
  register(check: SpaceCheck): void;
  /** How many answer sets were walked (SPACE.size once the walk is done). */
  walked(): number;
}

/** Defines the walk's tests (put them before the tests that read what the checks found). */
export function walkTheAnswerSpace(): SpaceWalk {
  const checks: SpaceCheck[] = [];
  const walk = walkInParts(`walking ${SPACE.label} answer sets, each recommended once`, (answers) => {
    const result = recommend(answers);
    let found: readonly Reason[] | undefined;
    const reasons = () => (found ??= reasonsIn(result));
    for (const check of checks) check.visit(answers, result, reasons);
  });
  return { register: (check) => { checks.push(check); }, walked: walk.visited };
}
