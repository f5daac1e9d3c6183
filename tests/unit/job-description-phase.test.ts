/**
 * The starters' "Where you are now" line (fidelity review 4, P2 and PL3) against domain.md, restated
 * here: the line quotes the role's words for stages' cell only where the cell says what the plan
 * does with the seat. A cell that staffs the seat (core, "add", dedicated) agrees with a seat in
 * now; a cell that leaves it waiting or shared agrees with a seat in next or later; a conditional
 * cell ("as needed", "only if custom model") names its condition and agrees with either. Where the
 * plan pulls a seat forward (a now seat the cell leaves waiting or shared) or holds it back (a next
 * or later seat the cell staffs), the line says so instead. The label names the founder's stage
 * where its phase reads it as another (exploring as a pilot, expanding as production). Rule 19:
 * no line presumes people in-house the answers do not give. Over every starter a result hands out
 * (the now seats' and every seat's intake pack), for the fidelity profiles and a seeded sample.
 */
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { ROLE_IDS, type Group, type RoleId } from '../../src/engine/ids.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { resultDocument } from '../../src/result/document.ts';
import { jobDescriptionMarkdown } from '../../src/result/job-description.ts';
import { escapeMarkdown } from '../../src/result/escape-markdown.ts';
import { fill } from '../../src/content/fill.ts';
import { intakeWordingSchema } from '../../src/content/schemas/intake-wording.ts';
import { intakeOf } from '../../src/plan/intake.ts';
import intakeJson from '../../content/intake.json' with { type: 'json' };
import profiles from '../fixtures/fidelity-profiles.json' with { type: 'json' };
import { planLabels } from '../helpers/plan.ts';
import { loadJobDescriptionsForTests } from '../helpers/job-descriptions.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';

const intakeWording = intakeWordingSchema.parse({ id: 'intake', ...intakeJson });
const { jd } = await loadJobDescriptionsForTests();
const says = jd.starter.tailoring;
const labels = planLabels();

type Phase = 'pilot' | 'production' | 'scale';
/** domain.md "Phase": the column a stage reads. */
const PHASE_OF: Record<CompleteAnswers['stage'], Phase> = { exploring: 'pilot', pilot: 'pilot', production: 'production', expanding: 'production', scale: 'scale' };

/** stages' seat table (domain.md "Phase"), each cell as S (staffs the seat), U (waiting or shared) or C (as needed / only if custom model). */
type Cell = 'S' | 'U' | 'C';
const CELLS: Partial<Record<RoleId, [Cell, Cell, Cell]>> = {
  'ai-engineer': ['S', 'S', 'S'],
  'backend-engineer': ['U', 'S', 'S'],
  'ai-product-manager': ['S', 'S', 'S'],
  'data-engineer': ['U', 'S', 'S'],
  'mlops-engineer': ['U', 'S', 'S'],
  'eval-specialist': ['U', 'S', 'S'],
  'ml-engineer': ['C', 'C', 'S'],
  'data-scientist': ['U', 'C', 'S'],
  'frontend-designer': ['U', 'S', 'S'],
  'security-governance': ['U', 'S', 'S'],
};
const COLUMN: Record<Phase, 0 | 1 | 2> = { pilot: 0, production: 1, scale: 2 };

/** The phase line a seat of `role` in `lane` must show for these answers. */
function expectedLine(role: RoleId, lane: Group, answers: CompleteAnswers): string {
  const phase = PHASE_OF[answers.stage];
  const name = answers.stage === 'exploring' || answers.stage === 'expanding' ? jd.starter.stages[answers.stage] : jd.starter.phases[phase];
  const cell = CELLS[role]?.[COLUMN[phase]] ?? 'C';
  const template = lane === 'now' && cell === 'U' ? says.phaseEarlier : lane !== 'now' && cell === 'S' ? says.phaseLater : says.phase;
  return `- ${fill(template, { phase: name, seat: jd.roles[role].seats[phase] }, escapeMarkdown)}`;
}

const phaseLineOf = (markdown: string) => markdown.split('\n').find((line) => line.startsWith('- Where you are now'));

/** Every phase line a result with these answers hands out, with the line it must be. */
function linesOf(answers: CompleteAnswers): { where: string; shown: string | undefined; expected: string }[] {
  const doc = resultDocument(recommend(answers), labels);
  const fromResult = doc.items.flatMap((item) => {
    const tailoring = item.jobDescription;
    if (!tailoring) return [];
    const count = tailoring.count ? { ...tailoring.count, source: { id: tailoring.count.source, ...jd.sources[tailoring.count.source] } } : undefined;
    const markdown = jobDescriptionMarkdown(jd.roles[item.role], jd.starter, { ...tailoring, count });
    return [{ where: `result starter ${item.role}`, shown: phaseLineOf(markdown), expected: expectedLine(item.role, item.group, answers) }];
  });
  const fromIntake = ROLE_IDS.flatMap((role) => {
    const item = doc.items.find((entry) => entry.role === role);
    if (!item) return [];
    return [{ where: `intake pack ${role} (${item.group})`, shown: phaseLineOf(intakeOf(doc, role, jd, intakeWording).jobDescription), expected: expectedLine(role, item.group, answers) }];
  });
  return [...fromResult, ...fromIntake];
}

const PROFILES = (profiles as unknown as { id: string; answers: CompleteAnswers }[]).map((profile): [string, CompleteAnswers] => [profile.id, profile.answers]);
const SAMPLE = sampleAnswerSets(400, 20261207).map((answers, index): [string, CompleteAnswers] => [`sample ${index}`, answers]);

describe('"Where you are now" in the job-description starters', () => {
  it.each([...PROFILES, ...SAMPLE])('agrees with where the plan puts each seat (%s)', (_, answers) => {
    const wrong = linesOf(answers).filter(({ shown, expected }) => shown !== expected);
    expect(wrong).toEqual([]);
  });

  it.each([...PROFILES, ...SAMPLE].filter(([, answers]) => !answers.have.some((group) => group !== 'devops')))(
    'presumes nobody in-house when the answers name nobody who holds a seat (%s)',
    (_, answers) => {
      const presuming = linesOf(answers).filter(({ shown }) => /already have|your current|already on your team/i.test(shown ?? ''));
      expect(presuming).toEqual([]);
    },
  );

  it('fidelity review 4: a data engineer or backend engineer the plan puts in now at a pilot is never called shared', () => {
    const answers: CompleteAnswers = { stage: 'exploring', size: 'growth', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', production_soon: 'yes', regulated: 'no', have: [], urgency: 'quarter' };
    const lines = linesOf(answers).filter(({ where }) => /data-engineer|backend-engineer/.test(where));
    expect(lines.length).toBeGreaterThan(0);
    for (const { shown } of lines) {
      expect(shown).toContain('(Exploring');
      expect(shown).not.toMatch(/Shared|already have/);
    }
  });
});
