/** Content is all used: every reason, role, source, rule and question of content/ turns up somewhere in the space. */
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../../src/engine/answers.ts';
import { ROLE_IDS, RULES, SOURCE_IDS } from '../../../src/engine/ids.ts';
import { REASON_IDS } from '../../../src/engine/reason-ids.ts';
import { sourceOf } from '../../helpers/reason-texts.ts';
import { SPACE, type SpaceWalk } from '../../helpers/space-walk.ts';

/** Gathers what the results of `walk` use and defines the test that reads it (the whole space only). */
export function contentUseOnTheWalk(walk: SpaceWalk): void {
  const reasons = new Set<string>();
  const roles = new Set<string>();
  const sources = new Set<string>();
  const rules = new Set<string>();
  const triggers = new Set<string>();
  walk.register({
    visit(_, recommendation, reasonsInIt) {
      for (const item of recommendation.hireOrder) roles.add(item.role);
      for (const covered of recommendation.covered) roles.add(covered.role);
      for (const reason of reasonsInIt()) {
        // A reason's source is content's, by id: looked up for each id once.
        if (!reasons.has(reason.id)) {
          reasons.add(reason.id);
          sources.add(sourceOf(reason) ?? `(no sentence for ${reason.id})`);
        }
        rules.add(reason.rule);
        // `have:<group>` names one in-house group of the question `have`.
        if (triggers.size < QUESTION_IDS.length) for (const trigger of reason.triggers) triggers.add(trigger.split(':')[0]!);
      }
    },
  });

  describe('content and engine', () => {
    it.runIf(SPACE.whole)('use every reason, role, source, rule and question over the whole answer space', () => {
      expect(walk.walked()).toBe(SPACE.size);
      expect([...REASON_IDS].filter((id) => !reasons.has(id)), 'reasons never produced').toEqual([]);
      expect([...ROLE_IDS].filter((id) => !roles.has(id)), 'roles never placed or covered').toEqual([]);
      expect([...SOURCE_IDS].filter((id) => !sources.has(id)), 'sources never cited').toEqual([]);
      expect(Object.keys(RULES).filter((id) => !rules.has(id)), 'rules never cited').toEqual([]);
      expect([...QUESTION_IDS].filter((id) => !triggers.has(id)), 'questions never named as a cause').toEqual([]);
    });
  });
}
