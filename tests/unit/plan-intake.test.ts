/**
 * The intake pack per seat (src/plan/intake.ts, intake-words.ts) against the result document it
 * is drawn from, for many seeded answer sets: each pack's lane, count, commitment, approach,
 * time to fill and pay band are the result's, restated here from issue 16's rules (never with
 * the code under test); a seat the plan has no item for says so; the screening text is the
 * role file's; the Markdown says what the page says, and content/intake.json keeps its shape.
 */
import { describe, expect, it } from 'vitest';
import { ROLE_IDS, type RoleId, type SourceId } from '../../src/engine/ids.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { resultDocument } from '../../src/result/document.ts';
import { intakeWordingSchema, type IntakeWording } from '../../src/content/schemas/intake-wording.ts';
import { intakeOf } from '../../src/plan/intake.ts';
import { intakeMarkdown, timeToFillLines } from '../../src/plan/intake-words.ts';
import intakeJson from '../../content/intake.json' with { type: 'json' };
import { expectedRow, planLabels, shownRow } from '../helpers/plan.ts';
import { loadJobDescriptionsForTests } from '../helpers/job-descriptions.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';
import { PERSONAS } from '../helpers/personas.ts';

const wording: IntakeWording = intakeWordingSchema.parse({ id: 'intake', ...intakeJson });
const { jd, roles } = await loadJobDescriptionsForTests();
const { sources } = jd;
const jdContent = { starter: jd.starter, page: jd.page };
const labels = planLabels();

/** talent's band, as domain.md gives it: senior AI/ML engineers $120K-$250K+ US/EU, $40K-$90K offshore. */
const TALENT_BAND = { 'us-eu': { min: 120_000, max: 250_000, orMore: true }, offshore: { min: 40_000, max: 90_000, orMore: false } };
const BANDED: readonly RoleId[] = ['ai-engineer', 'ml-engineer'];

const ANSWER_SETS = [...PERSONAS.map((persona) => persona.answers), ...sampleAnswerSets(400, 20261206)];

describe('each pack equals the result document, for personas and 400 seeded answer sets', () => {
  it('lane, place, count, commitment, approach, time to fill and pay band; no seat where the plan has none', () => {
    let seats = 0;
    let absent = 0;
    for (const answers of ANSWER_SETS) {
      const recommendation = recommend(answers);
      const doc = resultDocument(recommendation, labels);
      for (const role of ROLE_IDS) {
        const pack = intakeOf(doc, role, jd, wording);
        const item = recommendation.hireOrder.find((seat) => seat.role === role);
        const band = BANDED.includes(role) ? TALENT_BAND : null;
        expect(pack.payBand?.regions ?? null, role).toEqual(band);
        if (band) expect(pack.payBand?.source).toBe('talent');
        if (!item) {
          absent += 1;
          expect(pack.seat, `${role} is not in the plan`).toBeNull();
          expect(pack.covered !== null, `${role} covered`).toBe(recommendation.covered.some((covered) => covered.role === role));
          continue;
        }
        seats += 1;
        const seat = pack.seat!;
        expect({ lane: seat.lane, count: seat.count, commitment: seat.commitment, approach: seat.approach, then: seat.then, position: seat.position, total: seat.total })
          .toEqual({ lane: item.group, count: item.count, commitment: item.commitment, approach: item.approach, then: item.then, position: recommendation.hireOrder.indexOf(item) + 1, total: recommendation.hireOrder.length });
        expect(shownRow(seat.timing), `${role} for ${JSON.stringify(answers)}`).toEqual(expectedRow(item, answers));
      }
    }
    // The sample reaches both cases often.
    expect(seats).toBeGreaterThan(1000);
    expect(absent).toBeGreaterThan(500);
  });
});

describe('a pack in words', () => {
  const pilot = PERSONAS[1]!.answers;
  const doc = resultDocument(recommend(pilot), labels);

  it('an augmented AI engineer works by M1 (stages) and its hire lands M4-M7 (ops-guide), with talent\'s band and five questions', () => {
    const pack = intakeOf(doc, 'ai-engineer', jd, wording);
    expect(pack.seat).toMatchObject({ approach: 'augment', then: 'hire' });
    const lines = timeToFillLines(pack.seat!, wording, sources);
    expect(lines[0]).toBe('Search starts M1; M1 augmented, then M4-M7 hired.');
    expect(lines.some((line) => line.endsWith(`Source: ${sources.stages.short}.`))).toBe(true);
    expect(lines.some((line) => line.endsWith(`Source: ${sources['ops-guide'].short}.`))).toBe(true);
    expect(pack.interviewQuestions).toHaveLength(5);
    expect(pack.interviewSource).toBe('talent');
    const markdown = intakeMarkdown(pack, wording, sources, 'https://example.test/result/?x');
    expect(markdown).toContain('$120,000-$250,000+');
    expect(markdown).toContain('$40,000-$90,000');
    expect(markdown).toContain('senior');
    for (const question of pack.interviewQuestions) expect(markdown).toContain(question.replace(/([\\`*_[\]<>#|~])/g, '\\$1'));
    // The starter is tailored as the result's own: augmented, then hired.
    expect(pack.jobDescription).toContain(jdContent.starter.tailoring.approach['augment-hire']);
  });

  it('a seat the plan leaves out says so, and links to the whole plan', () => {
    const lean = resultDocument(recommend(PERSONAS[0]!.answers), labels);
    const out = ROLE_IDS.find((role) => !lean.items.some((item) => item.role === role) && !lean.covered?.roles.some((covered) => covered.role === role))!;
    expect(out).toBeDefined();
    const pack = intakeOf(lean, out, jd, wording);
    expect(pack.seat).toBeNull();
    const markdown = intakeMarkdown(pack, wording, sources, 'https://example.test/result/?x');
    expect(markdown).toContain(wording.notInPlan);
    expect(markdown).toContain('https://example.test/result/?x');
    expect(markdown).not.toContain(`## ${wording.headings.timeToFill}`);
  });

  it('a part-time seat the founder holds is held from M1, with no search and no start-now flag (fidelity review 3, N1)', () => {
    const pack = intakeOf(resultDocument(recommend(PERSONAS[0]!.answers), labels), 'ai-product-manager', jd, wording);
    expect(pack.seat).toMatchObject({ approach: 'build', commitment: 'part-time' });
    const lines = timeToFillLines(pack.seat!, wording, sources);
    expect(lines).toEqual(['Held part-time by someone on your team from M1: there is no search to run.']);
  });
});

describe('vetting: the role file\'s own, talent\'s general advice for the engineering seats listed, or none', () => {
  const doc = resultDocument(recommend(PERSONAS[0]!.answers), labels);
  it.each(ROLE_IDS.map((role) => [role]))('%s', (role) => {
    const own = roles.find((entry) => entry.id === role)!.vetting;
    const general = wording.generalVetting.roles.includes(role);
    const pack = intakeOf(doc, role, jd, wording);
    // content/intake.json never lists a seat that has advice of its own.
    expect(own !== undefined && general).toBe(false);
    if (own) expect(pack.vetting).toEqual({ pitfalls: own.pitfalls, remedies: own.remedies, general: false });
    else if (general) expect(pack.vetting).toMatchObject({ general: true, pitfalls: wording.generalVetting.pitfalls });
    else expect(pack.vetting).toBeNull();
    const all = [...(pack.vetting?.pitfalls ?? []), ...(pack.vetting?.remedies ?? [])];
    expect(all.every((line) => (['talent', 'stages', 'ownership', 'ai-vs-ml', 'ops-guide'] as SourceId[]).includes(line.source))).toBe(true);
  });
});

describe('content/intake.json', () => {
  const problems = (value: unknown) => {
    const result = intakeWordingSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  it.each([
    ['markup', (copy: typeof intakeJson) => { copy.intro = 'For <b>you</b>'; }, 'intro'],
    ['a heading without its role', (copy: typeof intakeJson) => { copy.heading = 'Intake pack'; }, 'heading'],
    ['an unknown seat for the general advice', (copy: typeof intakeJson) => { copy.generalVetting.roles.push('wizard'); }, 'generalVetting.roles'],
  ])('rejects %s', (_, edit, path) => {
    const copy = structuredClone({ id: 'intake', ...intakeJson });
    edit(copy);
    expect(problems(copy).some((line) => line.startsWith(path))).toBe(true);
  });
});
