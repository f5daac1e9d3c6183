/** A flip point in words: "answer No to Regulated: Security and AI governance moves from now to next." */
import type { FlipPoint, AnswerChange } from '../engine/flip-points.ts';
import type { Labels } from '../content/labels.ts';
import type { RoleId } from '../engine/ids.ts';
import type { DocFlip } from './document.ts';
import { WORDING } from '../content/result-wording.ts';
import { fill } from '../content/fill.ts';

function changeText(change: AnswerChange, labels: Labels): string {
  const question = labels.questions[change.question];
  const option = question.options.find((o) => o.id === change.option)?.label ?? change.option;
  const template = change.kind === 'set' ? WORDING.text.flipAnswer : change.kind === 'add' ? WORDING.text.flipAdd : WORDING.text.flipRemove;
  return fill(template, { option, question: question.short });
}

export function describeFlip(flip: FlipPoint, labels: Labels): DocFlip {
  const [first, ...more] = flip.changes.map((change) => changeText(change, labels));
  const change = [first, ...more.map((text) => fill(WORDING.text.flipAlso, { change: text }))].join(' ');
  const role = labels.roles[flip.role].name;
  const groupName = (group: NonNullable<FlipPoint['to']>) => WORDING.groups[group].lane.toLowerCase();
  const text = flip.to === null
    ? fill(WORDING.text.flipOut, { change, role })
    : fill(WORDING.text.flipMove, { change, role, from: groupName(flip.from), to: groupName(flip.to) });
  return { text: text.charAt(0).toUpperCase() + text.slice(1), answers: flip.answers, to: flip.to };
}

/** Every seat's flip points in words. */
export function flipsInWords(flips: ReadonlyMap<RoleId, readonly FlipPoint[]>, labels: Labels): Map<RoleId, DocFlip[]> {
  return new Map([...flips].map(([role, points]) => [role, points.map((flip) => describeFlip(flip, labels))]));
}
