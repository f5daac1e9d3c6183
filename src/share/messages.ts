/**
 * The sentences of the builder that depend on its state: what the recipient will see, and the
 * email and chat text to paste. Templates come from content/share.json; values are plain text.
 */
import { fill } from '../content/fill.ts';
import { slotsOf } from '../content/slots.ts';
import type { Sender } from '../engine/sender.ts';
import type { RecipientView } from './recipient.ts';
import type { ShareTarget } from './link.ts';
import type { ShareWording } from './wording.ts';

/** "They will answer 6 questions; 3 are set for them." */
export function recipientSentence(view: RecipientView, words: ShareWording['recipient']): string {
  const { min, max } = view.left;
  const answer = min !== max
    ? fill(max - min === 1 ? words.answerEither : words.answerRange, { min, max })
    : fill(min === 1 ? words.answerOne : words.answerMany, { count: min });
  const set = view.set === 0 ? words.setNone : view.set === 1 ? words.setOne : fill(words.setMany, { count: view.set });
  return fill(words.sentence, { answer, set });
}

/** Which message fits a link: nothing set, some answers set, or the finished plan. */
export type MessageKind = 'open' | 'quiz' | 'result';
export function messageKind(target: ShareTarget, view: RecipientView): MessageKind {
  if (target.page === 'result') return 'result';
  return view.set === 0 ? 'open' : 'quiz';
}

/**
 * A message from its template lines: each `{slot}` filled, a line whose slot is empty left out,
 * runs of blank lines made one, none at either end. Filled-in text is never read for slots.
 */
export function messageText(lines: readonly string[], link: string, sender: Sender): string {
  const values: Record<string, string> = { link, from: sender.from ?? '', note: sender.note ?? '' };
  const kept = lines.filter((line) => slotsOf(line).every((name) => values[name] !== ''));
  const text = kept.map((line) => fill(line, values)).join('\n');
  return text.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}
