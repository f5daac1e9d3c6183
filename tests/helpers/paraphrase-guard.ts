/**
 * The paraphrase guard: our prose must share no run of `SHINGLE_WORDS` words with the five
 * source articles. The articles are not in the repository (and not in CI), so what we compare
 * against is a fixture of hashed word runs, written by `scripts/seed-fingerprints.mjs` from a
 * local copy of the articles. Hashes only: the fixture never holds the articles' text.
 *
 * Plain TypeScript with erasable types only, so the script can import it under Node 24.
 */
import { createHash } from 'node:crypto';

/**
 * Words per run. Measured on the five articles: written independently on one subject, they
 * share seven 5-word runs, one 6-word run and no run of 7 or more; so 8 leaves room for the
 * domain's stock phrases while a copied sentence (nearly always 8+ words) trips it.
 */
export const SHINGLE_WORDS = 8;

/** Hex digits kept of each sha1 (48 bits: a chance collision is about one in 10^10 per run). */
export const HASH_HEX_DIGITS = 12;

/**
 * The words of `text`, normalised so trivial edits do not hide a copy: lowercase, accents
 * dropped, apostrophes removed ("don't" = "dont"), every other non-letter, non-digit a break.
 */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The truncated sha1 of one run of words, joined by single spaces. */
export function hashOfRun(words: readonly string[]): string {
  return createHash('sha1').update(words.join(' ')).digest('hex').slice(0, HASH_HEX_DIGITS);
}

/** Every run of `length` consecutive words, with its position, in order. */
export function runsOf(words: readonly string[], length = SHINGLE_WORDS): { at: number; words: string[] }[] {
  const runs: { at: number; words: string[] }[] = [];
  for (let at = 0; at + length <= words.length; at += 1) runs.push({ at, words: words.slice(at, at + length) });
  return runs;
}

/** The sorted, unique hashes of every run in `text`: what the fixture stores for one article. */
export function fingerprintOf(text: string, length = SHINGLE_WORDS): string[] {
  return [...new Set(runsOf(wordsOf(text), length).map((run) => hashOfRun(run.words)))].sort();
}

/** The fixture: per source id, the hashes of its runs. */
export interface SeedFingerprints {
  about: string;
  shingleWords: number;
  hashHexDigits: number;
  sources: Record<string, string[]>;
}

/** A stretch of our text made of runs an article also has (overlapping runs merged). */
export interface CopiedRun {
  /** The stretch's (normalised) words, which are our text, so safe to print. */
  run: string;
  /** The source ids whose fingerprints hold its runs. */
  sources: string[];
}

/**
 * Splits `text` into word stretches around the citations it may quote verbatim (the articles'
 * and studies' own titles), so a title is never counted as copied prose.
 */
function stretchesWithout(text: string, citations: readonly string[]): string[][] {
  let stretches = [wordsOf(text)];
  for (const citation of citations.map(wordsOf).filter((words) => words.length > 0)) {
    stretches = stretches.flatMap((words) => {
      const parts: string[][] = [];
      let start = 0;
      for (let at = 0; at + citation.length <= words.length; at += 1) {
        if (citation.every((word, index) => words[at + index] === word)) {
          parts.push(words.slice(start, at));
          start = at + citation.length;
          at = start - 1;
        }
      }
      parts.push(words.slice(start));
      return parts;
    });
  }
  return stretches;
}

const owners = new WeakMap<SeedFingerprints, Map<string, string[]>>();

/** hash -> the source ids that have it, built once per fixture. */
function ownersOf(fingerprints: SeedFingerprints): Map<string, string[]> {
  let index = owners.get(fingerprints);
  if (!index) {
    index = new Map();
    for (const [source, hashes] of Object.entries(fingerprints.sources)) {
      for (const hash of hashes) index.set(hash, [...(index.get(hash) ?? []), source]);
    }
    owners.set(fingerprints, index);
  }
  return index;
}

/** The stretches of `text` that some article in `fingerprints` also has, titles in `citations` aside. */
export function copiedRuns(text: string, fingerprints: SeedFingerprints, citations: readonly string[] = []): CopiedRun[] {
  const index = ownersOf(fingerprints);
  const length = fingerprints.shingleWords;
  const found: CopiedRun[] = [];
  for (const words of stretchesWithout(text, citations)) {
    const hits = runsOf(words, length).flatMap((run) => {
      const sources = index.get(hashOfRun(run.words));
      return sources ? [{ from: run.at, to: run.at + length, sources }] : [];
    });
    // Overlapping runs are one copied stretch.
    const merged: { from: number; to: number; sources: Set<string> }[] = [];
    for (const hit of hits) {
      const last = merged.at(-1);
      if (last && hit.from <= last.to) {
        last.to = hit.to;
        for (const source of hit.sources) last.sources.add(source);
      } else merged.push({ from: hit.from, to: hit.to, sources: new Set(hit.sources) });
    }
    for (const stretch of merged) found.push({ run: words.slice(stretch.from, stretch.to).join(' '), sources: [...stretch.sources].sort() });
  }
  return found;
}
