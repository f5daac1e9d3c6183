/**
 * `/embed/?link=<a page's URL>`: the embed prefilled from a link someone pasted (nginx puts
 * WordPress's oEmbed `url=` there: docs/decisions/0008-oembed-on-a-static-host.md). Only the
 * link's query is read, and only through the codec, like any other answers.
 */
import { EMBED_LINK_PARAM, parseAnswers } from '../../engine/url.ts';
import { LINK_LENGTH } from '../../engine/limits.ts';

/**
 * The query whose answers prefill the embed: its own when it has answers, else the linked
 * page's answers followed by its own parameters (so those are still checked and named).
 */
export function embedAnswersQuery(search: string): string {
  const own = new URLSearchParams(search);
  const link = own.get(EMBED_LINK_PARAM);
  if (link === null || link.length > LINK_LENGTH || Object.keys(parseAnswers(own).answers).length > 0) return search;
  let linked: URL;
  try {
    linked = new URL(link);
  } catch {
    return search;
  }
  if (linked.protocol !== 'https:' && linked.protocol !== 'http:') return search;
  own.delete(EMBED_LINK_PARAM);
  return [linked.search.slice(1), own.toString()].filter(Boolean).join('&');
}
