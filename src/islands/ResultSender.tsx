/**
 * A link's sender on the result (contract.md, `[data-sender]`): their label and note, as text
 * only; and "send this plan back": a mail to their `reply=` address when the link gave one
 * (`[data-action="reply"]`, opened only when clicked) and the same text to copy
 * (`[data-action="reply-copy"]`), both with the plan's link. Nothing shows without a sender.
 */
import { useState } from 'preact/hooks';
import { hasSender, type Sender } from '../engine/sender.ts';
import { fill } from '../content/fill.ts';
import { replyHref, replyText, type ReplyWording } from '../share/reply.ts';
import { CopyButton } from './CopyButton.tsx';

/** Who sent the link, and their note. */
export function SenderLine({ sender: { from, note }, words }: { sender: Sender; words: ReplyWording }) {
  if (!from && !note) return null;
  return (
    <div class="sender-note" data-sender role="note">
      {from && <p>{fill(words.sentBy, { from })}</p>}
      {note && <p class="sender-message"><span class="muted">{words.note}</span> <q>{note}</q></p>}
    </div>
  );
}

/** "Send this plan back": by mail, or as text to copy. */
export function SendBack({ sender, words, planLink, refused }: { sender: Sender; words: ReplyWording; planLink: string; refused: string }) {
  const [status, setStatus] = useState('');
  if (!hasSender(sender)) return null;
  return (
    <section class="send-back" aria-labelledby="send-back-title">
      <h2 id="send-back-title">{words.heading}</h2>
      <p>{sender.from ? fill(words.hintTo, { from: sender.from }) : words.hintToAnyone}</p>
      <p class="result-actions">
        <a class="button" data-action="reply" href={replyHref(words, planLink, sender)}>
          {sender.reply ? fill(words.mailTo, { reply: sender.reply }) : words.mail}
        </a>
        <CopyButton text={() => replyText(words, planLink)} action="reply-copy" class="button secondary" copied={words.copied} refused={refused} onStatus={setStatus}>
          {words.copy}
        </CopyButton>
        <span class="action-status" role="status">{status}</span>
      </p>
    </section>
  );
}
