/**
 * A plan's flip points in words, worked out after the plan is on screen: a few neighbours at a
 * time (each one a plan worked out), so no task is long while the page settles. A chunk of its
 * own with the engine's flip points: the result page's first script carries none of it.
 */
import { flipPointsAmong, neighboursOf, placementsOf, type Neighbour, type PlacedNeighbour } from '../engine/flip-points.ts';
import type { CompleteAnswers } from '../engine/answers.ts';
import type { RoleId } from '../engine/ids.ts';
import type { Labels } from '../content/labels.ts';
import type { DocFlip } from './document.ts';
import { flipsInWords } from './flip-words.ts';
import { inSlices } from './slices.ts';

/** The flip points of `answers`' plan in words, or null once `wanted` turned false on the way. */
export async function flipsInSlices(answers: CompleteAnswers, labels: Labels, yieldToPage: () => Promise<unknown>, wanted: () => boolean): Promise<Map<RoleId, DocFlip[]> | null> {
  const placed: PlacedNeighbour[] = [];
  const step = (neighbour: Neighbour) => placed.push({ ...neighbour, placed: placementsOf(neighbour.answers) });
  if (!(await inSlices(neighboursOf(answers), step, yieldToPage, wanted))) return null;
  return flipsInWords(flipPointsAmong(placementsOf(answers), placed), labels);
}
