/** content/share.json against its schema (the build checks the same), and broken copies of it. */
import { describe, expect, it } from 'vitest';
import { shareWordingSchema } from '../../src/content/schemas/share-wording.ts';
import wording from '../../content/share.json' with { type: 'json' };

const entry = { id: 'share', ...wording };
const problems = (value: unknown) => {
  const result = shareWordingSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
/** A copy of the entry with `edit` applied. */
function edited(edit: (copy: typeof entry) => void) {
  const copy = structuredClone(entry);
  edit(copy);
  return copy;
}

describe('content/share.json', () => {
  it('is valid', () => {
    expect(problems(entry)).toEqual([]);
  });

  it.each([
    ['markup in a sentence', (copy: typeof entry) => { copy.recipient.finished = 'They land on <b>the plan</b>.'; }, 'recipient.finished'],
    ['a message without the link', (copy: typeof entry) => { copy.messages.chat.quiz = ['{note}', 'Answer these questions.']; }, 'messages.chat.quiz'],
    ['a slot the builder does not fill', (copy: typeof entry) => { copy.messages.email.open[0] = 'Subject: for {company}'; }, 'messages.email.open.0'],
    ['an empty sentence', (copy: typeof entry) => { copy.letThemAnswer = ' '; }, 'letThemAnswer'],
    ['a missing sentence', (copy: typeof entry) => { delete (copy.copy as Partial<typeof copy.copy>).refused; }, 'copy.refused'],
    ['an unknown key', (copy: typeof entry) => { Object.assign(copy.headings, { extra: 'Extra' }); }, 'headings'],
  ])('rejects %s', (_, edit, path) => {
    expect(problems(edited(edit)).some((line) => line.startsWith(`${path}:`)), problems(edited(edit)).join('\n')).toBe(true);
  });
});
