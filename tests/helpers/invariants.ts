/**
 * The invariants at the end of domain.md, one named check each. A check returns `null` when
 * it holds and a short description of the breach otherwise, so the exhaustive test can run
 * all 580,608 answer sets fast and still say exactly what broke.
 */
import { questionPath } from '../../src/engine/answers.ts';
import { SOURCE_IDS, type RoleId } from '../../src/engine/ids.ts';
import type { Reason, Recommendation } from '../../src/engine/recommendation.ts';
import { isCustomModelProduct, phaseOf } from '../../src/engine/rules.ts';

type Invariant = (r: Recommendation) => string | null;

const indexOf = (r: Recommendation, role: RoleId) => r.hireOrder.findIndex((item) => item.role === role);
const has = (r: Recommendation, role: RoleId) => indexOf(r, role) !== -1;
const knownSource = (reason: Reason) => (SOURCE_IDS as readonly string[]).includes(reason.source);

export const INVARIANTS: Record<string, Invariant> = {
  'the order is non-empty': (r) => (r.hireOrder.length > 0 ? null : 'empty hire order'),

  'the order has no duplicates': (r) =>
    new Set(r.hireOrder.map((i) => i.role)).size === r.hireOrder.length ? null : 'duplicate role',

  'no covered role is in the order': (r) => {
    const clash = r.covered.find((c) => has(r, c.role));
    return clash ? `${clash.role} is covered and ordered` : null;
  },

  'groups come in order now, next, later': (r) => {
    const rank = { now: 0, next: 1, later: 2 };
    return r.hireOrder.every((item, i) => i === 0 || rank[r.hireOrder[i - 1]!.group] <= rank[item.group]) ? null : 'groups out of order';
  },

  'the first AI engineer precedes any ML engineer, except under rule 2': (r) =>
    has(r, 'ai-engineer') && has(r, 'ml-engineer') && !isCustomModelProduct(r.answers) && indexOf(r, 'ml-engineer') < indexOf(r, 'ai-engineer')
      ? 'ML engineer before AI engineer' : null,

  'a data scientist never precedes a data engineer': (r) =>
    has(r, 'data-scientist') && has(r, 'data-engineer') && indexOf(r, 'data-scientist') < indexOf(r, 'data-engineer')
      ? 'data scientist before data engineer' : null,

  'a data scientist is never in now at pilot phase': (r) =>
    r.phase === 'pilot' && r.hireOrder.some((i) => i.role === 'data-scientist' && i.group === 'now') ? 'data scientist in now at pilot' : null,

  'no ML engineer without predictive ROI and data': (r) =>
    (r.answers.predictive_roi === 'no' || r.answers.data_sufficiency === 'no') && has(r, 'ml-engineer') ? 'ML engineer without ROI and data' : null,

  'MLOps is in now at production, scale or heading there (a build with DevOps in-house)': (r) => {
    if (phaseOf(r.answers.stage) === 'pilot' && r.answers.production_soon !== 'yes') return null;
    const mlops = r.hireOrder.find((i) => i.role === 'mlops-engineer');
    if (!mlops || mlops.group !== 'now') return 'MLOps not in now';
    return r.answers.have.includes('devops') && mlops.approach !== 'build' ? 'MLOps not a build with DevOps in-house' : null;
  },

  'no inference engineer in now below scale': (r) =>
    r.phase !== 'scale' && r.hireOrder.some((i) => i.role === 'inference-engineer' && i.group === 'now') ? 'inference engineer in now' : null,

  'every item has a reason with a known source': (r) =>
    r.hireOrder.every((i) => i.reasons.length > 0 && i.reasons.every(knownSource)) ? null : 'item without a sourced reason',

  'every warning, note and covered reason names a known source': (r) =>
    [...r.warnings, ...r.notes, ...r.covered.flatMap((c) => c.reasons)].every((x) => (SOURCE_IDS as readonly string[]).includes(x.source))
      ? null : 'unsourced warning or note',

  'every reason is triggered only by questions that were asked': (r) => {
    const asked = new Set(questionPath(r.answers));
    const reasons = [...r.hireOrder.flatMap((i) => i.reasons), ...r.covered.flatMap((c) => c.reasons), ...r.notes, ...r.warnings];
    const bad = reasons.find((reason) => reason.triggers.some((q) => !asked.has(q)));
    return bad ? `${'id' in bad ? bad.id : ''} triggered by an unasked question` : null;
  },
};

/** The names of the invariants a recommendation breaks, with details. */
export function brokenInvariants(r: Recommendation): string[] {
  return Object.entries(INVARIANTS).flatMap(([name, check]) => {
    const breach = check(r);
    return breach ? [`${name}: ${breach}`] : [];
  });
}
