/**
 * The wording files around the pages against their schemas (the build checks the same), and
 * broken copies of them: markup, a slot dropped or misspelt, and a count of the model typed out
 * where copy must name it as a slot (engine/model-counts.ts fills those in).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { noticeWordingSchema } from '../../src/content/schemas/notice-wording.ts';
import { siteWordingSchema } from '../../src/content/schemas/site-wording.ts';
import { pagesWordingSchema } from '../../src/content/schemas/pages-wording.ts';
import { howItWorksWordingSchema } from '../../src/content/schemas/how-it-works-wording.ts';
import { quizWordingSchema } from '../../src/content/schemas/quiz-wording.ts';
import notice from '../../content/notice.json' with { type: 'json' };
import site from '../../content/site.json' with { type: 'json' };
import pages from '../../content/pages.json' with { type: 'json' };
import howItWorks from '../../content/how-it-works.json' with { type: 'json' };
import quiz from '../../content/quiz.json' with { type: 'json' };

/** The paths `schema` finds a problem at in `value` (empty when it accepts it). */
function problemPaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

/** A deep copy of `value` with `edit` applied to it. */
function edited<T>(value: T, edit: (copy: T) => void): T {
  const copy = structuredClone(value);
  edit(copy);
  return copy;
}

const files = [
  ['content/notice.json', noticeWordingSchema, { id: 'notice', ...notice }],
  ['content/site.json', siteWordingSchema, { id: 'site', ...site }],
  ['content/pages.json', pagesWordingSchema, { id: 'pages', ...pages }],
  ['content/how-it-works.json', howItWorksWordingSchema, { id: 'how-it-works', ...howItWorks }],
  ['content/quiz.json', quizWordingSchema, { id: 'quiz', ...quiz }],
] as const;

describe('the wording files', () => {
  it.each(files)('%s is valid as written', (_, schema, value) => {
    expect(problemPaths(schema, value)).toEqual([]);
  });
});

describe('a count of the model', () => {
  it.each([
    ['the intro of the quiz', quizWordingSchema, edited({ id: 'quiz', ...quiz }, (w) => (w.lede = 'About 9 questions, 2 minutes.')), 'lede'],
    ['the how-it-works lead, in words', howItWorksWordingSchema, edited({ id: 'how-it-works', ...howItWorks }, (w) => (w.lead = 'You answer up to ten questions; seventeen rules do the rest.')), 'lead'],
    ['the roles page', pagesWordingSchema, edited({ id: 'pages', ...pages }, (w) => (w.roles.lead = 'The twelve roles a hire order can contain.')), 'roles.lead'],
  ])('typed out in %s is refused', (_, schema, value, path) => {
    expect(problemPaths(schema, value)).toContain(path);
  });

  it('named by its slot is required where the text counts', () => {
    const value = edited({ id: 'pages', ...pages }, (w) => (w.embed.description = 'Plan the hire order of your AI team in a few questions.'));
    expect(problemPaths(pagesWordingSchema, value)).toEqual(['embed.description']);
  });
});

describe('the other slots', () => {
  it.each([
    ['a problem sentence without the parameter it names', noticeWordingSchema, edited({ id: 'notice', ...notice }, (w) => (w.problems.duplicate = 'Given more than once.')), 'problems.duplicate'],
    ['a page title pattern without the site', siteWordingSchema, edited({ id: 'site', ...site }, (w) => (w.pageTitle = '{page}')), 'pageTitle'],
    ['a role page link sentence with a misspelt slot', pagesWordingSchema, edited({ id: 'pages', ...pages }, (w) => (w.role.seatsByPhase = 'See {lnk} for every role.')), 'role.seatsByPhase'],
    ['markup in the how-it-works privacy note', howItWorksWordingSchema, edited({ id: 'how-it-works', ...howItWorks }, (w) => (w.privacy = 'No <b>server</b>.')), 'privacy'],
    ['a missing heading of the role page', pagesWordingSchema, edited({ id: 'pages', ...pages }, (w) => delete (w.role.headings as Partial<typeof w.role.headings>).pay), 'role.headings.pay'],
  ])('refuses %s', (_, schema, value, path) => {
    expect(problemPaths(schema, value)).toContain(path);
  });
});
