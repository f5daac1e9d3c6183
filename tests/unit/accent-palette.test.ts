/**
 * A host's accent on our pages (src/embed/accent-palette.ts): whatever colour is asked, every
 * text drawn in it, on it or near it reaches WCAG AA, in both schemes; a readable one is kept as is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEME_COLOURS, TEXT_CONTRAST, accentPalette, contrast, type Scheme } from '../../src/embed/accent-palette.ts';

const hexColour = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 3, maxLength: 3 })
  .map((rgb) => `#${rgb.map((part) => part.toString(16).padStart(2, '0')).join('')}`);
const SCHEMES: Scheme[] = ['light', 'dark'];

describe('contrast', () => {
  it('is 21 for black on white and 1 for a colour on itself (WCAG 2)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#1f5fbf', '#1f5fbf')).toBe(1);
    // WebAIM's example: the lightest grey that passes AA on white.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('an accent palette', () => {
  it.each(SCHEMES)('keeps every text readable in the %s scheme, for any accent', (scheme) => {
    const { bg, surface, warnBg, text, muted } = SCHEME_COLOURS[scheme];
    fc.assert(fc.property(hexColour, (asked) => {
      const { accent, accentText, accentSoft } = accentPalette(asked, scheme);
      for (const colour of [accent, accentText, accentSoft]) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      const pairs: [string, string, string][] = [
        ['the accent as text on the background', accent, bg],
        ['the accent as text on the surface', accent, surface],
        ['the accent as text on a warning', accent, warnBg],
        ['the accent as text on its tint', accent, accentSoft],
        ['button text on the accent', accentText, accent],
        ['text on the tint', text, accentSoft],
        ['muted text on the tint', muted, accentSoft],
      ];
      for (const [what, fore, back] of pairs) expect(contrast(fore, back), `${asked}: ${what} (${fore} on ${back})`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }), { numRuns: 5_000 });
  });

  it('keeps an accent that is readable already, and darkens (light) or lightens (dark) one that is not', () => {
    expect(accentPalette('#1f5fbf', 'light').accent).toBe('#1f5fbf');
    expect(accentPalette('#8ab4f8', 'dark').accent).toBe('#8ab4f8');
    const yellow = { light: accentPalette('#ffcc00', 'light').accent, dark: accentPalette('#ffcc00', 'dark').accent };
    expect(yellow.dark).toBe('#ffcc00');
    expect(contrast(yellow.light, '#ffffff')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    // Darkened towards black: the same hue, every channel lower in the same proportion.
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(yellow.light.slice(at, at + 2), 16));
    expect(b).toBe(0);
    expect(g! / r!).toBeCloseTo(0xcc / 0xff, 1);
    const navy = accentPalette('#1f2a44', 'dark').accent;
    expect(contrast(navy, SCHEME_COLOURS.dark.bg)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(navy > '#1f2a44').toBe(true);
  });

  it('changes an accent only when, as given, it is not readable on one of those backgrounds', () => {
    const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    /** The tint the page would draw for `accent`, as given: `share` of it over the background. */
    const tint = (accent: string, scheme: Scheme) => `#${rgb(SCHEME_COLOURS[scheme].bg).map((part, index) => Math.round(part + (rgb(accent)[index]! - part) * (scheme === 'light' ? 0.12 : 0.18)).toString(16).padStart(2, '0')).join('')}`;
    fc.assert(fc.property(hexColour, fc.constantFrom(...SCHEMES), (asked, scheme) => {
      const { bg, surface, warnBg } = SCHEME_COLOURS[scheme];
      const readable = [bg, surface, warnBg, tint(asked, scheme)].every((back) => contrast(asked, back) >= TEXT_CONTRAST);
      expect(accentPalette(asked, scheme).accent === asked, `${asked} in ${scheme}`).toBe(readable);
    }), { numRuns: 5_000 });
  });
});
