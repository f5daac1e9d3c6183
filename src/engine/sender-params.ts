/**
 * The names of a sender's parameters (contract.md: `from=`, `note=`), in a module of their own:
 * the codec needs only the names, and every page's shared chunk takes whole modules, so the
 * quiz would otherwise load the cleaning that only the link builder and a result use.
 */
export const SENDER_PARAMS = ['from', 'note'] as const;

/** `sent=stage,size`: the questions whose answers the link's sender set (docs/decisions/0015). */
export const SENT_PARAM = 'sent';
