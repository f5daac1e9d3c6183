/**
 * Side notes that are neither seats nor anti-patterns: no ML engineer at scale unless a custom
 * model pays (rule 3), a domain review outside a regulated domain (rule 7, version 3), and the
 * one pair of answers that pull apart (rule 19).
 */
import type { CompleteAnswers } from './answers.ts';
import type { Reason } from './recommendation.ts';
import { reason } from './reason.ts';
import { isLive, phaseOf } from './rules.ts';

/** The notes these answers call for, in that order. */
export function notesFor(answers: CompleteAnswers): Reason[] {
  const notes: Reason[] = [];
  if (answers.predictive_roi === 'no' && phaseOf(answers.stage) === 'scale' && !answers.have.includes('ml')) {
    notes.push(reason('ml-only-if-worth-it', 'ml-needs-roi-and-data', ['predictive_roi', 'stage']));
  }
  if (answers.regulated === 'no') notes.push(reason(isLive(answers) ? 'domain-review-note-live' : 'domain-review-note', 'regulated-pulls-security-forward', ['regulated']));
  // Shipping into your processes within about 90 days, yet no launch within about six months.
  if (answers.integration_speed === 'yes' && answers.production_soon === 'no') {
    notes.push(reason('fast-integration-without-launch', 'sentences-agree-with-answers', ['integration_speed', 'production_soon']));
  }
  return notes;
}
