/**
 * Answers ⇄ query string (contract.md "Answers in URLs"). Parsing is total: it never throws,
 * keeps only valid answers to questions that apply, and lists what it ignored as plain data;
 * the wording of those problems belongs to the page.
 */
import {
  QUESTION_IDS,
  canonicalHave,
  dropInapplicable,
  isApplicable,
  isOption,
  type Answers,
  type InHouse,
  type QuestionId,
} from './answers.ts';
import { MODEL_VERSION } from './version.ts';
import { REPLY_PARAM, SENDER_PARAMS, SENT_PARAM } from './sender-params.ts';
import { COMPARE_PARAM, RATES_PARAM } from './plan-ids.ts';
import { URL_LIMITS } from './limits.ts';
import { withoutHidden } from './hidden-characters.ts';

/** Why a parameter was ignored or needs a notice. */
export const PROBLEM_KINDS = [
  'unknown-parameter',
  'unknown-option',
  'inapplicable',
  'duplicate',
  'too-long',
  'old-version',
  'unknown-version',
  'too-many-problems',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/**
 * One thing the page should mention. `parameter` and `value` are display TEXT (control and
 * bidi characters stripped, at most 40 code points plus `…`), never HTML. `parameter` is `''`
 * for the whole query (`too-long` query, `too-many-problems`, whose `value` counts the rest).
 */
export type UrlProblem = { kind: ProblemKind; parameter: string; value?: string };

/** What a query says: valid applicable answers, what was ignored, the model version of `v`. */
export type ParsedQuery = { answers: Answers; problems: UrlProblem[]; version: number | null };

/** The options of `/embed/` (src/embed/theme-options.ts reads the first three): legitimate parameters that are not answers. */
export const EMBED_PARAMS = ['theme', 'accent', 'bg', 'embed_id'] as const;

/** `/embed/?link=<URL>`: prefill an embed from a pasted link's answers (src/embed/frame/embed-link.ts). */
export const EMBED_LINK_PARAM = 'link';

/** Parameters hosts and embedders add: never a problem. */
const HOST_PARAMS: ReadonlySet<string> = new Set(['fbclid', 'gclid', 'ref', EMBED_LINK_PARAM, ...EMBED_PARAMS, ...SENDER_PARAMS, REPLY_PARAM, SENT_PARAM, RATES_PARAM, COMPARE_PARAM]);

/**
 * Reads answers from a query string (with or without a leading `?`) or URLSearchParams.
 * Never throws. The first valid occurrence of a question wins; values are trimmed and matched
 * ignoring ASCII case; `data_sufficiency` / `production_soon` whose condition is false on the
 * final answers (including when the governing answer is missing) are dropped as `inapplicable`.
 */
export function parseAnswers(query: string | URLSearchParams): ParsedQuery {
  // No catch-all around the parser: the property tests prove it never throws.
  return parseText(queryText(query));
}

/** The query as text; a value the types do not allow (from plain JS) reads as an empty query. */
function queryText(query: unknown): string {
  if (typeof query === 'string') return query;
  if (query instanceof URLSearchParams) return query.toString();
  try {
    return String(query ?? '');
  } catch {
    return '';
  }
}

function parseText(text: string): ParsedQuery {
  const problems = problemList();
  // URLSearchParams drops one leading `?` itself; the limit counts what follows it.
  const mark = text.startsWith('?') ? 1 : 0;
  let query = text;
  if (query.length - mark > URL_LIMITS.query) {
    problems.add('too-long', '');
    query = query.slice(0, mark + URL_LIMITS.query);
  }
  const found = new Map<QuestionId, { answer: string | InHouse[]; raw: string }>();
  let version: number | null = null;
  for (const [name, raw] of new URLSearchParams(query)) {
    if (name === 'v') {
      if (version !== null) problems.add('duplicate', name, raw);
      else {
        version = readVersion(raw);
        if (version === null) problems.add('unknown-version', name, raw);
        else if (version < MODEL_VERSION) problems.add('old-version', name, raw);
      }
    } else if (HOST_PARAMS.has(name) || name.startsWith('utm_')) {
      continue;
    } else if (!isQuestionId(name)) {
      problems.add('unknown-parameter', name, raw);
    } else if (found.has(name)) {
      problems.add('duplicate', name, raw);
    } else {
      const reading = readValue(name, raw);
      if (reading.problem) problems.add(reading.problem, name, reading.shown);
      if (reading.answer !== undefined) found.set(name, { answer: reading.answer, raw });
    }
  }
  const ordered: Record<string, string | InHouse[]> = {};
  for (const question of QUESTION_IDS) {
    const reading = found.get(question);
    if (reading !== undefined) ordered[question] = reading.answer;
  }
  const { answers, dropped } = dropInapplicable(ordered as Answers);
  for (const question of dropped) problems.add('inapplicable', question, found.get(question)?.raw);
  return { answers, problems: problems.list(), version };
}

/**
 * The canonical query for `answers`, without `?`: answered applicable questions in question
 * order, `have` comma-separated in option order (`have=none` when empty), then `v` last.
 * Equal answers give equal strings.
 */
export function toQuery(answers: Answers): string {
  const parts: string[] = [];
  for (const question of QUESTION_IDS) {
    const value: unknown = answers[question];
    if (value === undefined || !isApplicable(question, answers)) continue;
    if (question === 'have') {
      const have = Array.isArray(value) ? canonicalHave(value) : [];
      parts.push(`have=${have.length > 0 ? have.join(',') : 'none'}`);
    } else if (typeof value === 'string' && isOption(question, value)) {
      parts.push(`${question}=${value}`);
    }
  }
  parts.push(`v=${MODEL_VERSION}`);
  return parts.join('&');
}

/** One occurrence of an answer parameter: the answer it gives, and what it got wrong. */
type Reading = { answer?: string | InHouse[]; problem?: 'too-long' | 'unknown-option'; shown?: string };

function readValue(question: QuestionId, raw: string): Reading {
  if (raw.length > URL_LIMITS.value) return { problem: 'too-long', shown: raw };
  const value = raw.trim();
  if (question !== 'have') {
    const option = lowerAscii(value);
    return isOption(question, option) ? { answer: option } : { problem: 'unknown-option', shown: value };
  }
  // `none` and empty entries add nobody; an unknown entry is reported, the known ones kept.
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '' && lowerAscii(entry) !== 'none');
  const unknown = entries.find((entry) => !isOption('have', lowerAscii(entry)));
  const have = canonicalHave(entries.map(lowerAscii));
  // Only unknown entries (`have=foo`) is no answer at all, not "nobody in-house".
  const reading: Reading = unknown === undefined || have.length > 0 ? { answer: have } : {};
  return unknown === undefined ? reading : { ...reading, problem: 'unknown-option', shown: unknown };
}

/** A `v` we can read: a whole number no newer than this model (lower ones are older links); otherwise `null`. */
function readVersion(raw: string): number | null {
  const value = raw.trim();
  if (!/^[0-9]{1,9}$/.test(value)) return null;
  const version = Number(value);
  return version <= MODEL_VERSION ? version : null;
}

const QUESTIONS: ReadonlySet<string> = new Set(QUESTION_IDS);
function isQuestionId(name: string): name is QuestionId {
  return QUESTIONS.has(name);
}

/** Lowercases A-Z only: `toLowerCase` would also turn the Kelvin sign into `k`. */
function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text;
}

/** Text safe to show: hidden characters stripped, cut to `display` code points with `…` (`problems` excludes the cap entry). */
function displayText(text: string): string {
  const chars = Array.from(withoutHidden(text));
  return chars.length > URL_LIMITS.display ? `${chars.slice(0, URL_LIMITS.display).join('')}…` : chars.join('');
}

/** Problems in the order met, one per (kind, shown parameter), capped with a count of the rest. */
function problemList() {
  const problems: UrlProblem[] = [];
  const seen = new Set<string>();
  return {
    add(kind: ProblemKind, parameter: string, value?: string): void {
      const rawKey = `${kind}\u0000${parameter}`;
      if (seen.has(rawKey)) return;
      seen.add(rawKey);
      const problem: UrlProblem = { kind, parameter: displayText(parameter) };
      const key = `${kind}\u0001${problem.parameter}`; // two names can look the same once cleaned
      if (seen.has(key)) return;
      seen.add(key);
      if (value !== undefined) problem.value = displayText(value);
      problems.push(problem);
    },
    list(): UrlProblem[] {
      if (problems.length <= URL_LIMITS.problems) return problems;
      const rest = String(problems.length - URL_LIMITS.problems);
      return [...problems.slice(0, URL_LIMITS.problems), { kind: 'too-many-problems', parameter: '', value: rest }];
    },
  };
}
