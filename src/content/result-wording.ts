/**
 * The words of a result (content/result.json, checked by its schema at build time); their
 * `{name}` slots are filled by fill.ts. Values are plain text: every renderer puts them in
 * text nodes or escapes them for Markdown, never into HTML.
 */
import wording from '../../content/result.json' with { type: 'json' };

/** The shape of content/result.json. */
export type ResultWording = typeof wording;
/** Every heading, label and template of the result page, its Markdown and print. */
export const WORDING: ResultWording = wording;

/**
 * Gives the words to a page's script. Here, on the server and in tests, they are already in
 * WORDING; the browser's build uses result-wording.client.ts instead (astro.config.mjs), whose
 * WORDING is empty until the page hands it the words (the result page from /result/words.json,
 * an intake pack from /roles/intake-data.json), so their JavaScript carries no prose.
 */
export function provideWording(words: ResultWording): void {
  void words;
}
