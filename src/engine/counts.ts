/**
 * Rule 10: counts by phase and size (ai-vs-ml's org models read with stages' bands). A count
 * never runs ahead of the phase; where a later phase raises it, the advice says so. Each
 * count comes with the sentences that give its figures, so value and reason are one.
 */
import type { CompleteAnswers, Size } from './answers.ts';
import { PHASES, type Phase, type RoleId } from './ids.ts';
import type { CountAdvice, Headcount, HeadcountBand, Reason } from './recommendation.ts';
import { HEADCOUNT_BY_PHASE } from './seat-table.ts';
import { reason, type Trigger } from './reason.ts';
import { isHeadingToProduction, phaseOf } from './rules.ts';
import type { ReasonId } from './reason-ids.ts';

const range = (min: number, max: number): Headcount => ({ min, max });

/** Rule 10's table (model version 3): how many of a counted role, per phase and size; `null` where the table has none. */
export const COUNT_TABLE: Record<'ai-engineer' | 'ml-engineer' | 'inference-engineer', Record<Phase, Record<Size, Headcount | null>>> = {
  'ai-engineer': {
    pilot: { startup: range(1, 2), growth: range(1, 2), enterprise: range(1, 2) },
    production: { startup: range(1, 2), growth: range(3, 5), enterprise: range(3, 5) },
    scale: { startup: range(1, 2), growth: range(3, 5), enterprise: range(8, 12) },
  },
  'ml-engineer': {
    pilot: { startup: range(1, 1), growth: range(1, 1), enterprise: range(1, 1) },
    production: { startup: range(1, 1), growth: range(1, 1), enterprise: range(1, 1) },
    scale: { startup: range(1, 1), growth: range(1, 1), enterprise: range(2, 3) },
  },
  // Rule 8: ai-vs-ml's 1-2 AI infrastructure engineers, at a large company at scale only. Its ML
  // infrastructure engineers are named on the ML engineer's item, never counted here.
  'inference-engineer': {
    pilot: { startup: null, growth: null, enterprise: null },
    production: { startup: null, growth: null, enterprise: null },
    scale: { startup: null, growth: null, enterprise: range(1, 2) },
  },
};

type CountedRole = keyof typeof COUNT_TABLE;
const isCounted = (role: RoleId): role is CountedRole => role in COUNT_TABLE;

/**
 * Rule 10 (version 3): the phase caps the count below ai-vs-ml's figure for the size at a
 * growth company's pilot (1-2 inside stages' 2-5-person pilot team, against ai-vs-ml's 3-5);
 * the item names it as a disagreement rather than showing two numbers.
 */
export function isAiEngineerCountCapped(answers: CompleteAnswers): boolean {
  return answers.size === 'growth' && phaseOf(answers.stage) === 'pilot';
}

/** The sentences that give a counted role's figures, for this phase and size (each names its one source). */
function countReasonIds(role: CountedRole, phase: Phase, size: Size): ReasonId[] {
  if (role === 'ai-engineer') {
    if (size === 'startup') return ['ai-engineers-startup'];
    if (phase === 'pilot') return ['ai-engineers-at-pilot'];
    if (size === 'growth') return ['ai-engineers-growth'];
    return phase === 'scale' ? ['ai-engineers-enterprise'] : ['ai-engineers-enterprise-before-scale'];
  }
  if (role === 'ml-engineer') return size === 'enterprise' && phase === 'scale' ? ['ml-engineers-enterprise'] : [];
  return size === 'enterprise' && phase === 'scale' ? ['inference-enterprise-count'] : [];
}

/** The answers a count's sentence rests on, where not both size and stage. */
const COUNT_TRIGGERS: Partial<Record<ReasonId, Trigger[]>> = {
  'ai-engineers-startup': ['size'],
  'ai-engineers-growth': ['size'],
  'ai-engineers-at-pilot': ['stage'],
};

/**
 * How many of `role` the current phase calls for (null for roles the sources do not count),
 * the higher counts of later phases, and the sentences that give the figures.
 */
export function countFor(role: RoleId, answers: CompleteAnswers): CountAdvice | null {
  if (!isCounted(role)) return null;
  const phase = phaseOf(answers.stage);
  const count = COUNT_TABLE[role][phase][answers.size];
  const later: CountAdvice['later'] = [];
  let highest = count;
  for (const laterPhase of PHASES.slice(PHASES.indexOf(phase) + 1)) {
    const next = COUNT_TABLE[role][laterPhase][answers.size];
    if (next && (!highest || next.max > highest.max)) later.push({ phase: laterPhase, count: (highest = next) });
  }
  if (!count && later.length === 0) return null;
  const reasons = countReasonIds(role, phase, answers.size).map((id) => reason(id, 'counts-by-phase-and-size', COUNT_TRIGGERS[id] ?? ['size', 'stage']));
  return { count, later, reasons };
}

/** Rule 10: stages' band for the phase; a pilot heading for production grows towards the next band. */
export function headcountOf(answers: CompleteAnswers): HeadcountBand {
  const phase = phaseOf(answers.stage);
  const heading = phase === 'pilot' && isHeadingToProduction(answers);
  return {
    phase,
    band: HEADCOUNT_BY_PHASE[phase],
    growingTo: heading ? HEADCOUNT_BY_PHASE.production : null,
    reason: heading
      ? reason('headcount-pilot-heading-to-production', 'counts-by-phase-and-size', ['stage', 'production_soon'])
      : reason(`headcount-${phase}`, 'counts-by-phase-and-size', ['stage']),
  };
}

/** Rule 10: ops-guide's specialist counts, shown beside stages' band where they differ (none for growth). */
export const SPECIALISTS_BY_SIZE: Partial<Record<Size, Headcount>> = {
  startup: range(3, 5),
  enterprise: range(10, 30),
};

/** ops-guide's figure for the size and its sentence, when it differs from the band shown. */
export function otherHeadcountView(answers: CompleteAnswers, band: HeadcountBand): { count: Headcount; reason: Reason } | null {
  const specialists = SPECIALISTS_BY_SIZE[answers.size];
  const shown = band.growingTo ?? band.band;
  if (!specialists || (specialists.min === shown.min && specialists.max === shown.max)) return null;
  return { count: specialists, reason: reason(`specialists-${answers.size as 'startup' | 'enterprise'}`, 'counts-by-phase-and-size', ['size']) };
}

/** The upper end of the band shown (a pilot heading for production: the band it grows to); none at scale. */
export function bandCeiling(band: HeadcountBand): number {
  const shown = band.growingTo ?? band.band;
  return shown.orMore ? Number.POSITIVE_INFINITY : shown.max;
}
