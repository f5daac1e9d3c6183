/**
 * Content and engine agree both ways: every id the engine uses has content (also enforced at
 * build time), and every reason, role, source and question in content/ is used by some answers.
 */
import { describe, expect, it } from 'vitest';
import reasonTexts from '../../content/reasons.json' with { type: 'json' };
import { QUESTION_IDS } from '../../src/engine/answers.ts';
import { ROLE_IDS, RULES, SOURCE_IDS } from '../../src/engine/ids.ts';
import { REASON_IDS } from '../../src/engine/reason-ids.ts';
import { recommend } from '../../src/engine/recommend.ts';
import type { Reason } from '../../src/engine/recommendation.ts';
import { allAnswerSets } from '../helpers/answer-space.ts';
import { sourceOf } from '../helpers/reason-texts.ts';
import { indexReasonTexts } from '../../src/content/reason-texts.ts';

/** Every reason a recommendation carries, wherever it appears (found by walking it). */
function reasonsOf(value: unknown, found: Reason[] = []): Reason[] {
  if (Array.isArray(value)) for (const entry of value) reasonsOf(entry, found);
  else if (value && typeof value === 'object') {
    const entry = value as Record<string, unknown>;
    if (typeof entry.id === 'string' && typeof entry.rule === 'string' && Array.isArray(entry.triggers)) found.push(entry as unknown as Reason);
    for (const key in entry) if (key !== 'answers') reasonsOf(entry[key], found);
  }
  return found;
}

describe('content and engine', () => {
  it('have the same reason ids', () => {
    expect(new Set(reasonTexts.map((entry) => entry.id))).toEqual(new Set(REASON_IDS));
    expect(reasonTexts).toHaveLength(REASON_IDS.length);
  });

  it('fail to load (so the build fails) when a sentence is missing or names an unknown source', () => {
    const [first, ...rest] = reasonTexts;
    expect(() => indexReasonTexts(rest)).toThrow(`content/reasons.json lacks entries for: ${first!.id}`);
    expect(() => indexReasonTexts([{ ...first!, source: 'a-blog' }, ...rest])).toThrow(`"${first!.id}" names unknown source "a-blog"`);
    expect(indexReasonTexts(reasonTexts)[first!.id as keyof ReturnType<typeof indexReasonTexts>].sentence).toBe(first!.sentence);
  });

  it('use every reason, role, source, rule and question over the whole answer space', () => {
    const reasons = new Set<string>();
    const roles = new Set<string>();
    const sources = new Set<string>();
    const rules = new Set<string>();
    const triggers = new Set<string>();
    for (const answers of allAnswerSets()) {
      const recommendation = recommend(answers);
      for (const item of recommendation.hireOrder) roles.add(item.role);
      for (const covered of recommendation.covered) roles.add(covered.role);
      for (const reason of reasonsOf(recommendation)) {
        reasons.add(reason.id);
        sources.add(sourceOf(reason) ?? `(no sentence for ${reason.id})`);
        rules.add(reason.rule);
        // `have:<group>` names one in-house group of the question `have`.
        for (const trigger of reason.triggers) triggers.add(trigger.split(':')[0]!);
      }
    }
    expect([...REASON_IDS].filter((id) => !reasons.has(id)), 'reasons never produced').toEqual([]);
    expect([...ROLE_IDS].filter((id) => !roles.has(id)), 'roles never placed or covered').toEqual([]);
    expect([...SOURCE_IDS].filter((id) => !sources.has(id)), 'sources never cited').toEqual([]);
    expect(Object.keys(RULES).filter((id) => !rules.has(id)), 'rules never cited').toEqual([]);
    expect([...QUESTION_IDS].filter((id) => !triggers.has(id)), 'questions never named as a cause').toEqual([]);
  });
});
