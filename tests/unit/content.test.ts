/**
 * Content and engine agree both ways: every id the engine uses has content (also enforced at
 * build time); that every reason, role, source and question in content/ is used by some
 * answers is read off the walk over the space (tests/unit/space/content-use.ts).
 */
import { describe, expect, it } from 'vitest';
import reasonTexts from '../../content/reasons.json' with { type: 'json' };
import { REASON_IDS } from '../../src/engine/reason-ids.ts';
import { indexReasonTexts } from '../../src/content/reason-texts.ts';

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
});
