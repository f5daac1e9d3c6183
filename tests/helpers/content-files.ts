/**
 * Reads content/ files as the build does, through Astro's own `file()` loader, with a logger
 * that throws: the loader only logs a YAML syntax error or an entry without `id`, and
 * `astro build` then carries on without those entries.
 */
import { readdirSync } from 'node:fs';
import { file, type LoaderContext } from 'astro/loaders';

export const ROOT = new URL('../../', import.meta.url);

export type Entry = { id: string; data: unknown };

/** The entries Astro's file loader reads from `path` (relative to the project root), in file order. */
export async function loadEntries(path: string): Promise<Entry[]> {
  const entries = new Map<string, Entry>();
  const fail = (message: string): never => {
    throw new Error(`${path}: ${message}`);
  };
  const context = {
    collection: 'test',
    config: { root: ROOT },
    logger: { error: fail, warn: () => {}, info: () => {}, debug: () => {} },
    parseData: async ({ data }: Entry) => data,
    store: { clear: () => entries.clear(), set: ({ id, data }: Entry) => entries.set(id, { id, data }) },
  } as unknown as LoaderContext;
  await file(path).load(context);
  return [...entries.values()];
}

/** An array file's items (each has an `id`, which the loader keys on). */
export async function loadList(path: string): Promise<Record<string, unknown>[]> {
  return (await loadEntries(path)).map((entry) => entry.data as Record<string, unknown>);
}

/** A one-object YAML file: the loader reads a top-level object as key → entry, so reassemble it. */
export async function loadObject(path: string): Promise<Record<string, unknown>> {
  return Object.fromEntries((await loadEntries(path)).map((entry) => [entry.id, entry.data]));
}

/** Every .yaml, .yml and .json file under content/, as paths relative to the project root. */
export function contentFiles(): string[] {
  return readdirSync(new URL('content/', ROOT), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .map((name) => `content/${name.split('\\').join('/')}`)
    .sort();
}

/** The role files, content/roles/<id>.yaml, by file name. */
export function roleFileNames(): string[] {
  return readdirSync(new URL('content/roles/', ROOT)).filter((name) => name.endsWith('.yaml')).sort();
}

/**
 * What a text may quote word for word: the titles of the five articles and of the studies
 * they cite, and the addresses (with their titles) the articles list, which are theirs to
 * give, not prose of ours.
 */
export async function quotableTitles(): Promise<string[]> {
  const lists = [await loadList('content/sources.yaml'), await loadList('content/studies.yaml')];
  return lists.flat().flatMap((entry) => {
    const references = Array.isArray(entry.references) ? (entry.references as Record<string, unknown>[]) : [];
    return [entry.title, entry.url, ...references.flatMap((reference) => [reference.url, reference.title])]
      .filter((text): text is string => typeof text === 'string');
  });
}
