/**
 * Custom assertions shared by the unit tests. Each throws (via `expect`) with the offending
 * answers in the message, so a failing property shows what went wrong.
 */
import { expect } from 'vitest';
import { OPTIONS, QUESTION_IDS, canonicalHave, isApplicable, isOption, type Answers, type QuestionId } from '../../src/engine/answers.ts';
import { MODEL_VERSION } from '../../src/engine/version.ts';
import { PROBLEM_KINDS, parseAnswers, toQuery, type ParsedQuery } from '../../src/engine/url.ts';
import { URL_LIMITS } from '../../src/engine/limits.ts';

/** Why `answers` is not a valid answer set, or `undefined` when it is (fast: no `expect`). */
export function answersFault(answers: Answers): string | undefined {
  for (const [key, value] of Object.entries(answers)) {
    if (!(QUESTION_IDS as readonly string[]).includes(key)) return `unknown question ${key}`;
    const question = key as QuestionId;
    if (value === undefined) return `${question} is present but undefined`;
    if (!isApplicable(question, answers)) return `${question} is answered but does not apply`;
    if (question === 'have') {
      if (!Array.isArray(value)) return 'have is not an array';
      if (!value.every((entry) => isOption('have', entry))) return `have has an unknown entry: ${value.join(',')}`;
      if (canonicalHave(value).join(',') !== value.join(',')) return `have is not canonical: ${value.join(',')}`;
    } else if (typeof value !== 'string' || !isOption(question, value)) {
      return `${question}=${String(value)} is not one of ${OPTIONS[question].join(', ')}`;
    }
  }
  return undefined;
}

/** Every key a question id, every value one of its options, every answered question applicable, `have` canonical. */
export function expectValidAnswers(answers: Answers): void {
  expect(answersFault(answers), JSON.stringify(answers)).toBeUndefined();
}

/** Whether two answer sets say the same (key order ignored; `have` compared in order). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = QUESTION_IDS.filter((question) => a[question] !== undefined || b[question] !== undefined);
  return keys.every((question) => {
    const x = a[question];
    const y = b[question];
    if (x === undefined || y === undefined) return false;
    return Array.isArray(x) && Array.isArray(y) ? x.join(',') === y.join(',') : x === y;
  });
}

/** Why the canonical query of `answers` does not parse back to them cleanly, or `undefined`. */
export function roundTripFault(answers: Answers): string | undefined {
  const query = toQuery(answers);
  const parsed = parseAnswers(query);
  if (parsed.problems.length > 0) return `${query} has problems: ${JSON.stringify(parsed.problems)}`;
  if (parsed.version !== MODEL_VERSION) return `${query} gave version ${String(parsed.version)}`;
  if (!sameAnswers(parsed.answers, answers)) return `${query} gave ${JSON.stringify(parsed.answers)}`;
  return undefined;
}

/** The canonical query of `answers` parses back to the same answers, with no problems. */
export function expectRoundTrip(answers: Answers): void {
  expect(roundTripFault(answers)).toBeUndefined();
}

/** Why a parse result is not one anyone can rely on, or `undefined` when it is. */
export function parseFault(parsed: ParsedQuery): string | undefined {
  const fault = answersFault(parsed.answers) ?? roundTripFault(parsed.answers);
  if (fault !== undefined) return fault;
  if (parsed.problems.length > URL_LIMITS.problems + 1) return `${parsed.problems.length} problems`;
  const seen = new Set<string>();
  for (const problem of parsed.problems) {
    if (!(PROBLEM_KINDS as readonly string[]).includes(problem.kind)) return `unknown kind ${problem.kind}`;
    for (const text of [problem.parameter, problem.value ?? '']) {
      if (Array.from(text).length > URL_LIMITS.display + 1) return `too long to show: ${text}`;
      if (/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(text)) return `hidden character in ${JSON.stringify(text)}`;
    }
    const key = `${problem.kind} ${problem.parameter}`;
    if (seen.has(key)) return `reported twice: ${key}`;
    seen.add(key);
  }
  const { version } = parsed;
  if (version !== null && !(Number.isInteger(version) && version >= 0 && version <= MODEL_VERSION)) return `version ${version}`;
  return undefined;
}

/**
 * A parse result anyone can rely on: valid answers whose canonical query parses back to them
 * cleanly, at most 20 problems plus the cap, each shown once, short and free of hidden characters.
 */
export function expectSafeParse(parsed: ParsedQuery): void {
  expect(parseFault(parsed), JSON.stringify(parsed)).toBeUndefined();
}
