/** A Labels dictionary built from the ids (unit tests cannot read astro:content). */
import { OPTIONS, QUESTION_IDS } from '../../src/engine/answers.ts';
import { ROLE_IDS, SOURCE_IDS } from '../../src/engine/ids.ts';
import type { Labels } from '../../src/content/labels.ts';

export function idLabels(): Labels {
  return {
    questions: Object.fromEntries(QUESTION_IDS.map((id) => [id, {
      label: `Question ${id}?`, short: `Q:${id}`, why: `Why ${id}`, source: 'stages',
      options: OPTIONS[id].map((option) => ({ id: option, label: `L:${option}` })),
      noneLabel: id === 'have' ? 'None of these' : undefined,
    }])) as Labels['questions'],
    roles: Object.fromEntries(ROLE_IDS.map((id) => [id, { name: `Role ${id}`, summary: '' }])) as Labels['roles'],
    sources: Object.fromEntries(SOURCE_IDS.map((id) => [id, { title: `Title ${id}`, short: `S:${id}` }])) as Labels['sources'],
  };
}
