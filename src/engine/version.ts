/**
 * The model version: raised whenever a rule changes what some answers produce. Share links
 * carry it as `v=`; an older `v` tells the reader the rules changed since the link was made.
 */
export const MODEL_VERSION = 3;
