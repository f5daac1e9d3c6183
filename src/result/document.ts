/**
 * One plain, serialisable description of a result, built from the recommendation and the
 * content: the summary, the lanes, every item with its reasons, covered seats, warnings,
 * the team, the disagreements between sources, the scorecard and the answers. The page, the
 * Markdown copy, print, the embed's compact plan and the job-description starters only
 * render it, so they cannot drift apart.
 */
import { questionPath, type CompleteAnswers, type InHouse, type QuestionId, type Stage } from '../engine/answers.ts';
import { GROUPS, type Approach, type Commitment, type DisagreementId, type Group, type Phase, type RoleId, type RuleId, type SourceId, type StructureId, type WarningId } from '../engine/ids.ts';
import { questionOfTrigger, type Trigger } from '../engine/reason.ts';
import { isCustomModelProduct } from '../engine/rules.ts';
import type { Disagreement, Headcount, HireItem, Reason, Recommendation } from '../engine/recommendation.ts';
import type { Labels, ResultLabels } from '../content/labels.ts';
import { summaryOf, type DocSummary } from './summary.ts';
import { countText } from './words.ts';
import { answerText } from '../content/answer-words.ts';
import { WORDING } from '../content/result-wording.ts';
import { fill } from '../content/fill.ts';

/** An answer that caused something, or one of "your answers". */
export interface DocAnswer {
  question: QuestionId;
  /** The question's short name, e.g. "Regulated". */
  name: string;
  /** The answer in words, e.g. "Yes". */
  answer: string;
}

export interface DocReason {
  id: string;
  sentence: string;
  /** The article behind it; `null` for this plan's own threshold (shown as such, never with a source). */
  source: { id: SourceId; name: string } | null;
  rule: RuleId;
  /** "Rule 5: MLOps before production": the rule that produced it, shown beside its source. */
  ruleName: string;
  because: DocAnswer[];
}

export interface DocDisagreement {
  id: DisagreementId;
  anchor: Disagreement['anchor'];
  /** "This plan follows <source>." (`id` null: its own threshold, where no article speaks to it). */
  follows: { id: SourceId | null; name: string };
  other: DocReason;
  /** Both views are one article's (its table and its text): the page says so, not "sources differ". */
  withinArticle: boolean;
  /** A split: the seat from `follows`, part-time as this source has it (the page names both), or `null`. */
  partTimeFrom: { id: SourceId; name: string } | null;
}

export interface DocFlip {
  /** "answer No to Regulated: Security moves from now to next." */
  text: string;
  answers: CompleteAnswers;
  to: Group | null;
}

export interface DocItem {
  role: RoleId;
  name: string;
  group: Group;
  /** 1-based place in the whole order. */
  position: number;
  count: Headcount | null;
  /** "1-2", or null for one seat. */
  countText: string | null;
  /** "3-5 once in production". */
  laterText: string[];
  approach: Approach;
  then: Approach | null;
  /** With software engineers in-house, the seats after the lead's: grown (build) or brought in (augment); `null`: every seat goes the item's way. */
  afterLead: Approach | null;
  /** "Augment, then hire". */
  approachText: string;
  /** A full-time job or a seat held part-time (model version 3). */
  commitment: Commitment;
  /** "Part-time" or "Full-time". */
  commitmentText: string;
  /** The plan's chip: a short name and "Augment→Hire"; `partTime` marks a part-time seat. */
  chip: { name: string; approach: string; partTime: boolean };
  /** A few words, always visible. */
  why: string;
  reasons: DocReason[];
  disagreements: DocDisagreement[];
  /** What a job-description starter for this seat is tailored with (now items only). */
  jobDescription: JdTailoring | null;
}

/** A starter's tailoring from the result: how many (with the source of the figure), how to fill it, the phase, a regulated domain. */
export interface JdTailoring {
  count?: { min: number; max: number; orMore?: boolean; source: SourceId } | undefined;
  approach: Approach;
  then: Approach | null;
  commitment: Commitment;
  phase: Phase;
  /** The answer the phase is read from, and the seat's lane (always now here): the phase line follows them. */
  stage: Stage;
  lane: Group;
  regulated: boolean;
  /** Rule 20: the answers describe a custom model (the starter drops its LLM-app lines). */
  modelProduct: boolean;
}

export interface DocLane {
  group: Group;
  title: string;
  items: DocItem[];
}

export interface ResultDocument {
  modelVersion: number;
  answers: CompleteAnswers;
  phase: Phase;
  summary: DocSummary;
  lanes: DocLane[];
  items: DocItem[];
  /** The first warnings, shown beside the plan. */
  topWarnings: { id: WarningId; reason: DocReason }[];
  warnings: { id: WarningId; reason: DocReason }[];
  notes: DocReason[];
  covered: { intro: DocReason; roles: { role: RoleId; name: string; heldBy: string; countText: string | null; reasons: DocReason[]; disagreements: DocDisagreement[] }[] } | null;
  approaches: { approach: Approach; label: string; reason: DocReason; note: DocReason | null; roles: string[] }[];
  structure: { recommended: StructureId; name: string; reason: DocReason; whenHub: DocReason | null; options: { id: StructureId; name: string; summary: DocReason; failure: DocReason; recommended: boolean }[]; disagreements: DocDisagreement[] };
  headcount: { text: string; reason: DocReason; disagreements: DocDisagreement[] };
  disagreements: DocDisagreement[];
  collaboration: DocReason[] | null;
  zones: DocReason[] | null;
  /** `differs`: where the line differs from the order, a pointer to the named disagreement. */
  maturity: { level: number; reason: DocReason; differs: string | null };
  /** `name` is the question as asked, `short` its two-word name; `differs` as for maturity. */
  scorecard: { question: QuestionId; name: string; short: string; answer: string; verdict: string; reason: DocReason; differs: string | null }[];
  /** Why the plan has no ML engineer where a scorecard row points to one (rule 19). */
  scorecardNote: DocReason | null;
  yourAnswers: DocAnswer[];
}

/** The answers asked, in words ("your answers"). */
function answersOf(questions: readonly QuestionId[], answers: CompleteAnswers, labels: Labels): DocAnswer[] {
  return questions.map((question) => ({ question, name: labels.questions[question].short, answer: answerText(question, answers, labels) }));
}

/**
 * The answers that triggered a sentence, in words. In-house groups are named one by one, held
 * or not ("Already in-house: Data scientists, no data engineers"), in one entry for `have`.
 */
function triggersOf(triggers: readonly Trigger[], answers: CompleteAnswers, labels: Labels): DocAnswer[] {
  const have = labels.questions.have;
  const groups = triggers.filter((trigger) => trigger.startsWith('have:')).map((trigger) => trigger.slice('have:'.length) as InHouse);
  const groupText = (group: InHouse) => {
    const label = have.options.find((option) => option.id === group)?.label ?? group;
    // "no data engineers", "no AI engineers": a leading capital drops unless the word is an initialism.
    // "no product manager", not "no A product manager": an option's leading article drops after "no".
    const bare = label.replace(/^An? (?=[a-z])/, '');
    const inSentence = /^[A-Z][a-z]/.test(bare) ? bare.charAt(0).toLowerCase() + bare.slice(1) : bare;
    return answers.have.includes(group) ? label : fill(WORDING.text.notInHouse, { group: inSentence });
  };
  const questions = [...new Set(triggers.map(questionOfTrigger))];
  return questions.map((question) => question === 'have'
    ? { question, name: have.short, answer: groups.map(groupText).join(', ') }
    : { question, name: labels.questions[question].short, answer: answerText(question, answers, labels) });
}

/** A reason in words: its sentence, source (or this plan's threshold) and rule from content, the answers that triggered it. */
function docReason(reason: Reason, answers: CompleteAnswers, labels: ResultLabels): DocReason {
  const text = labels.reasons[reason.id];
  const rule = labels.rules[reason.rule];
  return {
    id: reason.id,
    sentence: text.sentence,
    source: text.source ? { id: text.source, name: labels.sources[text.source].short } : null,
    rule: reason.rule,
    ruleName: rule.number > 0 ? fill(WORDING.text.ruleRef, { number: rule.number, name: rule.short }) : rule.short,
    because: triggersOf(reason.triggers, answers, labels),
  };
}

function docDisagreement(disagreement: Disagreement, answers: CompleteAnswers, labels: ResultLabels): DocDisagreement {
  return {
    id: disagreement.id,
    anchor: disagreement.anchor,
    follows: { id: disagreement.follows, name: disagreement.follows ? labels.sources[disagreement.follows].short : WORDING.text.ownThreshold },
    other: docReason(disagreement.other, answers, labels),
    withinArticle: labels.reasons[disagreement.other.id].source === disagreement.follows,
    partTimeFrom: disagreement.partTimeFrom ? { id: disagreement.partTimeFrom, name: labels.sources[disagreement.partTimeFrom].short } : null,
  };
}

/** "This plan follows <source>.", or for a split the seat's source and the part-time hours' source. */
export const followsLine = (d: DocDisagreement): string =>
  d.partTimeFrom ? fill(WORDING.text.followsSplit, { source: d.follows.name, other: d.partTimeFrom.name }) : fill(WORDING.text.follows, { source: d.follows.name });

/** "Augment, then hire" or "Hire". */
function approachText(item: Pick<HireItem, 'approach' | 'then'>): string {
  const label = WORDING.approaches[item.approach].label;
  return item.then ? fill(WORDING.text.then, { approach: label, then: WORDING.approaches[item.then].label.toLowerCase() }) : label;
}

/** "Augment→Hire" or "Hire", for a chip. */
function chipApproach(item: Pick<HireItem, 'approach' | 'then'>): string {
  const label = (approach: Approach) => WORDING.approaches[approach].label;
  return item.then ? fill(WORDING.text.chipThen, { approach: label(item.approach), then: label(item.then) }) : label(item.approach);
}

/** The few words shown beside a seat for the sentence that placed it, or that sentence. */
function whyOf(placedBy: Reason, labels: ResultLabels): string {
  const text = labels.reasons[placedBy.id];
  return text.why ?? text.sentence;
}

/** A now item's starter tailoring; the count's source is the sentence that gives its figure. */
function jdTailoringOf(item: HireItem, recommendation: Recommendation, labels: ResultLabels): JdTailoring {
  const figure = item.reasons.find((reason) => reason.rule === 'counts-by-phase-and-size');
  return {
    count: item.count && figure && labels.reasons[figure.id].source ? { ...item.count, source: labels.reasons[figure.id].source! } : undefined,
    approach: item.approach,
    then: item.then,
    commitment: item.commitment,
    phase: recommendation.phase,
    stage: recommendation.answers.stage,
    lane: item.group,
    regulated: recommendation.answers.regulated === 'yes',
    modelProduct: isCustomModelProduct(recommendation.answers),
  };
}

/** "This plan differs here: see …": the pointer from a verdict to the disagreement it differs from the order by. */
/**
 * Where a verdict differs from the order: a pointer to the named disagreement where the page shows
 * it, at its seat in the plan ("Sources differ" on the ML engineer), never to a section the page lacks.
 */
function differsText(id: DisagreementId | null, recommendation: Recommendation, labels: ResultLabels): string | null {
  if (!id) return null;
  const anchor = recommendation.disagreements.find((d) => d.id === id)?.anchor;
  const seat = anchor && anchor !== 'headcount' && anchor !== 'structure' ? labels.roles[anchor].name : WORDING.disagreementTopics[id];
  return fill(WORDING.text.differsFromPlan, { label: WORDING.text.sourcesDiffer, seat });
}

/**
 * Builds the document. Flip points are not part of it: the page works them out once the plan
 * is on screen and shows them in words (flip-words.ts) inside each seat's details.
 */
export function resultDocument(recommendation: Recommendation, labels: ResultLabels): ResultDocument {
  const { answers } = recommendation;
  const reasonOf = (reason: Reason) => docReason(reason, answers, labels);
  const disagreements = recommendation.disagreements.map((d) => docDisagreement(d, answers, labels));
  const at = (anchor: Disagreement['anchor']) => disagreements.filter((d) => d.anchor === anchor);
  const roleName = (role: RoleId) => labels.roles[role].name;

  const items: DocItem[] = recommendation.hireOrder.map((item, index) => ({
    role: item.role,
    name: roleName(item.role),
    group: item.group,
    position: index + 1,
    count: item.count,
    countText: item.count && !(item.count.min === 1 && item.count.max === 1) ? countText(item.count) : null,
    laterText: item.countLater.map((later) => fill(WORDING.text.countLater, { count: countText(later.count), phase: WORDING.laterPhases[later.phase] })),
    approach: item.approach,
    then: item.then,
    afterLead: item.afterLead,
    approachText: approachText(item),
    commitment: item.commitment,
    commitmentText: item.commitment === 'part-time' ? WORDING.text.partTime : WORDING.text.fullTime,
    chip: { name: WORDING.chipNames[item.role], approach: chipApproach(item), partTime: item.commitment === 'part-time' },
    why: whyOf(item.reasons[0]!, labels),
    reasons: item.reasons.map(reasonOf),
    disagreements: at(item.role),
    jobDescription: item.group === 'now' ? jdTailoringOf(item, recommendation, labels) : null,
  }));
  const warnings = recommendation.warnings.map((warning) => ({ id: warning.id, reason: reasonOf(warning.reason) }));

  return {
    modelVersion: recommendation.modelVersion,
    answers,
    phase: recommendation.phase,
    summary: summaryOf(recommendation, labels),
    lanes: GROUPS.map((group) => ({ group, title: WORDING.groups[group].lane, items: items.filter((item) => item.group === group) })).filter((lane) => lane.items.length > 0),
    items,
    topWarnings: warnings.slice(0, 2),
    warnings,
    notes: recommendation.notes.map(reasonOf),
    covered: recommendation.coveredReason
      ? {
          intro: reasonOf(recommendation.coveredReason),
          roles: recommendation.covered.map((covered) => ({
            role: covered.role,
            name: roleName(covered.role),
            heldBy: fill(WORDING.text.heldBy, { who: answerText('have', { have: [covered.by] }, labels) }),
            countText: covered.suggestedCount ? fill(WORDING.text.forYourPhase, { count: countText(covered.suggestedCount) }) : null,
            reasons: covered.reasons.map(reasonOf),
            disagreements: at(covered.role),
          })),
        }
      : null,
    approaches: recommendation.approaches.map((use) => ({
      approach: use.approach, label: WORDING.approaches[use.approach].long, reason: reasonOf(use.reason), note: use.note && reasonOf(use.note), roles: use.roles.map(roleName),
    })),
    structure: {
      recommended: recommendation.structure.recommended,
      name: WORDING.structures[recommendation.structure.recommended],
      reason: reasonOf(recommendation.structure.reason),
      whenHub: recommendation.structure.whenHub && reasonOf(recommendation.structure.whenHub),
      options: recommendation.structure.options.map((option) => ({
        id: option.id,
        name: WORDING.structures[option.id],
        summary: reasonOf(option.summary),
        failure: reasonOf(option.failureMode),
        recommended: option.id === recommendation.structure.recommended,
      })),
      disagreements: at('structure'),
    },
    headcount: {
      text: recommendation.headcount.growingTo
        ? fill(WORDING.text.growing, { band: countText(recommendation.headcount.band), to: countText(recommendation.headcount.growingTo) })
        : countText(recommendation.headcount.band),
      reason: reasonOf(recommendation.headcount.reason),
      disagreements: at('headcount'),
    },
    disagreements,
    collaboration: recommendation.collaboration?.map(reasonOf) ?? null,
    zones: recommendation.ownershipZones?.map(reasonOf) ?? null,
    maturity: { level: recommendation.maturity.level, reason: reasonOf(recommendation.maturity.reason), differs: differsText(recommendation.maturity.differs, recommendation, labels) },
    scorecard: recommendation.scorecard.rows.map((row) => ({
      question: row.question,
      name: labels.questions[row.question].label,
      short: labels.questions[row.question].short,
      answer: row.answer === null ? WORDING.text.notAsked : answerText(row.question, answers, labels),
      verdict: WORDING.verdicts[row.verdict],
      reason: reasonOf(row.reason),
      differs: differsText(row.differs, recommendation, labels),
    })),
    scorecardNote: recommendation.scorecard.note && reasonOf(recommendation.scorecard.note),
    yourAnswers: answersOf(questionPath(answers), answers, labels),
  };
}
