/**
 * A job-description starter: one role's advice as Markdown a recruiter pastes into an ATS or a
 * doc. Pure: plain data in, a string out; no Astro, no DOM. The role pages render it as is; a
 * result can tailor it (how many, how to fill it, the phase, a regulated domain).
 */
import { PHASES, type Approach, type Commitment, type Phase, type RoleId, type SourceId } from '../engine/ids.ts';
import type { JdPageWording, JdWording } from '../content/schemas/job-description.ts';
import type { Role } from '../content/schemas/role.ts';

/** An article as a starter cites it: the short name inline, the title in the list of sources. */
export interface JdSource {
  id: SourceId;
  title: string;
  short: string;
}

/** A line one article supports. */
export interface JdSourcedLine {
  text: string;
  source: SourceId;
}

/** The role's text a starter is made of (content/roles/<id>.yaml, with its sources' names). */
export interface JobDescriptionRole {
  id: RoleId;
  title: string;
  summary: string;
  owns: string[];
  seats: Record<Phase, string>;
  skills: string[];
  interviewQuestions: string[];
  /** The article whose candidate checklist the questions adapt. */
  interviewSource?: SourceId | undefined;
  vetting?: { pitfalls: JdSourcedLine[]; remedies: JdSourcedLine[] } | undefined;
  /** What to screen for in a regulated domain, if the role says. */
  regulatedScreening?: JdSourcedLine | undefined;
  payBand?: { text: string; note?: string | undefined; source: SourceId } | undefined;
  /** The role's articles, in the role file's order. */
  sources: JdSource[];
}

/** What a result page hands its island for the starters: every role's text, the sources' names, the wording. */
export interface JobDescriptions {
  roles: Record<RoleId, JobDescriptionRole>;
  sources: Record<SourceId, { title: string; short: string }>;
  starter: JdWording;
  page: JdPageWording;
}

/** Optional tailoring from a result: how many, how to fill it, the phase, a regulated domain. */
export interface JobDescriptionTailoring {
  /** How many to hire, with the article that gives the figure. */
  count?: { min: number; max: number; orMore?: boolean; source: JdSource } | undefined;
  approach?: Approach | undefined;
  /** What the seat turns into (augment, then hire or build). */
  then?: Approach | null | undefined;
  /** A part-time seat is posted as one. */
  commitment?: Commitment | undefined;
  phase?: Phase | undefined;
  regulated?: boolean | undefined;
}

/** The starter's view of a role file, given every source's title and short name. */
export function jobDescriptionRoleOf(role: Role, sources: Record<SourceId, { title: string; short: string }>): JobDescriptionRole {
  return {
    id: role.id,
    title: role.title,
    summary: role.summary,
    owns: role.owns,
    seats: role.seats,
    skills: role.skills,
    interviewQuestions: role.interviewQuestions,
    interviewSource: role.interviewSource,
    vetting: role.vetting,
    regulatedScreening: role.regulatedScreening,
    payBand: role.payBand,
    sources: role.sources.map((id) => ({ id, title: sources[id].title, short: sources[id].short })),
  };
}

/** Markdown-significant characters escaped, whitespace (line breaks too) collapsed, so a pasted starter reads as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** `template` (our wording) escaped, with each `{name}` replaced by `values[name]`, escaped too. */
function fill(template: string, values: Record<string, string>): string {
  return escapeMarkdown(template).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? escapeMarkdown(values[name]!) : whole));
}

/** The role's job-description starter as Markdown, tailored where `tailoring` says. */
export function jobDescriptionMarkdown(role: JobDescriptionRole, wording: JdWording, tailoring: JobDescriptionTailoring = {}): string {
  const sourceOf = (id: SourceId) => role.sources.find((source) => source.id === id) ?? { id, title: id, short: id };
  const cited = (line: JdSourcedLine) => `${escapeMarkdown(line.text)} ${fill(wording.lines.citation, { source: sourceOf(line.source).short })}`;
  const list = (items: string[]) => items.map((item) => `- ${item}`);
  const { headings } = wording;

  const out: string[] = [`# ${escapeMarkdown(role.title)}`, '', escapeMarkdown(role.summary), '', `_${escapeMarkdown(wording.intro)}_`, ''];
  const section = (heading: string, lines: string[]) => out.push(`## ${escapeMarkdown(heading)}`, '', ...lines, '');

  const situation = situationLines(role, wording, tailoring, sourceOf);
  if (situation.length > 0) section(headings.situation, list(situation));
  section(headings.owns, list(role.owns.map(escapeMarkdown)));
  section(headings.seats, list(PHASES.map((phase) => `**${escapeMarkdown(wording.phases[phase])}:** ${escapeMarkdown(role.seats[phase])}`)));
  section(headings.skills, list(role.skills.map(escapeMarkdown)));
  section(headings.interview, [
    ...role.interviewQuestions.map((question, index) => `${index + 1}. ${escapeMarkdown(question)}`),
    ...(role.interviewSource ? ['', `_${fill(wording.lines.interviewSource, { source: sourceOf(role.interviewSource).title })}_`] : []),
  ]);
  if (role.vetting) {
    section(headings.vetting, [
      `### ${escapeMarkdown(headings.pitfalls)}`, '', ...list(role.vetting.pitfalls.map(cited)), '',
      `### ${escapeMarkdown(headings.remedies)}`, '', ...list(role.vetting.remedies.map(cited)),
    ]);
  }
  if (role.payBand) {
    section(headings.pay, [
      escapeMarkdown(role.payBand.text),
      ...(role.payBand.note ? ['', escapeMarkdown(role.payBand.note)] : []),
      '', `_${fill(wording.lines.paySource, { source: sourceOf(role.payBand.source).title })}_`,
    ]);
  }
  const sources = [...role.sources];
  if (tailoring.count && !sources.some((source) => source.id === tailoring.count!.source.id)) sources.push(tailoring.count.source);
  section(headings.sources, list(sources.map((source) => escapeMarkdown(source.title))));
  out.push(`_${escapeMarkdown(wording.footer)}_`, '');
  return out.join('\n');
}

/** The "your situation" lines, one per fact the tailoring gives, in a fixed order. */
function situationLines(role: JobDescriptionRole, wording: JdWording, tailoring: JobDescriptionTailoring, sourceOf: (id: SourceId) => JdSource): string[] {
  const { tailoring: says } = wording;
  const lines: string[] = [];
  const { count } = tailoring;
  if (count) {
    const range = `${count.min === count.max ? count.min : `${count.min}-${count.max}`}${count.orMore ? '+' : ''}`;
    lines.push(count.max <= 1 && !count.orMore ? escapeMarkdown(says.countOne) : fill(says.countMany, { count: range, source: count.source.short }));
  }
  if (tailoring.commitment === 'part-time') lines.push(escapeMarkdown(says.partTime));
  if (tailoring.approach) {
    const route: keyof typeof says.approach = tailoring.approach === 'augment' && tailoring.then === 'hire' ? 'augment-hire'
      : tailoring.approach === 'augment' && tailoring.then === 'build' ? 'augment-build' : tailoring.approach;
    lines.push(escapeMarkdown(says.approach[route]));
  }
  if (tailoring.phase) lines.push(fill(says.phase, { phase: wording.phases[tailoring.phase], seat: role.seats[tailoring.phase] }));
  if (tailoring.regulated) {
    const focus = role.regulatedScreening;
    lines.push(focus ? fill(says.regulated, { focus: focus.text, source: sourceOf(focus.source).short }) : escapeMarkdown(says.regulatedGeneral));
  }
  return lines;
}
