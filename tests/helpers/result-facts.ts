/**
 * What every rendering of a result must show (page, print, Markdown): each seat's name and
 * count, each warning and each disagreement. One list per document, so the three renderings
 * are checked against the same facts instead of three hand-written lists.
 */
import type { ResultDocument } from '../../src/result/document.ts';

export function factsOf(doc: ResultDocument): string[] {
  return [
    ...doc.items.map((item) => item.name),
    ...doc.items.flatMap((item) => (item.countText ? [item.countText] : [])),
    ...doc.items.flatMap((item) => item.laterText),
    ...doc.warnings.map((warning) => warning.reason.sentence),
    ...doc.disagreements.map((d) => d.other.sentence),
    doc.summary.verdict,
    doc.maturity.reason.sentence,
    ...(doc.collaboration ?? []).map((reason) => reason.sentence),
    ...(doc.zones ?? []).map((reason) => reason.sentence),
  ];
}

/** Text as a renderer may escape it: Markdown escapes, HTML whitespace. */
export const plainText = (text: string) => text.replace(/\\([\\`*_[\]<>#|~])/g, '$1').replace(/\s+/g, ' ');
