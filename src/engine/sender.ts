/**
 * A link's sender (contract.md, "Sender's parameters"): `from=<label>` and `note=<text>`, set
 * by the link builder for the person who opens the link. Plain text, length-limited, with
 * control and bidi characters removed; renderers put it in text nodes only, never HTML.
 * And `sent=<question ids>`: which answers the sender set, carried by the quiz's own links
 * (each step's and the result's) so they stay "set by the sender" up to the result.
 */
import { QUESTION_IDS, type QuestionId } from './answers.ts';

import { SENDER_PARAMS, SENT_PARAM } from './sender-params.ts';
import { SENDER_LIMITS, SENDER_READ_FACTOR, SENT_LENGTH } from './limits.ts';
import { withoutHidden } from './hidden-characters.ts';

/** The parameters, as they appear in a link. */
export { SENDER_PARAMS, SENT_PARAM };

export interface Sender {
  from?: string;
  note?: string;
}

/** Text safe to show: hidden characters removed (newlines in a note become spaces), whitespace collapsed, clipped with "…". */
export function cleanSenderText(text: string, limit: number): string {
  const chars = Array.from(withoutHidden(text.replace(/[\r\n\t]+/g, ' ')).replace(/\s+/g, ' ').trim());
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('').trimEnd()}…` : chars.join('');
}

/** The sender's label and note of a query string (the first of each; empty ones are absent). Never throws. */
export function parseSender(query: string | URLSearchParams): Sender {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const sender: Sender = {};
  for (const name of SENDER_PARAMS) {
    const raw = params.get(name);
    if (raw === null) continue;
    const text = cleanSenderText(raw.slice(0, SENDER_READ_FACTOR * SENDER_LIMITS[name]), SENDER_LIMITS[name]);
    if (text) sender[name] = text;
  }
  return sender;
}

/**
 * A value that may end a link: encodeURIComponent leaves `-_.!~*'()` as they are, and mail and
 * chat apps cut such characters off the end of a link they make clickable ("Thanks!" would
 * arrive as "Thanks"), so they are escaped too: only letters, digits and `%XX` remain.
 */
function linkSafe(text: string): string {
  return encodeURIComponent(text).replace(/[-_.!~*'()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The sender's part of a link, after the answers: `from=…&note=…`, or '' when neither is set. */
export function senderQuery(sender: Sender): string {
  return SENDER_PARAMS.flatMap((name) => {
    const text = sender[name] === undefined ? '' : cleanSenderText(sender[name]!, SENDER_LIMITS[name]);
    return text ? [`${name}=${linkSafe(text)}`] : [];
  }).join('&');
}

/** The questions `sent=` names (known ids only, in question order), or `undefined` when the query has no `sent=`. Never throws. */
export function parseSent(query: string | URLSearchParams): QuestionId[] | undefined {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const raw = params.get(SENT_PARAM);
  if (raw === null) return undefined;
  const named = raw.slice(0, SENT_LENGTH).split(',');
  return QUESTION_IDS.filter((question) => named.includes(question));
}

/** The `sent=` part of a link (`sent=` alone when the sender set nothing). */
export function sentQuery(questions: readonly QuestionId[]): string {
  return `${SENT_PARAM}=${QUESTION_IDS.filter((question) => questions.includes(question)).join(',')}`;
}
