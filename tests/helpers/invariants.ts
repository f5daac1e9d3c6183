/**
 * The invariants at the end of domain.md (model version 3), one named check each, restated
 * here from domain.md's own words: the phase table, rule 2's four answers, rule 9's
 * coverage, rule 10's count table and headcount bands, stages' production column, rule 18. Nothing here calls the engine's
 * predicates or reads the result's own `phase`, so a wrong rule in the engine cannot make
 * its own expectation. A check returns `null` when it holds, otherwise what broke.
 */
import type { CompleteAnswers, Size } from '../../src/engine/answers.ts';
import type { Group, RoleId } from '../../src/engine/ids.ts';
import type { Headcount, HireItem, Reason, Recommendation } from '../../src/engine/recommendation.ts';
import { textOf } from './reason-texts.ts';
import { reasonsIn } from './reasons-in.ts';

type Invariant = (r: Recommendation) => string | null;
const KNOWN_SOURCES = new Set(['ops-guide', 'stages', 'ai-vs-ml', 'ownership', 'talent']);
type Phase = 'pilot' | 'production' | 'scale';

/** domain.md "Phase": `exploring`, `pilot` -> pilot; `production`, `expanding` -> production; `scale` -> scale. */
const PHASE_OF_STAGE: Record<CompleteAnswers['stage'], Phase> = {
  exploring: 'pilot', pilot: 'pilot', production: 'production', expanding: 'production', scale: 'scale',
};
export const phaseIn = (a: CompleteAnswers): Phase => PHASE_OF_STAGE[a.stage];

/** Rule 5: production is due in phase production or scale, or with `production_soon=yes`. */
export const productionDue = (a: CompleteAnswers) => phaseIn(a) !== 'pilot' || a.production_soon === 'yes';

/** Rule 2: `predictive_roi=yes`, `data_sufficiency=yes`, `integration_speed=no` and `agentic=no`. */
export const rule2Applies = (a: CompleteAnswers) =>
  a.predictive_roi === 'yes' && a.data_sufficiency === 'yes' && a.integration_speed === 'no' && a.agentic === 'no';

/** Rule 9: the seat each `have` option covers (`devops` covers none). */
const COVERS: Record<string, RoleId> = {
  software: 'backend-engineer', data: 'data-engineer', product: 'ai-product-manager', design: 'frontend-designer',
  'data-science': 'data-scientist', ml: 'ml-engineer', ai: 'ai-engineer',
};
export const coveredBy = (a: CompleteAnswers): RoleId[] => a.have.flatMap((h) => (COVERS[h] ? [COVERS[h]] : []));

const r = (min: number, max: number): Headcount => ({ min, max });

/** Rule 18: AI/ML specialist seats, and the in-house groups counted beside them. */
const SPECIALIST_SEATS: readonly RoleId[] = ['ai-engineer', 'ml-engineer', 'data-engineer', 'data-scientist', 'mlops-engineer', 'eval-specialist', 'inference-engineer'];
const SPECIALIST_GROUPS: readonly string[] = ['ai', 'ml', 'data-science', 'data'];
/** Rule 11: the specialist gaps (MLOps, data, eval, security, inference). */
const SPECIALIST_GAPS: readonly RoleId[] = ['mlops-engineer', 'data-engineer', 'eval-specialist', 'security-governance', 'inference-engineer'];
/** Rule 5 (version 3): the seats stages' table marks core at production, plus the security seat ("Add"). */
const CORE_AT_PRODUCTION: readonly RoleId[] = [
  'ai-engineer', 'backend-engineer', 'ai-product-manager', 'data-engineer', 'mlops-engineer', 'eval-specialist', 'frontend-designer', 'security-governance',
];
/** Rule 13 (version 3): warnings whose point the MLOps, security and data engineer items make. */
const RETIRED_WARNINGS = ['mlops-missing-at-production', 'regulated-without-security', 'data-science-without-data-engineering'] as const;
/** Rule 10's table: the highest count a seat may show in a phase at a size ("—" is no count). */
const COUNT_LIMIT: Partial<Record<RoleId, Record<Phase, Record<Size, Headcount | null>>>> = {
  'ai-engineer': {
    pilot: { startup: r(1, 2), growth: r(1, 2), enterprise: r(1, 2) },
    production: { startup: r(1, 2), growth: r(3, 5), enterprise: r(3, 5) },
    scale: { startup: r(1, 2), growth: r(3, 5), enterprise: r(8, 12) },
  },
  'ml-engineer': {
    pilot: { startup: r(1, 1), growth: r(1, 1), enterprise: r(1, 1) },
    production: { startup: r(1, 1), growth: r(1, 1), enterprise: r(1, 1) },
    scale: { startup: r(1, 1), growth: r(1, 1), enterprise: r(2, 3) },
  },
  // Version 3, rule 8: enterprise at scale 1-2; below enterprise no count (ML infrastructure is never counted here).
  'inference-engineer': {
    pilot: { startup: null, growth: null, enterprise: null },
    production: { startup: null, growth: null, enterprise: null },
    scale: { startup: null, growth: null, enterprise: r(1, 2) },
  },
};

/** Whether a shown count stays within rule 10's table; seats the table does not count show none. */
function countWithinTable(role: RoleId, count: Headcount | null, a: CompleteAnswers): boolean {
  const limits = COUNT_LIMIT[role];
  if (!limits) return count === null;
  const limit = limits[phaseIn(a)][a.size];
  if (!limit) return count === null;
  return count === null || (count.min >= limit.min && count.max <= limit.max);
}

/** Rule 10's band shown (stages): its upper end; a pilot heading for production grows towards 6-12; scale has none. */
function bandCeiling(a: CompleteAnswers): number {
  if (phaseIn(a) === 'scale') return Number.POSITIVE_INFINITY;
  if (phaseIn(a) === 'production' || a.production_soon === 'yes') return 12;
  return 5;
}

/** What a result's reasons say: every sentence, and the sources and triggers beside them. */
interface Walked {
  sentences: string[];
  unsourced: string[];
  /** `<reason id> by <question>` for triggers naming a question that was not asked. */
  unasked: string[];
}
/** The last result read (several invariants ask of the same one in turn; a map of every result walked would cost more in garbage collection than it saves). */
let last: { x: Recommendation; walked: Walked } | undefined;

/** Reads every reason of a result (`reasons`: found by walking every object of it), once per result. */
function walk(x: Recommendation, reasons?: readonly Reason[]): Walked {
  if (last?.x === x) return last.walked;
  const found: Walked = { sentences: [], unsourced: [], unasked: [] };
  const answers = x.answers as Record<string, unknown>;
  for (const reason of reasons ?? reasonsIn(x)) {
    // Its words are content's entry for the id.
    const text = textOf(reason);
    if (text) found.sentences.push(text.sentence);
    // A sentence names a known article, or is this plan's own threshold (a number no article gives).
    if (!text || !(KNOWN_SOURCES.has(text.source ?? '') || (text.source === undefined && text.threshold === true))) found.unsourced.push(reason.id);
    // `have:<group>` names one in-house group: `have` is always asked.
    for (const trigger of reason.triggers) {
      if (answers[trigger.split(':')[0]!] === undefined) found.unasked.push(`${reason.id} by ${trigger}`);
    }
  }
  last = { x, walked: found };
  return found;
}

/** Every sentence anywhere in a result. */
export const sentencesOf = (x: Recommendation): string[] => walk(x).sentences;

const indexOf = (x: Recommendation, role: RoleId) => x.hireOrder.findIndex((item) => item.role === role);
const has = (x: Recommendation, role: RoleId) => indexOf(x, role) !== -1;
const itemOf = (x: Recommendation, role: RoleId): HireItem | undefined => x.hireOrder.find((item) => item.role === role);
const groupOf = (x: Recommendation, role: RoleId): Group | undefined => itemOf(x, role)?.group;

export const INVARIANTS: Record<string, Invariant> = {
  'the order is non-empty': (x) => (x.hireOrder.length > 0 ? null : 'empty hire order'),

  'the order has no duplicates': (x) => (new Set(x.hireOrder.map((i) => i.role)).size === x.hireOrder.length ? null : 'duplicate role'),

  'no covered role is in the order': (x) => {
    const clash = coveredBy(x.answers).find((role) => has(x, role));
    return clash ? `${clash} is covered and ordered` : null;
  },

  'groups come in order now, next, later': (x) => {
    const rank = { now: 0, next: 1, later: 2 };
    return x.hireOrder.every((item, i) => i === 0 || rank[x.hireOrder[i - 1]!.group] <= rank[item.group]) ? null : 'groups out of order';
  },

  'the first AI engineer precedes any ML engineer, except under rule 2': (x) =>
    has(x, 'ai-engineer') && has(x, 'ml-engineer') && !rule2Applies(x.answers) && indexOf(x, 'ml-engineer') < indexOf(x, 'ai-engineer')
      ? 'ML engineer before AI engineer' : null,

  'a data scientist never precedes a data engineer': (x) =>
    has(x, 'data-scientist') && has(x, 'data-engineer') && indexOf(x, 'data-scientist') < indexOf(x, 'data-engineer') ? 'data scientist first' : null,

  'a data scientist is never in now at pilot phase': (x) =>
    phaseIn(x.answers) === 'pilot' && groupOf(x, 'data-scientist') === 'now' ? 'data scientist in now at a pilot' : null,

  'no ML engineer when predictive_roi=no or data_sufficiency=no': (x) =>
    (x.answers.predictive_roi === 'no' || x.answers.data_sufficiency === 'no') && has(x, 'ml-engineer') ? 'ML engineer without ROI and data' : null,

  'MLOps, data engineering (unless covered) and security are in now whenever production is due': (x) => {
    if (!productionDue(x.answers)) return null;
    const due: RoleId[] = ['mlops-engineer', 'security-governance', ...(coveredBy(x.answers).includes('data-engineer') ? [] : ['data-engineer' as const])];
    const missing = due.filter((role) => groupOf(x, role) !== 'now');
    return missing.length > 0 ? `${missing.join(', ')} not in now` : null;
  },

  'devops in-house makes MLOps augment-then-build when production is due and build otherwise, still in the order': (x) => {
    if (!x.answers.have.includes('devops')) return null;
    const mlops = itemOf(x, 'mlops-engineer');
    const want = productionDue(x.answers) ? 'augment then build' : 'build';
    const got = mlops ? `${mlops.approach}${mlops.then ? ` then ${mlops.then}` : ''}` : 'absent';
    return got === want ? null : `MLOps is ${got}, want ${want}`;
  },

  'no inference engineer in now below phase scale': (x) =>
    phaseIn(x.answers) !== 'scale' && groupOf(x, 'inference-engineer') === 'now' ? 'inference engineer in now' : null,

  'every item has at least one reason with a known source id': (x) =>
    x.hireOrder.every((i) => i.reasons.some((reason) => KNOWN_SOURCES.has(textOf(reason)?.source ?? ''))) ? null : 'item without a sourced reason',

  'no count exceeds the table of rule 10 for its phase and size': (x) => {
    const item = x.hireOrder.find((i) => !countWithinTable(i.role, i.count, x.answers));
    if (item) return `${item.role} shows ${JSON.stringify(item.count)}`;
    const covered = x.covered.find((c) => !countWithinTable(c.role, c.suggestedCount, x.answers));
    return covered ? `covered ${covered.role} shows ${JSON.stringify(covered.suggestedCount)}` : null;
  },

  'the lowest counts of the now items add up to no more than the upper end of the band shown': (x) => {
    const sum = x.hireOrder.filter((i) => i.group === 'now').reduce((total, i) => total + (i.count?.min ?? 1), 0);
    return sum <= bandCeiling(x.answers) ? null : `now adds up to ${sum}, above ${bandCeiling(x.answers)}`;
  },

  'the band shown is stages\' band for the phase (a pilot heading for production grows towards 6-12)': (x) => {
    const band = { pilot: r(2, 5), production: r(6, 12), scale: r(12, 30) }[phaseIn(x.answers)];
    const growing = phaseIn(x.answers) === 'pilot' && x.answers.production_soon === 'yes';
    const ok = x.headcount.band.min === band.min && x.headcount.band.max === band.max
      && (growing ? x.headcount.growingTo?.min === 6 && x.headcount.growingTo.max === 12 : x.headcount.growingTo === null);
    return ok ? null : `band ${JSON.stringify(x.headcount)}`;
  },

  'no reason sentence appears twice in one result': (x) => {
    const seen = new Set<string>();
    const twice = sentencesOf(x).find((sentence) => (seen.has(sentence) ? true : (seen.add(sentence), false)));
    return twice ? `twice: "${twice}"` : null;
  },

  'every sentence names a known source': (x) => (walk(x).unsourced.length > 0 ? `unsourced: "${walk(x).unsourced[0]}"` : null),

  'every reason is triggered only by questions that were asked': (x) => (walk(x).unasked.length > 0 ? `${walk(x).unasked[0]} (not asked)` : null),

  // ---- Model version 3 ----

  'at a startup, full-time AI/ML specialist seats in now plus in-house specialist groups come to at most 5': (x) => {
    if (x.answers.size !== 'startup') return null;
    const seats = x.hireOrder.filter((i) => i.group === 'now' && i.commitment === 'full-time' && SPECIALIST_SEATS.includes(i.role)).reduce((sum, i) => sum + (i.count?.min ?? 1), 0);
    const groups = x.answers.have.filter((h) => SPECIALIST_GROUPS.includes(h)).length;
    return seats + groups <= 5 ? null : `${seats} full-time specialist seats in now and ${groups} in-house groups`;
  },

  'at a startup, no eval or frontend/design seat is in now': (x) =>
    x.answers.size === 'startup' && (['eval-specialist', 'frontend-designer'] as const).some((role) => groupOf(x, role) === 'now') ? 'eval or design in now at a startup' : null,

  'at phase production or scale, every uncovered seat stages marks core at production, and security, is in now (a startup\'s eval and frontend/design in next)': (x) => {
    if (phaseIn(x.answers) === 'pilot') return null;
    const covered = coveredBy(x.answers);
    const startup = x.answers.size === 'startup';
    const wrong = CORE_AT_PRODUCTION.filter((role) => !covered.includes(role)).filter((role) => {
      const wanted = startup && (role === 'eval-specialist' || role === 'frontend-designer') ? 'next' : 'now';
      return groupOf(x, role) !== wanted;
    });
    return wrong.length > 0 ? `${wrong.join(', ')} misplaced` : null;
  },

  'no specialist gap in now is hire below phase scale': (x) => {
    if (phaseIn(x.answers) === 'scale') return null;
    const hired = x.hireOrder.find((i) => i.group === 'now' && SPECIALIST_GAPS.includes(i.role) && i.approach === 'hire');
    return hired ? `${hired.role} hired in now` : null;
  },

  'MLOps in now with production due is never plain build': (x) => {
    const mlops = itemOf(x, 'mlops-engineer');
    return productionDue(x.answers) && mlops?.group === 'now' && mlops.approach === 'build' && mlops.then === null ? 'MLOps plain build' : null;
  },

  'at scale a data scientist is in now only with predictive_roi=yes and data_sufficiency=yes': (x) =>
    phaseIn(x.answers) === 'scale' && groupOf(x, 'data-scientist') === 'now' && !(x.answers.predictive_roi === 'yes' && x.answers.data_sufficiency === 'yes')
      ? 'data scientist in now at scale without ROI and data' : null,

  'the maturity level is exploring 1, pilot 2, production and expanding 3, scale 4': (x) => {
    const want = { exploring: 1, pilot: 2, production: 3, expanding: 3, scale: 4 }[x.answers.stage];
    return x.maturity.level === want ? null : `level ${x.maturity.level} at ${x.answers.stage}`;
  },

  'hub-and-spoke only with at least 3 AI engineers (lowest count, full-time)': (x) => {
    if (x.structure.recommended !== 'hub-and-spoke') return null;
    const planned = itemOf(x, 'ai-engineer');
    const lowest = planned ? (planned.commitment === 'full-time' ? planned.count?.min ?? 1 : 0) : (COUNT_LIMIT['ai-engineer']![phaseIn(x.answers)][x.answers.size]?.min ?? 0);
    return lowest >= 3 ? null : `hub and spoke with ${lowest} AI engineers`;
  },

  'no warning shares its point with an item of the same result': (x) => {
    const shared = x.warnings.find((w) => (RETIRED_WARNINGS as readonly string[]).includes(w.id) || (w.id === 'no-eval-owner' && groupOf(x, 'eval-specialist') === 'now'));
    return shared ? `${shared.id} repeats an item` : null;
  },

  // With AI engineers in-house the ML engineer already comes after them, which is ai-vs-ml's own
  // order ("Hire an ML engineer (after you've hired AI engineers)"): nothing to disagree on.
  'under rule 2 a disagreement with ai-vs-ml is named (none with AI engineers in-house)': (x) => {
    if (!rule2Applies(x.answers) || !has(x, 'ml-engineer')) return null;
    const named = x.disagreements.some((d) => d.anchor === 'ml-engineer' && textOf(d.other)?.source === 'ai-vs-ml');
    if (x.answers.have.includes('ai')) return named ? 'an ML-first disagreement though AI engineers are in-house' : null;
    return named ? null : 'no disagreement with ai-vs-ml on the ML engineer';
  },

  'no inference count below enterprise': (x) =>
    x.answers.size !== 'enterprise' && itemOf(x, 'inference-engineer')?.count ? 'inference counted below enterprise' : null,

  // Rule 18 read with ai-vs-ml ("At 5 AI engineers, you don't need dedicated infrastructure
  // support"): a startup's one or two AI engineers never need a full-time inference seat.
  'at a startup the inference engineer is part-time': (x) =>
    x.answers.size === 'startup' && itemOf(x, 'inference-engineer')?.commitment === 'full-time' ? 'full-time inference at a startup' : null,

  // Rule 18: part-time means "fractional or augmented"; stages' hire is "Hire (full-time)".
  'no part-time seat is hired, or turns into a hire': (x) => {
    const bad = x.hireOrder.find((i) => i.commitment === 'part-time' && (i.approach === 'hire' || i.then === 'hire'));
    return bad ? `${bad.role}: part-time ${bad.approach}${bad.then ? `, then ${bad.then}` : ''}` : null;
  },

  // Rule 11 read with stages ("Hire full-time for the one or two anchor leadership roles, such as a
  // lead AI engineer"): with software engineers in-house only the lead AI engineer is hired; the
  // seats after it are grown from them, or brought in when people are needed within weeks.
  'with software engineers in-house only the lead AI engineer is hired; the rest are grown (brought in within weeks)': (x) => {
    const ai = itemOf(x, 'ai-engineer');
    if (!ai) return null;
    const expected = x.answers.have.includes('software') ? (x.answers.urgency === 'weeks' ? 'augment' : 'build') : null;
    return ai.afterLead === expected ? null : `AI engineers after the lead: ${String(ai.afterLead)}, expected ${String(expected)}`;
  },

  'every item has a commitment, and the domain expert\'s is part-time': (x) => {
    const bad = x.hireOrder.find((i) => !(i.commitment === 'full-time' || i.commitment === 'part-time') || (i.role === 'domain-expert' && i.commitment !== 'part-time'));
    return bad ? `${bad.role}: ${String(bad.commitment)}` : null;
  },
};

/** The names of the invariants a recommendation breaks, with details. */
export function brokenInvariants(x: Recommendation, reasons?: readonly Reason[]): string[] {
  if (reasons) walk(x, reasons); // read once, from the reasons the caller already has
  return Object.entries(INVARIANTS).flatMap(([name, check]) => {
    const breach = check(x);
    return breach ? [`${name}: ${breach}`] : [];
  });
}
