import { z } from 'astro/zod';
import { noTypedCounts, plainText, slotsAmong } from './plain-text.ts';
import { COUNT_SLOTS } from '../../engine/model-counts.ts';

/** Plain text shown to people. `{name}` slots are filled in by the link builder. */
const words = plainText(300);

/** The slots a message line may use: the link, the sender's label and note (filled in the builder), and the model's counts (filled in at build time). */
const MESSAGE_SLOTS = ['link', 'from', 'note', ...COUNT_SLOTS] as const;

/** One line of a message to paste: plain text, `""` for a blank line, only the known slots, no count of the model typed out. */
const line = slotsAmong(noTypedCounts(z.string().max(400).refine((text) => !/[<>]/.test(text), 'plain text only: no "<" or ">"')), MESSAGE_SLOTS);

/** A message's lines; it must carry the link. A line whose slot is empty is left out. */
const message = z.array(line).min(1).refine((lines) => lines.some((text) => text.includes('{link}')), 'a message must contain {link}');

/** One message per kind of link: nothing set (`open`), some answers set (`quiz`), all set (`result`). */
const perTarget = z.strictObject({ open: message, quiz: message, result: message });

/** content/share.json: the words of the link builder at /share/ and of the messages it writes. */
export const shareWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('share'),
  /** The page's meta description. */
  description: words,
  /** The heading (also the page's title) and the paragraph under it. */
  title: words,
  lead: words,
  /** The link at the top that jumps to the finished link (long page on a phone). */
  jumpToLink: words,
  /** Shown without JavaScript. */
  noscript: words,
  /** Section headings. */
  headings: z.strictObject({ answers: words, sender: words, link: words, preview: words, messages: words }),
  /** Above the questions. */
  answersHelp: words,
  /** The "not set" choice of each single-choice question. */
  letThemAnswer: words,
  /** `have` is not set while nothing is ticked: what that means, and how to set it. */
  haveOpen: words,
  haveHelp: words,
  /** Under a conditional question: `{question}` is the short name of the one it depends on. */
  conditional: words,
  /** The sender's label (`from=`) and note (`note=`) fields. */
  from: z.strictObject({ label: words, hint: words }),
  note: z.strictObject({ label: words, hint: words }),
  /** The counter under each field: `{count}` characters left, and its singular. */
  charactersLeft: words,
  characterLeft: words,
  /** The link's label, and the link that opens it. */
  linkLabel: words,
  tryLink: words,
  /** The preview of the sender's label and note. */
  previewFrom: words,
  previewNote: words,
  previewNoSender: words,
  /** What the recipient will see: where the link opens, and how many questions they answer. */
  recipient: z.strictObject({
    opensAt: words,
    finished: words,
    answerOne: words,
    answerMany: words,
    answerEither: words,
    answerRange: words,
    setNone: words,
    setOne: words,
    setMany: words,
    /** `{answer}; {set}.`: joins one answer phrase and one set phrase. */
    sentence: words,
  }),
  /** Copy buttons and their status line. */
  copy: z.strictObject({
    link: words,
    email: words,
    chat: words,
    copied: words,
    refused: words,
    what: z.strictObject({ link: words, email: words, chat: words }),
  }),
  /** The messages to paste, by medium and kind of link. */
  messages: z.strictObject({
    help: words,
    emailLabel: words,
    chatLabel: words,
    email: perTarget,
    chat: perTarget,
  }),
});

export type ShareWordingEntry = z.output<typeof shareWordingSchema>;
