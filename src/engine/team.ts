/** Rules 10 and 12: the team's structure and its headcount band, each with its sources. */
import type { CompleteAnswers } from './answers.ts';
import type { HeadcountBand, TeamStructure } from './recommendation.ts';
import { reason } from './texts.ts';
import { HEADCOUNT_BY_PHASE, SPECIALISTS_BY_SIZE, phaseOf, structureFor } from './rules.ts';

/** Rule 12 (ownership), with ops-guide's view beside it. */
export function structureOf(answers: CompleteAnswers): TeamStructure {
  const id = structureFor(answers.stage);
  return {
    id,
    reason: reason(`structure-${id}`, 'team-structure', ['stage']),
    failureMode: reason(`failure-${id}`, 'team-structure', ['stage']),
    alsoSaid: reason('hybrid-often-works', 'team-structure'),
  };
}

/** Rule 10: stages' band for the phase; ops-guide's figure for the size where it has one. */
export function headcountOf(answers: CompleteAnswers): HeadcountBand {
  const phase = phaseOf(answers.stage);
  const specialists = SPECIALISTS_BY_SIZE[answers.size];
  return {
    phase,
    band: HEADCOUNT_BY_PHASE[phase],
    reason: reason(`headcount-${phase}`, 'counts-by-size', ['stage']),
    disagreement: specialists
      ? { band: specialists, reason: reason(answers.size === 'startup' ? 'specialists-startup' : 'specialists-enterprise', 'counts-by-size', ['size']) }
      : null,
  };
}
