/**
 * The 24 fidelity profiles (tests/fixtures/fidelity-profiles.json): companies whose placements a
 * careful reader of the five articles wrote down before model version 3 ran, each role's group,
 * commitment, approach and count, the first role, the structure, the maturity level and the
 * warnings. Where the coordinator decided otherwise (the warning's id, the urgency warning at a
 * quarter, no eval owner only at a pilot, ...), the profile was revised and says so in its
 * `revisions`, with the original value. Lane order within a group is indicative in the fixture
 * (only the first role is fixed), so groups are compared as sets.
 */
import { describe, expect, it } from 'vitest';
import profiles from '../fixtures/fidelity-profiles.json' with { type: 'json' };
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { GROUPS, ROLE_IDS, WARNING_IDS, type RoleId } from '../../src/engine/ids.ts';
import type { Headcount } from '../../src/engine/recommendation.ts';
import { recommend } from '../../src/engine/recommend.ts';

/** What the fixture expects of one role. */
interface Expected {
  group: 'now' | 'next' | 'later' | 'covered' | 'absent';
  commitment?: 'full-time' | 'part-time';
  approach?: 'build' | 'hire' | 'augment';
  then?: 'build' | 'hire' | null;
  count?: string;
}
interface Profile {
  id: string;
  answers: CompleteAnswers;
  expected: {
    firstRole: RoleId;
    roles: Record<RoleId, Expected>;
    lanes: Record<'now' | 'next' | 'later', RoleId[]>;
    structure: string;
    maturityLevel: number;
    warnings: string[];
  };
  revisions?: { field: string; from: unknown; to: unknown; why: string; decidedBy: string }[];
}
const PROFILES = profiles as unknown as Profile[];

/** A count as the fixture writes it: "1-2", or "1" for exactly one. */
const written = (count: Headcount | null) => (count === null ? undefined : count.min === count.max ? `${count.min}` : `${count.min}-${count.max}`);

describe('the fidelity profiles', () => {
  it('are 24, each with an expectation for all twelve roles, lanes that agree with them, and warnings the engine knows', () => {
    expect(PROFILES).toHaveLength(24);
    for (const profile of PROFILES) {
      expect(Object.keys(profile.expected.roles).sort(), profile.id).toEqual([...ROLE_IDS].sort());
      for (const group of GROUPS) {
        const inGroup = ROLE_IDS.filter((role) => profile.expected.roles[role].group === group);
        expect([...profile.expected.lanes[group]].sort(), `${profile.id} ${group}`).toEqual(inGroup.sort());
      }
      for (const warning of profile.expected.warnings) expect(WARNING_IDS as readonly string[], profile.id).toContain(warning);
    }
  });

  it('say, for every revision, what changed, from what, why, and who decided', () => {
    const revisions = PROFILES.flatMap((profile) => profile.revisions ?? []);
    expect(revisions.length).toBeGreaterThan(0);
    for (const revision of revisions) {
      expect(revision).toEqual({ field: expect.stringMatching(/^expected\./), from: expect.anything(), to: expect.anything(), why: expect.any(String), decidedBy: expect.stringMatching(/coordinator/) });
      expect(revision.from).not.toEqual(revision.to);
    }
  });

  describe.each(PROFILES.map((profile) => [profile.id, profile] as const))('%s', (_, profile) => {
    const r = recommend(profile.answers);
    const { expected } = profile;

    it('starts the order with the expected role', () => expect(r.hireOrder[0]?.role).toBe(expected.firstRole));

    it.each(ROLE_IDS)('places %s as expected: group, commitment, approach and count', (role) => {
      const want = expected.roles[role];
      const item = r.hireOrder.find((i) => i.role === role);
      const covered = r.covered.find((c) => c.role === role);
      expect(item ? item.group : covered ? 'covered' : 'absent').toBe(want.group);
      if (item) {
        expect({ commitment: item.commitment, approach: item.approach, then: item.then, count: written(item.count) }).toEqual({
          commitment: want.commitment, approach: want.approach, then: want.then ?? null, count: want.count,
        });
      }
      if (covered) expect(written(covered.suggestedCount)).toBe(want.count);
    });

    it('recommends the expected structure', () => expect(r.structure.recommended).toBe(expected.structure));
    it('names the expected maturity level', () => expect(r.maturity.level).toBe(expected.maturityLevel));
    it('warns about exactly the expected traps', () => expect(r.warnings.map((w) => w.id).sort()).toEqual([...expected.warnings].sort()));
  });
});
