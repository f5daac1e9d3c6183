/**
 * A job-description starter: one role's advice as Markdown a recruiter pastes into an ATS or a
 * doc. Pure: plain data in, a string out; no Astro, no DOM. The role pages render it as is; a
 * result can tailor it (how many, how to fill it, the phase, a regulated domain, a model product).
 */
import { PHASES, type Approach, type Commitment, type Group, type Phase, type SourceId } from '../engine/ids.ts';
import type { Stage } from '../engine/answers.ts';
import { seatAgainstTable } from '../engine/seat-table.ts';
import { roleTextFor, type JdSource, type JdSourcedLine, type JobDescriptionRole } from '../content/job-description-role.ts';
import type { JdWording } from '../content/schemas/job-description.ts';
import { fill as fillIn } from '../content/fill.ts';
import { escapeMarkdown } from './escape-markdown.ts';

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
  /** The answer the phase is read from: the phase line names it where it is not the phase's own name (exploring, expanding). */
  stage?: Stage | undefined;
  /** The lane the plan puts the seat in: where it differs from stages' cell for the phase, the phase line says so instead of quoting the cell. */
  lane?: Group | undefined;
  regulated?: boolean | undefined;
  /** Rule 20: the answers describe a custom model, so the role's model-product wording replaces its LLM-app lines. */
  modelProduct?: boolean | undefined;
}

/** `template` (our wording) escaped, with each `{name}` replaced by `values[name]`, escaped too. */
const fill = (template: string, values: Record<string, string>) => fillIn(template, values, escapeMarkdown);

/** The role's job-description starter as Markdown, tailored where `tailoring` says. */
export function jobDescriptionMarkdown(roleText: JobDescriptionRole, wording: JdWording, tailoring: JobDescriptionTailoring = {}): string {
  const role = roleTextFor(roleText, tailoring.modelProduct === true);
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
  // A part-time seat held in-house (build) has no post: one line says who holds it, instead of the route.
  const heldInHouse = tailoring.commitment === 'part-time' && tailoring.approach === 'build';
  if (heldInHouse) lines.push(escapeMarkdown(says.partTimeHeld));
  else if (tailoring.commitment === 'part-time') lines.push(escapeMarkdown(says.partTime));
  if (tailoring.approach && !heldInHouse) {
    const route: keyof typeof says.approach = tailoring.approach === 'augment' && tailoring.then === 'hire' ? 'augment-hire'
      : tailoring.approach === 'augment' && tailoring.then === 'build' ? 'augment-build' : tailoring.approach;
    lines.push(escapeMarkdown(says.approach[route]));
  }
  if (tailoring.phase) lines.push(phaseLine(role, wording, tailoring.phase, tailoring.stage, tailoring.lane));
  if (tailoring.regulated) {
    const focus = role.regulatedScreening;
    lines.push(focus ? fill(says.regulated, { focus: focus.text, source: sourceOf(focus.source).short }) : escapeMarkdown(says.regulatedGeneral));
  }
  return lines;
}

/**
 * "Where you are now": the role's own line for the phase, named by the founder's stage where the
 * phase reads it as another ("Exploring, read as a pilot"). The role's line is stages' cell in
 * words, so where the plan places the seat otherwise (engine/seat-table.ts, seatAgainstTable) the
 * line says that instead and never contradicts the plan (fidelity review 4, P2, PL3).
 */
function phaseLine(role: JobDescriptionRole, wording: JdWording, phase: Phase, stage: Stage | undefined, lane: Group | undefined): string {
  const says = wording.tailoring;
  const name = stage === 'exploring' || stage === 'expanding' ? wording.stages[stage] : wording.phases[phase];
  const against = lane ? seatAgainstTable(role.id, phase, lane) : 'agrees';
  if (against === 'agrees') return fill(says.phase, { phase: name, seat: role.seats[phase] });
  return fill(against === 'earlier' ? says.phaseEarlier : says.phaseLater, { phase: name });
}
