/** Controls, line and paragraph separators, bidi embeddings, overrides and isolates: characters that never reach a page from a link. */
const HIDDEN = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** `text` without hidden characters: what a notice or a sender's note may show of a link. */
export function withoutHidden(text: string): string {
  return text.replace(HIDDEN, '');
}
