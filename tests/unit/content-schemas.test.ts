/**
 * The content collections' schemas against the real files in content/, and against broken
 * copies of them. Files are parsed by Astro's own `file()` loader (the parser the build uses;
 * see tests/helpers/content-files.ts).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { QUESTION_IDS } from '../../src/engine/answers.ts';
import { ROLE_IDS, SOURCE_IDS, STUDY_IDS } from '../../src/engine/ids.ts';
import { questionSchema } from '../../src/content/schemas/question.ts';
import { roleIdOfFile, roleSchema } from '../../src/content/schemas/role.ts';
import { sourceSchema } from '../../src/content/schemas/source.ts';
import { studySchema } from '../../src/content/schemas/study.ts';
import { reasonSchema } from '../../src/content/schemas/reason.ts';
import { jobDescriptionContentSchema } from '../../src/content/schemas/job-description.ts';
import { embedBuilderWordingSchema } from '../../src/content/schemas/embed-builder.ts';
import builderWording from '../../content/embed-builder.json' with { type: 'json' };
import { loadList, loadObject, roleFileNames } from '../helpers/content-files.ts';

/** The problems `schema` finds in `value`, as "path: message" lines (empty when it accepts it). */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** A deep copy of `value` with `edit` applied to it. */
function edited<T>(value: T, edit: (copy: T) => void): T {
  const copy = structuredClone(value);
  edit(copy);
  return copy;
}

const questions = await loadList('content/questions.yaml');
const roleFiles = roleFileNames();
const roles = await Promise.all(roleFiles.map((name) => loadObject(`content/roles/${name}`)));
const sources = await loadList('content/sources.yaml');
const studies = await loadList('content/studies.yaml');
const reasons = await loadList('content/reasons.json');
const jobDescription = await loadObject('content/job-description.yaml');

const byId = (list: Record<string, unknown>[], id: string) => list.find((entry) => entry.id === id)!;

describe('the real content files', () => {
  it('ask exactly the questions of QUESTION_IDS, in asking order, each valid', () => {
    expect(questions.map((question) => question.id)).toEqual([...QUESTION_IDS]);
    for (const question of questions) expect(problems(questionSchema, question), String(question.id)).toEqual([]);
  });

  it('describe every role of ROLE_IDS in content/roles/<id>.yaml, each valid', () => {
    expect(roleFiles.map((name) => name.replace(/\.yaml$/, '')).sort()).toEqual([...ROLE_IDS].sort());
    roleFiles.forEach((name, index) => {
      const role = roles[index]!;
      expect(roleIdOfFile({ entry: name, data: role })).toBe(role.id);
      expect(problems(roleSchema, role), name).toEqual([]);
    });
  });

  it("give a pay band only where a source gives one: talent's merged AI / ML engineer band, on both pages", () => {
    const withBand = roles.filter((role) => role.payBand !== undefined).map((role) => role.id).sort();
    expect(withBand).toEqual(['ai-engineer', 'ml-engineer']);
    const [ai, ml] = ['ai-engineer', 'ml-engineer'].map((id) => roleSchema.parse(byId(roles, id)).payBand!);
    expect([ai!.source, ml!.source]).toEqual(['talent', 'talent']);
    expect(ml!.text).toBe(ai!.text);
    for (const band of [ai!, ml!]) expect(band.note).toContain('AI Engineer / Machine Learning Engineer');
  });

  it('adapt talent\'s five interview questions and its vetting advice for the AI and ML seats', () => {
    for (const id of ['ai-engineer', 'ml-engineer']) {
      const role = roleSchema.parse(byId(roles, id));
      expect(role.interviewQuestions, id).toHaveLength(5);
      expect(role.interviewSource, id).toBe('talent');
      expect(role.vetting?.pitfalls.some((pitfall) => pitfall.source === 'talent'), id).toBe(true);
      expect(role.vetting?.remedies.every((remedy) => remedy.source === 'talent'), id).toBe(true);
    }
  });

  // stages' seat table (domain.md "Phase"), as the words each seat line must use.
  const SEAT_TABLE: Record<string, [string[], string[], string[]]> = {
    'ai-engineer': [['core'], ['core'], ['core', 'several']],
    'backend-engineer': [['shared'], ['core'], ['core']],
    'ai-product-manager': [['core'], ['core'], ['core']],
    'data-engineer': [['shared'], ['core'], ['core', 'platform']],
    'mlops-engineer': [['wait'], ['core', 'not to be delayed'], ['core', 'platform']],
    'eval-specialist': [['shared with the ai engineer'], ['core'], ['dedicated']],
    'ml-engineer': [['only if', 'custom model'], ['as needed'], ['core']],
    'data-scientist': [['wait'], ['as needed'], ['core']],
    'frontend-designer': [['shared'], ['core'], ['core']],
    'security-governance': [['wait'], ['add'], ['dedicated function']],
  };
  it.each(Object.entries(SEAT_TABLE))("give %s the seats of stages' table", (id, cells) => {
    const seats = roleSchema.parse(byId(roles, id)).seats;
    (['pilot', 'production', 'scale'] as const).forEach((phase, index) => {
      for (const word of cells[index]!) expect(seats[phase].toLowerCase(), `${id} ${phase}`).toContain(word);
    });
  });

  it('list the five sources and the four studies, each valid', () => {
    expect(sources.map((source) => source.id)).toEqual([...SOURCE_IDS]);
    for (const source of sources) expect(problems(sourceSchema, source), String(source.id)).toEqual([]);
    expect(studies.map((study) => study.id)).toEqual([...STUDY_IDS]);
    for (const study of studies) expect(problems(studySchema, study), String(study.id)).toEqual([]);
  });

  it("agree both ways on who cites which study (a source's studies, a study's citedBy)", () => {
    const citations = (list: [string, string][]) => list.map((pair) => pair.join(' cites ')).sort();
    const fromSources = sources.flatMap((entry) => {
      const source = sourceSchema.parse(entry);
      return source.studies.map((study): [string, string] => [source.id, study]);
    });
    const fromStudies = studies.flatMap((entry) => {
      const study = studySchema.parse(entry);
      return study.citedBy.map((source): [string, string] => [source, study.id]);
    });
    expect(citations(fromSources)).toEqual(citations(fromStudies));
  });

  it('hold reason sentences the reasons schema accepts, with unique ids', () => {
    for (const reason of reasons) expect(problems(reasonSchema, reason), String(reason.id)).toEqual([]);
    expect(new Set(reasons.map((reason) => reason.id)).size).toBe(reasons.length);
  });
});

describe('the question schema rejects', () => {
  const stage = byId(questions, 'stage');
  const have = byId(questions, 'have');
  it.each([
    ['an unknown question id', edited(stage, (q) => (q.id = 'phase'))],
    ['a misspelt option id', edited(stage, (q) => ((q.options as { id: string }[])[0]!.id = 'explore'))],
    ['options out of order', edited(stage, (q) => (q.options as unknown[]).reverse())],
    ['a missing option', edited(stage, (q) => (q.options as unknown[]).pop())],
    ['an unknown source', edited(stage, (q) => (q.source = 'opsguide'))],
    ['a misspelt field', edited(stage, (q) => ((q.shrt = q.short), delete q.short))],
    ['noneLabel outside `have`', edited(stage, (q) => (q.noneLabel = 'None'))],
    ['`have` without noneLabel', edited(have, (q) => delete q.noneLabel)],
  ])('%s', (_, question) => {
    expect(problems(questionSchema, question)).not.toEqual([]);
  });
});

describe('the role schema rejects', () => {
  type Sourced = { text: string; source: string };
  const vettingOf = (r: Record<string, unknown>) => r.vetting as { pitfalls: Sourced[]; remedies: Sourced[] };
  const role = byId(roles, 'ai-engineer');
  it.each([
    ['an unknown role id', edited(role, (r) => (r.id = 'prompt-engineer'))],
    ['an unknown source', edited(role, (r) => ((r.sources as string[])[0] = 'opsguide'))],
    ['no sources', edited(role, (r) => (r.sources = []))],
    ['a repeated source', edited(role, (r) => (r.sources = ['talent', 'talent']))],
    ['a pay band from an unknown source', edited(role, (r) => ((r.payBand as { source: string }).source = 'glassdoor'))],
    ['a pay band from a source it does not list', edited(role, (r) => (r.sources = ['stages']))],
    ['a missing phase', edited(role, (r) => delete (r.seats as Record<string, unknown>).scale)],
    ['more than six bullets', edited(role, (r) => (r.owns = Array.from({ length: 7 }, (_, i) => `bullet ${i}`)))],
    ['a misspelt field', edited(role, (r) => ((r.skils = r.skills), delete r.skills))],
    ['an interview source it does not list', edited(role, (r) => (r.interviewSource = 'ops-guide'))],
    ['a vetting pitfall from a source it does not list', edited(role, (r) => (vettingOf(r).pitfalls[0]!.source = 'ops-guide'))],
    ['a vetting remedy without a source', edited(role, (r) => delete (vettingOf(r).remedies[0] as Partial<Sourced>).source)],
    ['vetting without remedies', edited(role, (r) => (vettingOf(r).remedies = []))],
    ['a hiring note from a source it does not list', edited(role, (r) => ((r.hiringNotes as Sourced[])[0]!.source = 'ops-guide'))],
    ['a hiring note that is a bare string', edited(role, (r) => ((r.hiringNotes as unknown[])[0] = 'Look for shippers.'))],
    ['regulated screening from a source it does not list', edited(role, (r) => ((r.regulatedScreening as Sourced).source = 'ops-guide'))],
    ['an empty pay-band note', edited(role, (r) => ((r.payBand as { note: string }).note = ''))],
    ['model-product regulated screening from a source it does not list', edited(role, (r) => ((r.modelProduct as Record<string, unknown>).regulatedScreening = { text: 'model risk', source: 'ops-guide' }))],
    ['model-product wording with a misspelt field', edited(role, (r) => ((r.modelProduct as Record<string, unknown>).skils = ['Serving']))],
    ['model-product wording with more than six bullets', edited(role, (r) => ((r.modelProduct as Record<string, unknown>).owns = Array.from({ length: 7 }, (_, i) => `bullet ${i}`)))],
  ])('%s', (_, value) => {
    expect(problems(roleSchema, value)).not.toEqual([]);
  });

  it('and a role file whose id differs from its file name fails the loader', () => {
    expect(() => roleIdOfFile({ entry: 'ml-engineer.yaml', data: role })).toThrow(/must equal the file name "ml-engineer"/);
  });
});

describe('the source and study schemas reject', () => {
  const source = byId(sources, 'stages');
  // A study two sources cite with figures of their own (ops-guide's and stages' McKinsey shares).
  const study = byId(studies, 'mckinsey-2025');
  it.each([
    ['a source with an unknown id', sourceSchema, edited(source, (s) => (s.id = 'stage'))],
    ['a source citing an unknown study', sourceSchema, edited(source, (s) => (s.studies = ['mckinsey']))],
    ['a study with an unknown id', studySchema, edited(study, (s) => (s.id = 'forrester'))],
    ['a study cited by an unknown source', studySchema, edited(study, (s) => (s.citedBy = ['opsguide']))],
    ['a figure from a source that does not cite the study', studySchema, edited(study, (s) => (s.citedBy = ['stages']))],
    ['a year that is not a number', studySchema, edited(study, (s) => (s.year = 'recent'))],
    // Every address the page links out to is an absolute https URL, as the URL parser writes it.
    ['a source address over plain http', sourceSchema, edited(source, (s) => (s.url = 'http://www.resourcifi.com/insights/ai-engineering-team-structure/'))],
    ['a source address that runs script', sourceSchema, edited(source, (s) => (s.url = 'javascript:alert(1)'))],
    ['a relative source address', sourceSchema, edited(source, (s) => (s.url = '/insights/ai-engineering-team-structure/'))],
    ['a source address with credentials', sourceSchema, edited(source, (s) => (s.url = 'https://user:pw@www.resourcifi.com/'))],
    ['a source address written unnormalised', sourceSchema, edited(source, (s) => (s.url = 'HTTPS://www.Resourcifi.com/insights/'))],
    ['a reading-list address over plain http', sourceSchema, edited(source, (s) => (s.references = [{ url: 'http://kubernetes.io/docs/' }]))],
    ['a repeated reading-list address', sourceSchema, edited(source, (s) => (s.references = [{ url: 'https://kubernetes.io/docs/' }, { url: 'https://kubernetes.io/docs/' }]))],
    ['a study address over plain http', studySchema, edited(study, (s) => (s.url = 'http://www.gartner.com/'))],
  ])('%s', (_, schema: z.ZodType, value) => {
    expect(problems(schema, value)).not.toEqual([]);
  });
});

describe('the reason schema', () => {
  const valid = { id: 'ai-engineer-first', sentence: 'Hire an AI engineer first.', source: 'ai-vs-ml' };
  it('accepts kebab-case ids, with `_` inside question ids', () => {
    expect(problems(reasonSchema, valid)).toEqual([]);
    expect(problems(reasonSchema, { ...valid, id: 'scorecard-predictive_roi-yes' })).toEqual([]);
  });
  it.each([
    ['a camelCase id', { ...valid, id: 'aiEngineerFirst' }],
    ['an unknown source', { ...valid, source: 'opsguide' }],
    ['an empty sentence', { ...valid, sentence: '  ' }],
    ['a sentence over 240 characters', { ...valid, sentence: 'a'.repeat(241) }],
    ['HTML in a sentence', { ...valid, sentence: 'Hire <b>now</b>.' }],
    ['an extra field', { ...valid, rule: 1 }],
  ])('rejects %s', (_, value) => {
    expect(problems(reasonSchema, value)).not.toEqual([]);
  });
});

describe('the job-description wording', () => {
  type Wording = { starter: { tailoring: Record<string, unknown>; headings: Record<string, unknown>; lines: Record<string, unknown> }; page: Record<string, unknown> };
  const wording = jobDescription as Wording;
  it('is valid as written', () => {
    expect(problems(jobDescriptionContentSchema, jobDescription)).toEqual([]);
  });
  it.each([
    ['a sentence that drops a placeholder', edited(wording, (w) => (w.starter.tailoring.countMany = 'You are hiring several.'))],
    ['a sentence with an unknown placeholder', edited(wording, (w) => (w.starter.tailoring.phase = 'At {phase} ({stage}): {seat}'))],
    ['a page label without the role', edited(wording, (w) => (w.page.label = 'The starter'))],
    ['a missing heading', edited(wording, (w) => delete w.starter.headings.pay)],
    ['an empty line', edited(wording, (w) => (w.starter.lines.citation = ''))],
    ['a misspelt field', edited(wording, (w) => ((w.page.copyy = w.page.copy), delete w.page.copy))],
  ])('rejects %s', (_, value) => {
    expect(problems(jobDescriptionContentSchema, value)).not.toEqual([]);
  });
});

describe('the embed builder wording', () => {
  type Wording = { accent: Record<string, unknown>; platforms: Record<string, { snippets: string[] }>; [field: string]: unknown };
  const wording = { id: 'embed-builder', ...builderWording } as Wording;
  it('is valid as written', () => {
    expect(problems(embedBuilderWordingSchema, wording)).toEqual([]);
  });
  it.each([
    ['markup in a sentence', edited(wording, (w) => (w.intro = 'Paste <b>this</b>.'))],
    ['a note that drops a colour', edited(wording, (w) => (w.accent.adjustedBoth = 'Drawn as {light} on light backgrounds.'))],
    ['a note with an unknown slot', edited(wording, (w) => (w.accent.adjustedOne = 'Drawn as {color}.'))],
    ['Ghost without a label for its address', edited(wording, (w) => w.platforms.ghost!.snippets.pop())],
    ['a misspelt field', edited(wording, (w) => ((w.copyy = w.copy), delete w.copy))],
  ])('rejects %s', (_, value) => {
    expect(problems(embedBuilderWordingSchema, value)).not.toEqual([]);
  });
});
