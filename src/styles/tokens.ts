/**
 * The site's colours, light and dark: the one place they are written. src/styles/colours.css
 * is made from this module (`npm run colours`; a unit test fails when it is stale), the preview
 * cards draw with the light ones and the embed's accent check (src/embed/accent-palette.ts)
 * measures a host's accent against them. One constant per token, `[light, dark]`, so a script
 * that needs three of them (the embed's inline theme script) bundles only those.
 */

export type Scheme = 'light' | 'dark';
type Pair = readonly [light: string, dark: string];

export const BG = ['#ffffff', '#121418'] as const satisfies Pair;
export const SURFACE = ['#f5f6f8', '#1c1f25'] as const satisfies Pair;
export const TEXT = ['#1a1c20', '#eceef1'] as const satisfies Pair;
export const MUTED = ['#4d535c', '#b3b9c3'] as const satisfies Pair;
export const BORDER = ['#c9ced6', '#3d434d'] as const satisfies Pair;
export const ACCENT = ['#1f5fbf', '#8ab4f8'] as const satisfies Pair;
/** Text on the accent. */
export const ACCENT_TEXT = ['#ffffff', '#0b1a33'] as const satisfies Pair;
/** The accent's tint behind selected options. */
export const ACCENT_SOFT = ['#e6eefa', '#1d2a40'] as const satisfies Pair;
export const WARN_BG = ['#fff6e0', '#2b2414'] as const satisfies Pair;
export const WARN_BORDER = ['#9a6700', '#e0b252'] as const satisfies Pair;
export const FOCUS = ACCENT;
/** The line drawn at a scrolled panel's edge. */
export const EDGE_SHADOW = ['rgb(0 0 0 / 0.3)', 'rgb(255 255 255 / 0.35)'] as const satisfies Pair;

/** Every colour custom property (`--bg` …) by name. */
export const COLOURS = {
  bg: BG,
  surface: SURFACE,
  text: TEXT,
  muted: MUTED,
  border: BORDER,
  accent: ACCENT,
  'accent-text': ACCENT_TEXT,
  'accent-soft': ACCENT_SOFT,
  'warn-bg': WARN_BG,
  'warn-border': WARN_BORDER,
  focus: FOCUS,
  'edge-shadow': EDGE_SHADOW,
} as const satisfies Record<string, Pair>;

/** The text of src/styles/colours.css: one `light-dark()` custom property per token. */
export function coloursCss(): string {
  const lines = Object.entries(COLOURS).map(([token, [light, dark]]) => `  --${token}: light-dark(${light}, ${dark});`);
  return [
    '/* Made by `npm run colours` from src/styles/tokens.ts: edit the colours there, not here. */',
    "/* Colours follow the visitor's light or dark preference; /embed/ is light unless asked (styles/embed.css). */",
    ':root {',
    ...lines,
    '}',
    '',
  ].join('\n');
}
