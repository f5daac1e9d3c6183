/**
 * The words of the engine's reasons: content/reasons.json indexed by reason id. A result is
 * rendered with them (src/result/document.ts); the result page fetches them with its labels
 * (/result/words.json, written at build time), so the page's script carries code, not sentences.
 */
import { SOURCE_IDS, type SourceId } from '../engine/ids.ts';
import { REASON_IDS, type ReasonId } from '../engine/reason-ids.ts';
import { indexById } from './index-by-id.ts';

export interface ReasonText {
  sentence: string;
  /** The article behind it; `null` for this plan's own threshold (a number no article gives). */
  source: SourceId | null;
  /** For sentences that place a seat: the few words shown beside it. */
  why?: string | undefined;
}

export type ReasonTexts = Record<ReasonId, ReasonText>;

/**
 * Indexes the entries and fails (so fails the build and every test) when an id the engine
 * uses has no sentence, or a sentence names an unknown source.
 */
export function indexReasonTexts(entries: readonly { id: string; sentence: string; source?: string | undefined; threshold?: boolean | undefined; why?: string | undefined }[]): ReasonTexts {
  const texts = entries.map(({ id, sentence, source, threshold, why }) => {
    if (source === undefined ? threshold !== true : !(SOURCE_IDS as readonly string[]).includes(source)) {
      throw new Error(`content/reasons.json: "${id}" names unknown source "${source}" (a number of this plan's own is marked "threshold": true)`);
    }
    const known = (source ?? null) as SourceId | null;
    const text: ReasonText = why === undefined ? { sentence, source: known } : { sentence, source: known, why };
    return { id, value: text };
  });
  return indexById('reasons.json', REASON_IDS, texts);
}
