/** content/social.json against its schema (the build checks the same), and broken copies of it. */
import { describe, expect, it } from 'vitest';
import { socialWordingSchema } from '../../src/content/schemas/social-wording.ts';
import wording from '../../content/social.json' with { type: 'json' };

const entry = { id: 'social', ...wording };
const problems = (value: unknown) => {
  const result = socialWordingSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
/** A copy of the entry with `edit` applied. */
function edited(edit: (copy: typeof entry) => void) {
  const copy = structuredClone(entry);
  edit(copy);
  return copy;
}

describe('content/social.json', () => {
  it('is valid', () => {
    expect(problems(entry)).toEqual([]);
  });

  it.each([
    ['a count typed instead of its slot', (copy: typeof entry) => { copy.cards['how-it-works'].line = '10 questions, 17 rules in plain words.'; }, 'cards.how-it-works.line'],
    ['a slot the cards do not fill', (copy: typeof entry) => { copy.cards.quiz.kicker = '{steps} quick questions'; }, 'cards.quiz.kicker'],
    ['markup', (copy: typeof entry) => { copy.cards.roles.headline = 'The <b>{roles}</b> roles'; }, 'cards.roles.headline'],
    ['alt text without the headline', (copy: typeof entry) => { copy.alt = '{site}. {kicker}: {line}'; }, 'alt'],
    ['a page card left out', (copy: typeof entry) => { delete (copy.cards as Partial<typeof copy.cards>).result; }, 'cards.result'],
    ['an unknown card', (copy: typeof entry) => { Object.assign(copy.cards, { share: { kicker: 'A', headline: 'B', line: 'C' } }); }, 'cards'],
    ['an empty kicker', (copy: typeof entry) => { copy.roleKicker = ' '; }, 'roleKicker'],
  ])('rejects %s', (_, edit, path) => {
    const found = problems(edited(edit));
    expect(found.some((line) => line.startsWith(`${path}:`)), found.join('\n')).toBe(true);
  });
});
