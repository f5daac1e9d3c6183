/**
 * A Labels dictionary built from the ids (unit tests cannot read astro:content), with the
 * reasons' real sentences from content/reasons.json (tests compare renderings with them).
 */
import reasonEntries from '../../content/reasons.json' with { type: 'json' };
import notice from '../../content/notice.json' with { type: 'json' };
import { OPTIONS, QUESTION_IDS } from '../../src/engine/answers.ts';
import { ROLE_IDS, RULES, SOURCE_IDS, type RuleId } from '../../src/engine/ids.ts';
import type { ResultLabels } from '../../src/content/labels.ts';
import { indexReasonTexts } from '../../src/content/reason-texts.ts';

export function idLabels(): ResultLabels {
  return {
    questions: Object.fromEntries(QUESTION_IDS.map((id) => [id, {
      label: `Question ${id}?`, short: `Q:${id}`, why: `Why ${id}`, source: 'stages',
      options: OPTIONS[id].map((option) => ({ id: option, label: `L:${option}` })),
      noneLabel: id === 'have' ? 'None of these' : undefined,
    }])) as ResultLabels['questions'],
    roles: Object.fromEntries(ROLE_IDS.map((id) => [id, { name: `Role ${id}`, summary: '' }])) as ResultLabels['roles'],
    sources: Object.fromEntries(SOURCE_IDS.map((id) => [id, { title: `Title ${id}`, short: `S:${id}` }])) as ResultLabels['sources'],
    rules: Object.fromEntries((Object.keys(RULES) as RuleId[]).map((id) => [id, { number: RULES[id], short: `R:${id}` }])) as ResultLabels['rules'],
    notice,
    reasons: indexReasonTexts(reasonEntries),
  };
}
