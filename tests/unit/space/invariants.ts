/** The invariants of domain.md (tests/helpers/invariants.ts) on every answer set the walk visits. */
import { describe, expect, it } from 'vitest';
import { INVARIANTS, brokenInvariants } from '../../helpers/invariants.ts';
import { SPACE, type SpaceWalk } from '../../helpers/space-walk.ts';

/** Registers the check with `walk` and defines the test that reads it. */
export function invariantsOnTheWalk(walk: SpaceWalk): void {
  const breaches: string[] = [];
  walk.register({
    visit(answers, result, reasons) {
      if (breaches.length >= 10) return;
      const broken = brokenInvariants(result, reasons());
      if (broken.length > 0) breaches.push(`${JSON.stringify(answers)}\n  ${broken.join('\n  ')}`);
    },
  });

  describe('the invariants of domain.md (model version 3)', () => {
    it(`hold for ${SPACE.label} answer sets (${Object.keys(INVARIANTS).length} invariants)`, () => {
      expect(breaches).toEqual([]);
      expect(walk.walked()).toBe(SPACE.size);
    });
  });
}
