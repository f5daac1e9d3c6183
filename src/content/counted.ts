/**
 * Wording with the model's counts filled in: copy names "{rules} rules" and "{minQuestions} to
 * {maxQuestions} questions" as slots, never as typed numbers (the schemas refuse those), and the
 * build fills them from engine/model-counts.ts, with the site's name. Build time only: pages pass
 * the result down as props.
 */
import { modelCounts } from '../engine/model-counts.ts';
import { fill } from './fill.ts';
import { SITE_NAME } from './site-wording.ts';

/** Every string of `wording` (any JSON) with `{site}` and the model's counts filled in; other slots stay for the page. */
export function withModelCounts<T>(wording: T): T {
  const values = { ...modelCounts(), site: SITE_NAME };
  const filled = (value: unknown): unknown => {
    if (typeof value === 'string') return fill(value, values);
    if (Array.isArray(value)) return value.map(filled);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, filled(item)]));
    return value;
  };
  return filled(wording) as T;
}
