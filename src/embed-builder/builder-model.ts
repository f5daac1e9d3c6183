/**
 * The embed builder's state (/embed-builder/): what the blogger chose, and what follows from
 * it: the options as the embed will read them, the accent as it will be drawn, the preview's
 * address and the snippets. Nothing touches `window`, so it renders on the server too.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { dropInapplicable, withAnswer, type Answers, type QuestionId } from '../engine/answers.ts';
import { accentPalette } from '../embed/accent-palette.ts';
import { embedIdOf, embedSrc, snippetsFor, type EmbedChoice, type Platform } from '../embed/snippets.ts';
import { DEFAULT_THEME, parseAccent, type Theme } from '../embed/theme-options.ts';

/** The accent as drawn where it differs from the one asked for, in the schemes the theme shows. */
export type AccentShift = { light?: string; dark?: string } | null;

export interface EmbedBuilderModel {
  answers: ReadonlySignal<Answers>;
  theme: ReadonlySignal<Theme>;
  accentText: ReadonlySignal<string>;
  transparent: ReadonlySignal<boolean>;
  embedIdText: ReadonlySignal<string>;
  platform: ReadonlySignal<Platform>;
  /** Typed, but not `#rgb` or `#rrggbb`: the embed will ignore it. */
  accentInvalid: ReadonlySignal<boolean>;
  accentShift: ReadonlySignal<AccentShift>;
  choice: ReadonlySignal<EmbedChoice>;
  /** The preview frame's address: this site's own /embed/, whatever origin the snippets name. */
  previewSrc: ReadonlySignal<string>;
  snippets: ReadonlySignal<string[]>;
  /** Sets a question's answer, or leaves it to the reader (`null`); `[]` is "nobody in-house". */
  answer(question: QuestionId, value: string | string[] | null): void;
  setTheme(theme: Theme): void;
  setAccentText(text: string): void;
  setTransparent(transparent: boolean): void;
  setEmbedIdText(text: string): void;
  setPlatform(platform: Platform): void;
  /** Where the snippets point (the site root). */
  setRoot(root: string): void;
}

export function embedBuilderModel(base: string, siteRoot: string, frameTitle: string): EmbedBuilderModel {
  const answers = signal<Answers>({});
  const theme = signal<Theme>(DEFAULT_THEME);
  const accentText = signal('');
  const transparent = signal(false);
  const embedIdText = signal('');
  const platform = signal<Platform>('html');
  const root = signal(siteRoot);

  const accent = computed(() => parseAccent(accentText.value.trim()));
  const accentInvalid = computed(() => accentText.value.trim() !== '' && accent.value === null);
  const accentShift = computed<AccentShift>(() => {
    const asked = accent.value;
    if (!asked) return null;
    const shift: { light?: string; dark?: string } = {};
    for (const scheme of ['light', 'dark'] as const) {
      const drawn: string = accentPalette(asked, scheme).accent;
      if ((theme.value === scheme || theme.value === 'auto') && drawn !== asked) shift[scheme] = drawn;
    }
    return shift.light || shift.dark ? shift : null;
  });
  const choice = computed<EmbedChoice>(() => ({
    answers: answers.value, theme: theme.value, accent: accent.value, transparent: transparent.value, embedId: embedIdOf(embedIdText.value),
  }));

  return {
    answers, theme, accentText, transparent, embedIdText, platform, accentInvalid, accentShift, choice,
    previewSrc: computed(() => embedSrc(base, choice.value)),
    snippets: computed(() => snippetsFor(platform.value, root.value, choice.value, frameTitle)),
    answer(question, value) {
      if (value !== null) {
        answers.value = withAnswer(answers.value, question, value as never);
        return;
      }
      const left: Answers = { ...answers.value };
      delete left[question];
      answers.value = dropInapplicable(left).answers;
    },
    setTheme: (value) => { theme.value = value; },
    setAccentText: (text) => { accentText.value = text; },
    setTransparent: (value) => { transparent.value = value; },
    setEmbedIdText: (text) => { embedIdText.value = text; },
    setPlatform: (value) => { platform.value = value; },
    setRoot: (value) => { root.value = value; },
  };
}
