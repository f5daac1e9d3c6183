/**
 * The words content gives each reason id, read straight from content/reasons.json: the engine
 * returns ids, and tests that talk about sentences or sources look them up here.
 */
import reasonEntries from '../../content/reasons.json' with { type: 'json' };

/** An entry: its source, or `threshold: true` for a number of this plan's own. */
type Entry = { id: string; sentence: string; source?: string; threshold?: boolean; why?: string };
const BY_ID = new Map<string, Entry>((reasonEntries as Entry[]).map((entry) => [entry.id, entry]));

/** The entry for a reason's id, or undefined when content has none. */
export const textOf = (reason: { id: string }): Entry | undefined => BY_ID.get(reason.id);

/** A reason's sentence; throws when content has none (a test should say so, not compare undefined). */
export function sentenceOf(reason: { id: string }): string {
  const text = BY_ID.get(reason.id);
  if (!text) throw new Error(`content/reasons.json has no sentence for "${reason.id}"`);
  return text.sentence;
}

/** The article a reason cites, per content. */
export const sourceOf = (reason: { id: string }): string | undefined => BY_ID.get(reason.id)?.source;
