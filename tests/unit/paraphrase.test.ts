/**
 * The paraphrase guard (tests/helpers/paraphrase-guard.ts): no prose of ours, in content/ or
 * in src/, shares a run of 8 words with the five source articles, whose hashed runs are in
 * tests/fixtures/seed-fingerprints.json. The articles' and studies' titles may be quoted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_IDS } from '../../src/engine/ids.ts';
import { ROOT, contentFiles, loadEntries, quotableTitles } from '../helpers/content-files.ts';
import {
  HASH_HEX_DIGITS, SHINGLE_WORDS, copiedRuns, fingerprintOf, type SeedFingerprints,
} from '../helpers/paraphrase-guard.ts';
import fixture from '../fixtures/seed-fingerprints.json' with { type: 'json' };

const SEEDS: SeedFingerprints = fixture;

/** Every string in `value`, with its path ("vetting.pitfalls.0.text"). */
function* stringsOf(value: unknown, path: string): Generator<[string, string]> {
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsOf(item, at(index));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsOf(item, at(key));
}

/** "where: 'the run' (source, source)" lines for every copied run in `text`. */
function hitsIn(where: string, text: string, titles: readonly string[]): string[] {
  return copiedRuns(text, SEEDS, titles).map((hit) => `${where}: "${hit.run}" (${hit.sources.join(', ')})`);
}

/** A source file without its comments: code comments are not prose a visitor reads. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/<!--[\s\S]*?-->/g, ' ').replace(/(^|\s)\/\/.*$/gm, '$1');
}

const titles = await quotableTitles();

describe('the fingerprint fixture', () => {
  it('matches the guard: same run length and hash size, and all five articles', () => {
    expect(SEEDS.shingleWords).toBe(SHINGLE_WORDS);
    expect(SEEDS.hashHexDigits).toBe(HASH_HEX_DIGITS);
    expect(Object.keys(SEEDS.sources).sort()).toEqual([...SOURCE_IDS].sort());
  });

  it('holds a full article each (hundreds of runs), as hashes only', () => {
    for (const [source, hashes] of Object.entries(SEEDS.sources)) {
      expect(hashes.length, source).toBeGreaterThan(500);
      expect(hashes.every((hash) => new RegExp(`^[0-9a-f]{${HASH_HEX_DIGITS}}$`).test(hash)), source).toBe(true);
    }
  });
});

describe('the guard itself, on a made-up article', () => {
  const article = "Teams that don't measure anything can't tell whether a new release helped anyone. Ship with a dashboard.";
  const seeds: SeedFingerprints = { about: '', shingleWords: SHINGLE_WORDS, hashHexDigits: HASH_HEX_DIGITS, sources: { invented: fingerprintOf(article) } };
  const runs = (text: string, citations: string[] = []) => copiedRuns(text, seeds, citations).map((hit) => hit.run);

  it('finds a copied sentence despite case, punctuation, line breaks and curly apostrophes', () => {
    expect(runs('As they say, TEAMS that don’t measure\nanything — can’t tell whether a new release helped! So?')).toEqual([
      'teams that dont measure anything cant tell whether a new release helped',
    ]);
    expect(copiedRuns('Not every new release helped anyone. Ship with a dashboard.', seeds)[0]?.sources).toEqual(['invented']);
  });

  it('lets seven shared words pass, and an edit every seven words', () => {
    expect(runs('Teams that do not measure anything cannot tell whether a new release helped anyone.')).toEqual([]);
    expect(runs("Teams that don't measure anything can't tell if a new release helped anyone.")).toEqual([]);
  });

  it('lets a quoted title pass, but not copied words around it', () => {
    const title = "Teams that don't measure anything can't tell whether a new release helped anyone";
    expect(runs(`Read "${title}" today.`, [title])).toEqual([]);
    expect(runs(`Read "${title}" today.`)).not.toEqual([]);
  });
});

describe('no prose of ours copies an article', () => {
  it.each(contentFiles())('%s', async (path) => {
    const hits = (await loadEntries(path)).flatMap((entry) =>
      [...stringsOf(entry.data, entry.id)].flatMap(([field, text]) => hitsIn(field, text, titles)));
    expect(hits).toEqual([]);
  });

  const sourceFiles = readdirSync(new URL('src/', ROOT), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|astro)$/.test(name))
    .sort();
  it('in the strings and markup of src/ (comments aside)', () => {
    const hits = sourceFiles.flatMap((name) => hitsIn(`src/${name}`, withoutComments(readFileSync(new URL(`src/${name}`, ROOT), 'utf8')), titles));
    expect(hits).toEqual([]);
  });
});
