/**
 * Rule 10: counts by phase and size (ai-vs-ml's org models read with stages' bands). A count
 * never runs ahead of the phase; where a later phase raises it, the advice says so. Each
 * count comes with the sentences that give its figures, so value and reason are one.
 */
import type { CompleteAnswers, Size } from './answers.ts';
import { PHASES, type Phase, type RoleId } from './ids.ts';
import type { CountAdvice, Headcount, HeadcountBand, Reason } from './recommendation.ts';
import { HEADCOUNT_BY_PHASE } from './seat-table.ts';
import { reason } from './reason.ts';
import { isCustomMlJustified, isHeadingToProduction, phaseOf } from './rules.ts';
import type { ReasonId } from './reason-ids.ts';

const range = (min: number, max: number): Headcount => ({ min, max });

/** Rule 10's table: how many of a counted role, per phase and size; `null` where the table has none. */
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
  // Enterprise: 1-2 AI infrastructure engineers, plus 1-2 for ML infrastructure with custom ML (added below).
  'inference-engineer': {
    pilot: { startup: null, growth: null, enterprise: null },
    production: { startup: null, growth: null, enterprise: null },
    scale: { startup: range(1, 1), growth: range(1, 1), enterprise: range(1, 2) },
  },
};

type CountedRole = keyof typeof COUNT_TABLE;
const isCounted = (role: RoleId): role is CountedRole => role in COUNT_TABLE;

/** The table's count for a role in a phase, with the enterprise ML-infrastructure addition of rule 8. */
function tableCount(role: CountedRole, phase: Phase, answers: CompleteAnswers): Headcount | null {
  const count = COUNT_TABLE[role][phase][answers.size];
  if (count && role === 'inference-engineer' && answers.size === 'enterprise' && isCustomMlJustified(answers)) {
    return range(count.min + 1, count.max + 2);
  }
  return count;
}

/** The sentences that give a counted role's figures, for this phase and size (each names its one source). */
function countReasonIds(role: CountedRole, phase: Phase, size: Size): ReasonId[] {
  if (role === 'ai-engineer') {
    if (size === 'startup') return ['ai-engineers-startup'];
    if (size === 'growth') return phase === 'pilot' ? ['ai-engineers-at-pilot', 'ai-engineers-growth'] : ['ai-engineers-growth'];
    if (phase === 'scale') return ['ai-engineers-enterprise'];
    return phase === 'pilot' ? ['ai-engineers-at-pilot', 'ai-engineers-enterprise-before-scale'] : ['ai-engineers-enterprise-before-scale'];
  }
  if (role === 'ml-engineer') return size === 'enterprise' ? ['ml-engineers-enterprise'] : [];
  return size === 'enterprise' ? ['inference-enterprise-count'] : [];
}

/**
 * How many of `role` the current phase calls for (null for roles the sources do not count),
 * the higher counts of later phases, and the sentences that give the figures.
 */
export function countFor(role: RoleId, answers: CompleteAnswers): CountAdvice | null {
  if (!isCounted(role)) return null;
  const phase = phaseOf(answers.stage);
  const count = tableCount(role, phase, answers);
  const later: CountAdvice['later'] = [];
  let highest = count;
  for (const laterPhase of PHASES.slice(PHASES.indexOf(phase) + 1)) {
    const next = tableCount(role, laterPhase, answers);
    if (next && (!highest || next.max > highest.max)) later.push({ phase: laterPhase, count: (highest = next) });
  }
  if (!count && later.length === 0) return null;
  const reasons = countReasonIds(role, phase, answers.size).map((id) => reason(id, 'counts-by-phase-and-size', id === 'ai-engineers-at-pilot' ? ['stage'] : ['size']));
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
