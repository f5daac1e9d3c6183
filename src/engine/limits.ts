/**
 * How much of a link the site reads, written once: the codec, a sender's text, `sent=`, the
 * embed's options and pasted links, and the builders' fields (and the tests) all use these.
 */

/** The answers' query and each answer's value (UTF-16 units), what a notice shows of a name or value (code points), how many problems it lists. */
export const URL_LIMITS = { query: 4096, value: 200, display: 40, problems: 20 } as const;

/** A sender's label (`from=`) and note (`note=`), in code points once cleaned. */
export const SENDER_LIMITS = { from: 60, note: 280 } as const;

/** How much of a sender's text is read before cleaning, as a multiple of its limit (a field's maxlength stops typing well before). */
export const SENDER_READ_FACTOR = 4;

/** How much of `sent=` (the list of questions a sender set) is read. */
export const SENT_LENGTH = 400;

/** How much of an embed option's value is kept and echoed (`embed_id`, and the theme's options as a step carries them on). */
export const EMBED_OPTION_LENGTH = 100;

/** The longest pasted link read (`/embed/?link=`): a query the codec accepts, plus room for an origin and a path. */
export const LINK_LENGTH = 5000;
