/** The shape of a recommendation: what `recommend(answers)` returns. Types only. */
import type { Approach, Group, Phase, RoleId, RuleId, SourceId, StructureId, WarningId } from './ids.ts';
import type { CompleteAnswers, InHouse, OptionOf, QuestionId } from './answers.ts';

/** A range of people, e.g. 3-5; `orMore` marks an open upper end ("12-30+"). */
export interface Headcount {
  min: number;
  max: number;
  orMore?: boolean;
}

/** Why something was placed: one sentence, the article behind it, the rule and the answers. */
export interface Reason {
  /** Key of the sentence in content/reasons.json. */
  id: string;
  sentence: string;
  source: SourceId;
  rule: RuleId;
  /** The questions whose answers triggered it ("because you answered Regulated: yes"). */
  triggers: QuestionId[];
}

/** One seat to fill, in recommended order. */
export interface HireItem {
  role: RoleId;
  group: Group;
  /** How many, where a source gives counts for the company's size. */
  count: Headcount | null;
  /** How to fill the first seat. */
  approach: Approach;
  /** How to fill seats after the first, when that differs (e.g. upskill engineers for AI engineer #2+). */
  laterSeatsApproach: Approach | null;
  reasons: Reason[];
}

/** A seat someone in-house already holds. */
export interface CoveredRole {
  role: RoleId;
  by: InHouse;
  /** The count sources suggest at the company's size ("sources suggest 3-5 at your size"). */
  suggestedCount: Headcount | null;
  reasons: Reason[];
}

export interface Warning {
  id: WarningId;
  sentence: string;
  source: SourceId;
  triggers: QuestionId[];
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
}

export interface TeamStructure {
  id: StructureId;
  reason: Reason;
  failureMode: Reason;
  /** What the other source says (ops-guide: hybrid often works best). */
  alsoSaid: Reason;
}

export interface HeadcountBand {
  phase: Phase;
  band: Headcount;
  reason: Reason;
  /** Another source's figure where it differs from the first, named. */
  disagreement: { band: Headcount; reason: Reason } | null;
}

export interface Recommendation {
  modelVersion: number;
  answers: CompleteAnswers;
  phase: Phase;
  hireOrder: HireItem[];
  covered: CoveredRole[];
  warnings: Warning[];
  /** Side notes that are not anti-patterns (e.g. "ML only if a custom model becomes worth it"). */
  notes: Reason[];
  scorecard: ScorecardRow[];
  structure: TeamStructure;
  headcount: HeadcountBand;
}
