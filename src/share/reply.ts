/**
 * "Send this plan back" (contract.md, `[data-action="reply"]` and `[data-action="reply-copy"]`):
 * the text a recipient sends the link's sender, carrying the plan's link, as a `mailto:` to the
 * sender's `reply=` address when the link gave one (to no one otherwise), and as text to copy.
 * Nothing is sent by the site: the visitor's mail app opens only when they click.
 */
import { cleanReply, type Sender } from '../engine/sender.ts';
import { messageText } from './messages.ts';
import type { ShareWording } from './wording.ts';

export type ReplyWording = ShareWording['recipientPage'];

/** The reply's body: the wording's lines with the plan's link. */
export function replyText(words: ReplyWording, planLink: string): string {
  return messageText(words.body, planLink, {});
}

/** A mail address as a `mailto:` path: percent-encoded, its `@` kept (RFC 6068). */
const mailtoAddress = (address: string) => encodeURIComponent(address).replace(/%40/g, '@');

/** The `mailto:` link: to the sender's reply address when it is a valid one, with the subject and the body. */
export function replyHref(words: ReplyWording, planLink: string, sender: Sender): string {
  const to = cleanReply(sender.reply ?? '');
  const fields = `subject=${encodeURIComponent(words.subject)}&body=${encodeURIComponent(replyText(words, planLink))}`;
  return `mailto:${to ? mailtoAddress(to) : ''}?${fields}`;
}
