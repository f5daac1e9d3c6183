/**
 * The model version: raised whenever a rule changes what some answers produce. Share links
 * carry it as `v=`; an older `v` tells the reader the rules changed since the link was made.
 */
export const MODEL_VERSION = 3;

/** The version of a link made with an older model (the quiz's and the result's links keep it, links.ts withMadeWith); `undefined` for today's or none. */
export const olderVersion = (version: number | null | undefined): number | undefined =>
  version != null && version < MODEL_VERSION ? version : undefined;
