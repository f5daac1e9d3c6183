/**
 * The oEmbed 1.0 answer for the questionnaire (https://oembed.com/ "rich" type), served as
 * static JSON at /oembed/quiz.json and named by a discovery link in the pages' head.
 * Its HTML is made to survive WordPress's filter (wp_filter_oembed_result keeps one
 * blockquote and one iframe, sandboxes the iframe, drops the script) and to run on hosts that
 * insert it as it is (Ghost), where the script is the host loader (/embed.js).
 */
import { attribute } from './html-attribute.ts';

/** The JSON's path under the base path. A static host ignores any query, so there is one. */
export const OEMBED_PATH = 'oembed/quiz.json';

/** The frame's size before it reports its content's height. */
export const EMBED_SIZE = { width: 600, height: 720 } as const;

/** The fields of oEmbed 1.0 we send; Ghost requires `type`, `version`, `html` and a truthy `width`. */
export interface RichOEmbed {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  width: number;
  height: number;
  html: string;
}

/** The words of the answer (content/pages.json's embed words, filled in by src/content/page-wording.ts). */
export interface OEmbedWords {
  title: string;
  /** The blockquote's link, which WordPress shows until the frame loads. */
  link: string;
  frameTitle: string;
  /** `provider_name`: the site's name. */
  provider: string;
}

/** The discovery link's target for a site rooted at `root`. */
export function oembedHref(root: URL): string {
  return new URL(OEMBED_PATH, root).href;
}

export function quizOEmbed(root: URL, words: OEmbedWords): RichOEmbed {
  const at = (path: string) => attribute(new URL(path, root).href);
  const { width, height } = EMBED_SIZE;
  const html =
    `<blockquote class="wp-embedded-content"><a href="${at('')}">${attribute(words.link)}</a></blockquote>` +
    `<iframe src="${at('embed/')}" width="${width}" height="${height}" title="${attribute(words.frameTitle)}" frameborder="0" marginwidth="0" marginheight="0" loading="lazy"></iframe>` +
    `<script src="${at('embed.js')}" async></script>`;
  return { type: 'rich', version: '1.0', title: words.title, provider_name: words.provider, provider_url: root.href, width, height, html };
}
