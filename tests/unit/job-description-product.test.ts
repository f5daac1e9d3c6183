/**
 * Rule 20 in the job-description starters: "A model product means rule 2 fires; every other case
 * is an LLM product. Retrieval, tool calling and prompt wording belong to LLM products." So under
 * a model-product answer set no starter, in the result (now seats) or in an intake pack (every
 * role), speaks of prompts, LLMs, retrieval, tool calling, token costs, agents or foundation models; under an LLM
 * product the role's own LLM-app lines stay. Over the fidelity profiles (7, 15 and 24 are model
 * products) and a seeded sample. The model product is told from the answers as domain.md words
 * rule 2, never with the engine's predicate.
 */
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { ROLE_IDS } from '../../src/engine/ids.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { resultDocument, type ResultDocument } from '../../src/result/document.ts';
import { jobDescriptionMarkdown } from '../../src/result/job-description.ts';
import { intakeWordingSchema } from '../../src/content/schemas/intake-wording.ts';
import { intakeOf } from '../../src/plan/intake.ts';
import intakeJson from '../../content/intake.json' with { type: 'json' };
import profiles from '../fixtures/fidelity-profiles.json' with { type: 'json' };
import { planLabels } from '../helpers/plan.ts';
import { loadJobDescriptionsForTests } from '../helpers/job-descriptions.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';

const intakeWording = intakeWordingSchema.parse({ id: 'intake', ...intakeJson });
const { jd } = await loadJobDescriptionsForTests();
const { sources } = jd;
const labels = planLabels();

/** Rule 2's trigger, as domain.md words it: a valuable prediction task, enough data, no rush to integrate, no agents. */
const isModelProduct = (answers: CompleteAnswers) =>
  answers.predictive_roi === 'yes' && answers.data_sufficiency === 'yes' && answers.integration_speed === 'no' && answers.agentic === 'no';

/** Wording that belongs to LLM products (rule 20): prompts, LLMs, retrieval, tool calling, token costs, agents, foundation models. */
const LLM_ONLY: readonly RegExp[] = [/prompt/i, /\bLLM/i, /retrieval/i, /tool[- ]?(call|use)/i, /\btokens?\b/i, /\bagents?\b/i, /foundation[- ]model/i];
const llmTermsIn = (text: string) => LLM_ONLY.filter((term) => term.test(text)).map(String);

const PROFILES = (profiles as unknown as { id: string; answers: CompleteAnswers }[]).map((profile): [string, CompleteAnswers] => [profile.id, profile.answers]);
const SAMPLE = sampleAnswerSets(300, 20261220).map((answers, index): [string, CompleteAnswers] => [`sample ${index}`, answers]);

/** Every starter a result with these answers hands out: the now seats' (as the island writes them) and every role's intake pack. */
function startersOf(answers: CompleteAnswers): { where: string; markdown: string }[] {
  const doc: ResultDocument = resultDocument(recommend(answers), labels);
  const fromResult = doc.items.flatMap((item) => {
    const tailoring = item.jobDescription;
    if (!tailoring) return [];
    const count = tailoring.count ? { ...tailoring.count, source: { id: tailoring.count.source, ...sources[tailoring.count.source] } } : undefined;
    return [{ where: `result starter ${item.role}`, markdown: jobDescriptionMarkdown(jd.roles[item.role], jd.starter, { ...tailoring, count }) }];
  });
  const fromIntake = ROLE_IDS.map((role) => {
    const pack = intakeOf(doc, role, jd, intakeWording);
    // The pack's starter, and the role's lines the pack shows beside it (skills, questions, regulated screening).
    const own = [...pack.skills, ...pack.interviewQuestions, pack.regulatedScreening?.text ?? ''].join('\n');
    return { where: `intake pack ${role}`, markdown: `${pack.jobDescription}\n${own}` };
  });
  return [...fromResult, ...fromIntake];
}

describe('rule 20 in the job-description starters', () => {
  it('the fidelity profiles hold the three model products the review read (7, 15, 24), and the sample holds both kinds', () => {
    expect(PROFILES.filter(([, answers]) => isModelProduct(answers)).map(([id]) => id)).toEqual([
      'fintech-model-first-pilot', 'pricing-model-first-production', 'hospital-scale-model-first',
    ]);
    expect(SAMPLE.some(([, answers]) => isModelProduct(answers))).toBe(true);
    expect(SAMPLE.some(([, answers]) => !isModelProduct(answers))).toBe(true);
  });

  it.each([...PROFILES, ...SAMPLE].filter(([, answers]) => isModelProduct(answers)))('a model product (%s): no starter speaks of prompts, LLMs, retrieval or tool calling', (_, answers) => {
    const found = startersOf(answers).flatMap(({ where, markdown }) => llmTermsIn(markdown).map((term) => `${where}: ${term}`));
    expect(found).toEqual([]);
  });

  it.each(PROFILES.filter(([, answers]) => !isModelProduct(answers)).slice(0, 6))('an LLM product (%s) keeps the roles\' LLM-app lines', (_, answers) => {
    const intake = startersOf(answers).filter(({ where }) => where.startsWith('intake pack'));
    const byRole = (role: string) => intake.find(({ where }) => where === `intake pack ${role}`)!.markdown;
    expect(llmTermsIn(byRole('ai-engineer'))).not.toEqual([]);
    expect(byRole('mlops-engineer')).toMatch(/prompt/i);
    expect(byRole('security-governance')).toMatch(/prompt injection/i);
  });

  it('the model-product wording still names what the seat does for a custom model', () => {
    const [, answers] = PROFILES.find(([id]) => id === 'pricing-model-first-production')!;
    const starters = startersOf(answers);
    const mlops = starters.find(({ where }) => where === 'intake pack mlops-engineer')!.markdown;
    expect(mlops).toMatch(/# MLOps engineer\n/);
    expect(mlops).toMatch(/training/i);
    expect(mlops).toMatch(/serving/i);
    expect(starters.find(({ where }) => where === 'intake pack eval-specialist')!.markdown).toMatch(/release gates/i);
  });
});
