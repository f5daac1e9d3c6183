import { z } from 'astro/zod';
import { plainText, withSlots } from './plain-text.ts';

/** Plain text whose `{slots}` are exactly `slots` (the model's counts among them are filled in at build time). */
const words = (...slots: string[]) => withSlots(plainText(300), ...slots);

/** content/pages.json: the words of the pages that are not a tool of their own (quiz, embed, result, 404, roles). */
export const pagesWordingSchema = z.strictObject({
  /** The collection's one entry id (the loader adds it). */
  id: z.literal('pages'),
  /** `/`: its title (which starts with the site's name), heading, and what it says without JavaScript. */
  home: z.strictObject({ title: words('site'), heading: words(), noscript: words() }),
  /**
   * `/embed/`: its title and description; its heading, which is also every embedded frame's title
   * (the loader's, the builder's snippets', oEmbed's); the oEmbed answer's link text and frame title.
   */
  embed: z.strictObject({
    title: words('site'),
    description: words('minQuestions', 'maxQuestions'),
    heading: words(),
    oembedLink: words('heading', 'site'),
    oembedFrameTitle: words('heading', 'title'),
  }),
  /** `/result/`: its description and what it says without JavaScript (its title is content/result.json's). */
  result: z.strictObject({ description: words(), noscript: words() }),
  /** The 404 page: title, description, heading, lead and its three ways on. */
  notFound: z.strictObject({
    title: words(), description: words(), heading: words(), lead: words(),
    quiz: words(), howItWorks: words(), roles: words('roles'),
  }),
  /** `/roles/`: title (also its heading), description, lead, and the link to the quiz. */
  roles: z.strictObject({ title: words('roles'), description: words('roles'), lead: words(), start: words() }),
  /** `/roles/<role>/`: the page around a role's own text (content/roles/<id>.yaml). */
  role: z.strictObject({
    title: words('role'),
    /** The breadcrumb's accessible name, and its link to all roles. */
    breadcrumb: words(),
    allRoles: words(),
    headings: z.strictObject({
      owns: words(), seat: words(), skills: words(), interview: words(), vetting: words(),
      pitfalls: words(), remedies: words(), pay: words(), notes: words(), sources: words(),
    }),
    /** Under the seats: `{link}` is the link to /how-it-works/'s seat table, whose words follow. */
    seatsByPhase: words('link'),
    seatsByPhaseLink: words(),
    /** The role's regulated-field focus (`{focus}`), followed by its source. */
    regulated: words('focus'),
    /** Under the interview questions and the pay band: `{source}` is the article's linked title. */
    interviewSource: words('source'),
    paySource: words('source'),
    start: words(),
  }),
});

export type PagesWordingEntry = z.output<typeof pagesWordingSchema>;
