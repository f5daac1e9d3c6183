/** A small wording helper every rendering of a result shares: counts in words (answers are content/answer-words.ts's). */
import type { Headcount } from '../engine/recommendation.ts';

/** "1", "3-5", "12-30+". */
export function countText(count: Headcount): string {
  const range = count.min === count.max ? `${count.min}` : `${count.min}-${count.max}`;
  return count.orMore ? `${range}+` : range;
}
