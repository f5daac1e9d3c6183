/**
 * The names of a sender's parameters (contract.md: `from=`, `note=`; and the quiz's `sent=`),
 * in a module of their own: the codec needs only the names, not the cleaning in sender.ts.
 */
export const SENDER_PARAMS = ['from', 'note'] as const;

/** `sent=stage,size`: the questions whose answers the link's sender set (docs/decisions/0015). */
export const SENT_PARAM = 'sent';
