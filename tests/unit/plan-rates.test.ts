/**
 * The founder's rates (src/plan/rates.ts, rates-storage.ts, rates-param.ts): what a typed rate
 * may be, the prefill (talent's band, USD only, AI and ML engineers only), storage that never
 * throws, and links that carry rates only when asked for.
 */
import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../src/engine/ids.ts';
import { toQuery, parseAnswers } from '../../src/engine/url.ts';
import { senderQuery } from '../../src/engine/sender.ts';
import { defaultRates, parseCurrency, parseRate, parseSalary, parseShare, withCurrency, withPayRegion, withRoleRate, type Rates } from '../../src/plan/rates.ts';
import { RATES_STORAGE_KEY, clearStoredRates, loadRates, readRatesText, saveRates, storedRatesText, type RatesStorage } from '../../src/plan/rates-storage.ts';
import { RATES_PARAM, parseRatesParam, withRates, withoutRates } from '../../src/plan/rates-param.ts';
import { PLAN_WORDING } from '../../src/plan/wording.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';
import { loadObject } from '../helpers/content-files.ts';
import { ownRates } from '../helpers/plan.ts';

describe('a typed rate', () => {
  it.each([
    ['120000', 120000], ['8500.5', 8500.5], [' 42 ', 42], ['0.5', 0.5], ['.5', 0.5], ['10000000', 10_000_000], ['007', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseRate(text)).toEqual({ ok: true, value });
  });

  it('reads an empty field as unset, not as zero', () => {
    expect(parseRate('')).toEqual({ ok: true, value: null });
    expect(parseRate('   ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['text', 'a lot', 'not-a-number'],
    ['a script tag', '<script>alert(1)</script>', 'not-a-number'],
    ['an exponent', '1e308', 'not-a-number'],
    ['a small exponent', '1e3', 'not-a-number'],
    ['Infinity', 'Infinity', 'not-a-number'],
    ['a plus sign', '+5', 'not-a-number'],
    ['hex', '0x10', 'not-a-number'],
    ['full-width digits', '１２０', 'not-a-number'],
    ['a lone point', '.', 'not-a-number'],
    ['a currency sign', '$120000', 'not-a-number'],
    ['a negative', '-5', 'not-positive'],
    ['a negative decimal', '-0.5', 'not-positive'],
    ['zero', '0', 'not-positive'],
    ['zero with decimals', '0.00', 'not-positive'],
    ['two decimal points', '1.2.3', 'decimal-points'],
    ['just over the top', '10000000.1', 'too-large'],
    ['far over the top', '99999999999', 'too-large'],
    ['thousands separators', '120,000', 'separators'],
    ['a space inside', '120 000', 'separators'],
    ['a decimal comma', '1,5', 'separators'],
    ['a very long text', '1'.repeat(33), 'too-long'],
  ])('refuses %s (%j) as %s, with a message', (_, text, problem) => {
    expect(parseRate(text)).toEqual({ ok: false, problem });
    expect(PLAN_WORDING.rates.problems[problem as keyof typeof PLAN_WORDING.rates.problems]).toMatch(/\w/);
  });

  it('takes a share of a week above 0 and at most 100 percent', () => {
    expect(parseShare('50')).toEqual({ ok: true, value: 50 });
    expect(parseShare('100')).toEqual({ ok: true, value: 100 });
    expect(parseShare('100.5')).toEqual({ ok: false, problem: 'share-too-large' });
    expect(parseShare('0')).toEqual({ ok: false, problem: 'not-positive' });
  });

  it('takes a salary as a figure or a range, lowest first', () => {
    expect(parseSalary('150000', '')).toEqual({ ok: true, value: { min: 150000, max: 150000, orMore: false } });
    expect(parseSalary('', '150000')).toEqual({ ok: true, value: { min: 150000, max: 150000, orMore: false } });
    expect(parseSalary('120000', '180000')).toEqual({ ok: true, value: { min: 120000, max: 180000, orMore: false } });
    expect(parseSalary('', '')).toEqual({ ok: true, value: null });
    expect(parseSalary('180000', '120000')).toEqual({ ok: false, problem: 'range-reversed', field: 'max' });
    expect(parseSalary('1e308', '')).toEqual({ ok: false, problem: 'not-a-number', field: 'min' });
    expect(parseSalary('100', '-1')).toEqual({ ok: false, problem: 'not-positive', field: 'max' });
  });

  it('takes a three-letter currency code and nothing else', () => {
    expect(parseCurrency('eur')).toEqual({ ok: true, value: 'EUR' });
    for (const text of ['', 'EURO', '€', 'U$D', '<b>']) expect(parseCurrency(text)).toEqual({ ok: false, problem: 'currency' });
  });
});

describe('the prefill', () => {
  it("fills only the AI and ML engineer salaries, in USD, with talent's senior US/EU band whose top is open", () => {
    const rates = defaultRates();
    expect(rates.currency).toBe('USD');
    expect(Object.keys(rates.roles).sort()).toEqual(['ai-engineer', 'ml-engineer']);
    for (const role of ['ai-engineer', 'ml-engineer'] as const) {
      expect(rates.roles[role]).toEqual({ salary: { min: 120_000, max: 250_000, orMore: true }, prefill: 'us-eu' });
    }
  });

  it('offers the offshore band instead, and never a monthly rate or a share', () => {
    const rates = withPayRegion(defaultRates(), 'offshore');
    expect(rates.roles['ai-engineer']).toEqual({ salary: { min: 40_000, max: 90_000, orMore: false }, prefill: 'offshore' });
    for (const role of ROLE_IDS) expect([rates.roles[role]?.monthly, rates.roles[role]?.share]).toEqual([undefined, undefined]);
  });

  it("keeps the founder's own salary when the region changes", () => {
    const own = withRoleRate(defaultRates(), 'ai-engineer', 'salary', { min: 200_000, max: 200_000, orMore: false });
    const rates = withPayRegion(own, 'offshore');
    expect(rates.roles['ai-engineer']).toEqual({ salary: { min: 200_000, max: 200_000, orMore: false } });
    expect(rates.roles['ml-engineer']?.prefill).toBe('offshore');
  });

  it('drops the prefilled USD figures in another currency, never converting them, and keeps what the founder typed', () => {
    let rates = withRoleRate(defaultRates(), 'mlops-engineer', 'monthly', 9000);
    rates = withRoleRate(rates, 'ml-engineer', 'salary', { min: 90_000, max: 90_000, orMore: false });
    const euros = withCurrency(rates, 'EUR');
    expect(euros).toEqual({ currency: 'EUR', roles: { 'ml-engineer': { salary: { min: 90_000, max: 90_000, orMore: false } }, 'mlops-engineer': { monthly: 9000 } } });
    expect(withPayRegion(euros, 'us-eu')).toEqual(euros);
  });

  it("matches the band content/roles states in words for both seats, with talent as its source", async () => {
    for (const id of ['ai-engineer', 'ml-engineer']) {
      const role = await loadObject(`content/roles/${id}.yaml`);
      const band = role.payBand as { text: string; source: string };
      expect(band.source).toBe('talent');
      expect(band.text).toMatch(/Senior/);
      expect(band.text).toContain('$120K-$250K+');
      expect(band.text).toContain('$40K-$90K');
    }
    expect(PLAN_WORDING.payBand.caveat).toMatch(/senior/i);
  });
});

/** A Storage stand-in: a map, or one that throws like a sandboxed frame's. */
function memoryStorage(initial: Record<string, string> = {}): RatesStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}
const throwing: RatesStorage = {
  getItem: () => { throw new DOMException('denied', 'SecurityError'); },
  setItem: () => { throw new DOMException('full', 'QuotaExceededError'); },
  removeItem: () => { throw new DOMException('denied', 'SecurityError'); },
};

describe('rates in local storage', () => {
  const own: Rates = withRoleRate(withRoleRate(defaultRates(), 'mlops-engineer', 'monthly', 8500.5), 'domain-expert', 'share', 20);

  it('round-trip through one versioned key', () => {
    const storage = memoryStorage();
    expect(saveRates(storage, own)).toBe(true);
    expect(JSON.parse(storage.data.get(RATES_STORAGE_KEY)!)).toMatchObject({ v: 1, currency: 'USD' });
    expect(loadRates(storage)).toEqual({ rates: own, problem: null });
  });

  it('give the defaults, quietly, when nothing is stored', () => {
    expect(loadRates(memoryStorage())).toEqual({ rates: defaultRates(), problem: null });
    expect(loadRates(null)).toEqual({ rates: defaultRates(), problem: null });
  });

  const good = JSON.parse(storedRatesText(own)) as Record<string, unknown>;
  it.each([
    ['not JSON', '{"v":1,'],
    ['JSON of another kind', '[1,2,3]'],
    ['null', 'null'],
    ['another version', JSON.stringify({ ...good, v: 2 })],
    ['an unknown role', JSON.stringify({ ...good, roles: { 'chief-vibes-officer': { monthly: 1 } } })],
    ['a __proto__ key', '{"v":1,"currency":"USD","roles":{"__proto__":{"monthly":1}}}'],
    ['a negative rate', JSON.stringify({ ...good, roles: { 'mlops-engineer': { monthly: -5 } } })],
    ['a rate of 1e308', '{"v":1,"currency":"USD","roles":{"mlops-engineer":{"monthly":1e308}}}'],
    ['a rate as text', JSON.stringify({ ...good, roles: { 'mlops-engineer': { monthly: '<script>' } } })],
    ['a share over 100', JSON.stringify({ ...good, roles: { 'domain-expert': { share: 150 } } })],
    ['a reversed salary', JSON.stringify({ ...good, roles: { 'ai-engineer': { salary: { min: 9, max: 1, orMore: false } } } })],
    ['an unknown field', JSON.stringify({ ...good, roles: { 'ai-engineer': { bonus: 5 } } })],
    ['a made-up currency', JSON.stringify({ ...good, currency: '<img>' })],
    ['a lower-case currency', JSON.stringify({ ...good, currency: 'usd' })],
  ])('give the defaults and a message when corrupted: %s', (_, text) => {
    const read = readRatesText(text);
    expect(read).toEqual({ rates: defaultRates(), problem: 'storage-unreadable' });
    expect(PLAN_WORDING.rates.storage[read.problem!]).toMatch(/\w/);
  });

  it('never throw when the browser refuses storage', () => {
    expect(loadRates(throwing)).toEqual({ rates: defaultRates(), problem: 'storage-unavailable' });
    expect(saveRates(throwing, own)).toBe(false);
    expect(clearStoredRates(throwing)).toEqual(defaultRates());
  });

  it('are cleared by start over', () => {
    const storage = memoryStorage({ [RATES_STORAGE_KEY]: storedRatesText(own), other: 'kept' });
    expect(clearStoredRates(storage)).toEqual(defaultRates());
    expect([...storage.data.keys()]).toEqual(['other']);
  });
});

describe('rates in links', () => {
  const own = ownRates();

  it('are never in a link we make unless the founder asks for that link', () => {
    for (const answers of sampleAnswerSets(200, 7)) {
      const query = [toQuery(answers), senderQuery({ from: 'Ana', note: 'rates=USD' })].join('&');
      expect(withRates(query, own, false)).toBe(query);
      expect(new URLSearchParams(withRates(query, own, false)).has(RATES_PARAM)).toBe(false);
      const asked = new URLSearchParams(withRates(query, own, true));
      expect(asked.getAll(RATES_PARAM)).toHaveLength(1);
    }
    expect(withRates('stage=pilot', null, true)).toBe('stage=pilot');
  });

  it('come back as they went, in one compact parameter', () => {
    const query = withRates(toQuery(sampleAnswerSets(1, 3)[0]!), own, true);
    expect(query).toMatch(/&rates=USD,ai-engineer:y120000-250000up,ml-engineer:y120000-250000up,backend-engineer:y95000\.5-130000,mlops-engineer:m9000_s50$/);
    const { rates, problems } = parseRatesParam(query);
    expect(problems).toEqual([]);
    expect(rates).toEqual({ currency: 'USD', roles: Object.fromEntries(Object.entries(own.roles).map(([role, { prefill: _, ...rest }]) => [role, rest])) });
  });

  it('are taken out of an address reused for another link', () => {
    expect(withoutRates('stage=pilot&rates=USD,ai-engineer:m1&rates=EUR&v=3')).toBe('stage=pilot&v=3');
  });

  it.each([
    ['a negative rate', 'rates=USD,mlops-engineer:m-5', [{ kind: 'invalid-rate', part: 'mlops-engineer:m-5' }]],
    ['an exponent', 'rates=USD,mlops-engineer:m1e308', [{ kind: 'invalid-rate', part: 'mlops-engineer:m1e308' }]],
    ['a rate over the top', 'rates=USD,mlops-engineer:m10000000.1', [{ kind: 'invalid-rate', part: 'mlops-engineer:m10000000.1' }]],
    ['a share over 100', 'rates=USD,domain-expert:s101', [{ kind: 'invalid-rate', part: 'domain-expert:s101' }]],
    ['a reversed range', 'rates=USD,ai-engineer:y9-1', [{ kind: 'invalid-rate', part: 'ai-engineer:y9-1' }]],
    ['a field twice', 'rates=USD,ai-engineer:m1_m2', [{ kind: 'invalid-rate', part: 'ai-engineer:m1_m2' }]],
    ['a script tag', `rates=USD,${encodeURIComponent('<script>alert(1)</script>')}`, [{ kind: 'unknown-role', part: '<script>alert(1)</script>' }]],
    ['a role twice', 'rates=USD,ai-engineer:m1,ai-engineer:m2', [{ kind: 'duplicate-role', part: 'ai-engineer:m2' }]],
  ])('ignore %s and name it, keeping the rest', (_, query, problems) => {
    const read = parseRatesParam(`${query},backend-engineer:m7000`);
    expect(read.problems).toEqual(problems);
    expect(read.rates?.roles['backend-engineer']).toEqual({ monthly: 7000 });
    for (const problem of read.problems) expect(PLAN_WORDING.rates.param[problem.kind]).toMatch(/\w/);
  });

  it('are ignored whole without a readable currency, when too long, and read once when given twice', () => {
    expect(parseRatesParam('rates=DOLLARS,ai-engineer:m1')).toEqual({ rates: null, problems: [{ kind: 'currency', part: 'DOLLARS' }] });
    expect(parseRatesParam(`rates=USD,${'ai-engineer:m1,'.repeat(100)}`)).toEqual({ rates: null, problems: [{ kind: 'too-long', part: 'rates' }] });
    expect(parseRatesParam('rates=USD,ai-engineer:m1&rates=EUR').problems).toEqual([{ kind: 'duplicate', part: 'rates' }]);
    expect(parseRatesParam('stage=pilot')).toEqual({ rates: null, problems: [] });
  });

  it('name ignored parts as display text only: no hidden characters, at most 40 of them', () => {
    const { problems } = parseRatesParam(`rates=USD,${encodeURIComponent('\u202Eevil\u0000' + 'x'.repeat(80))}:m1`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.part).not.toMatch(/[\u202E\u0000]/);
    expect(Array.from(problems[0]!.part).length).toBeLessThanOrEqual(40);
  });

  it("are not read as answers: the answers' codec sees the same answers with or without them", () => {
    const answers = sampleAnswerSets(1, 11)[0]!;
    expect(parseAnswers(withRates(toQuery(answers), own, true)).answers).toEqual(parseAnswers(toQuery(answers)).answers);
  });
});
