/**
 * The coverage /how-it-works/ publishes (src/engine/coverage.ts), held against domain.md.
 * Each expectation is restated from domain.md's words, and every share it is compared with
 * is counted straight from the answers (tests/helpers/invariants.ts restates the phase, rule
 * 2 and rule 9), never with the engine's own predicates. The walk over the answer
 * space (tests/helpers/space-walk.ts) counts them here, apart from the engine's tally (which
 * it must match on every 17th set), and the numbers the built page prints must equal that
 * fresh count of all 580,608 sets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../../src/engine/answers.ts';
import type { Reason, Recommendation } from '../../../src/engine/recommendation.ts';
import { ROLE_IDS, RULES, WARNING_IDS, type RoleId, type RuleId, type WarningId } from '../../../src/engine/ids.ts';
import { recommend } from '../../../src/engine/recommend.ts';
import { PLACES, coverageTally, type Coverage, type Place } from '../../../src/engine/coverage.ts';
import { countText, shareText } from '../../../src/content/coverage-tables.ts';
import { phaseIn, productionDue, rule2Applies } from '../../helpers/invariants.ts';
import { SPACE, type SpaceWalk } from '../../helpers/space-walk.ts';

/**
 * A share as the page should write it, restated here rather than taken from the code under
 * test: one decimal, "never" only for none, "100%" only for all, and "<0.1%" / ">99.9%" for
 * shares that would round to either end.
 */
function writtenShare(count: number, total: number): string {
  if (count === 0) return 'never';
  if (count === total) return '100%';
  const tenths = Math.round((1000 * count) / total);
  if (tenths === 0) return '<0.1%';
  if (tenths === 1000) return '>99.9%';
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}
/** A count with thousands separators, restated: 580608 → "580,608". */
const writtenCount = (count: number) => String(count).replace(/\B(?=(\d{3})+$)/g, ',');

type A = CompleteAnswers;
const RULE_IDS = Object.keys(RULES) as RuleId[];
const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Rule 9, restated: the `have` option that holds each role's seat (MLOps, eval, security, domain and inference have none). */
const HELD_BY: Partial<Record<RoleId, A['have'][number]>> = {
  'ai-engineer': 'ai', 'ml-engineer': 'ml', 'backend-engineer': 'software', 'data-engineer': 'data',
  'ai-product-manager': 'product', 'frontend-designer': 'design', 'data-scientist': 'data-science',
};
const holds = (a: A, option: A['have'][number]) => a.have.includes(option);
/** Rule 3: a valuable predictive task and the data for it. */
const justified = (a: A) => a.predictive_roi === 'yes' && a.data_sufficiency === 'yes';

/** Answer-set predicates whose counts the expectations use, each in domain.md's words. */
const CONDITIONS = {
  scale: (a: A) => phaseIn(a) === 'scale',
  productionPhase: (a: A) => phaseIn(a) === 'production',
  productionDue,
  regulated: (a: A) => a.regulated === 'yes',
  expandingOrScale: (a: A) => a.stage === 'expanding' || a.stage === 'scale',
  rule2: rule2Applies,
  rule2NoMl: (a: A) => rule2Applies(a) && !holds(a, 'ml'),
  justifiedNoMl: (a: A) => justified(a) && !holds(a, 'ml'),
  notJustifiedNoMl: (a: A) => !justified(a) && !holds(a, 'ml'),
  roiNoNoMl: (a: A) => a.predictive_roi === 'no' && !holds(a, 'ml'),
  teamHoldsMl: (a: A) => holds(a, 'ml') || justified(a),
  dueNoData: (a: A) => productionDue(a) && !holds(a, 'data'),
  // Model version 3, rule 6: at scale only with a predictive task and the data for it.
  scientistNowAllowed: (a: A) => !holds(a, 'data-science') && (phaseIn(a) === 'production' || (phaseIn(a) === 'scale' && justified(a))),
  someoneInHouse: (a: A) => a.have.length > 0,
  notEnoughData: (a: A) => a.predictive_roi === 'yes' && a.data_sufficiency === 'no',
  // The coordinator's reading (decision 5): ops-guide's 3-6 months outlast weeks, and a quarter is their short end.
  hurried: (a: A) => a.urgency === 'weeks' || a.urgency === 'quarter',
  startup: (a: A) => a.size === 'startup',
  fastIntegrationNoLaunch: (a: A) => a.integration_speed === 'yes' && a.production_soon === 'no',
  // Decision 5: no eval owner at stage pilot when no AI engineer is in-house.
  // A model product's ML engineer item owns the evaluation harness (rule 20; fidelity review 1, M16).
  pilotNoAi: (a: A) => a.stage === 'pilot' && !holds(a, 'ai') && !(a.predictive_roi === 'yes' && a.data_sufficiency === 'yes' && a.integration_speed === 'no' && a.agentic === 'no'),
  softwareNoAi: (a: A) => holds(a, 'software') && !holds(a, 'ai'),
  mlOnIntegration: (a: A) => holds(a, 'ml') && !holds(a, 'ai') && a.integration_speed === 'yes',
  modelBuildersNoAi: (a: A) => !holds(a, 'ai') && (holds(a, 'ml') || holds(a, 'data-science')),
  ...Object.fromEntries(Object.entries(HELD_BY).map(([role, option]) => [`held:${role}`, (a: A) => holds(a, option!)])),
} satisfies Record<string, (a: A) => boolean>;

const emptyCount = (): Coverage => ({ total: 0, places: Object.fromEntries(ROLE_IDS.map((role) => [role, zeros(PLACES)])) as Coverage['places'], rules: zeros(RULE_IDS), warnings: zeros(WARNING_IDS) });

/** Counts one result into `into`, written apart from the engine's tally (rules from every reason found in the whole result). */
function countInto(into: Coverage, result: Recommendation, reasons: readonly Reason[]): void {
  into.total += 1;
  const where = new Map<RoleId, Place>(result.covered.map((held) => [held.role, 'covered']));
  for (const item of result.hireOrder) where.set(item.role, item.group);
  for (const role of ROLE_IDS) into.places[role][where.get(role) ?? 'absent'] += 1;
  for (const rule of new Set(reasons.map((reason) => reason.rule))) into.rules[rule] += 1;
  for (const warning of result.warnings) into.warnings[warning.id] += 1;
}

/** Every answer set, counted here; every 17th one also through the engine's tally, to compare the two. */
/** The built page (dist/, or SITE_DIR as the e2e project reads it). */
const PAGE = resolve(process.env.SITE_DIR ?? 'dist', 'how-it-works/index.html');
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();

/** The rows of one coverage table of the built page: key attribute → cells by their data attribute. */
function tableRows(html: string, table: string, key: string): Map<string, Record<string, string>> {
  const body = new RegExp(`<table[^>]*data-coverage-table="${table}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  const rows = new Map<string, Record<string, string>>();
  for (const [, id, row] of body.matchAll(new RegExp(`<tr[^>]*data-${key}="([^"]+)"[^>]*>([\\s\\S]*?)</tr>`, 'g'))) {
    const cells: Record<string, string> = {};
    for (const [, name, value, text] of row!.matchAll(/<td[^>]*data-([a-z]+)(?:="([^"]*)")?[^>]*>([\s\S]*?)<\/td>/g)) cells[value || name!] = unescape(text!);
    rows.set(id!, cells);
  }
  return rows;
}


/** Counts every answer set `walk` visits and defines the tests that read the counts. */
export function coverageOnTheWalk(walk: SpaceWalk): void {
  const fresh = emptyCount();
  const sampled = emptyCount();
  const tally = coverageTally();
  const holding = zeros(Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[]);
  const conditions = Object.entries(CONDITIONS) as [keyof typeof CONDITIONS, (a: A) => boolean][];
  let index = 0;
  walk.register({
    visit(answers, result, reasons) {
      countInto(fresh, result, reasons());
      // Every 17th one also through the engine's tally, to compare the two.
      if (index++ % 17 === 0) {
        countInto(sampled, result, reasons());
        tally.add(result);
      }
      for (const [name, test] of conditions) if (test(answers)) holding[name] += 1;
    },
  });

  /** A test that only the whole space can settle (what some answer set does); skipped on a sample. */
  const wholeSpace = it.runIf(SPACE.whole);
  const placed = (role: RoleId, ...places: Place[]) => places.reduce((sum, place) => sum + fresh.places[role][place], 0);

  describe('the coverage of the answer space', () => {
    it(`counts ${SPACE.label} answer sets`, () => {
      expect(fresh.total).toBe(SPACE.size);
      expect(walk.walked()).toBe(SPACE.size);
    });

    it("counts like the engine's tally on every 17th answer set (34,154 of the whole space; the page below checks all of it)", () => {
      expect(sampled.total).toBe(Math.ceil(SPACE.size / 17));
      expect(tally.coverage()).toEqual(sampled);
    });

    it("puts every role somewhere in each answer set: its five shares add up to 100%", () => {
      for (const role of ROLE_IDS) expect(placed(role, ...PLACES), role).toBe(fresh.total);
    });

    wholeSpace('has every role in the hire order for some answers', () => {
      for (const role of ROLE_IDS) expect(placed(role, 'now', 'next', 'later'), role).toBeGreaterThan(0);
    });

    // domain.md's groups: now (the phase's missing seats), next (what the next phase adds),
    // later (scale). Which places each role can reach, from its rules and stages' table.
    const REACHES: Record<RoleId, Place[]> = {
      'ai-engineer': ['now', 'covered'], // rule 1: always the first hire, unless in-house
      'ml-engineer': ['now', 'next', 'covered', 'absent'], // rules 2 and 3
      'backend-engineer': ['now', 'next', 'covered'], // rule 4: backend or data at a pilot
      'data-engineer': ['now', 'next', 'covered'],
      'ai-product-manager': ['now', 'covered'], // rule 4: core from the pilot on
      'mlops-engineer': ['now', 'next'], // rule 5: waits at a pilot; devops makes it a build, not covered
      'eval-specialist': ['now', 'next'], // shared at a pilot, core from production
      'frontend-designer': ['now', 'next', 'covered'],
      'data-scientist': ['now', 'next', 'later', 'covered'], // rule 6
      'security-governance': ['now', 'next'], // rules 5 and 7
      'domain-expert': ['now', 'absent'], // rule 7: only in regulated domains
      'inference-engineer': ['now', 'later'], // rule 8: at scale, or later
    };
    wholeSpace.each(ROLE_IDS)('reaches %s in each place it can be, and in no other', (role) => {
      const reached = PLACES.filter((place) => fresh.places[role][place] > 0);
      expect(reached).toEqual(PLACES.filter((place) => REACHES[role].includes(place)));
    });

    it('shows a role as in-house exactly when someone in-house holds its seat (rule 9)', () => {
      for (const role of ROLE_IDS) {
        const expected = HELD_BY[role] ? holding[`held:${role}` as keyof typeof holding] : 0;
        expect(fresh.places[role].covered, role).toBe(expected);
      }
    });

    it('keeps the ML engineer to answer sets with a payoff and the data (rules 2 and 3)', () => {
      expect(placed('ml-engineer', 'now', 'next', 'later')).toBe(holding.justifiedNoMl);
      expect(fresh.places['ml-engineer'].absent).toBe(holding.notJustifiedNoMl);
      // The brief's example, with rule 9 read in: absent whenever predictive_roi=no and nobody in-house holds the seat.
      expect(fresh.places['ml-engineer'].absent).toBeGreaterThanOrEqual(holding.roiNoNoMl);
      expect(fresh.places['ml-engineer'].now).toBeGreaterThanOrEqual(holding.rule2NoMl);
    });

    it('has an inference engineer in now exactly at scale, and in later everywhere else (rule 8)', () => {
      expect(fresh.places['inference-engineer'].now).toBe(holding.scale);
      expect(fresh.places['inference-engineer'].later).toBe(fresh.total - holding.scale);
    });

    it('puts MLOps, security and data engineering (unless in-house) in now whenever production is due (rule 5)', () => {
      // MLOps and security are never covered, so "now exactly when production is due" (and next otherwise).
      expect(fresh.places['mlops-engineer'].now).toBe(holding.productionDue);
      expect(fresh.places['security-governance'].now).toBe(holding.productionDue);
      expect(fresh.places['data-engineer'].now).toBeGreaterThanOrEqual(holding.dueNoData);
    });

    it('has a data scientist in now only past the pilot, and at scale only with a predictive task and the data (rule 6)', () => {
      expect(fresh.places['data-scientist'].now).toBeLessThanOrEqual(holding.scientistNowAllowed);
    });

    it('has a domain expert in now exactly in the regulated answer sets, and nowhere otherwise (rule 7)', () => {
      expect(fresh.places['domain-expert'].now).toBe(holding.regulated);
      expect(fresh.places['domain-expert'].absent).toBe(fresh.total - holding.regulated);
    });

    it('has the AI engineer in now or in-house in every answer set (rule 1: always the first hire)', () => {
      expect(placed('ai-engineer', 'now', 'covered')).toBe(fresh.total);
    });
  });

  describe('how often each rule fires', () => {
    wholeSpace('fires every rule on some answer set', () => {
      for (const rule of RULE_IDS) expect(fresh.rules[rule], rule).toBeGreaterThan(0);
    });

    // What every result shows (domain.md, "The recommendation"): counts and the headcount band,
    // an approach per item, the team structure, the scorecard, the maturity level.
    // Rule 8 too: the inference engineer is in every order (now at scale, later below it); and
    // stages' seat table, which places every seat of the phase. Rule 7 since model version 3:
    // with regulated=no a one-line note cites ownership's structured domain review.
    const ALWAYS: RuleId[] = [
      'counts-by-phase-and-size', 'approach-per-seat', 'team-structure', 'scorecard', 'maturity-level', 'infrastructure-at-scale', 'seats-by-phase',
      'regulated-pulls-security-forward',
    ];
    it.each(ALWAYS)('fires %s on every answer set', (rule) => {
      expect(fresh.rules[rule]).toBe(fresh.total);
    });

    const CONDITIONAL: RuleId[] = [
      'ai-engineer-first', 'ml-first-for-custom-model', 'ml-needs-roi-and-data', 'pilot-core', 'mlops-before-production',
      'data-science-after-data-engineering', 'already-in-house', 'warnings',
      'ai-and-ml-together', 'ownership-zones', 'startup-stays-lean', 'sentences-agree-with-answers', 'llm-or-model-product',
    ];
    wholeSpace.each(CONDITIONAL)('fires %s on some answer sets and not on all', (rule) => {
      expect(fresh.rules[rule]).toBeGreaterThan(0);
      expect(fresh.rules[rule]).toBeLessThan(fresh.total);
    });

    it('sorts every rule into one of the two lists above', () => {
      expect([...ALWAYS, ...CONDITIONAL].sort()).toEqual([...RULE_IDS].sort());
    });

    it('fires each conditional rule exactly where its condition holds', () => {
      expect(fresh.rules['mlops-before-production'], 'rule 5: production due').toBe(holding.productionDue);
      // Rule 18: every startup's order holds MLOps (never in-house), part-time.
      expect(fresh.rules['startup-stays-lean'], 'rule 18: a startup').toBe(holding.startup);
      // Rule 20: a model product's evaluation harness is on the ML engineer's item, so wherever rule 2 puts one in the order.
      expect(fresh.rules['llm-or-model-product'], 'rule 20: a model product with an ML engineer to hire').toBe(holding.rule2NoMl);
      // Rule 19: the one pair of answers that pull apart is named (and the scorecard's note, elsewhere).
      expect(fresh.rules['sentences-agree-with-answers'], 'rule 19').toBeGreaterThanOrEqual(holding.fastIntegrationNoLaunch);
      expect(fresh.rules['ownership-zones'], 'rule 16: expanding or scale').toBe(holding.expandingOrScale);
      // Rule 15: the AI engineer is always in the order or in-house; the ML engineer joins with rule 3 or in-house.
      expect(fresh.rules['ai-and-ml-together'], 'rule 15: both engineers').toBe(holding.teamHoldsMl);
      expect(fresh.rules['ml-first-for-custom-model'], 'rule 2: its four answers').toBeLessThanOrEqual(holding.rule2);
      expect(fresh.rules['already-in-house'], 'rule 9: someone in-house').toBeLessThanOrEqual(holding.someoneInHouse);
    });
  });

  describe('how often each warning fires', () => {
    wholeSpace.each(WARNING_IDS)('fires %s on some answer sets and not on all', (warning) => {
      expect(fresh.warnings[warning]).toBeGreaterThan(0);
      expect(fresh.warnings[warning]).toBeLessThan(fresh.total);
    });

    it('fires each warning where domain.md says, and nowhere else', () => {
      const w = fresh.warnings;
      expect(w['not-enough-data-for-custom-ml'], 'rule 3').toBe(holding.notEnoughData);
      expect(w['urgency-vs-hiring-time'], 'rule 11').toBe(holding.hurried);
      expect(w['ml-engineers-on-integration'], 'rule 13').toBe(holding.mlOnIntegration);
      expect(w['no-eval-owner'], 'rule 13: a pilot with no AI engineer in-house, not a model product').toBe(holding.pilotNoAi);
      expect(w['rebranding-roles'], 'rule 13 (version 3): AI engineers grown from software engineers').toBe(holding.softwareNoAi);
      expect(w['researchers-instead-of-shippers'], 'rule 13').toBeLessThanOrEqual(holding.modelBuildersNoAi);
    });
  });

  describe('a share as the page writes it', () => {
    it.each([
      [0, 'never'], [1, '<0.1%'], [290, '<0.1%'], [291, '0.1%'], [282_240, '48.6%'], [580_318, '>99.9%'], [580_608, '100%'],
    ])('%i of 580,608 reads %s', (count, text) => {
      expect(shareText(count, 580_608)).toBe(text);
    });
    it('writes the total with thousands separators', () => {
      expect(countText(580_608)).toBe('580,608');
    });
  });

  describe('the built /how-it-works/ page', () => {
    wholeSpace('prints the numbers of a fresh count of the answer space', () => {
      if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run \`npm run build\` first (\`npm test\` does it for you).`);
      const html = readFileSync(PAGE, 'utf8');
      const share = (count: number) => writtenShare(count, fresh.total);
      expect(/data-coverage-total[^>]*>([^<]+)</.exec(html)?.[1], 'the total (rebuild if the engine changed)').toBe('580,608');

      const places = tableRows(html, 'places', 'role');
      expect([...places.keys()]).toEqual([...ROLE_IDS]);
      for (const role of ROLE_IDS) {
        expect(places.get(role), role).toEqual(Object.fromEntries(PLACES.map((place) => [place, share(fresh.places[role][place])])));
      }
      const rules = tableRows(html, 'rules', 'rule');
      expect(new Set(rules.keys())).toEqual(new Set(RULE_IDS));
      for (const rule of RULE_IDS) expect(rules.get(rule), rule).toEqual({ count: writtenCount(fresh.rules[rule]), share: share(fresh.rules[rule]) });
      const warnings = tableRows(html, 'warnings', 'warning');
      expect([...warnings.keys()]).toEqual([...WARNING_IDS]);
      for (const warning of WARNING_IDS) {
        expect(warnings.get(warning), warning).toEqual({ count: writtenCount(fresh.warnings[warning as WarningId]), share: share(fresh.warnings[warning as WarningId]) });
      }
    });
  });
}
