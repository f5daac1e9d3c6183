/** content/plan.json against its schema (src/content/schemas/plan-wording.ts), and broken copies of it. */
import { describe, expect, it } from 'vitest';
import { planWordingSchema } from '../../src/content/schemas/plan-wording.ts';
import wording from '../../content/plan.json' with { type: 'json' };

const entry = { id: 'plan', ...wording };
const problems = (value: unknown) => {
  const result = planWordingSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
/** A copy of the entry with `edit` applied. */
function edited(edit: (copy: typeof entry) => void) {
  const copy = structuredClone(entry);
  edit(copy);
  return copy;
}

describe('content/plan.json', () => {
  it('is valid', () => {
    expect(problems(entry)).toEqual([]);
  });

  it.each([
    ['markup in a message', (copy: typeof entry) => { copy.rates.problems['not-a-number'] = 'Write <b>a number</b>.'; }, 'rates.problems.not-a-number'],
    ['a rate problem without a message', (copy: typeof entry) => { delete (copy.rates.problems as Partial<typeof copy.rates.problems>)['too-large']; }, 'rates.problems.too-large'],
    ['a month without its slot', (copy: typeof entry) => { copy.timeline.month = 'Month'; }, 'timeline.month'],
    ['a slot nothing fills', (copy: typeof entry) => { copy.timeline.startNow = 'Start by {date}'; }, 'timeline.startNow'],
    ['a pay band caveat that drops "senior"', (copy: typeof entry) => { copy.payBand.caveat = 'One band for two seats.'; }, 'payBand.caveat'],
    ['the schema link without its full stop (fidelity review 4, PL5)', (copy: typeof entry) => { copy.export.schema = 'The JSON follows a published schema'; }, 'export.schema'],
    ['an unknown key', (copy: typeof entry) => { Object.assign(copy.cost, { extra: 'Extra' }); }, 'cost'],
  ])('rejects %s', (_, edit, path) => {
    const found = problems(edited(edit));
    expect(found.some((line) => line.startsWith(`${path}:`)), found.join('\n')).toBe(true);
  });
});
