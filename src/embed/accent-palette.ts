/**
 * A host's accent, made readable (docs/decisions/0018-accent-made-readable.md): our pages draw the
 * accent as text (links, counts) on the page background, the surface, the warning background
 * and the accent's own soft tint, and draw text in the page background's colour on it
 * (buttons). So an accent is kept as given when it reaches WCAG AA for text (4.5:1) against
 * each of those; otherwise it is moved towards black (light theme) or white (dark theme) in
 * steps of 5 % until it does. Black and white always do, so every accent ends up usable.
 * Contrast is computed on the rounded colours the page will show.
 */

import { BG, MUTED, SURFACE, TEXT, WARN_BG, type Scheme } from '../styles/tokens.ts';

export type { Scheme };
type Rgb = readonly number[];

const schemeColours = (at: 0 | 1) => ({ bg: BG[at], surface: SURFACE[at], warnBg: WARN_BG[at], text: TEXT[at], muted: MUTED[at] });

/** The theme colours an accent meets: the site's colour tokens (src/styles/tokens.ts). */
export const SCHEME_COLOURS = { light: schemeColours(0), dark: schemeColours(1) } as const satisfies Record<Scheme, unknown>;

/** WCAG 2 AA for body text. */
export const TEXT_CONTRAST = 4.5;

/** How much of the accent its soft tint (selected options, changed chips) mixes into the background. */
const SOFT_SHARE = { light: 0.12, dark: 0.18 } as const;
const TOWARDS = { light: [0, 0, 0], dark: [255, 255, 255] } as const;
const STEPS = 20;

export interface AccentPalette {
  /** The accent as drawn: text, borders, focus rings, button backgrounds. */
  accent: string;
  /** Text on the accent (the page background's colour). */
  accentText: string;
  /** The accent's tint behind selected options. */
  accentSoft: string;
}

const rgbOf = (hex: string): Rgb => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
const hexOf = (rgb: Rgb) => `#${rgb.map((part) => Math.round(part).toString(16).padStart(2, '0')).join('')}`;
/** `from` moved `share` (0..1) of the way to `to`. */
const mix = (from: Rgb, to: Rgb, share: number) => hexOf(from.map((part, index) => part + (to[index]! - part) * share));

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((part) => {
    const c = part / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(one: string, other: string): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The palette for `accent` (`#rrggbb`) in `scheme`: the accent itself when it is readable there. */
export function accentPalette(accent: string, scheme: Scheme): AccentPalette {
  const { bg, surface, warnBg } = SCHEME_COLOURS[scheme];
  let palette: AccentPalette | undefined;
  for (let step = 0; step <= STEPS; step += 1) {
    const colour = mix(rgbOf(accent), TOWARDS[scheme], step / STEPS);
    palette = { accent: colour, accentText: bg, accentSoft: mix(rgbOf(bg), rgbOf(colour), SOFT_SHARE[scheme]) };
    if ([bg, surface, warnBg, palette.accentSoft].every((behind) => contrast(colour, behind) >= TEXT_CONTRAST)) break;
  }
  return palette!;
}
