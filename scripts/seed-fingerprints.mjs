// Writes tests/fixtures/seed-fingerprints.json: hashes of every 8-word run of the five source
// articles, for the paraphrase guard (tests/unit/paraphrase.test.ts). Run by hand, when an
// article or the guard's normalisation changes, with a local copy of the articles:
//   npm run fingerprints -- /path/to/seeds
// The fixture holds hashes only, never the articles' text, so it may be committed.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HASH_HEX_DIGITS, SHINGLE_WORDS, fingerprintOf } from '../tests/helpers/paraphrase-guard.ts';

/** The seed files' number prefixes and the source ids they stand for (domain.md's table). */
const SOURCE_OF_PREFIX = { '000': 'ops-guide', '001': 'stages', '002': 'ai-vs-ml', '003': 'ownership', '004': 'talent' };
const OUT = new URL('../tests/fixtures/seed-fingerprints.json', import.meta.url);

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run fingerprints -- <folder with the five articles, 000_*.txt to 004_*.txt>');
  process.exit(2);
}

const files = readdirSync(folder).filter((name) => name.endsWith('.txt'));
const sources = {};
for (const [prefix, id] of Object.entries(SOURCE_OF_PREFIX)) {
  const matches = files.filter((name) => name.startsWith(`${prefix}_`));
  if (matches.length !== 1) {
    console.error(`expected one ${prefix}_*.txt (${id}) in ${folder}, found ${matches.length}`);
    process.exit(1);
  }
  sources[id] = fingerprintOf(readFileSync(join(folder, matches[0]), 'utf8'));
}

const fixture = {
  about: `sha1 (first ${HASH_HEX_DIGITS} hex digits) of every ${SHINGLE_WORDS}-word run of each source article, words normalised by wordsOf() in tests/helpers/paraphrase-guard.ts; written by scripts/seed-fingerprints.mjs`,
  shingleWords: SHINGLE_WORDS,
  hashHexDigits: HASH_HEX_DIGITS,
  sources,
};
// One line per source keeps the file small and its diffs readable.
const body = Object.entries(sources).map(([id, hashes]) => `    ${JSON.stringify(id)}: ${JSON.stringify(hashes)}`).join(',\n');
const head = JSON.stringify({ ...fixture, sources: undefined }, null, 2).replace(/\n}$/, '');
writeFileSync(OUT, `${head},\n  "sources": {\n${body}\n  }\n}\n`);
console.log(Object.entries(sources).map(([id, hashes]) => `${id}: ${hashes.length} runs`).join('\n'));
console.log(`wrote ${OUT.pathname}`);
