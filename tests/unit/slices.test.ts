/**
 * Work done a slice at a time (src/result/slices.ts) and the result page's flip points worked
 * out that way (src/result/result-model.ts): no slice runs past its time before the page gets
 * a turn, a newer plan stops the older work, and the flip points are those of the whole list.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { flipPointsOf, placementsOf } from '../../src/engine/flip-points.ts';
import { createResultModel } from '../../src/result/result-model.ts';
import { SLICE_MS, inSlices } from '../../src/result/slices.ts';
import { idLabels } from '../helpers/labels.ts';

/** A clock that moves only when a step says so. */
function fakeClock() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { advance: (ms: number) => { now += ms; } };
}

afterEach(() => vi.restoreAllMocks());

describe('inSlices', () => {
  it('yields to the page each time a slice has run its time, and steps every item in order', async () => {
    const clock = fakeClock();
    const stepped: number[] = [];
    const yields: number[] = [];
    const done = await inSlices([1, 2, 3, 4, 5, 6, 7], (item) => { stepped.push(item); clock.advance(2); }, async () => { yields.push(stepped.length); }, () => true);
    expect(done).toBe(true);
    expect(stepped).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // 2 ms a step against a slice of SLICE_MS (5): the page gets a turn after the 3rd and the 6th.
    expect(SLICE_MS).toBe(5);
    expect(yields).toEqual([3, 6]);
  });

  it('stops at the next item once the work is no longer wanted, and says so', async () => {
    const clock = fakeClock();
    const stepped: number[] = [];
    let wanted = true;
    const done = await inSlices([1, 2, 3, 4, 5, 6], (item) => { stepped.push(item); clock.advance(5); }, async () => { wanted = false; }, () => wanted);
    expect(done).toBe(false);
    expect(stepped).toEqual([1]);
  });
});

const PILOT: CompleteAnswers = {
  stage: 'pilot', size: 'startup', predictive_roi: 'yes', data_sufficiency: 'no', integration_speed: 'yes', agentic: 'no', production_soon: 'no', regulated: 'no', have: [], urgency: 'weeks',
};

describe("the result page's flip points, worked out in slices", () => {
  /** A `later` that queues work for the test to run, as the page's idle callbacks would. */
  function queue() {
    const waiting: (() => void)[] = [];
    return { later: (work: () => void) => void waiting.push(work), waiting };
  }
  /** Runs queued work (and the promises and module loads it waits for) until `done`; returns how many turns the page got. */
  async function drain(waiting: (() => void)[], done: () => boolean) {
    let turns = 0;
    for (let rounds = 0; rounds < 5000 && !done(); rounds += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const work = waiting.shift();
      if (work) {
        turns += 1;
        work();
      }
    }
    if (!done()) throw new Error('the work never ended');
    return turns;
  }

  it('gives the page several turns and ends with the flip points of every neighbour', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1)); // each look at the clock: 1 ms later
    const { later, waiting } = queue();
    const model = createResultModel(PILOT, idLabels(), later);
    const turns = await drain(waiting, () => model.flips.value !== undefined);
    expect(turns, 'the flip points and the what-if difference, then more than one slice of neighbours').toBeGreaterThan(3);
    const expected = flipPointsOf(PILOT, placementsOf(PILOT));
    const shown = model.flips.value!;
    expect([...shown.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [role, points] of expected) expect(shown.get(role)?.map((flip) => flip.answers), role).toEqual(points.map((point) => point.answers));
  });

  it('drops the flip points of a plan replaced meanwhile: only the newer plan\'s are ever shown', async () => {
    fakeClock();
    const { later, waiting } = queue();
    const model = createResultModel(PILOT, idLabels(), later);
    const seen: string[][] = [];
    model.flips.subscribe((flips) => { if (flips) seen.push([...flips.keys()].sort()); });
    model.change('stage', 'production');
    const production = model.shown.value;
    await drain(waiting, () => model.flips.value !== undefined);
    const expected = flipPointsOf(production, placementsOf(production));
    expect(seen).toEqual([[...expected.keys()].sort()]);
    for (const [role, points] of expected) expect(model.flips.value!.get(role)?.map((flip) => flip.answers), role).toEqual(points.map((point) => point.answers));
  });
});
