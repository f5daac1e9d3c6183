/**
 * A question's options as inputs, the one way the site draws them (contract.md: one
 * `input[name=<question id>][value=<option id>]` per option, each with a visible label): radios,
 * or checkboxes for `have` with its "none of these" box (`have_none`), and where a builder asks
 * for it a first radio that leaves the question open (value `''`). The quiz, the what-if panel,
 * the link builder and the embed builder each say how it looks and what a change does.
 */
import { h } from 'preact';
import type { Answers, QuestionId } from '../engine/answers.ts';

/** The "none of these" box of `have` (nobody in-house), and the choice that leaves a question open. */
export const NONE = 'none';
export const OPEN = '';

/** Class names of a look: the group, each option, the open choice and the "none" box; `hints` draws an option's label and hint as the quiz does. */
export interface OptionLook {
  group: string;
  option: string;
  open?: string;
  none?: string;
  hints?: boolean;
}

interface Props {
  question: QuestionId;
  options: readonly { id: string; label: string; hint?: string | undefined }[];
  /** What is ticked: option ids, `NONE` for nobody in-house, `OPEN` for the open choice. */
  chosen: readonly string[];
  look: OptionLook;
  /** `have`'s "none of these" label (the box is drawn for `have` only). */
  noneLabel?: string | undefined;
  /** The label of the first choice, which leaves the question open, where there is one. */
  openLabel?: string | undefined;
  onToggle: (option: string, checked: boolean) => void;
}

/** The ids an answer ticks: its option or options, `NONE` for nobody in-house, `OPEN` when it has none. */
export function chosenOf(value: Answers[QuestionId]): string[] {
  if (value === undefined) return [OPEN];
  if (Array.isArray(value)) return value.length === 0 ? [NONE] : [...value];
  return [value as string];
}

/**
 * Written with `h` rather than JSX on purpose: as JSX, every island importing this module made
 * the bundler split the engine's shared modules off into one more chunk that each page loads
 * (measured: about 185 B more gzip on `/` and on `/result/`, past their budgets).
 */
export function OptionGroup({ question, options, chosen, look, noneLabel, openLabel, onToggle }: Props) {
  const multiple = question === 'have';
  const input = (id: string, label: string, hint: string | undefined, className: string | undefined) => h('label', { key: id, class: className ?? look.option },
    h('input', {
      type: multiple ? 'checkbox' : 'radio',
      name: id === NONE ? 'have_none' : question,
      value: id,
      checked: chosen.includes(id),
      onChange: (event: Event) => onToggle(id, (event.currentTarget as HTMLInputElement).checked),
    }),
    look.hints
      ? h('span', { class: 'option-text' }, h('span', { class: 'option-label' }, label), hint && h('span', { class: 'option-hint' }, hint))
      : h('span', null, label));
  return h('div', { class: look.group },
    openLabel !== undefined && !multiple && input(OPEN, openLabel, undefined, look.open),
    options.map((option) => input(option.id, option.label, option.hint, undefined)),
    multiple && noneLabel !== undefined && input(NONE, noneLabel, undefined, look.none));
}
