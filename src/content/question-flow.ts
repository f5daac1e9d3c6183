/**
 * The question flow of /how-it-works/, derived from the engine (QUESTION_IDS and the table of
 * CONDITIONS) so the picture cannot drift from the branches the quiz really takes, and laid
 * out as plain coordinates for an SVG drawn at build time.
 */
import { QUESTION_IDS, conditionOf, type QuestionId } from '../engine/answers.ts';
import type { QuestionLabels } from './labels.ts';
import { fill } from './fill.ts';

/** When a conditional question is asked: one earlier question answered with one of `options`. */
export interface FlowCondition {
  on: QuestionId;
  options: string[];
}

/** One question of the flow, numbered in asking order. */
export interface FlowStep {
  question: QuestionId;
  number: number;
  condition: FlowCondition | null;
}

/** A step's box in the picture; `y` is its top edge. */
export interface FlowBox extends FlowStep {
  y: number;
  height: number;
}

/** The picture: boxes, the end box, the arrows between them and one skip path per branch. */
export interface FlowLayout {
  width: number;
  height: number;
  box: { x: number; width: number; centre: number };
  boxes: FlowBox[];
  end: { y: number; height: number };
  arrows: { from: number; to: number }[];
  skips: { path: string; labelX: number; labelY: number }[];
}

/** The condition `question` is asked under; the build fails on one that hangs on a later question (the quiz could not ask it). */
function flowConditionOf(question: QuestionId): FlowCondition | null {
  const condition = conditionOf(question);
  if (!condition) return null;
  if (QUESTION_IDS.indexOf(condition.on) >= QUESTION_IDS.indexOf(question)) {
    throw new Error(`engine/answers.ts CONDITIONS: "${question}" hangs on "${condition.on}", which is not asked before it`);
  }
  return { on: condition.on, options: [...condition.in] };
}

/** The questions in asking order, each with the condition it is asked under. */
export function questionFlow(): FlowStep[] {
  return QUESTION_IDS.map((question, index) => ({ question, number: index + 1, condition: flowConditionOf(question) }));
}

/** How /how-it-works/ words a condition (content/how-it-works.json `flow`): `{question}: {options}`, the options joined by `or`. */
export interface ConditionWords {
  condition: string;
  or: string;
}

/** "Prediction payoff: Yes" or "AI stage: Exploring or Pilot", in the questions' own words. */
export function describeCondition(condition: FlowCondition, questions: Record<QuestionId, QuestionLabels>, words: ConditionWords): string {
  const { short, options } = questions[condition.on];
  const chosen = condition.options.map((id) => options.find((option) => option.id === id)?.label ?? id);
  return fill(words.condition, { question: short, options: chosen.join(` ${words.or} `) });
}

const WIDTH = 300;
const BOX = { x: 8, width: 224, centre: 120 };
const PLAIN_HEIGHT = 36;
const BRANCH_HEIGHT = 52;
const GAP = 28;
const SKIP_X = 262;

/** Stacks the steps top to bottom; a conditional step gets a skip path around its right side. */
export function layOutQuestionFlow(steps: readonly FlowStep[]): FlowLayout {
  let y = 4;
  const boxes = steps.map((step) => {
    const box = { ...step, y, height: step.condition ? BRANCH_HEIGHT : PLAIN_HEIGHT };
    y += box.height + GAP;
    return box;
  });
  const end = { y, height: PLAIN_HEIGHT };
  const tops = [...boxes.map((box) => box.y), end.y];
  const arrows = boxes.map((box, index) => ({ from: box.y + box.height, to: tops[index + 1]! }));
  const skips = boxes
    .filter((box) => box.condition)
    .map((box) => {
      const above = box.y - GAP / 2;
      const below = box.y + box.height + GAP / 2;
      return {
        path: `M ${BOX.centre} ${above} H ${SKIP_X} V ${below} H ${BOX.centre + 6}`,
        labelX: SKIP_X + 5,
        labelY: box.y + box.height / 2 + 4,
      };
    });
  return { width: WIDTH, height: end.y + end.height + 4, box: BOX, boxes, end, arrows, skips };
}
