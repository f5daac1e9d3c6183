/**
 * The link builder's state as signals: the answers the sender sets, their label and note as
 * typed, and what follows from them (the link, where it lands, what the recipient will see).
 * Answers change as in the quiz: setting one drops what no longer applies. Nothing here touches
 * `window`: the island hands in the page's query and address.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { canonicalHave, dropInapplicable, withAnswer, type Answers, type InHouse, type QuestionId } from '../engine/answers.ts';
import { cleanSenderText, parseSender, type Sender } from '../engine/sender.ts';
import { SENDER_LIMITS, SENDER_READ_FACTOR } from '../engine/limits.ts';
import { parseAnswers, type UrlProblem } from '../engine/url.ts';
import { shareLink, type ShareLink } from './link.ts';
import { recipientView, type RecipientView } from './recipient.ts';

export interface ShareBuilder {
  answers: ReadonlySignal<Answers>;
  /** The label and note as typed (the fields show these). */
  from: ReadonlySignal<string>;
  note: ReadonlySignal<string>;
  /** The label and note as the link carries them: cleaned and clipped, empty ones absent. */
  sender: ReadonlySignal<Sender>;
  link: ReadonlySignal<ShareLink>;
  /** The link, absolute once the page's address is known. */
  href: ReadonlySignal<string>;
  view: ReadonlySignal<RecipientView>;
  /** Whether the page's own query has been read (until then the builder shows its defaults). */
  loaded: ReadonlySignal<boolean>;
  /** What the prefill link got wrong (shown by the codec's notice). */
  problems: ReadonlySignal<readonly UrlProblem[]>;
  /** Sets an answer (`undefined`: let them answer), dropping what no longer applies. */
  choose<Q extends QuestionId>(question: Q, value: Answers[Q] | undefined): void;
  setFrom(text: string): void;
  setNote(text: string): void;
  /** Prefills from a query (the result's "Make a prefilled link"), through the codec. */
  load(search: string, pageHref: string): void;
}

/** Longest text kept from a field: as much as a link's is read. */
const typedLimit = (name: keyof typeof SENDER_LIMITS) => SENDER_READ_FACTOR * SENDER_LIMITS[name];

/** The sender's label and note as a link carries them. */
export function cleanSender(from: string, note: string): Sender {
  const sender: Sender = {};
  const label = cleanSenderText(from, SENDER_LIMITS.from);
  const text = cleanSenderText(note, SENDER_LIMITS.note);
  if (label) sender.from = label;
  if (text) sender.note = text;
  return sender;
}

/**
 * `have` after ticking or unticking one box: "none of these" (`none`) is an answer of its own,
 * and with nothing ticked the question is left to them (`undefined`), as it starts.
 */
export function toggledHave(have: readonly InHouse[] | undefined, box: InHouse | 'none', ticked: boolean): readonly InHouse[] | undefined {
  if (box === 'none') return ticked ? [] : undefined;
  const next = ticked ? canonicalHave([...(have ?? []), box]) : (have ?? []).filter((held) => held !== box);
  return next.length > 0 ? next : undefined;
}

export function createShareBuilder(base: string): ShareBuilder {
  const answers = signal<Answers>({});
  const from = signal('');
  const note = signal('');
  const pageHref = signal<string | null>(null);
  const problems = signal<readonly UrlProblem[]>([]);
  const sender = computed(() => cleanSender(from.value, note.value));
  const link = computed(() => shareLink(base, answers.value, sender.value));
  const href = computed(() => (pageHref.value ? new URL(link.value.path, pageHref.value).href : link.value.path));
  const view = computed(() => recipientView(answers.value));
  const loaded = computed(() => pageHref.value !== null);

  return {
    answers, from, note, sender, link, href, view, loaded, problems,
    choose(question, value) {
      if (value !== undefined) {
        answers.value = withAnswer(answers.value, question, value);
        return;
      }
      const cleared: Answers = { ...answers.value };
      delete cleared[question];
      answers.value = dropInapplicable(cleared).answers;
    },
    setFrom(text) { from.value = text.slice(0, typedLimit('from')); },
    setNote(text) { note.value = text.slice(0, typedLimit('note')); },
    load(search, href) {
      const parsed = parseAnswers(search);
      const given = parseSender(search);
      answers.value = parsed.answers;
      problems.value = parsed.problems;
      from.value = given.from ?? '';
      note.value = given.note ?? '';
      pageHref.value = href;
    },
  };
}
