/**
 * The job-description starters (src/result/job-description.ts) for every role, from the real
 * content files: the sections a recruiter expects, the role's sources, tailoring only when
 * given, Markdown that pastes as written, and nothing copied from the articles.
 */
import { describe, expect, it } from 'vitest';
import { APPROACHES, PHASES, SOURCE_IDS, type SourceId } from '../../src/engine/ids.ts';
import { jobDescriptionContentSchema, type JdWording } from '../../src/content/schemas/job-description.ts';
import { roleSchema, type Role } from '../../src/content/schemas/role.ts';
import { sourceSchema } from '../../src/content/schemas/source.ts';
import { jobDescriptionMarkdown, type JobDescriptionTailoring } from '../../src/result/job-description.ts';
import { escapeMarkdown } from '../../src/result/escape-markdown.ts';
import { fill as fillSlots } from '../../src/content/fill.ts';
import { jobDescriptionRoleOf, type JdSource, type JobDescriptionRole } from '../../src/content/job-description-role.ts';
import { loadList, loadObject, quotableTitles, roleFileNames } from '../helpers/content-files.ts';
import { copiedRuns, type SeedFingerprints } from '../helpers/paraphrase-guard.ts';
import fixture from '../fixtures/seed-fingerprints.json' with { type: 'json' };

const { starter: wording } = jobDescriptionContentSchema.parse(await loadObject('content/job-description.yaml'));
const sourceList = (await loadList('content/sources.yaml')).map((entry) => sourceSchema.parse(entry));
const sources = {} as Record<SourceId, JdSource>;
for (const source of sourceList) sources[source.id] = source;
const roles: Role[] = await Promise.all(roleFileNames().map(async (name) => roleSchema.parse(await loadObject(`content/roles/${name}`))));
const starters = roles.map((role): [string, Role, JobDescriptionRole] => [role.id, role, jobDescriptionRoleOf(role, sources)]);

/** The `## ` headings of a starter, in order. */
const headingsOf = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
/** The lines under one `## ` heading, up to the next. */
function sectionOf(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line !== '');
}

const ALL_TAILORING: JobDescriptionTailoring = {
  count: { min: 3, max: 5, source: sources['ai-vs-ml'] }, approach: 'augment', phase: 'production', regulated: true,
};

describe('a job-description starter', () => {
  it('exists for all twelve roles', () => {
    expect(starters).toHaveLength(12);
  });

  it.each(starters)('for %s has the title, the summary and every section, in order', (_, role, starter) => {
    const markdown = jobDescriptionMarkdown(starter, wording);
    expect(markdown.startsWith(`# ${escapeMarkdown(role.title)}\n\n${escapeMarkdown(role.summary)}\n`)).toBe(true);
    const { headings } = wording;
    expect(headingsOf(markdown)).toEqual([
      headings.owns, headings.seats, headings.skills, headings.interview,
      ...(role.vetting ? [headings.vetting] : []), ...(role.payBand ? [headings.pay] : []), headings.sources,
    ]);
    expect(sectionOf(markdown, headings.owns)).toEqual(role.owns.map((item) => `- ${escapeMarkdown(item)}`));
    expect(sectionOf(markdown, headings.seats)).toEqual(PHASES.map((phase) => `- **${wording.phases[phase]}:** ${escapeMarkdown(role.seats[phase])}`));
    expect(sectionOf(markdown, headings.skills)).toHaveLength(role.skills.length);
    expect(sectionOf(markdown, headings.interview).filter((line) => /^\d+\. /.test(line))).toHaveLength(role.interviewQuestions.length);
  });

  it.each(starters)("for %s lists the role's sources by title, and cites each sourced line", (_, role, starter) => {
    const markdown = jobDescriptionMarkdown(starter, wording);
    expect(sectionOf(markdown, wording.headings.sources).filter((line) => line.startsWith('- '))).toEqual(role.sources.map((id) => `- ${escapeMarkdown(sources[id].title)}`));
    for (const line of [...(role.vetting?.pitfalls ?? []), ...(role.vetting?.remedies ?? [])]) {
      expect(markdown).toContain(`- ${escapeMarkdown(line.text)} (${escapeMarkdown(sources[line.source].short)})`);
    }
    if (role.interviewSource) expect(markdown).toContain(escapeMarkdown(sources[role.interviewSource].title));
    if (role.payBand) expect(sectionOf(markdown, wording.headings.pay).at(-1)).toContain(escapeMarkdown(sources[role.payBand.source].title));
  });

  it('gives the AI and the ML engineer the same pay band, saying it is one band for both', () => {
    const [ai, ml] = ['ai-engineer', 'ml-engineer'].map((id) => sectionOf(jobDescriptionMarkdown(starters.find(([role]) => role === id)![2], wording), wording.headings.pay));
    expect(ai![0]).toBe(ml![0]);
    expect(ai![0]).toMatch(/\$120K-\$250K\+/);
    for (const lines of [ai!, ml!]) expect(lines.join(' ')).toContain('AI Engineer / Machine Learning Engineer');
  });
});

describe('tailoring', () => {
  const [, aiRole, ai] = starters.find(([id]) => id === 'ai-engineer')!;
  const [, , inference] = starters.find(([id]) => id === 'inference-engineer')!;
  const situation = (starter: JobDescriptionRole, tailoring?: JobDescriptionTailoring) =>
    sectionOf(jobDescriptionMarkdown(starter, wording, tailoring), wording.headings.situation);
  const stems = [wording.tailoring.countOne, wording.tailoring.countMany, ...Object.values(wording.tailoring.approach), wording.tailoring.phase, wording.tailoring.regulated, wording.tailoring.regulatedGeneral]
    .map((sentence) => escapeMarkdown(sentence.split('{')[0]!).trim());

  it.each(starters)('adds nothing to the %s starter when none is given', (_, __, starter) => {
    for (const tailoring of [undefined, {}]) {
      const markdown = jobDescriptionMarkdown(starter, wording, tailoring);
      expect(headingsOf(markdown)).not.toContain(wording.headings.situation);
      for (const stem of stems) expect(markdown).not.toContain(stem);
    }
  });

  it('says how many, starting with one, with the source of the figure', () => {
    expect(situation(ai, { count: { min: 3, max: 5, source: sources['ai-vs-ml'] } })).toEqual(['- You are hiring 3-5; start with one. (AI vs ML engineer gives the figure.)']);
    expect(situation(ai, { count: { min: 1, max: 1, source: sources['ai-vs-ml'] } })).toEqual([`- ${wording.tailoring.countOne}`]);
    expect(situation(ai, { count: { min: 12, max: 30, orMore: true, source: sources.stages } })[0]).toContain('12-30+');
  });

  it("adds a count's source to the sources when the role does not list it", () => {
    const markdown = jobDescriptionMarkdown(inference, wording, { count: { min: 1, max: 2, source: sources.stages } });
    expect(sectionOf(markdown, wording.headings.sources)).toContain(`- ${escapeMarkdown(sources.stages.title)}`);
  });

  it.each(APPROACHES)('says how to fill the seat by %s', (approach) => {
    expect(situation(ai, { approach })).toEqual([`- ${escapeMarkdown(wording.tailoring.approach[approach])}`]);
  });

  // Rule 18: a startup's product owner is held part-time by the founder or a product lead
  // (approach build): the starter is a brief for them, never a post for a contract role.
  it('turns a part-time seat held in-house into a brief, not a post; other part-time seats are posted as such', () => {
    expect(situation(ai, { commitment: 'part-time', approach: 'build' })).toEqual([`- ${escapeMarkdown(wording.tailoring.partTimeHeld)}`]);
    expect(situation(ai, { commitment: 'part-time', approach: 'augment' })).toEqual([
      `- ${escapeMarkdown(wording.tailoring.partTime)}`, `- ${escapeMarkdown(wording.tailoring.approach.augment)}`,
    ]);
  });

  it.each(PHASES)("quotes the role's seat line for the %s phase", (phase) => {
    expect(situation(ai, { phase })).toEqual([`- Where you are now (${wording.phases[phase]}): ${escapeMarkdown(aiRole.seats[phase])}`]);
  });

  it('names what to screen for in a regulated domain, with its source, or a general line', () => {
    const focus = aiRole.regulatedScreening!;
    expect(situation(ai, { regulated: true })).toEqual([`- ${fill(wording.tailoring.regulated, { focus: focus.text, source: sources[focus.source].short })}`]);
    expect(situation(inference, { regulated: true })).toEqual([`- ${escapeMarkdown(wording.tailoring.regulatedGeneral)}`]);
    expect(situation(ai, { regulated: false })).toEqual([]);
  });

  it('puts all four lines first, in a fixed order', () => {
    const markdown = jobDescriptionMarkdown(ai, wording, ALL_TAILORING);
    expect(headingsOf(markdown)[0]).toBe(wording.headings.situation);
    expect(situation(ai, ALL_TAILORING).map((line) => line.slice(2, 20))).toEqual([
      'You are hiring 3-5', wording.tailoring.approach.augment.slice(0, 18), 'Where you are now ', 'Your product is in',
    ]);
  });
});

describe('the Markdown', () => {
  const role = starters[0]![2];
  it('escapes characters that would change how a pasted starter reads, and collapses line breaks', () => {
    const hostile: JobDescriptionRole = { ...role, title: 'C# *lead* <b>AI</b> [x](y) `z` a|b ~c_', summary: 'Line one\nline two' };
    const markdown = jobDescriptionMarkdown(hostile, wording);
    expect(markdown.split('\n')[0]).toBe('# C\\# \\*lead\\* \\<b\\>AI\\</b\\> \\[x\\](y) \\`z\\` a\\|b \\~c\\_');
    expect(markdown).toContain('\nLine one line two\n');
  });

  it('takes every heading and sentence from the wording it is given', () => {
    const other: JdWording = structuredClone(wording);
    other.headings.skills = 'What we look for';
    other.tailoring.approach.hire = 'Hire for keeps.';
    const markdown = jobDescriptionMarkdown(role, other, { approach: 'hire' });
    expect(headingsOf(markdown)).toContain('What we look for');
    expect(markdown).toContain('- Hire for keeps.');
  });
});

const titles = await quotableTitles();

describe('no starter copies an article', () => {
  const seeds: SeedFingerprints = fixture;
  const tailorings: JobDescriptionTailoring[] = [{}, ...PHASES.flatMap((phase) => APPROACHES.map((approach) => ({ ...ALL_TAILORING, phase, approach })))];
  it.each(starters)('%s, plain and tailored every way', (_, __, starter) => {
    const hits = tailorings.flatMap((tailoring) => copiedRuns(jobDescriptionMarkdown(starter, wording, tailoring), seeds, titles).map((hit) => hit.run));
    expect([...new Set(hits)]).toEqual([]);
  });

  it('covers the five sources', () => {
    expect(Object.keys(sources).sort()).toEqual([...SOURCE_IDS].sort());
  });
});

/** The expected tailoring sentence: the template escaped, its slots filled (escaped) by content/fill.ts. */
const fill = (template: string, values: Record<string, string>) => fillSlots(template, values, escapeMarkdown);
