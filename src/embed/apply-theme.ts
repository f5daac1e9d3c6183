/**
 * The inline script of `/embed/` (bundled by esbuild at build time, src/embed/bundle.ts, and
 * hashed into the page's CSP by InlineScript.astro): applies the host's theme options before
 * first paint. `data-theme` picks the colour scheme (src/styles/embed.css keeps a page without
 * script light); an accent goes in through the CSSOM, one palette per scheme.
 */
import { accentPalette, type AccentPalette } from './accent-palette.ts';
import { TRANSPARENT, readThemeOptions } from './theme-options.ts';

const root = document.documentElement;
const { theme, accent, transparent } = readThemeOptions(location.search);
root.dataset.theme = theme;
if (transparent) root.dataset.bg = TRANSPARENT;
if (accent) {
  const light = accentPalette(accent, 'light');
  const dark = accentPalette(accent, 'dark');
  const both = (key: keyof AccentPalette) => `light-dark(${light[key]}, ${dark[key]})`;
  for (const [property, key] of [['--accent', 'accent'], ['--focus', 'accent'], ['--accent-text', 'accentText'], ['--accent-soft', 'accentSoft']] as const) {
    root.style.setProperty(property, both(key));
  }
}
