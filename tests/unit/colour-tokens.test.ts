/**
 * The colours are written once, in src/styles/tokens.ts: the page's custom properties come from
 * the CSS made from it, the favicon is drawn in them, and the cards, the embed's accent check and
 * the embed builder's colour picker read the module itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLOURS, coloursCss } from '../../src/styles/tokens.ts';
import { faviconSvg } from '../../src/styles/mark.ts';

const css = (name: string) => readFileSync(`src/styles/${name}`, 'utf8');

describe('the colour tokens', () => {
  it('are in src/styles/colours.css as made from them (run `npm run colours` after changing a colour)', () => {
    expect(css('colours.css')).toBe(coloursCss());
  });

  it('are in public/favicon.svg as the mark is drawn in them (run `npm run colours`)', () => {
    const favicon = readFileSync('public/favicon.svg', 'utf8');
    expect(favicon).toBe(faviconSvg());
    expect(favicon).toContain('fill="#1f5fbf"');
  });

  it('give each custom property its light and dark colour', () => {
    expect(css('colours.css')).toContain('  --accent: light-dark(#1f5fbf, #8ab4f8);\n');
    expect(Object.keys(COLOURS)).toEqual(['bg', 'surface', 'text', 'muted', 'border', 'accent', 'accent-text', 'accent-soft', 'warn-bg', 'warn-border', 'focus', 'edge-shadow']);
  });

  it('reach the pages through global.css, which declares no colour of its own', () => {
    const global = css('global.css');
    expect(global).toMatch(/^@import "\.\/colours\.css";$/m);
    expect(global).not.toMatch(/light-dark\(|--(?:bg|surface|text|muted|border|accent|focus|warn-bg|warn-border|edge-shadow)\s*:/);
    expect(global).not.toMatch(/#[0-9a-f]{6}\b/i);
  });
});
