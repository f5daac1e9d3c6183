/**
 * A seat's intake pack (issue 16, item 4): what a recruiter needs to brief a search for one seat
 * of a plan, drawn from the one result document so it cannot disagree with the result. The seat's
 * lane, place, count, commitment and approach are the document's item's; its time to fill is
 * the timeline's row (timeline.ts); its pay band the one an article gives (pay-band.ts). The
 * screening text (skills, interview questions, vetting) and the job-description starter come
 * from the role's file; where the file has no vetting advice of its own, an engineering seat
 * gets talent's advice for AI hires in general (content/intake.json says which seats).
 * A seat the plan has no item for is `seat: null`, with `covered` when someone in-house holds it.
 */
import type { Approach, Commitment, Group, RoleId } from '../engine/ids.ts';
import type { Headcount } from '../engine/recommendation.ts';
import type { DocAnswer, DocItem, ResultDocument } from '../result/document.ts';
import { roleTextFor, type JdSourcedLine, type JobDescriptions } from '../content/job-description-role.ts';
import { isCustomModelProduct } from '../engine/rules.ts';
import type { IntakeWording } from '../content/schemas/intake-wording.ts';
import { jobDescriptionMarkdown, type JobDescriptionTailoring } from '../result/job-description.ts';
import { payBandOf, type PayBand } from './pay-band.ts';
import { timelineOf, type TimelineRow } from './timeline.ts';

/** The seat as the plan has it. */
export interface IntakeSeat {
  lane: Group;
  /** 1-based place in the whole hire order, of `total`. */
  position: number;
  total: number;
  count: Headcount | null;
  countText: string | null;
  commitment: Commitment;
  commitmentText: string;
  approach: Approach;
  then: Approach | null;
  approachText: string;
  /** The time to fill: the timeline's row for this seat. */
  timing: TimelineRow;
}

/** Vetting advice: the role's own, talent's general advice for AI hires (`general`), or none. */
export interface IntakeVetting {
  pitfalls: JdSourcedLine[];
  remedies: JdSourcedLine[];
  general: boolean;
}

export interface IntakeDocument {
  role: RoleId;
  /** The role's short name and title. */
  name: string;
  title: string;
  modelVersion: number;
  answers: ResultDocument['answers'];
  yourAnswers: DocAnswer[];
  /** `null`: the plan for these answers has no item for this seat. */
  seat: IntakeSeat | null;
  /** When the seat is held in-house: by whom, in words. */
  covered: { heldBy: string } | null;
  skills: string[];
  /** In a regulated domain, what else to screen for. */
  regulatedScreening: JdSourcedLine | null;
  interviewQuestions: string[];
  interviewSource: JobDescriptions['roles'][RoleId]['interviewSource'];
  vetting: IntakeVetting | null;
  /** The band an article gives for this seat, if any. */
  payBand: PayBand | null;
  /** The job-description starter as Markdown, tailored with the seat as the plan has it. */
  jobDescription: string;
}

/** The vetting a seat's pack shows. */
function vettingOf(role: RoleId, roles: JobDescriptions['roles'], wording: IntakeWording): IntakeVetting | null {
  const own = roles[role].vetting;
  if (own) return { pitfalls: own.pitfalls, remedies: own.remedies, general: false };
  const general = wording.generalVetting;
  return general.roles.includes(role) ? { pitfalls: general.pitfalls, remedies: general.remedies, general: true } : null;
}

/**
 * The starter's tailoring: a now seat's as the result's own starter has it (with its count's
 * article); a next or later seat by approach, commitment, phase and domain; no seat, none.
 */
function tailoringOf(item: DocItem | undefined, doc: ResultDocument, jd: JobDescriptions): JobDescriptionTailoring {
  if (!item) return { modelProduct: isCustomModelProduct(doc.answers) };
  const own = item.jobDescription;
  if (!own) return { approach: item.approach, then: item.then, commitment: item.commitment, phase: doc.phase, stage: doc.answers.stage, lane: item.group, regulated: doc.answers.regulated === 'yes', modelProduct: isCustomModelProduct(doc.answers) };
  return { ...own, count: own.count && { ...own.count, source: { id: own.count.source, ...jd.sources[own.count.source] } } };
}

/** The intake pack for `role` under the plan `doc`. */
export function intakeOf(doc: ResultDocument, role: RoleId, jd: JobDescriptions, wording: IntakeWording): IntakeDocument {
  const index = doc.items.findIndex((item) => item.role === role);
  const item = doc.items[index];
  const text = roleTextFor(jd.roles[role], isCustomModelProduct(doc.answers));
  const timing = item && timelineOf(doc).rows[index]!;
  const seat: IntakeSeat | null = item && timing
    ? {
        lane: item.group,
        position: item.position,
        total: doc.items.length,
        count: item.count,
        countText: item.countText,
        commitment: item.commitment,
        commitmentText: item.commitmentText,
        approach: item.approach,
        then: item.then,
        approachText: item.approachText,
        timing,
      }
    : null;
  const held = doc.covered?.roles.find((covered) => covered.role === role);
  return {
    role,
    name: item?.name ?? text.title,
    title: text.title,
    modelVersion: doc.modelVersion,
    answers: doc.answers,
    yourAnswers: doc.yourAnswers,
    seat,
    covered: !item && held ? { heldBy: held.heldBy } : null,
    skills: text.skills,
    regulatedScreening: doc.answers.regulated === 'yes' ? (text.regulatedScreening ?? null) : null,
    interviewQuestions: text.interviewQuestions,
    interviewSource: text.interviewSource,
    vetting: vettingOf(role, jd.roles, wording),
    payBand: payBandOf(role),
    jobDescription: jobDescriptionMarkdown(jd.roles[role], jd.starter, tailoringOf(item, doc, jd)),
  };
}
