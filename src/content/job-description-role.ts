/**
 * A role file as the job-description starters read it (its text, with its sources' names), and
 * what a result page hands its island for them. Plain data, no Astro: the loader
 * (job-description-wording.ts), the role pages and the starter's writer
 * (src/result/job-description.ts) share it.
 */
import type { Phase, RoleId, SourceId } from '../engine/ids.ts';
import type { JdPageWording, JdWording } from './schemas/job-description.ts';
import type { Role, RoleModelProduct } from './schemas/role.ts';

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
  /** The wording a model product's starter uses instead (rule 20), where the role's own is LLM-app wording. */
  modelProduct?: RoleModelProduct | undefined;
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
    modelProduct: role.modelProduct,
    sources: role.sources.map((id) => ({ id, title: sources[id].title, short: sources[id].short })),
  };
}

/**
 * Rule 20: the role's text for an LLM product as it is, for a model product with the role's
 * model-product wording in place of its own, field by field.
 */
export function roleTextFor(role: JobDescriptionRole, modelProduct: boolean): JobDescriptionRole {
  if (!modelProduct || !role.modelProduct) return role;
  const { title, summary, owns, skills, interviewQuestions, regulatedScreening } = role.modelProduct;
  return {
    ...role,
    title: title ?? role.title,
    summary: summary ?? role.summary,
    owns: owns ?? role.owns,
    skills: skills ?? role.skills,
    interviewQuestions: interviewQuestions ?? role.interviewQuestions,
    regulatedScreening: regulatedScreening ?? role.regulatedScreening,
  };
}
