/**
 * What /how-it-works/ shows, read from the collections at build time: the rules in number
 * order, stages' seat table, the coverage of the answer space, and the five sources with the
 * addresses they give and the studies they cite. Fails the build when a rule, role, source
 * or study the engine knows has no entry.
 */
import { getCollection } from 'astro:content';
import { RULES, ROLE_IDS, SOURCE_IDS, STUDY_IDS, type Phase, type RoleId, type RuleId, type SourceId } from '../engine/ids.ts';
import { HEADCOUNT_BY_PHASE, SEAT_TABLE, SEAT_TABLE_ROLES, type SeatTableRole } from '../engine/seat-table.ts';
import type { Headcount } from '../engine/recommendation.ts';
import { WORDING } from './result-wording.ts';
import { answerSpaceCoverage } from '../engine/coverage.ts';
import { coverageTables, type CoverageTables } from './coverage-tables.ts';
import type { Rule } from './schemas/rule.ts';
import type { Source } from './schemas/source.ts';
import type { Study } from './schemas/study.ts';
import { indexById } from './index-by-id.ts';
import { fill } from './fill.ts';
import { HOW_IT_WORKS } from './page-wording.ts';
import { loadJobDescriptionWording } from './job-description-wording.ts';

/** The model page's data, plain and serialisable. */
export interface DecisionModel {
  /** Rules 1-17 in number order. */
  rules: Rule[];
  /** The seat-by-phase rule. */
  seatRule: Rule;
  /** stages' seat table (SEAT_TABLE) in words, one row per role. */
  seats: { role: SeatTableRole; cells: Record<Phase, string> }[];
  /** Role names for the table's row headers. */
  roleNames: Record<RoleId, string>;
  /** The phases' names, as column headings (the job-description starters' words). */
  phaseNames: Record<Phase, string>;
  /** stages' headcount band per phase (the page writes it as the result does, with result/words.ts countText). */
  headcount: Record<Phase, Headcount>;
  /** The sources in SOURCE_IDS order, each with its byline, its reading list and its studies (with the figures it reports). */
  sources: SourceEntry[];
  /** How often each role lands where, and each rule and warning fires, over every answer set. */
  coverage: CoverageTables;
}

/** One source as the page lists it. */
export type SourceEntry = Source & {
  /** Publisher, author and year, those known, e.g. "Resourcifi, by Kanika Mathur, 2026". */
  byline: string;
  /** The addresses the article gives, each with the words of its link. */
  readingList: { url: string; label: string; host: string; titled: boolean }[];
  cited: Study[];
};

/** The rule ids, numbered ones first in order, the unnumbered seat table last. */
const RULE_IDS = (Object.keys(RULES) as RuleId[]).sort((a, b) => (RULES[a] || 99) - (RULES[b] || 99));

/** Reads rules, roles, sources and studies into the DecisionModel. */
export async function loadDecisionModel(): Promise<DecisionModel> {
  const [rules, roles, sources, studies, jd] = await Promise.all([
    getCollection('rules'), getCollection('roles'), getCollection('sources'), getCollection('studies'), loadJobDescriptionWording(),
  ]);
  const rulesById = indexById('rules.yaml', RULE_IDS, rules.map(({ data }) => ({ id: data.id, value: data })));
  const studiesById = indexById('studies.yaml', STUDY_IDS, studies.map(({ data }) => ({ id: data.id, value: data })));
  const sourcesById = indexById('sources.yaml', SOURCE_IDS, sources.map(({ data }) => ({ id: data.id, value: data })));
  const seatRule = rulesById['seats-by-phase'];
  const words = seatRule.seatWords;
  if (!words) throw new Error('content/rules.yaml: "seats-by-phase" has no seatWords');
  const roleNames = indexById('roles', ROLE_IDS, roles.map(({ data }) => ({ id: data.id, value: data.name })));
  return {
    rules: RULE_IDS.filter((id) => RULES[id] > 0).map((id) => rulesById[id]),
    seatRule,
    seats: SEAT_TABLE_ROLES.map((role) => ({
      role,
      cells: { pilot: words[SEAT_TABLE[role].pilot], production: words[SEAT_TABLE[role].production], scale: words[SEAT_TABLE[role].scale] },
    })),
    roleNames,
    phaseNames: jd.starter.phases,
    headcount: HEADCOUNT_BY_PHASE,
    sources: SOURCE_IDS.map((id) => sourceEntryOf(sourcesById[id], sourcesById[id].studies.map((study) => reportedBy(studiesById[study], id)))),
    coverage: coverageTables(answerSpaceCoverage(), {
      roles: roleNames,
      rules: Object.fromEntries(RULE_IDS.map((id) => [id, rulesById[id].title])) as Record<RuleId, string>,
      warnings: WORDING.warningTitles,
    }),
  };
}

/** A source with its byline and reading list in words. */
function sourceEntryOf(source: Source, cited: Study[]): SourceEntry {
  const byline = [source.publisher, source.author && fill(HOW_IT_WORKS.sourceList.author, { author: source.author }), source.year].filter((part) => part !== undefined && part !== '').join(', ');
  const readingList = source.references.map(({ url, title }) => {
    const { hostname, pathname } = new URL(url);
    const host = hostname.replace(/^www\./, '');
    // Without a title we could establish, the link shows where it goes.
    return { url, host, titled: title !== undefined, label: title ?? `${host}${pathname.replace(/\/$/, '')}` };
  });
  return { ...source, byline, readingList, cited };
}

/** A study with only the figures `source` reports (figures naming no source belong to all). */
function reportedBy(study: Study, source: SourceId): Study {
  return { ...study, figures: study.figures.filter((figure) => figure.source === undefined || figure.source === source) };
}
