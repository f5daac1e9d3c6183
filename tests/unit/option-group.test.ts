/**
 * The one renderer of a question's options (src/islands/OptionGroup.tsx), as the quiz, the
 * what-if panel and the two builders draw it: contract.md's `input[name=<question id>][value=<option id>]`
 * per option with its label, `have`'s "none of these" box, and a builder's open choice.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { NONE, OPEN, OptionGroup, chosenOf } from '../../src/islands/OptionGroup.tsx';
import { idLabels } from '../helpers/labels.ts';

const labels = idLabels();
const inputsOf = (html: string) => [...html.matchAll(/<input ([^>]*)\/?>/g)].map(([, attributes]) => attributes!.replace(/\/$/, ''));
const render = (props: Partial<Parameters<typeof OptionGroup>[0]> & Pick<Parameters<typeof OptionGroup>[0], 'question'>) => renderToString(h(OptionGroup, {
  options: labels.questions[props.question].options, chosen: [], look: { group: 'pills', option: 'pill' }, onToggle: () => {}, ...props,
}));

describe('a question drawn as options', () => {
  it('gives each option a radio named by the question and valued by the option, with its label, the chosen one checked', () => {
    const html = render({ question: 'urgency', chosen: ['quarter'] });
    expect(inputsOf(html)).toEqual([
      'type="radio" name="urgency" value="weeks"',
      'type="radio" name="urgency" value="quarter" checked',
      'type="radio" name="urgency" value="flexible"',
    ]);
    expect(html).toContain('<label class="pill"><input type="radio" name="urgency" value="weeks"/><span>L:weeks</span></label>');
  });

  it('draws `have` as checkboxes and its "none of these" box as have_none=none', () => {
    const html = render({ question: 'have', chosen: [NONE], noneLabel: 'None of these' });
    const inputs = inputsOf(html);
    expect(inputs).toHaveLength(labels.questions.have.options.length + 1);
    expect(inputs.slice(0, -1).every((input) => input.startsWith('type="checkbox" name="have" value="'))).toBe(true);
    expect(inputs.at(-1)).toBe('type="checkbox" name="have_none" value="none" checked');
  });

  it("starts with a builder's open choice (value '') on a single-choice question only", () => {
    // An empty value renders as a bare `value` attribute.
    expect(inputsOf(render({ question: 'stage', chosen: [OPEN], openLabel: 'Let them answer' }))[0]).toMatch(/^type="radio" name="stage" value(="")? checked$/);
    expect(inputsOf(render({ question: 'have', openLabel: 'Let them answer', noneLabel: 'None' })).some((input) => /value(="")?( |$)/.test(input))).toBe(false);
  });

  it("draws the quiz's cards with each option's hint", () => {
    const options = [{ id: 'yes', label: 'Yes', hint: 'We measure it' }, { id: 'no', label: 'No' }];
    const html = render({ question: 'regulated', options, look: { group: 'options', option: 'option', hints: true } });
    expect(html).toBe('<div class="options">' +
      '<label class="option"><input type="radio" name="regulated" value="yes"/><span class="option-text"><span class="option-label">Yes</span><span class="option-hint">We measure it</span></span></label>' +
      '<label class="option"><input type="radio" name="regulated" value="no"/><span class="option-text"><span class="option-label">No</span></span></label></div>');
  });
});

describe('what an answer ticks', () => {
  it.each([
    [undefined, [OPEN]], ['pilot', ['pilot']], [[], [NONE]], [['data', 'ml'], ['data', 'ml']],
  ] as const)('%o ticks %o', (value, chosen) => expect(chosenOf(value)).toEqual(chosen));
});
