/**
 * Names shared by the embed frame's two classic scripts (src/islands/embed-frame/classic.ts) and
 * the build that bundles them (src/embed/bundle.ts).
 */

/** The window property holding the quiz bundle's Preact modules, by specifier. */
export const SHARED_GLOBAL = '__hireOrderShared';
/** The window property the result bundle sets to its part. */
export const RESULT_GLOBAL = '__hireOrderEmbedResult';
/** The specifiers the result bundle takes from SHARED_GLOBAL instead of bundling them again (one Preact, one set of hooks). */
export const SHARED_SPECIFIERS = ['preact', 'preact/hooks', 'preact/jsx-runtime'] as const;
