/**
 * The hiring plan's ids and parameter names (issue 16), in the lowest layer: content's schema
 * (one message per id) and the URL codec (parameters that are not answers) need only the names,
 * not src/plan/'s code above them.
 */

/** `rates=`: the founder's rates, in a link only when they tick "include my rates" for it (src/plan/rates-param.ts). */
export const RATES_PARAM = 'rates';
/** `compare=<url-encoded answers>`: a second scenario shown beside the link's own answers. */
export const COMPARE_PARAM = 'compare';

/** Where this device keeps the founder's rates (src/plan/rates-storage.ts); "start over" on the quiz removes it too. */
export const RATES_STORAGE_KEY = 'hire-order:rates';

/** Why a typed rate was refused (src/plan/rates.ts). */
export const RATE_PROBLEMS = ['not-a-number', 'separators', 'decimal-points', 'not-positive', 'too-large', 'too-long', 'share-too-large', 'range-reversed', 'currency'] as const;

/** Why a part of a link's `rates=` was ignored (src/plan/rates-param.ts). */
export const RATES_PARAM_PROBLEMS = ['too-long', 'duplicate', 'currency', 'unknown-role', 'duplicate-role', 'invalid-rate'] as const;

/** Where talent's band applies: the US and EU, or offshore markets (src/plan/pay-band.ts). */
export const PAY_REGIONS = ['us-eu', 'offshore'] as const;
