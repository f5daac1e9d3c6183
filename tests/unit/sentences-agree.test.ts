/**
 * Rule 19 of domain.md (model version 3): every sentence agrees with the answers. "No sentence
 * presumes an answer not given": "does not depend on training a model" only with
 * predictive_roi=no; "your pilot" only at pilot; "with the people you already have" only with
 * `have` non-empty. And rule 13: "because you answered" names every in-house group whose
 * presence or absence triggered the sentence, and no others.
 *
 * What each sentence presumes was written here by reading content/reasons.json and
 * content/result.json (never from the engine's code); every sentence id is classified, so a new
 * sentence fails the first test until someone says what it presumes. The whole answer space
 * (580,608 sets) takes longer than 30 s on this machine, so the walk takes a seeded sample:
 * every question path with 11 `have` choices (24,948 sets), plus 40,000 drawn at random.
 */
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers, InHouse } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { REASON_IDS } from '../../src/engine/reason-ids.ts';
import type { Reason, Recommendation } from '../../src/engine/recommendation.ts';
import { resultDocument } from '../../src/result/document.ts';
import { allAnswerSets } from '../helpers/answer-space.ts';
import { answersWith } from '../helpers/domain.ts';
import { idLabels } from '../helpers/labels.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';
import { sentenceOf, textOf } from '../helpers/reason-texts.ts';
import { reasonsIn } from '../helpers/reasons-in.ts';

type A = CompleteAnswers;
type Presumes = (a: A) => boolean;

// ---- The answers, restated from domain.md ("Phase", rules 2, 3 and 5). ----
const pilotPhase = (a: A) => a.stage === 'exploring' || a.stage === 'pilot';
const productionPhase = (a: A) => a.stage === 'production' || a.stage === 'expanding';
const scale = (a: A) => a.stage === 'scale';
const live = (a: A) => !pilotPhase(a);
const due = (a: A) => live(a) || a.production_soon === 'yes';
const justified = (a: A) => a.predictive_roi === 'yes' && a.data_sufficiency === 'yes';
const rule2 = (a: A) => justified(a) && a.integration_speed === 'no' && a.agentic === 'no';
const has = (group: InHouse) => (a: A) => a.have.includes(group);
const lacks = (group: InHouse) => (a: A) => !a.have.includes(group);
const all = (...tests: Presumes[]): Presumes => (a) => tests.every((test) => test(a));
const is = <Q extends keyof A>(question: Q, value: A[Q]): Presumes => (a) => a[question] === value;
/** Rule 9: the groups that hold a seat (DevOps holds none). */
const COVERING: InHouse[] = ['software', 'data', 'product', 'design', 'data-science', 'ml', 'ai'];
const someoneCovers = (a: A) => a.have.some((group) => COVERING.includes(group));

/**
 * What each sentence presumes about the answers, from its words (quoted in the comment). A
 * sentence that presumes nothing is in GENERAL below.
 */
const PRESUMES: Record<string, Presumes> = {
  'ai-engineer-first': is('predictive_roi', 'no'), // "does not depend on training a model"
  // "... adds an ML engineer after them", tagline "an ML engineer comes after": only with an ML engineer in the order (rule 3) and none in-house (fidelity review 3, N3).
  'ai-engineer-before-ml-engineer': all(justified, lacks('ml'), (a) => !rule2(a)),
  'ai-engineer-first-with-predictive-task': all(is('predictive_roi', 'yes'), (a) => !justified(a) || has('ml')(a)), // "Even with a predictive task ... starts with AI engineers"
  'ai-engineer-after-custom-model': rule2, // "An AI engineer follows the ML engineer"
  'ml-first-custom-model': rule2, // "If the model itself is your product ... an ML engineer can be your first hire"
  'ai-engineer-owns-evals': is('stage', 'exploring'), // "While you explore"
  'ml-engineers-who-want-to-ship': all(has('ml'), lacks('ai')), // "ML engineers of yours"
  'ml-engineer-roi-and-data': all(justified, (a) => !rule2(a) || a.have.includes('ai')), // "A predictive task ... and the data ... earn an ML engineer a seat after your AI engineers"
  'ml-engineer-next-at-startup': all(is('size', 'startup'), justified, (a) => !rule2(a)), // "under about 20 people ... your valuable predictive task and its data"
  'ml-engineer-after-pilot': all(pilotPhase, (a) => !rule2(a)), // "At a pilot ... only when the product is a custom model; plan this one for when you move into production"
  'ml-engineer-as-needed': all(productionPhase, is('predictive_roi', 'yes')), // "In production ... as the predictive work needs one"
  'ml-engineer-core-at-scale': scale, // "At scale"
  'ml-engineer-at-growth-stage': all((a) => a.stage === 'expanding' || scale(a), justified), // "With AI spread over several product teams ... your own training data"
  'ml-only-if-worth-it': all(scale, is('predictive_roi', 'no')), // "No ML engineer for now: at scale, add one only where a custom model clearly pays"
  'ml-explainability-for-regulators': all(is('regulated', 'yes'), justified), // "In a regulated domain ... a custom model"
  'ml-infrastructure-at-enterprise-scale': all(is('size', 'enterprise'), scale, justified), // "A large company at scale with custom models"
  'ml-engineer-builds-eval-harness': rule2, // "For a model product"
  'pilot-backend-or-data': pilotPhase, // "A pilot team is small"
  'backend-beside-governed-data': all(pilotPhase, is('production_soon', 'yes')), // "Heading for production" (fidelity review 1, L12)
  'mlops-before-production': all(is('stage', 'pilot'), is('production_soon', 'yes')), // "Your pilot is heading for production"
  'mlops-before-first-launch': all(is('stage', 'exploring'), is('production_soon', 'yes')), // "Your first AI feature is due in production within about six months"
  'mlops-waits-at-pilot': all(is('stage', 'pilot'), is('production_soon', 'no')), // "while you are still proving the pilot"
  'mlops-waits-while-exploring': all(is('stage', 'exploring'), is('production_soon', 'no')), // "while you explore; add it as soon as a launch is planned"
  'mlops-core-in-production': live, // "With AI live"
  'governed-data-before-production': is('production_soon', 'yes'), // "Heading for production"
  'governed-data-in-production': live, // "Live AI needs"
  'training-data-for-custom-model': rule2, // "a data engineer starts beside the ML engineer"
  'security-before-production': is('production_soon', 'yes'), // "Heading for production"
  'security-added-in-production': live, // "With AI live"
  'security-waits-at-pilot': (a) => !due(a), // "can wait until a launch is planned"
  'security-dedicated-at-scale': scale, // "At scale"
  'data-engineer-for-your-data-scientists': all(has('data-science'), lacks('data')), // "Your data scientists have no data engineer"
  'data-scientist-for-predictive-work': is('predictive_roi', 'yes'), // "Your predictive task"
  'data-scientist-core-at-scale': all(scale, justified), // "At scale ... for your proprietary models"
  'data-scientist-next-at-scale': all(scale, is('predictive_roi', 'no')), // "without a predictive task, yours can follow"
  'data-scientist-next-at-scale-without-data': all(scale, is('predictive_roi', 'yes'), is('data_sufficiency', 'no')), // "until you have the data to train one"
  'regulated-security-now': all(is('regulated', 'yes'), due), // "Regulation ... a seat to staff now"
  'regulated-security-next': all(is('regulated', 'yes'), (a) => !due(a)), // "the first seat to add once you plan a launch"
  'domain-review-before-launch': all(is('regulated', 'yes'), (a) => !live(a)), // "review them before launch"
  'domain-review-before-each-launch': all(is('regulated', 'yes'), live), // "into every launch"
  'domain-experts-validate-models': is('regulated', 'yes'), // the domain expert's item: a regulated domain
  'domain-review-note': all(is('regulated', 'no'), (a) => !live(a)), // "Even outside a regulated domain ... before launch"
  'domain-review-note-live': all(is('regulated', 'no'), live), // "Even outside a regulated domain ... each AI feature"
  'inference-at-scale': scale, // "With AI in most features and significant inference costs"
  'inference-later': (a) => !scale(a), // "Dedicated infrastructure engineers come only at scale"
  'inference-enterprise-count': all(is('size', 'enterprise'), scale), // "a large company at scale"
  'covered-in-house': someoneCovers, // "People already on your team hold these seats"
  'product-needs-ai-fluency': has('product'), // "Your product manager"
  'devops-builds-mlops': has('devops'), // "your DevOps people"
  'mlops-is-devops-for-ml': has('devops'), // shown only on MLOps grown from DevOps
  'augment-mlops-while-devops-learns': all(has('devops'), due), // "Production will not wait ... your DevOps people"
  'inference-grown-from-devops': all(has('devops'), scale), // "Grow the inference seat from your DevOps people"
  'inference-is-infrastructure-work': all(has('devops'), scale), // shown only on inference grown from DevOps
  'augment-inference-while-devops-grows': all(has('devops'), scale), // "Inference costs are running now ... your DevOps people"
  'eval-grown-from-ai-engineers': has('ai'), // "your AI engineers"
  'augment-eval-while-ai-engineers-grow': has('ai'), // "one of your AI engineers"
  'build-ai-engineers-from-software': has('software'), // "your software engineers"
  'ai-engineers-startup': is('size', 'startup'), // "For a company under about 20 people"
  'ai-engineers-at-pilot': pilotPhase, // "we plan one or two until you reach production"
  'ai-engineers-growth': is('size', 'growth'), // "At 20 to 100 people"
  'ai-engineers-enterprise': all(is('size', 'enterprise'), scale), // "a large company at scale"
  'ai-engineers-enterprise-before-scale': all(is('size', 'enterprise'), productionPhase), // "in production, plan three to five"
  'ml-engineers-enterprise': all(is('size', 'enterprise'), scale), // "a large company at scale"
  'headcount-pilot': pilotPhase, // "A pilot team is typically 2 to 5 people"
  'headcount-pilot-heading-to-production': is('production_soon', 'yes'), // "Heading for production, your team grows"
  'headcount-production': productionPhase,
  'headcount-scale': scale,
  'specialists-startup': is('size', 'startup'),
  'specialists-enterprise': is('size', 'enterprise'),
  'approach-hire-platform-leads': scale, // "at scale this plan extends"
  'ai-engineer-start-augmented': is('urgency', 'weeks'), // "You need people in weeks"
  'backend-core-at-production': (a) => !rule2(a), // "(orchestration, retrieval, tool calling)": an LLM product (rule 20)
  'backend-serves-the-model': rule2, // "your model's predictions"
  'frontend-design-shared-when-small': pilotPhase, // "small pilot team": exploring or pilot only (fidelity review 3, NL2)
  'frontend-design-with-the-ai-engineer': all(live, is('size', 'startup')), // "while you are small", given once live in its place (NL2)
  'eval-specialist-after-pilot': pilotPhase, // "Shared with the AI engineer at a pilot"
  'eval-specialist-in-production': all(live, (a) => !rule2(a)), // "Once live, prompts, ...": an LLM product (rule 20)
  'eval-release-gates-after-pilot': all(pilotPhase, rule2), // "every model release"
  'eval-release-gates-in-production': all(live, rule2), // "Once live ... every new model release"
  'structure-centralized': (a) => a.stage !== 'expanding' && !scale(a), // "While one product team ships AI"
  'structure-hub-and-spoke': (a) => a.stage === 'expanding' || scale(a), // "With several product teams shipping AI"
  'structure-hub-and-spoke-at-scale': scale, // "At scale"
  // "Several product teams ship AI, but one or two AI engineers": rule 10 plans 3 or more from growth size past the pilot.
  'structure-centralized-small-team': all((a) => a.stage === 'expanding' || scale(a), is('size', 'startup')),
  'no-eval-owner': all(lacks('ai'), lacks('ml'), (a) => !rule2(a)), // "Nobody owns eval quality yet ... Make it the first AI engineer's job"
  'no-eval-owner-with-ml': all(lacks('ai'), has('ml'), (a) => !rule2(a)), // "one of your ML engineers ... or the first AI engineer"
  'ml-engineers-on-integration': all(has('ml'), lacks('ai'), is('integration_speed', 'yes')), // "Fast integration work is not what ML engineers are for"
  'not-enough-data-for-custom-ml': all(is('predictive_roi', 'yes'), is('data_sufficiency', 'no')), // "Before custom ML: gather ..."
  'urgency-vs-hiring-time-quarter': is('urgency', 'quarter'), // "a quarter is its short end"
  // "Your in-house AI talent builds models and analyses data, but your answers call for engineers who ship products on existing models"
  'researchers-instead-of-shippers': all((a) => has('ml')(a) || has('data-science')(a), lacks('ai'), (a) => !justified(a)),
  'rebranding-roles': all(has('software'), lacks('ai')), // "Calling software engineers AI engineers"
  'scorecard-predictive_roi-yes': is('predictive_roi', 'yes'),
  'scorecard-predictive_roi-no': is('predictive_roi', 'no'),
  'scorecard-integration_speed-yes': is('integration_speed', 'yes'),
  'scorecard-integration_speed-no': is('integration_speed', 'no'),
  'scorecard-agentic-yes': is('agentic', 'yes'),
  'scorecard-agentic-no': is('agentic', 'no'),
  'scorecard-agentic-unsure': is('agentic', 'unsure'),
  'scorecard-data_sufficiency-yes': is('data_sufficiency', 'yes'),
  'scorecard-data_sufficiency-no': is('data_sufficiency', 'no'),
  'scorecard-data_sufficiency-not-asked': is('predictive_roi', 'no'), // "Not asked: with no predictive task"
  'scorecard-no-ml-without-a-task': all(is('predictive_roi', 'no'), lacks('ml')), // "No ML engineer in this plan ... without a predictive task"
  'scorecard-no-ml-without-data': all(is('data_sufficiency', 'no'), lacks('ml')), // "... without the data, time and budget"
  'fast-integration-without-launch': all(is('integration_speed', 'yes'), is('production_soon', 'no')), // "Your answers pull apart"
  'maturity-1': is('stage', 'exploring'),
  'maturity-2': is('stage', 'pilot'),
  'maturity-3': productionPhase,
  'maturity-4': all(scale, is('size', 'enterprise')),
  'maturity-4-growth': all(scale, is('size', 'growth')), // "at 20 to 100 people it suggests one"
  'maturity-4-startup': all(scale, is('size', 'startup')), // "under 20 people it advises none"
  'product-owner-at-startup': all(is('size', 'startup'), lacks('product')), // "At your size the founder or a product lead can hold this seat"
  'product-manager-full-time-when': all(is('size', 'startup'), pilotPhase), // "once AI is in production and you pass about 20 people"
  'product-manager-full-time-when-live': all(is('size', 'startup'), live), // "With AI already live ... once you pass about 20 people"
  'mlops-part-time-at-startup': is('size', 'startup'), // "Under about 20 people"
  'security-part-time-at-startup': is('size', 'startup'), // "at your size"
  'governed-data-part-time-at-startup': is('size', 'startup'), // "At your size"
  'inference-part-time-at-startup': is('size', 'startup'), // "At your size ... with one or two AI engineers"
  'eval-next-at-startup': all(is('size', 'startup'), (a) => !rule2(a)), // "At your size the AI engineer often holds the eval work"
  'eval-release-gates-at-startup': all(is('size', 'startup'), rule2), // "At your size the ML engineer who builds the model's evaluation harness"
  'frontend-design-next-at-startup': is('size', 'startup'), // "Under about 20 people"
};

/** Sentences that presume nothing about the answers: what an article or a structure says in general. */
const GENERAL = [
  'ml-ratio-to-ai-engineers', 'ai-product-manager-core', 'data-engineer-core-at-production', 'data-scientist-after-data-engineering',
  'approach-build', 'approach-hire', 'approach-augment', 'augment-advice-from-a-seller', 'lead-ai-engineer-is-scarce', 'frontend-design-at-production', 'data-scientist-by-stages-table',
  'structure-centralized-what', 'structure-embedded-what', 'structure-hub-and-spoke-what', 'failure-centralized', 'failure-embedded', 'failure-hub-and-spoke',
  'structure-hub-when', 'no-ml-engineers-under-20', 'ai-engineers-before-ml', 'stages-production-core-seats', 'product-manager-is-an-anchor-hire',
  'data-scientist-core-in-stages-table', 'eval-core-in-stages-table', 'frontend-core-in-stages-table', 'hybrid-often-works', 'no-infrastructure-at-five-engineers',
  'urgency-vs-hiring-time', 'ai-engineer-in-the-pair', 'ml-engineer-in-the-pair', 'zone-feature', 'zone-platform', 'zone-model',
];

/**
 * Rule 13: the in-house groups whose presence or absence each sentence talks about; the
 * "because you answered" of every other sentence names no in-house group.
 */
const HAVE_TRIGGERS: Record<string, (a: A) => InHouse[]> = {
  'covered-in-house': (a) => a.have.filter((group) => COVERING.includes(group)),
  'product-needs-ai-fluency': () => ['product'],
  'product-owner-at-startup': () => ['product'],
  // Under rule 2 it replaces the ML-first sentence because AI engineers are in-house (review 1, M12).
  'ml-engineer-roi-and-data': (a) => (rule2(a) ? ['ai'] : []),
  'devops-builds-mlops': () => ['devops'],
  'mlops-is-devops-for-ml': () => ['devops'],
  'augment-mlops-while-devops-learns': () => ['devops'],
  'inference-grown-from-devops': () => ['devops'],
  'inference-is-infrastructure-work': () => ['devops'],
  'augment-inference-while-devops-grows': () => ['devops'],
  'eval-grown-from-ai-engineers': () => ['ai'],
  'augment-eval-while-ai-engineers-grow': () => ['ai'],
  'build-ai-engineers-from-software': () => ['software'],
  'ai-engineer-before-ml-engineer': () => ['ml'], // no ML engineers in-house, so one comes after
  'ai-engineer-first-with-predictive-task': (a) => (a.have.includes('ml') ? ['ml'] : []), // ML engineers in-house, so none to come
  'data-engineer-for-your-data-scientists': () => ['data-science', 'data'],
  'ml-engineers-who-want-to-ship': () => ['ml', 'ai'],
  'ml-engineers-on-integration': () => ['ml', 'ai'],
  'no-eval-owner': () => ['ai'],
  'no-eval-owner-with-ml': () => ['ai', 'ml'],
  'rebranding-roles': () => ['software', 'ai'],
  'researchers-instead-of-shippers': (a) => [...(['ml', 'data-science'] as const).filter((group) => a.have.includes(group)), 'ai'],
  // The pilot's "backend or data engineer" is in the order because neither is in-house.
  'pilot-backend-or-data': () => ['software', 'data'],
  'backend-beside-governed-data': () => ['software'],
  // On the MLOps item when ML engineers are in-house (rule 8, version 3); on the ML engineer's own item otherwise.
  'ml-infrastructure-at-enterprise-scale': (a) => (a.have.includes('ml') ? ['ml'] : []),
};


/** The phrases rule 19 names, each with the answer it needs. */
const PHRASES: [RegExp, string, Presumes][] = [
  [/does not depend on training/i, 'predictive_roi=no', is('predictive_roi', 'no')],
  // "your pilot", "the pilot" (not "from the pilot on", which speaks of a phase).
  [/\byour pilot\b|\bthe pilot\b(?! on\b)/i, 'stage=pilot', is('stage', 'pilot')],
  [/already have|already on your team/i, 'someone in-house', (a) => a.have.length > 0],
  // Rule 13: "pilots die in production" only below production (fidelity review 1, L6: "pilots fail" at scale).
  [/\bpilots (?:fail|die|stall)\b/i, 'stage below production', pilotPhase],
  // Rule 20: a model product is rule 2's; an LLM product's result never speaks of one (fidelity review 3, NL3).
  [/model product/i, 'a model product (rule 2)', rule2],
];

/** What a result says that its answers do not support, as "<reason id>: <what>". */
function breachesOf(r: Recommendation): string[] {
  const a = r.answers;
  const found: string[] = [];
  for (const reason of reasonsIn(r)) {
    const presumes = PRESUMES[reason.id];
    if (presumes && !presumes(a)) found.push(`${reason.id}: presumes an answer not given`);
    // The sentence and the few words shown beside its seat (fidelity review 4, PL4: "Connects the pilot ..." while exploring).
    for (const words of [sentenceOf(reason), textOf(reason)?.why ?? '']) {
      for (const [phrase, needs, test] of PHRASES) if (phrase.test(words) && !test(a)) found.push(`${reason.id}: "${phrase.source}" needs ${needs}`);
    }
    const named = reason.triggers.filter((trigger) => trigger.startsWith('have:')).map((trigger) => trigger.slice('have:'.length)).sort();
    const expected = [...(HAVE_TRIGGERS[reason.id]?.(a) ?? [])].sort();
    if (named.join() !== expected.join()) found.push(`${reason.id}: names in-house groups [${named.join()}], expected [${expected.join()}]`);
    if ((reason.triggers as string[]).includes('have')) found.push(`${reason.id}: names the whole in-house question`);
  }
  return found;
}

/** The answer sets walked: every question path with 11 `have` choices, and 40,000 drawn at random. */
const HAVE_CHOICES: InHouse[][] = [[], ['software'], ['data'], ['product'], ['design'], ['devops'], ['data-science'], ['ml'], ['ai'], ['software', 'data-science', 'ml'], ['software', 'data', 'product', 'design', 'devops', 'data-science', 'ml', 'ai']];
const WALKED: A[] = [...allAnswerSets(HAVE_CHOICES), ...sampleAnswerSets(40_000, 1919)];

/** Runs `check` on the result of every walked answer set; keeps the first few breaches. */
function walk(produce: (a: A) => Recommendation, check: (r: Recommendation) => string[], limit = 8): string[] {
  const breaches: string[] = [];
  for (const answers of WALKED) {
    for (const breach of check(produce(answers))) {
      breaches.push(`${JSON.stringify(answers)}\n  ${breach}`);
      if (breaches.length >= limit) return breaches;
    }
  }
  return breaches;
}

describe('rule 19: every sentence agrees with the answers', () => {
  it('classifies every sentence of content/reasons.json: what it presumes, or nothing', () => {
    const classified = [...Object.keys(PRESUMES), ...GENERAL];
    expect(classified.filter((id) => !(REASON_IDS as readonly string[]).includes(id)), 'unknown ids').toEqual([]);
    expect(REASON_IDS.filter((id) => !classified.includes(id)), 'sentences nobody has read for rule 19').toEqual([]);
    expect(GENERAL.filter((id) => id in PRESUMES), 'both presuming and general').toEqual([]);
  });

  it(`presumes no answer that was not given, in any sentence of ${WALKED.length.toLocaleString('en')} results`, () => {
    const started = performance.now();
    const breaches = walk(recommend, (r) => breachesOf(r));
    console.log(`rule 19: ${WALKED.length.toLocaleString('en')} answer sets in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(breaches).toEqual([]);
  });

  it('shows "Already on your team" and counts in-house groups beside the band only when someone in-house holds a seat (content/result.json)', () => {
    const labels = idLabels();
    for (const answers of WALKED.filter((_, index) => index % 40 === 0)) {
      const doc = resultDocument(recommend(answers), labels);
      expect(doc.covered !== null, JSON.stringify(answers)).toBe(someoneCovers(answers));
      expect(/in-house/.test(doc.summary.band.sentence), JSON.stringify(answers)).toBe(someoneCovers(answers));
    }
  });

  // Rule 10: stages' bands (pilot 2-5, production 6-12, scale 12-30+); a pilot heading for
  // production is shown growing towards 6-12, so its band sentence speaks of that band, never of
  // "your phase". A sentence that says "start with the lower counts" needs lower counts that fit.
  it('words the team-size sentence for the band shown and the counts it compares (rule 10)', () => {
    const labels = idLabels();
    const BAND = { pilot: { min: 2, max: 5 }, production: { min: 6, max: 12 } };
    const seen = new Set<string>();
    for (const answers of WALKED.filter((_, index) => index % 20 === 0)) {
      const r = recommend(answers);
      const { band, nowPeople, inHouseGroups } = resultDocument(r, labels).summary;
      const where = JSON.stringify(answers);
      if (scale(answers)) {
        expect(band.sentence, where).toMatch(/typically 12-30 people or more/);
        continue;
      }
      const growing = pilotPhase(answers) && due(answers);
      const shown = growing || productionPhase(answers) ? BAND.production : BAND.pilot;
      expect(band.sentence, where).toContain(`${shown.min}-${shown.max} people`);
      expect(band.sentence.includes('at your phase'), where).toBe(!growing);
      expect(band.sentence.includes('growing towards'), where).toBe(growing);
      const lowest = nowPeople.min + inHouseGroups;
      const highest = nowPeople.max + inHouseGroups;
      const kind = lowest > shown.max ? 'over' : highest > shown.max ? 'above' : lowest < shown.min ? 'below' : 'within';
      seen.add(kind);
      expect(band.sentence.includes('start with the lower counts'), where).toBe(kind === 'above');
      expect(band.sentence.includes('Even at the lower counts'), where).toBe(kind === 'over');
      expect(band.sentence.includes('within the'), where).toBe(kind === 'within');
      if (kind === 'over') expect(someoneCovers(answers), where).toBe(true); // "the people you already have"
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['above', 'over', 'within']));
  });

  // At a startup with nobody in-house, the one seat to build is the founder's product-owner seat;
  // the build legend once said "upskill people you already have".
  it('says "people you already have" only when someone is in-house, at a startup too', () => {
    const r = recommend(answersWith({ size: 'startup', have: [] }));
    expect(breachesOf(r)).toEqual([]);
  });

  // The checks above must notice an engine that breaks rule 19.
  describe('rejects an engine that', () => {
    const swap = (r: Recommendation, from: string, to: string): Recommendation =>
      ({ ...r, hireOrder: r.hireOrder.map((item) => ({ ...item, reasons: item.reasons.map((reason) => (reason.id === from ? { ...reason, id: to as Reason['id'] } : reason)) })) });

    it('says the product does not depend on training with predictive_roi=yes', () => {
      const broken = (a: A) => swap(recommend(a), 'ai-engineer-before-ml-engineer', 'ai-engineer-first');
      expect(walk(broken, (r) => breachesOf(r), 1)[0]).toMatch(/ai-engineer-first: presumes an answer not given/);
    });

    it('speaks of "your pilot" while exploring', () => {
      const broken = (a: A) => swap(recommend(a), 'mlops-before-first-launch', 'mlops-before-production');
      expect(walk(broken, (r) => breachesOf(r), 1)[0]).toMatch(/mlops-before-production: presumes an answer not given/);
    });

    it('drops an in-house group from "because you answered"', () => {
      const broken = (a: A): Recommendation => {
        const r = recommend(a);
        return { ...r, hireOrder: r.hireOrder.map((item) => ({ ...item, reasons: item.reasons.map((reason) => ({ ...reason, triggers: reason.triggers.filter((t) => t !== 'have:data') })) })) };
      };
      expect(walk(broken, (r) => breachesOf(r), 1)[0]).toMatch(/names in-house groups \[.*\], expected \[.*data.*\]/);
    });

    it('tells a company with nobody in-house about the people already on its team', () => {
      const broken = (a: A): Recommendation => {
        const r = recommend(a);
        return { ...r, coveredReason: { id: 'covered-in-house', rule: 'already-in-house', triggers: [] } };
      };
      expect(walk(broken, (r) => breachesOf(r), 1)[0]).toMatch(/covered-in-house: presumes an answer not given/);
    });
  });
});
