/**
 * The look a host asks of `/embed/` (contract.md "Embed options"): `theme=light|dark|auto`
 * (light unless asked: a blog rarely follows its reader's preference), `accent=#rgb|#rrggbb`,
 * and `bg=transparent` so the frame shows the host's background. Reading is total: a value
 * we do not know is ignored, never an error, and never reaches the page as anything but
 * a colour we rebuilt ourselves.
 */
import { LINK_LENGTH } from '../engine/limits.ts';

/** The names of the options in a query (the codec lists them among EMBED_PARAMS). */
export const THEME_PARAMS = { theme: 'theme', accent: 'accent', background: 'bg' } as const;

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
/** Without a (valid) `theme`, the embed is light. */
export const DEFAULT_THEME: Theme = 'light';
/** The one value of `bg`. */
export const TRANSPARENT = 'transparent';

export interface ThemeOptions {
  theme: Theme;
  /** `#rrggbb`, lowercase, as asked (before any contrast adjustment), or null for ours. */
  accent: string | null;
  /** Whether the page's own background is left out (`bg=transparent`). */
  transparent: boolean;
}

/** `#rgb` or `#rrggbb` as lowercase `#rrggbb`; anything else (other syntax, other types) is null. */
export function parseAccent(raw: unknown): string | null {
  if (typeof raw !== 'string' || !/^#([0-9a-f]{3}){1,2}$/i.test(raw)) return null;
  const hex = raw.slice(1).toLowerCase();
  return `#${hex.length === 3 ? hex.replace(/./g, '$&$&') : hex}`;
}

const isTheme = (value: string | null): value is Theme => (THEMES as readonly (string | null)[]).includes(value);

/**
 * The options of a query. Each comes from the query itself or, when it has none, from the
 * page a `link=` names (nginx passes a link pasted into WordPress on that way, decision 8),
 * so a pasted builder URL keeps its look.
 */
export function readThemeOptions(search: string): ThemeOptions {
  const own = new URLSearchParams(search);
  const linked = linkedQuery(own.get('link'));
  const read = (name: string) => own.get(name) ?? linked.get(name);
  const theme = read(THEME_PARAMS.theme);
  return {
    theme: isTheme(theme) ? theme : DEFAULT_THEME,
    accent: parseAccent(read(THEME_PARAMS.accent)),
    transparent: read(THEME_PARAMS.background) === TRANSPARENT,
  };
}

function linkedQuery(link: string | null): URLSearchParams {
  try {
    if (link !== null && link.length <= LINK_LENGTH) return new URL(link).searchParams;
  } catch {
    // not a URL: no options from it
  }
  return new URLSearchParams();
}
