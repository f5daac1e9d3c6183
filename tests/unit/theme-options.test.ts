/** The embed's theme options as a host writes them (src/embed/theme-options.ts): total, and only what we know passes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMBED_PARAMS, parseAnswers } from '../../src/engine/url.ts';
import { THEME_PARAMS, parseAccent, readThemeOptions } from '../../src/embed/theme-options.ts';

const HEX = /^#([0-9a-f]{3}){1,2}$/i;
const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF');

describe('an accent', () => {
  it('is read from #rgb and #rrggbb, in either case, as lowercase #rrggbb', () => {
    expect(parseAccent('#E63')).toBe('#ee6633');
    expect(parseAccent('#1f5FBF')).toBe('#1f5fbf');
  });

  it.each([
    ['a colour name', 'red'],
    ['CSS smuggled after a colour', 'red;background:url(x)'],
    ['a hex colour with CSS after it', '#fff;background:url(//evil.test/x)'],
    ['markup', '<script>'],
    ['no #', '1f5fbf'],
    ['four digits', '#abcd'],
    ['eight digits', '#1f5fbfff'],
    ['a space', ' #1f5fbf'],
    ['a newline after it', '#1f5fbf\n'],
    ['a function', 'rgb(0 0 0)'],
    ['a variable', 'var(--bg)'],
    ['nothing', ''],
  ])('ignores %s', (_, raw) => expect(parseAccent(raw)).toBeNull());

  it('never throws, on anything at all', () => {
    fc.assert(fc.property(fc.anything(), (value) => { parseAccent(value); }), { numRuns: 10_000 });
  });

  it('passes only valid hex, and then exactly that colour', () => {
    const nearlyHex = fc.oneof(
      fc.string({ maxLength: 9 }),
      fc.array(hexDigit, { minLength: 0, maxLength: 8 }).map((digits) => `#${digits.join('')}`),
      fc.tuple(fc.array(hexDigit, { minLength: 3, maxLength: 6 }), fc.string({ maxLength: 3 })).map(([digits, tail]) => `#${digits.join('')}${tail}`),
    );
    fc.assert(fc.property(nearlyHex, (raw) => {
      const accent = parseAccent(raw);
      expect(accent !== null).toBe(HEX.test(raw));
      if (accent === null) return;
      expect(accent).toMatch(/^#[0-9a-f]{6}$/);
      const digits = raw.slice(1).toLowerCase();
      expect(accent).toBe(`#${digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits}`);
    }), { numRuns: 10_000 });
  });
});

describe('the options of a query', () => {
  it('default to light, our accent and our background', () => {
    expect(readThemeOptions('')).toEqual({ theme: 'light', accent: null, transparent: false });
  });

  it('read each theme, an accent and a transparent background', () => {
    for (const theme of ['light', 'dark', 'auto'] as const) expect(readThemeOptions(`?theme=${theme}`).theme).toBe(theme);
    expect(readThemeOptions('?stage=pilot&accent=%23E63&bg=transparent&embed_id=x')).toEqual({ theme: 'light', accent: '#ee6633', transparent: true });
  });

  it.each([
    'theme=<script>', 'theme=Dark', 'theme=dark;x', 'accent=red;background:url(x)', 'accent=<script>', 'accent=%23fff%3B', 'bg=Transparent', 'bg=red', 'bg=',
  ])('ignore %s', (query) => {
    expect(readThemeOptions(`?${query}`)).toEqual({ theme: 'light', accent: null, transparent: false });
  });

  it("take what a pasted link (?link=, from WordPress through nginx) asks for when the query says nothing, the query's own first", () => {
    const link = encodeURIComponent('https://hire-order.example/?stage=pilot&theme=dark&accent=%23e63&bg=transparent');
    expect(readThemeOptions(`?link=${link}`)).toEqual({ theme: 'dark', accent: '#ee6633', transparent: true });
    expect(readThemeOptions(`?link=${link}&theme=auto`).theme).toBe('auto');
    expect(readThemeOptions('?link=not%20a%20url')).toEqual({ theme: 'light', accent: null, transparent: false });
  });

  it('never throw, on any query', () => {
    const names = fc.constantFrom(...Object.values(THEME_PARAMS), 'link', 'stage', 'x');
    const query = fc.oneof(fc.string(), fc.array(fc.tuple(names, fc.string()), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs).toString()));
    fc.assert(fc.property(query, (text) => {
      const { theme, accent, transparent } = readThemeOptions(text);
      expect(['light', 'dark', 'auto']).toContain(theme);
      expect(accent === null || /^#[0-9a-f]{6}$/.test(accent)).toBe(true);
      expect(typeof transparent).toBe('boolean');
    }), { numRuns: 5_000 });
  });

  it('are never a problem for the codec, nor kept away from the steps', () => {
    expect(EMBED_PARAMS).toEqual(expect.arrayContaining(Object.values(THEME_PARAMS)));
    expect(parseAnswers('theme=auto&accent=%23e63&bg=transparent&embed_id=x').problems).toEqual([]);
  });
});
