/** The URL codec's round trip (tests/helpers/assertions.ts) on every answer set the walk visits. */
import { describe, expect, it } from 'vitest';
import { roundTripFault } from '../../helpers/assertions.ts';
import { SPACE, type SpaceWalk } from '../../helpers/space-walk.ts';

/** Registers the round trip with `walk` and defines the test that reads it. */
export function roundTripOnTheWalk(walk: SpaceWalk): void {
  const faults: string[] = [];
  walk.register({
    visit(answers) {
      const fault = roundTripFault(answers);
      if (fault !== undefined && faults.length < 5) faults.push(fault);
    },
  });

  describe('the round trip', () => {
    it(`parses the canonical query of ${SPACE.label} answer sets back to the same answers`, () => {
      expect(faults).toEqual([]);
      expect(walk.walked()).toBe(SPACE.size);
    });
  });
}
