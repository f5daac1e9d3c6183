/**
 * The recruiter's loop (src/share/reply.ts, the builder's reply field): "send this plan back"
 * as a mail to the sender's `reply=` address (or to no one), and as text to copy, both with the
 * plan's link; the builder keeps a reply address only when it is a valid one.
 */
import { describe, expect, it } from 'vitest';
import { replyHref, replyText } from '../../src/share/reply.ts';
import { createShareBuilder } from '../../src/share/builder-model.ts';
import { SHARE_WORDING } from '../../src/share/wording.ts';
import { parseSender } from '../../src/engine/sender.ts';

const WORDS = SHARE_WORDING.recipientPage;
const PLAN = 'https://hire.test/result/?stage=pilot&size=startup&have=&v=2';

/** A `mailto:` link's parts, as a mail app reads them (RFC 6068). */
function mailParts(href: string) {
  const url = new URL(href);
  return { protocol: url.protocol, to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
}

describe('sending the plan back', () => {
  it('mails the plan’s link to the sender’s reply address, with the subject and body of content/share.json', () => {
    const mail = mailParts(replyHref(WORDS, PLAN, { from: 'Dana', reply: 'dana+hire@acme-talent.com' }));
    expect(mail).toMatchObject({ protocol: 'mailto:', to: 'dana+hire@acme-talent.com', subject: WORDS.subject });
    expect(mail.body).toContain(PLAN);
    expect(mail.body).toBe(replyText(WORDS, PLAN));
  });
  it('addresses no one when the link gave no address, or an invalid one', () => {
    for (const sender of [{ from: 'Dana' }, { from: 'Dana', reply: 'dana@x@y.com?cc=all@acme.com' }]) {
      const mail = mailParts(replyHref(WORDS, PLAN, sender));
      expect(mail.to).toBe('');
      expect(mail.body).toContain(PLAN);
    }
  });
  it('copies the same text as the mail: every line of the body, the link whole on a line of its own', () => {
    const text = replyText(WORDS, PLAN);
    expect(text.split('\n')).toContain(PLAN);
    expect(text.split('\n').length).toBe(WORDS.body.length);
  });
  it('keeps the link’s & and = inside the body, not as mail fields', () => {
    const href = replyHref(WORDS, `${PLAN}&cc=x@y.com`, { reply: 'dana@acme.com' });
    expect([...new URL(href).searchParams.keys()]).toEqual(['subject', 'body']);
  });
});

describe("the builder's reply address", () => {
  it('goes into the link once valid, and reads back from it', () => {
    const builder = createShareBuilder('/');
    builder.setReply('dana@acme');
    expect(builder.replyInvalid.value).toBe(true);
    expect(builder.link.value.path).not.toContain('reply=');
    builder.setReply(' dana@acme.com ');
    expect(builder.replyInvalid.value).toBe(false);
    expect(parseSender(builder.link.value.path.split('?')[1]!)).toEqual({ reply: 'dana@acme.com' });
  });
  it('is no problem when empty, and prefills from a link', () => {
    const builder = createShareBuilder('/');
    expect(builder.replyInvalid.value).toBe(false);
    builder.load('?stage=pilot&from=Dana&reply=dana%40acme.com', 'https://hire.test/share/');
    expect(builder.reply.value).toBe('dana@acme.com');
    expect(builder.sender.value).toEqual({ from: 'Dana', reply: 'dana@acme.com' });
  });
  it('never holds more than an address can be', () => {
    const builder = createShareBuilder('/');
    builder.setReply(`${'d'.repeat(300)}@acme.com`);
    expect(builder.reply.value.length).toBeLessThanOrEqual(255);
    expect(builder.replyInvalid.value).toBe(true);
  });
});
