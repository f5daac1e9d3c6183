/** The site's URLs, under the configured base path. Query strings come only from the codec. */
import { QUESTION_IDS, type Answers, type QuestionId } from './engine/answers.ts';
import type { RoleId, SourceId } from './engine/ids.ts';
import { EMBED_PARAMS, toQuery } from './engine/url.ts';
import { SENT_PARAM, sentQuery } from './engine/sender.ts';
import { EMBED_OPTION_LENGTH } from './engine/limits.ts';
import { MODEL_VERSION } from './engine/version.ts';

/** The questionnaire prefilled with `answers`, opened at `question` when given. */
export function quizHref(base: string, answers: Answers, question?: QuestionId): string {
  return `${base}?${toQuery(answers)}${question ? questionFragment(question) : ''}`;
}

/** The part of a quiz link that opens one question (`#q=size`). */
export const questionFragment = (question: QuestionId) => `#q=${question}`;

/** The shareable result link; `extra` is more of the query (the sender's part of a link). */
export function resultHref(base: string, answers: Answers, extra = ''): string {
  return `${base}result/?${[toQuery(answers), extra].filter(Boolean).join('&')}`;
}

/** The result link to share or print: absolute, resolved against the page the visitor is on. */
export function shareHref(base: string, answers: Answers, pageHref: string): string {
  return new URL(resultHref(base, answers), pageHref).href;
}

/** A role's page. */
export const roleHref = (base: string, role: RoleId) => `${base}roles/${role}/`;
/** A seat's intake pack: its role page with the plan's answers (contract: `/roles/<role-id>/?<answers>`). */
export const intakeHref = (base: string, role: RoleId, answers: Answers) => `${roleHref(base, role)}?${toQuery(answers)}`;
/** The data an intake pack is drawn with (labels, reasons, the roles' text), fetched only when a role page has answers. */
export const intakeDataHref = (base: string) => `${base}roles/intake-data.json`;
/** What a result is written with, which the result page fetches (src/pages/result/words.json.ts). */
export const resultWordsHref = (base: string) => `${base}result/words.json`;
/** A source's entry on /how-it-works/. */
export const sourceHref = (base: string, source: SourceId) => `${base}how-it-works/#source-${source}`;

/** The question a `#q=<id>` hash asks to open, if any (`&secret=…` may follow, in a WordPress embed). */
export function questionFromHash(hash: string): string | undefined {
  const match = /^#q=([a-z_]+)(?:&|$)/.exec(hash);
  return match?.[1];
}

/**
 * The part of a fragment that belongs to an embed's host (WordPress keeps its secret there):
 * all but our own `q=<question>` and `restart`, which only open the page.
 */
export function hostFragment(hash: string): string {
  const kept = hash.replace(/^#/, '').split('&').filter((part) => part !== '' && part !== 'restart' && !/^q=[a-z_]+$/.test(part));
  return kept.length > 0 ? `#${kept.join('&')}` : '';
}

/**
 * The query of a quiz step: the canonical answers, `extra` (the sender's part of the link),
 * plus the embed options of the current URL (so an embedded quiz keeps its theme and id as it moves).
 */
export function stepSearch(answers: Answers, currentSearch: string, extra = ''): string {
  const current = new URLSearchParams(currentSearch);
  const kept = EMBED_PARAMS.flatMap((name) => {
    const value = current.get(name);
    return value === null ? [] : [`${name}=${encodeURIComponent(value.slice(0, EMBED_OPTION_LENGTH))}`];
  });
  return `?${[toQuery(answers), extra, ...kept].filter(Boolean).join('&')}`;
}

/** Parameters that carry answers (and their model version): replaced, never kept, when answers change. */
const ANSWER_PARAMS: ReadonlySet<string> = new Set([...QUESTION_IDS, 'v']);

/**
 * A result page's query for new answers: the canonical answers, then every other parameter of
 * the page as it was (a sender's note, utm_*), except `sent=`, which lists `setBySender` when given.
 */
export function resultSearch(answers: Answers, currentSearch: string, setBySender?: readonly QuestionId[]): string {
  const kept = [...new URLSearchParams(currentSearch)].filter(([name]) => !ANSWER_PARAMS.has(name) && !(setBySender && name === SENT_PARAM));
  const sent = setBySender && setBySender.length > 0 ? [sentQuery(setBySender)] : [];
  return `?${[toQuery(answers), ...kept.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`), ...sent].join('&')}`;
}

/** The service worker's file, at the base path (written by build/service-worker.ts, registered by components/ServiceWorker.astro). */
export const SERVICE_WORKER_FILE = 'sw.js';
/** The service worker's URL; its scope is the base path. */
export const serviceWorkerHref = (base: string) => `${base}${SERVICE_WORKER_FILE}`;

/**
 * A query of the quiz's (a step's, the result's) written for a link made with an older model
 * (`madeWith`): its `v=` stays the link's, so the result still says the rules have changed
 * since (contract.md, `v=`). Without `madeWith`, the query as it is.
 */
export function withMadeWith(query: string, madeWith?: number): string {
  return madeWith === undefined ? query : query.replace(new RegExp(`([?&])v=${MODEL_VERSION}(?=&|#|$)`), `$1v=${madeWith}`);
}
