/**
 * The code a blogger pastes, as /embed-builder/ shows it: for an HTML page (the loader's div
 * and script), for WordPress and Ghost (an address they embed through oEmbed, or Ghost's HTML
 * card), and for Markdown blogs that keep raw HTML (a plain iframe). Each carries exactly the
 * options chosen, defaults left out; answers go through the codec; every value is escaped
 * for the place it lands in (URL-encoded in a query, then escaped for the attribute).
 */
import { isAnswered, questionPath, type Answers } from '../engine/answers.ts';
import { toQuery } from '../engine/url.ts';
import { EMBED_OPTION_LENGTH } from '../engine/limits.ts';
import { attribute } from './html-attribute.ts';
import { EMBED_SIZE } from './oembed.ts';
import { DEFAULT_THEME, THEME_PARAMS, TRANSPARENT, type Theme } from './theme-options.ts';

/** What a blogger chose in the builder. */
export interface EmbedChoice {
  /** Answers to prefill (any subset; inapplicable ones are dropped by the codec). */
  answers: Answers;
  theme: Theme;
  /** `#rrggbb` from parseAccent, or null for ours. */
  accent: string | null;
  transparent: boolean;
  /** `''` for none (the loader then numbers its frames). */
  embedId: string;
}

export const PLATFORMS = ['html', 'wordpress', 'ghost', 'markdown'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** An id as typed, made what the embed will echo (src/embed/frame/embed-events.ts): trimmed, at most EMBED_OPTION_LENGTH long. */
export const embedIdOf = (text: string) => text.trim().slice(0, EMBED_OPTION_LENGTH);

/** The answers' canonical query (`…&v=<model>`), or `''` when none applies. */
export function answersQuery(answers: Answers): string {
  return questionPath(answers).some((question) => isAnswered(question, answers)) ? toQuery(answers) : '';
}

/** The options that differ from the embed's defaults, as query parameters. */
function optionParams({ theme, accent, transparent, embedId }: EmbedChoice): [string, string][] {
  const params: [string, string][] = [];
  if (theme !== DEFAULT_THEME) params.push([THEME_PARAMS.theme, theme]);
  if (accent) params.push([THEME_PARAMS.accent, accent]);
  if (transparent) params.push([THEME_PARAMS.background, TRANSPARENT]);
  if (embedId) params.push(['embed_id', embedId]);
  return params;
}

/** `text` for a query value: encodeURIComponent, plus the five marks it leaves (a Markdown link ends at `)`). */
const queryValue = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`);

/** The query of an embed (or of a page to paste) for `choice`, without `?`: the answers, then the options. */
export function embedQuery(choice: EmbedChoice): string {
  const options = optionParams(choice).map(([name, value]) => `${name}=${queryValue(value)}`);
  return [answersQuery(choice.answers), ...options].filter(Boolean).join('&');
}

const withQuery = (url: string, query: string) => (query ? `${url}?${query}` : url);

/** The frame's address under `root` (the site root, or the base path for a same-site preview). */
export const embedSrc = (root: string, choice: EmbedChoice) => withQuery(`${root}embed/`, embedQuery(choice));

/** The address to paste into WordPress or Ghost: the questionnaire's page, whose head names the oEmbed answer. */
export const pageAddress = (root: string, choice: EmbedChoice) => withQuery(root, embedQuery(choice));

/** For any HTML page: the loader's host element and its script (src/embed/loader.ts). */
export function loaderSnippet(root: string, choice: EmbedChoice): string {
  const answers = answersQuery(choice.answers);
  const params: [string, string][] = [...(answers ? [['answers', answers] as [string, string]] : []), ...optionParams(choice)];
  const data = params.map(([name, value]) => ` data-${name === 'embed_id' ? 'embed-id' : name}="${attribute(value)}"`);
  return `<div data-hire-order${data.join('')}></div>\n<script src="${attribute(`${root}embed.js`)}" async></script>`;
}

/** For Markdown with raw HTML: a plain frame of a fixed height (the loader sizes it where scripts run too). */
export function frameSnippet(root: string, choice: EmbedChoice, title: string): string {
  const { width, height } = EMBED_SIZE;
  return `<iframe src="${attribute(embedSrc(root, choice))}" title="${attribute(title)}" width="${width}" height="${height}" loading="lazy" style="width:100%;border:0"></iframe>`;
}

/** The snippets for `platform`, in the order content/embed-builder.json labels them. */
export function snippetsFor(platform: Platform, root: string, choice: EmbedChoice, frameTitle: string): string[] {
  if (platform === 'wordpress') return [pageAddress(root, choice)];
  if (platform === 'ghost') return [loaderSnippet(root, choice), pageAddress(root, choice)];
  if (platform === 'markdown') return [frameSnippet(root, choice, frameTitle)];
  return [loaderSnippet(root, choice)];
}
