/**
 * Answers saved on this device, so a reload resumes where the visitor was. Stored as the
 * canonical query string and re-read through the URL codec, so nothing invalid comes back.
 * Only the answers and the question: a link's sender (name, note, reply address, the answers
 * they set) travels in links only, so a later link from someone else never shows them
 * (contract.md); an entry an older build wrote with a sender is read without it. Storage
 * that throws (private modes, sandboxed iframes) or holds junk never breaks the page.
 */
import { QUESTION_IDS, type Answers, type QuestionId } from '../engine/answers.ts';
import { parseAnswers, toQuery } from '../engine/url.ts';
import { RATES_STORAGE_KEY } from '../engine/plan-ids.ts';

export const STORAGE_KEY = 'hire-order:progress';
/** Raised when the stored shape changes; older entries are ignored. */
const STORAGE_VERSION = 1;

export interface SavedProgress {
  answers: Answers;
  at?: QuestionId | undefined;
}

/** Where progress is kept: a page's localStorage, or none (`null`, or a getter that throws). */
export type StorageSource = () => Storage | null;

/** What this device saved: `unreadable` when something was there but could not be used. */
export function readProgress(storage: StorageSource): { saved: SavedProgress | null; unreadable: boolean } {
  let raw: string | null;
  try {
    raw = storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { saved: null, unreadable: false }; // no storage here: nothing to restore, nothing to say
  }
  if (raw === null) return { saved: null, unreadable: false };
  try {
    const data: unknown = JSON.parse(raw);
    if (!data || typeof data !== 'object') throw new Error('not an object');
    const { version, query, at } = data as Record<string, unknown>;
    if (version !== STORAGE_VERSION || typeof query !== 'string') throw new Error('foreign shape');
    const question = QUESTION_IDS.find((id) => id === at);
    const { answers } = parseAnswers(query);
    return { saved: { answers, at: question }, unreadable: false };
  } catch {
    return { saved: null, unreadable: true };
  }
}

/** Saves progress; silently does nothing where storage is unavailable or full. */
export function writeProgress(storage: StorageSource, progress: SavedProgress): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, query: toQuery(progress.answers), at: progress.at }));
  } catch {
    /* private mode, quota, sandbox: the URL still carries the answers */
  }
}

/** "Start over" (`#restart`): forgets this device's saved answers and the founder's rates (src/plan/rates-storage.ts). */
export function clearProgress(storage: StorageSource): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
    storage()?.removeItem(RATES_STORAGE_KEY);
  } catch {
    /* as above */
  }
}
