/**
 * Indexes entries by id and fails (so fails the build) when an id the engine uses has no
 * entry: a schema sees one entry at a time, so a missing file would otherwise pass. Pure, so
 * the embed's result chunk can index the reasons' sentences with it in the browser.
 */
export function indexById<Id extends string, T>(collection: string, ids: readonly Id[], entries: readonly { id: string; value: T }[]): Record<Id, T> {
  const byId = new Map(entries.map(({ id, value }) => [id, value]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`content/${collection} lacks entries for: ${missing.join(', ')}`);
  return Object.fromEntries(ids.map((id) => [id, byId.get(id)!])) as Record<Id, T>;
}
