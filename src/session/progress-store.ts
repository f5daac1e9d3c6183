/**
 * Answers saved on this device, so a reload resumes where the visitor was. Stored as the
 * canonical query string (with the sender's part of the link) and re-read through the URL
 * codec, so nothing invalid comes back. Storage that throws (private modes, sandboxed
 * iframes) or holds junk never breaks the page.
 */
import { QUESTION_IDS, type Answers, type QuestionId } from '../engine/answers.ts';
import { parseAnswers, toQuery } from '../engine/url.ts';
import { RATES_STORAGE_KEY } from '../engine/plan-ids.ts';
import { parseSender, parseSent, senderQuery, sentQuery, type Sender } from '../engine/sender.ts';

export const STORAGE_KEY = 'hire-order:progress';
/** Raised when the stored shape changes; older entries are ignored. */
const STORAGE_VERSION = 1;

export interface SavedProgress {
  answers: Answers;
  at?: QuestionId | undefined;
  /** The sender of the link these answers began with, if any. */
  sender?: Sender;
  /** The questions that sender set. */
  setBySender?: QuestionId[];
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
    const saved: SavedProgress = { answers, at: question };
    const sender = parseSender(query);
    const sent = parseSent(query)?.filter((id) => answers[id] !== undefined);
    if (sender.from || sender.note) saved.sender = sender;
    if (sent?.length) saved.setBySender = sent;
    return { saved, unreadable: false };
  } catch {
    return { saved: null, unreadable: true };
  }
}

/** Saves progress; silently does nothing where storage is unavailable or full. */
export function writeProgress(storage: StorageSource, progress: SavedProgress): void {
  const sender = [senderQuery(progress.sender ?? {}), progress.setBySender?.length ? sentQuery(progress.setBySender) : ''].filter(Boolean);
  const query = [toQuery(progress.answers), ...sender].join('&');
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, query, at: progress.at }));
  } catch {
    /* private mode, quota, sandbox: the URL still carries the answers */
  }
}

/** "Start over": forgets the saved answers and the founder's rates (src/plan/rates-storage.ts). */
export function clearProgress(storage: StorageSource): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
    storage()?.removeItem(RATES_STORAGE_KEY);
  } catch {
    /* as above */
  }
}
