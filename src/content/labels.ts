/**
 * The wording islands need, as plain serialisable data: pages load it from the collections
 * at build time and pass it down as props, or write it into a data file the island fetches
 * (/result/words.json, /roles/intake-data.json); islands never import astro:content.
 */
import { getCollection } from 'astro:content';
import { QUESTION_IDS, type QuestionId } from '../engine/answers.ts';
import { ROLE_IDS, RULES, SOURCE_IDS, type RoleId, type RuleId, type SourceId } from '../engine/ids.ts';
import { indexById } from './index-by-id.ts';
import { indexReasonTexts, type ReasonTexts } from './reason-texts.ts';
import { NOTICE_WORDING, type NoticeWording } from './notice-wording.ts';

const RULE_IDS = Object.keys(RULES) as RuleId[];

export interface QuestionLabels {
  label: string;
  short: string;
  why: string;
  help?: string | undefined;
  source: SourceId;
  options: { id: string; label: string; hint?: string | undefined }[];
  noneLabel?: string | undefined;
}

/** A rule's number and short name, shown beside each reason's source ("Rule 5: MLOps before production"). */
export type RuleNames = Record<RuleId, { number: number; short: string }>;

export interface Labels {
  questions: Record<QuestionId, QuestionLabels>;
  roles: Record<RoleId, { name: string; summary: string }>;
  sources: Record<SourceId, { title: string; short: string; publisher?: string | undefined }>;
  rules: RuleNames;
  /** The words of a link's notice (`[data-notice]`), which every island that reads a link may show. */
  notice: NoticeWording;
}

/** What a result is rendered with: the labels and the sentences of the engine's reasons. */
export interface ResultLabels extends Labels {
  reasons: ReasonTexts;
}

/** Reads the collections into the Labels dictionary. */
export async function loadLabels(): Promise<Labels> {
  const [questions, roles, sources, rules] = await Promise.all([getCollection('questions'), getCollection('roles'), getCollection('sources'), getCollection('rules')]);
  return {
    rules: indexById('rules.yaml', RULE_IDS, rules.map(({ data }) => ({ id: data.id, value: { number: data.number, short: data.short } }))),
    questions: indexById('questions', QUESTION_IDS, questions.map(({ data }) => ({ id: data.id, value: data }))),
    roles: indexById('roles', ROLE_IDS, roles.map(({ data }) => ({ id: data.id, value: { name: data.name, summary: data.summary } }))),
    sources: indexById('sources', SOURCE_IDS, sources.map(({ data }) => ({ id: data.id, value: { title: data.title, short: data.short, publisher: data.publisher } }))),
    notice: NOTICE_WORDING,
  };
}

/** The labels and every reason's sentence, for pages that render a result. */
export async function loadResultLabels(): Promise<ResultLabels> {
  const [labels, reasons] = await Promise.all([loadLabels(), getCollection('reasons')]);
  return { ...labels, reasons: indexReasonTexts(reasons.map(({ data }) => data)) };
}
