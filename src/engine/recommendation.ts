/** The shape of a recommendation: what `recommend(answers)` returns. Types only. */
import type { Approach, Commitment, DisagreementId, Group, Phase, RoleId, RuleId, SourceId, StructureId, WarningId } from './ids.ts';
import type { CompleteAnswers, InHouse, OptionOf, QuestionId } from './answers.ts';
import type { ReasonId } from './reason-ids.ts';

/** A range of people, e.g. 3-5; `orMore` marks an open upper end ("12-30+"). */
export interface Headcount {
  min: number;
  max: number;
  orMore?: boolean;
}

/**
 * An answer that caused a sentence: a single-choice question, or one in-house group whose
 * presence or absence did (model version 3, rule 13: "because you answered" names every `have`
 * group that triggered the sentence, and no others).
 */
export type Trigger = Exclude<QuestionId, 'have'> | `have:${InHouse}`;

/**
 * Why something was placed: the sentence's id, the rule and the answers. The sentence and the
 * article behind it are content/reasons.json's entry for the id (attached by src/result/document.ts).
 */
export interface Reason {
  /** Key of the sentence in content/reasons.json. */
  id: ReasonId;
  rule: RuleId;
  /** The answers that triggered it ("because you answered Regulated: yes"; in-house groups one by one). */
  triggers: Trigger[];
}

/** Rule 10: how many of a role, for the current phase, and what later phases raise it to. */
export interface CountAdvice {
  /** `null` where the phase has no seat to count yet (inference engineers before scale). */
  count: Headcount | null;
  /** Higher counts of later phases ("3-5 once in production"), in phase order. */
  later: { phase: Phase; count: Headcount }[];
  reasons: Reason[];
}

/** Rule 11: how to fill a seat, and what it turns into (`then`), with the reasons particular to it. */
export interface Staffing {
  approach: Approach;
  /** Augment now and hire the lead later; or hire the lead and build the seats after it. */
  then: Approach | null;
  /**
   * How the seats after the lead are filled, where that differs from the lead's route (further AI
   * engineers grown from software engineers in-house; augmented first when forced now); `null`
   * when every seat of the item goes the item's way.
   */
  afterLead: Approach | null;
  reasons: Reason[];
}

/** One seat to fill, in recommended order. */
export interface HireItem {
  role: RoleId;
  group: Group;
  /** How many for the current phase, where a source gives counts; `null` means one seat. */
  count: Headcount | null;
  /** Higher counts of later phases. */
  countLater: CountAdvice['later'];
  /** How to fill the seat (rule 11); the approach's general reason is stated once per result. */
  approach: Approach;
  then: Approach | null;
  /** Rule 11: how the seats after the lead are filled (stages hires only the one or two anchor leaders). */
  afterLead: Approach | null;
  /** A full-time job, or a seat held part-time (rule 18 at a startup; the domain expert always). */
  commitment: Commitment;
  reasons: Reason[];
}

/** A seat someone in-house already holds. */
export interface CoveredRole {
  role: RoleId;
  by: InHouse;
  /** The count for the current phase and size, where a source gives one. */
  suggestedCount: Headcount | null;
  /** What is particular to this seat (AI fluency, the count); may be empty. */
  reasons: Reason[];
}

/** An anti-pattern the answers walk into (rule 13), worded for where the company is. */
export interface Warning {
  id: WarningId;
  reason: Reason;
}

/** One approach this result uses, with its general reason (stated once, not on every item). */
export interface ApproachUse {
  approach: Approach;
  roles: RoleId[];
  reason: Reason;
  /** Said once beside it: who publishes the advice (the augmentation article is a seller's). */
  note: Reason | null;
}

/** The four ai-vs-ml questions, each answer's verdict (rule 14). */
export type ScorecardQuestion = 'predictive_roi' | 'integration_speed' | 'agentic' | 'data_sufficiency';
export type Verdict = 'ai-engineer' | 'ml-engineer' | 'either';
export interface ScorecardRow {
  question: ScorecardQuestion;
  /** `null` when the question was not asked (no predictive task, so data was not asked). */
  answer: OptionOf<ScorecardQuestion> | null;
  verdict: Verdict;
  reason: Reason;
  /** The named disagreement this verdict differs from the order by (rule 2: the ML engineer first), if any. */
  differs: DisagreementId | null;
}

/** Rule 14 with rule 19: the four rows, and why the plan has no ML engineer when a row points to one. */
export interface Scorecard {
  rows: ScorecardRow[];
  /** Said once when a verdict names an ML engineer that the plan rules out. */
  note: Reason | null;
}

/** One of the three structures of rule 12, with how it fails. */
export interface StructureOption {
  id: StructureId;
  summary: Reason;
  failureMode: Reason;
}

export interface TeamStructure {
  /** The structure recommended for the stage. */
  recommended: StructureId;
  /** Why, for this stage (at scale: hub and spoke with the platform co-owning a feature). */
  reason: Reason;
  /** When a central team is recommended: what would make hub and spoke right. */
  whenHub: Reason | null;
  /** All three structures, in STRUCTURE_IDS order. */
  options: StructureOption[];
}

export interface HeadcountBand {
  phase: Phase;
  band: Headcount;
  /** A pilot heading for production grows towards the production band. */
  growingTo: Headcount | null;
  reason: Reason;
}

/**
 * Two sources (or a source's table and its text) that disagree. The view the result follows
 * is stated at the anchor (an item's reason, the headcount, the structure); `other` is the
 * view it does not follow, named beside it.
 */
export interface Disagreement {
  id: DisagreementId;
  anchor: RoleId | 'headcount' | 'structure';
  /** The source of the view the result follows; `null` where it follows a threshold of its own (no article speaks to it). */
  follows: SourceId | null;
  other: Reason;
  /** The other view's figure, where it has one (ops-guide's 3-5 specialists). */
  otherCount: Headcount | null;
  /**
   * A split: the result takes the seat from `follows` and holds it part-time as this source's
   * view has it (rule 8 at a startup at scale: ownership's inference seat, part-time because
   * ai-vs-ml sees no dedicated one at about five AI engineers); `null` when it follows one view.
   */
  partTimeFrom: SourceId | null;
}

export interface Recommendation {
  modelVersion: number;
  answers: CompleteAnswers;
  phase: Phase;
  hireOrder: HireItem[];
  covered: CoveredRole[];
  /** Why covered seats stay off the order, stated once; `null` when nothing is covered. */
  coveredReason: Reason | null;
  warnings: Warning[];
  /** Side notes that are not anti-patterns (e.g. "ML only if a custom model becomes worth it"). */
  notes: Reason[];
  /** The approaches the order uses, each explained once (rule 11). */
  approaches: ApproachUse[];
  scorecard: Scorecard;
  structure: TeamStructure;
  headcount: HeadcountBand;
  disagreements: Disagreement[];
  /** Rule 15: how AI and ML engineers split the work, when the team holds both. */
  collaboration: Reason[] | null;
  /** Rule 16: the three ownership zones, from `expanding` on. */
  ownershipZones: Reason[] | null;
  /** Rule 17: the ai-vs-ml maturity level and what it needs; `differs` names the disagreement it differs from the order by. */
  maturity: { level: 1 | 2 | 3 | 4; reason: Reason; differs: DisagreementId | null };
}
