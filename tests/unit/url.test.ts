import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { expectRoundTrip, expectSafeParse, sameAnswers } from '../helpers/assertions.ts';
import { OPTIONS, QUESTION_IDS, dropInapplicable, isOption, type Answers, type QuestionId } from '../../src/engine/answers.ts';
import { MODEL_VERSION } from '../../src/engine/version.ts';
import { EMBED_PARAMS, parseAnswers, toQuery, type ProblemKind } from '../../src/engine/url.ts';
import { URL_LIMITS } from '../../src/engine/limits.ts';

/** A valid answer set, complete or partial, as the questionnaire could hold it. */
const answersArb: fc.Arbitrary<Answers> = fc
  .record(
    {
      stage: fc.constantFrom(...OPTIONS.stage),
      size: fc.constantFrom(...OPTIONS.size),
      predictive_roi: fc.constantFrom(...OPTIONS.predictive_roi),
      data_sufficiency: fc.constantFrom(...OPTIONS.data_sufficiency),
      integration_speed: fc.constantFrom(...OPTIONS.integration_speed),
      agentic: fc.constantFrom(...OPTIONS.agentic),
      production_soon: fc.constantFrom(...OPTIONS.production_soon),
      regulated: fc.constantFrom(...OPTIONS.regulated),
      have: fc.subarray([...OPTIONS.have]),
      urgency: fc.constantFrom(...OPTIONS.urgency),
    },
    { requiredKeys: [] },
  )
  .map((answers) => dropInapplicable(answers).answers);

/** Every byte of `text`'s UTF-8 percent-encoded, letters included. */
function percentEncodeAll(text: string, upper: boolean): string {
  const hex = Array.from(new TextEncoder().encode(text), (byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  return upper ? hex.toUpperCase() : hex;
}

/** Parameters that are not answers but that hosts, ads and embedders add. */
const HOST_PARAMS = ['utm_source=news', 'utm_campaign=spring', 'fbclid=abc', 'gclid=def', 'ref=hn', 'theme=dark', 'accent=%23e63', 'bg=transparent', 'embed_id=3'];

describe('the round trip', () => {
  it('writes parameters in question order, have in option order, then v', () => {
    const answers: Answers = { urgency: 'weeks', have: ['ai', 'software'], stage: 'pilot', production_soon: 'yes' };
    expect(toQuery(answers)).toBe(`stage=pilot&production_soon=yes&have=software,ai&urgency=weeks&v=${MODEL_VERSION}`);
    expect(toQuery({ have: [] })).toBe(`have=none&v=${MODEL_VERSION}`);
    expect(toQuery({})).toBe(`v=${MODEL_VERSION}`);
  });

  it('leaves out answers to questions that do not apply', () => {
    expect(toQuery({ predictive_roi: 'no', data_sufficiency: 'yes', stage: 'scale', production_soon: 'no' })).toBe(
      `stage=scale&predictive_roi=no&v=${MODEL_VERSION}`,
    );
  });

  it('round-trips partial answer sets too', () => {
    fc.assert(fc.property(answersArb, (answers) => expectRoundTrip(answers)), { numRuns: 10_000 });
  });

  it('reads shuffled, re-cased, padded, percent-encoded and re-ordered queries as the canonical one', () => {
    const variant = answersArb.chain((answers) => {
      const params = QUESTION_IDS.filter((question) => answers[question] !== undefined).map((question) => {
        const value = answers[question];
        if (!Array.isArray(value)) return fc.mixedCase(fc.constant(String(value))).map((text) => [question, text] as const);
        const entries = value.length > 0 ? fc.shuffledSubarray([...value, ...value], { minLength: value.length * 2 }) : fc.constantFrom([], ['none'], ['NONE'], ['', '']);
        return entries.chain((list) => fc.mixedCase(fc.constant(list.join(' , ')))).map((text) => [question, text] as const);
      });
      const extras = fc.subarray([...HOST_PARAMS, `v=${MODEL_VERSION}`]);
      const spelling = fc.constantFrom('plain', 'padded', 'plus', 'percent', 'PERCENT');
      return fc.tuple(fc.constant(answers), fc.tuple(...params), extras, fc.array(spelling, { minLength: 12, maxLength: 12 }), fc.boolean()).chain(
        ([answers, pairs, hosts, spellings, mark]) => {
          const written = pairs.map(([name, value], index) => {
            const spelled = {
              plain: value,
              padded: `%20${value}%09`,
              plus: `+${value.replaceAll(' ', '+')}+`,
              percent: percentEncodeAll(value, false),
              PERCENT: percentEncodeAll(value, true),
            }[spellings[index] ?? 'plain'];
            return `${name}=${spelled}`;
          });
          return fc.shuffledSubarray([...written, ...hosts], { minLength: written.length + hosts.length }).map((all) => ({
            answers,
            query: `${mark ? '?' : ''}${all.join('&')}`,
            withVersion: hosts.includes(`v=${MODEL_VERSION}`),
          }));
        },
      );
    });
    fc.assert(
      fc.property(variant, ({ answers, query, withVersion }) => {
        const parsed = parseAnswers(query);
        expect(parsed.problems).toEqual([]);
        expect(sameAnswers(parsed.answers, answers), JSON.stringify(parsed.answers)).toBe(true);
        expect(toQuery(parsed.answers)).toBe(toQuery(answers));
        expect(parsed.version).toBe(withVersion ? MODEL_VERSION : null);
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads URLSearchParams as it reads their string', () => {
    expect(parseAnswers(new URLSearchParams({ stage: 'Pilot', have: 'none', v: '1' }))).toEqual(parseAnswers('stage=Pilot&have=none&v=1'));
  });
});

type Case = {
  query: string;
  answers: Answers;
  problems?: [ProblemKind, string, string?][];
  version?: number | null;
};

/** Runs a table of queries; `problems` lists [kind, parameter, value?] exactly, in order. */
function checkCases(cases: Case[]): void {
  it.each(cases)('$query', ({ query, answers, problems = [], version = null }) => {
    const parsed = parseAnswers(query);
    expect(parsed.answers).toEqual(answers);
    expect(parsed.problems.map(({ kind, parameter }) => [kind, parameter])).toEqual(problems.map(([kind, parameter]) => [kind, parameter]));
    problems.forEach(([, , value], index) => {
      if (value !== undefined) expect(parsed.problems[index]?.value).toBe(value);
    });
    expect(parsed.version).toBe(version);
    expectSafeParse(parsed);
  });
}

const long = (length: number) => 'a'.repeat(length);
const shown = (text: string) => `${text.slice(0, URL_LIMITS.display)}…`;

describe('queries, grouped by outcome', () => {
  describe('read with no problem', () => {
    checkCases([
      { query: '', answers: {} },
      { query: '?', answers: {} },
      { query: '?utm_source=x&theme=dark&embed_id=3', answers: {} },
      { query: 'utm_medium=a&utm_=b&fbclid=1&gclid=2&ref=hn&stage=pilot', answers: { stage: 'pilot' } },
      { query: 'stage=Pilot', answers: { stage: 'pilot' } },
      { query: 'stage=+PILOT%20&urgency=%09weeks', answers: { stage: 'pilot', urgency: 'weeks' } },
      { query: 'st%61ge=%70ilot', answers: { stage: 'pilot' } },
      { query: 'have=none', answers: { have: [] } },
      { query: 'have=', answers: { have: [] } },
      { query: 'have', answers: { have: [] } },
      { query: 'have=NONE', answers: { have: [] } },
      { query: 'have=,,', answers: { have: [] } },
      { query: 'have=none,software', answers: { have: ['software'] } },
      { query: 'have=ML,%20software%20,software', answers: { have: ['software', 'ml'] } },
      { query: 'data_sufficiency=yes&predictive_roi=yes', answers: { predictive_roi: 'yes', data_sufficiency: 'yes' } },
      { query: 'production_soon=no&stage=exploring', answers: { stage: 'exploring', production_soon: 'no' } },
      { query: `v=${MODEL_VERSION}`, answers: {}, version: MODEL_VERSION },
      {
        query:
          '?stage=pilot&size=startup&predictive_roi=yes&data_sufficiency=yes&integration_speed=no&agentic=no&production_soon=yes&regulated=no&have=software,data&urgency=weeks',
        answers: {
          stage: 'pilot',
          size: 'startup',
          predictive_roi: 'yes',
          data_sufficiency: 'yes',
          integration_speed: 'no',
          agentic: 'no',
          production_soon: 'yes',
          regulated: 'no',
          have: ['software', 'data'],
          urgency: 'weeks',
        },
      },
    ]);
  });

  describe('unknown-parameter', () => {
    checkCases([
      { query: 'foo=bar&stage=pilot', answers: { stage: 'pilot' }, problems: [['unknown-parameter', 'foo', 'bar']] },
      { query: 'foo=1&foo=2', answers: {}, problems: [['unknown-parameter', 'foo', '1']] },
      { query: '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1', answers: {}, problems: [['unknown-parameter', '<img src=x onerror=alert(1)>', '1']] },
      { query: `${long(60)}=1`, answers: {}, problems: [['unknown-parameter', shown(long(60))]] },
      { query: 'Stage=pilot', answers: {}, problems: [['unknown-parameter', 'Stage', 'pilot']] },
      { query: '=pilot', answers: {}, problems: [['unknown-parameter', '', 'pilot']] },
      { query: 'V=1', answers: {}, problems: [['unknown-parameter', 'V', '1']] },
      { query: 'a%00b%1Bc%E2%80%AEd=x', answers: {}, problems: [['unknown-parameter', 'abcd', 'x']] },
    ]);
  });

  describe('unknown-option', () => {
    checkCases([
      { query: '?stage=%3Cscript%3Ealert(1)%3C%2Fscript%3E', answers: {}, problems: [['unknown-option', 'stage', '<script>alert(1)</script>']] },
      { query: 'stage=', answers: {}, problems: [['unknown-option', 'stage', '']] },
      { query: 'stage=foo&stage=pilot', answers: { stage: 'pilot' }, problems: [['unknown-option', 'stage', 'foo']] },
      { query: 'stage=foo&stage=bar', answers: {}, problems: [['unknown-option', 'stage', 'foo']] },
      { query: 'have=software,foo,software', answers: { have: ['software'] }, problems: [['unknown-option', 'have', 'foo']] },
      { query: 'have=Foo,bar,data', answers: { have: ['data'] }, problems: [['unknown-option', 'have', 'Foo']] },
      { query: 'have=foo', answers: {}, problems: [['unknown-option', 'have', 'foo']] },
      { query: 'have=none,foo', answers: {}, problems: [['unknown-option', 'have', 'foo']] },
      { query: `urgency=${long(150)}`, answers: {}, problems: [['unknown-option', 'urgency', shown(long(150))]] },
      { query: 'urgency=wee%E2%84%AAs', answers: {}, problems: [['unknown-option', 'urgency', 'wee\u212As']] },
      { query: 'stage=x%00y%1B%0Az%E2%80%AE', answers: {}, problems: [['unknown-option', 'stage', 'xyz']] },
      { query: 'stage=%', answers: {}, problems: [['unknown-option', 'stage', '%']] },
    ]);
  });

  describe('inapplicable', () => {
    checkCases([
      { query: '?data_sufficiency=yes&predictive_roi=no', answers: { predictive_roi: 'no' }, problems: [['inapplicable', 'data_sufficiency', 'yes']] },
      { query: 'data_sufficiency=yes', answers: {}, problems: [['inapplicable', 'data_sufficiency', 'yes']] },
      { query: '?production_soon=yes&stage=scale', answers: { stage: 'scale' }, problems: [['inapplicable', 'production_soon', 'yes']] },
      { query: 'production_soon=YES', answers: {}, problems: [['inapplicable', 'production_soon', 'YES']] },
      {
        query: 'production_soon=no&stage=foo',
        answers: {},
        problems: [
          ['unknown-option', 'stage', 'foo'],
          ['inapplicable', 'production_soon', 'no'],
        ],
      },
    ]);
  });

  describe('duplicate', () => {
    checkCases([
      { query: '?stage=pilot&stage=scale', answers: { stage: 'pilot' }, problems: [['duplicate', 'stage', 'scale']] },
      { query: 'stage=pilot&stage=pilot', answers: { stage: 'pilot' }, problems: [['duplicate', 'stage', 'pilot']] },
      { query: 'stage=pilot&stage=scale&stage=production', answers: { stage: 'pilot' }, problems: [['duplicate', 'stage', 'scale']] },
      { query: 'have=none&have=software', answers: { have: [] }, problems: [['duplicate', 'have', 'software']] },
      { query: `v=${MODEL_VERSION}&v=${MODEL_VERSION}`, answers: {}, problems: [['duplicate', 'v']], version: MODEL_VERSION },
      { query: 'utm_source=a&utm_source=b&theme=dark&theme=light', answers: {} },
    ]);
  });

  describe('too-long', () => {
    checkCases([
      { query: `stage=${long(201)}`, answers: {}, problems: [['too-long', 'stage', shown(long(201))]] },
      { query: `stage=${long(201)}&stage=pilot`, answers: { stage: 'pilot' }, problems: [['too-long', 'stage']] },
      { query: `have=${'software,'.repeat(30)}`, answers: {}, problems: [['too-long', 'have']] },
      { query: `stage=pilot&utm_x=${long(5000)}`, answers: { stage: 'pilot' }, problems: [['too-long', '']] },
      { query: `utm_x=${long(4090 - 12)}&stage=pilot`, answers: { stage: 'pilot' } },
      { query: `?utm_x=${long(4090 - 12)}&stage=pilot`, answers: { stage: 'pilot' } },
      { query: `utm_x=${long(4090)}&stage=pilot`, answers: {}, problems: [['too-long', '']] },
    ]);
    it('reads exactly 200 characters and the first 4,096 of the query', () => {
      expect(parseAnswers(`stage=${long(200)}`).problems).toEqual([{ kind: 'unknown-option', parameter: 'stage', value: shown(long(200)) }]);
      const query = `utm_x=${long(4090 - 11)}&stage=pilot`; // 4,097 characters: the last `t` is cut
      expect(query.length).toBe(URL_LIMITS.query + 1);
      expect(parseAnswers(query).problems).toEqual([{ kind: 'too-long', parameter: '' }, { kind: 'unknown-option', parameter: 'stage', value: 'pilo' }]);
    });
  });

  describe('old-version, for any whole number below the current model', () => {
    checkCases([{ query: `?v=0`, answers: {}, problems: [['old-version', 'v', '0']], version: 0 }]);
  });

  describe('unknown-version', () => {
    checkCases(
      ['abc', '999', '-1', '1.0', '1e0', '', '%2B1', '0x1', String(MODEL_VERSION + 1)].map((value) => ({
        query: `?v=${value}`,
        answers: {},
        problems: [['unknown-version', 'v', decodeURIComponent(value)]],
      })),
    );
    checkCases([{ query: `v=abc&v=${MODEL_VERSION}`, answers: {}, problems: [['unknown-version', 'v', 'abc']], version: MODEL_VERSION }]);
  });

  describe('too-many-problems', () => {
    const unknown = Array.from({ length: 25 }, (_, index) => `p${index}=1`);
    checkCases([
      {
        query: ['stage=pilot', ...unknown].join('&'),
        answers: { stage: 'pilot' },
        problems: [...unknown.slice(0, 20).map((param): [ProblemKind, string] => ['unknown-parameter', param.slice(0, -2)]), ['too-many-problems', '', '5']],
      },
      { query: unknown.slice(0, 20).join('&'), answers: {}, problems: unknown.slice(0, 20).map((param) => ['unknown-parameter', param.slice(0, -2)]) },
    ]);
  });

  describe('old-version (with the model at version 3)', () => {
    it('reads an older v with a notice, the current one silently, and a newer one as unknown', async () => {
      vi.resetModules();
      vi.doMock('../../src/engine/version.ts', () => ({ MODEL_VERSION: 3 }));
      try {
        const newer = await import('../../src/engine/url.ts');
        expect(newer.parseAnswers('stage=pilot&v=2')).toEqual({
          answers: { stage: 'pilot' },
          problems: [{ kind: 'old-version', parameter: 'v', value: '2' }],
          version: 2,
        });
        expect(newer.parseAnswers('v=1')).toMatchObject({ problems: [{ kind: 'old-version', parameter: 'v' }], version: 1 });
        expect(newer.parseAnswers('v=3')).toEqual({ answers: {}, problems: [], version: 3 });
        expect(newer.parseAnswers('v=4')).toEqual({ answers: {}, problems: [{ kind: 'unknown-version', parameter: 'v', value: '4' }], version: null });
        expect(newer.toQuery({ stage: 'pilot' })).toBe('stage=pilot&v=3');
      } finally {
        vi.doUnmock('../../src/engine/version.ts');
        vi.resetModules();
      }
    });
  });
});

describe('any input whatsoever', () => {
  it('never throws on values the types do not allow', () => {
    const odd: unknown[] = [undefined, null, 42, {}, [], Symbol('x'), { toString: () => { throw new Error('no'); } }, new URLSearchParams('stage=pilot')];
    for (const input of odd) expect(() => expectSafeParse(parseAnswers(input as string))).not.toThrow();
    expect(parseAnswers(null as unknown as string).answers).toEqual({});
  });

  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
  const queryChar = fc.constantFrom(...'&=?,%+#; ', 's', 't', 'a', 'g', 'e', 'v', '1', 'S', 'é', '\u0000', '\n', '\u202e', '😀');
  it.each([
    ['printable ASCII', fc.string({ maxLength: 200 })],
    ['any code point', fc.string({ unit: 'binary', maxLength: 200 })],
    ['graphemes', fc.string({ unit: 'grapheme', maxLength: 100 })],
    ['bytes 0-255', fc.string({ unit: 'binary-ascii', maxLength: 200 })],
    ['lone surrogates', fc.string({ unit: fc.oneof(loneSurrogate, fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 100 })],
    ['query-like characters', fc.string({ unit: queryChar, maxLength: 200 })],
  ])('reads random strings (%s) safely, as a string or as URLSearchParams', (_, strings) => {
    fc.assert(
      fc.property(strings, (text) => {
        const parsed = parseAnswers(text);
        expectSafeParse(parsed);
        const search = new URLSearchParams(text);
        if (search.toString().length <= URL_LIMITS.query) expect(parseAnswers(search)).toEqual(parsed);
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads huge strings (up to 100,000 characters) from the first 4,096 only', () => {
    const size = fc.integer({ min: 1, max: 100_000 });
    const repeated = (chunk: fc.Arbitrary<string>) =>
      fc.tuple(chunk, size).map(([text, length]) => (text === '' ? 'x' : text).repeat(Math.ceil(length / Math.max(text.length, 1))).slice(0, length));
    const huge = fc.oneof(
      repeated(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 })),
      repeated(fc.constantFrom('stage=pilot&', 'have=software,', 'stage=', 'x=', '%', '%E2%82', 'foo=1&', '&', '=')),
      fc.tuple(fc.constantFrom('stage=', 'have=', 'v=', '', 'utm_source=', '?stage=pilot&size=', 'p='), size).map(([prefix, length]) => prefix + 'b'.repeat(length)),
      repeated(fc.nat(96).map((seed) => Array.from({ length: 97 }, (_, index) => `p${(index * seed) % 97}=1&`).join(''))),
    );
    fc.assert(
      fc.property(huge, (text) => {
        const parsed = parseAnswers(text);
        expectSafeParse(parsed);
        const over = text.length - (text.startsWith('?') ? 1 : 0) > URL_LIMITS.query;
        expect(parsed.problems.some(({ kind, parameter }) => kind === 'too-long' && parameter === '')).toBe(over);
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads repeated real parameter names with real and random values, keeping the first valid one', () => {
    const names = [...QUESTION_IDS, 'v', 'utm_source', ...EMBED_PARAMS, 'ref', 'fbclid', 'Stage', 'foo'];
    const realValues = [...new Set(Object.values(OPTIONS).flat()), 'none', '', '0', '1', '2'];
    const value = fc.oneof(
      fc.constantFrom(...realValues).chain((text) => fc.mixedCase(fc.constant(text))),
      fc.constantFrom(...realValues).map((text) => ` ${text}\t`),
      fc.array(fc.constantFrom(...OPTIONS.have, 'none', 'foo', '', 'AI'), { maxLength: 10 }).map((list) => list.join(',')),
      fc.string({ maxLength: 10 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
      fc.constantFrom(long(200), long(201), `pilot${' '.repeat(196)}`),
    );
    const params = fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 40 });
    fc.assert(
      fc.property(params, fc.boolean(), (pairs, asParams) => {
        const search = new URLSearchParams(pairs);
        const parsed = parseAnswers(asParams ? search : `?${search.toString()}`);
        expectSafeParse(parsed);
        if (search.toString().length > URL_LIMITS.query) return;
        // Each single-choice question: its first valid value, if the question applies.
        const expected: Record<string, string> = {};
        for (const [name, text] of pairs) {
          const option = text.trim().replace(/[A-Z]/g, (letter) => letter.toLowerCase());
          const question = name as QuestionId;
          if (question === 'have' || expected[name] !== undefined || !QUESTION_IDS.includes(question)) continue;
          if (text.length <= URL_LIMITS.value && isOption(question, option)) expected[name] = option;
        }
        const { answers } = dropInapplicable(expected as Answers);
        const { have, ...single } = parsed.answers;
        expect(single).toEqual(answers);
        if (have === undefined && pairs.some(([name]) => name === 'have') && parsed.problems.length <= URL_LIMITS.problems) {
          expect(parsed.problems.some(({ parameter }) => parameter === 'have')).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads percent-encoded strings, malformed sequences included', () => {
    const byte = fc.integer({ min: 0, max: 255 }).map((code) => `%${code.toString(16).padStart(2, '0')}`);
    const token = fc.oneof(
      byte,
      fc.constantFrom('%', '%2', '%ZZ', '%%', '%E2%82', '%C3%28', '%FF', '%F0%9F%98', '%ED%A0%80', '%00', '%0A', '%3D', '%26', '%2C', '%3F', '%2B', '%u0041'),
      fc.constantFrom('+', '&', '=', ',', '?', '#', 'stage', 'have', 'v', 'pilot', 'software', 'none', '1'),
      fc.constantFrom(...QUESTION_IDS).map((name) => percentEncodeAll(name, false)),
      fc.string({ unit: 'grapheme', maxLength: 5 }).map((text) => encodeURIComponent(text)),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => expectSafeParse(parseAnswers(tokens.join('')))),
      { numRuns: 10_000 },
    );
  });
});
