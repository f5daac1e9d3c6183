import { z } from 'astro/zod';
import { plainText, withSlots } from './plain-text.ts';

/** Plain text shown to people. */
const words = plainText(300);

/** A sentence with `{name}` slots, exactly the ones given. */
const template = (...names: string[]) => withSlots(plainText(300), ...names);

/** Where a blogger publishes: its name, what to do, and a label per snippet it gets (src/embed/snippets.ts). */
const platform = <N extends number>(snippets: N) => z.strictObject({
  /** The choice's label. */
  label: words,
  /** What to do with the code, in order. */
  steps: z.array(words).min(1),
  /** One label per snippet the platform is given, in order. */
  snippets: z.array(words).length(snippets),
});

/** content/embed-builder.json: the words of /embed-builder/ and of the site footer's link to it. */
export const embedBuilderWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('embed-builder'),
  /** The page's heading and title. */
  title: words,
  /** The page's meta description. */
  description: words,
  intro: words,
  /** The site footer's link to the page. */
  footerLink: words,
  /** Shown when script does not run. */
  noscript: words,
  optionsHeading: words,
  answers: z.strictObject({ legend: words, hint: words, /** The choice that leaves a question to the reader. */ open: words }),
  theme: z.strictObject({ legend: words, light: words, dark: words, auto: words, hint: words }),
  accent: z.strictObject({
    label: words,
    hint: words,
    /** The colour picker's label. */
    picker: words,
    /** Shown for text that is not `#rgb` or `#rrggbb`. */
    invalid: words,
    /** Shown when the accent is darkened (light theme) or lightened (dark theme) to stay readable. */
    adjustedOne: template('colour'),
    /** The same for `theme=auto`, when either scheme changes it. */
    adjustedBoth: template('light', 'dark'),
  }),
  transparent: z.strictObject({ label: words, hint: words }),
  embedId: z.strictObject({ label: words, hint: words }),
  previewHeading: words,
  /** The preview frame's title. */
  previewTitle: words,
  previewHint: words,
  codeHeading: words,
  platformLegend: words,
  copy: words,
  copied: words,
  refused: words,
  platforms: z.strictObject({ html: platform(1), wordpress: platform(1), ghost: platform(2), markdown: platform(1) }),
});

export type EmbedBuilderWording = z.output<typeof embedBuilderWordingSchema>;
