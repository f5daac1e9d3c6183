/**
 * The hiring plan as CSV (issue 16, item 3), for a spreadsheet or an ATS import: one row per seat
 * of the hire order, drawn from the result document and its timeline (nothing of the plan is
 * worked out again here). RFC 4180: CRLF line ends, every field quoted, quotes doubled; UTF-8
 * with a byte-order mark so spreadsheets read accents right.
 *
 * Formula neutralisation (OWASP "CSV Injection"; ASVS 1.2.10): a cell that starts with =, +, -,
 * @, a tab, a carriage return or a NUL, or with spaces before =, +, - or @, gets a leading ', so
 * no spreadsheet runs it as a formula when the file opens. Every cell goes through `csvCell`,
 * ours as well as the founder's.
 *
 * Columns (stable ids, in this order; a script may rely on them):
 *   role, role_name, lane, count_min, count_max, commitment, approach, search_starts,
 *   working_by, need_by, start_now, pay_band, pay_band_source, currency, your_salary,
 *   your_monthly_rate, your_part_time_share
 * Months are written M1..M12; undated seats say so in words. The pay band is the article's
 * (talent, for senior engineers in its merged AI / ML role); the `your_*` columns are the
 * founder's rates, empty when not included or not set.
 */
import type { SourceId } from '../engine/ids.ts';
import type { DocItem, ResultDocument } from '../result/document.ts';
import { payBandOf, PAY_REGIONS } from './pay-band.ts';
import type { Rates } from './rates.ts';
import { timelineOf, type Dating, type TimelineRow } from './timeline.ts';
import { PLAN_WORDING, amountText, fill, monthText, rangeText } from './wording.ts';

export const CSV_COLUMNS = [
  'role', 'role_name', 'lane', 'count_min', 'count_max', 'commitment', 'approach', 'search_starts',
  'working_by', 'need_by', 'start_now', 'pay_band', 'pay_band_source', 'currency', 'your_salary',
  'your_monthly_rate', 'your_part_time_share',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Starts a spreadsheet formula (or can, after whitespace some readers trim). */
const FORMULA_START = /^(?:[=+\-@\t\r\0]|\s*[=+\-@])/;

/** One field: neutralised against formulas, then quoted with its quotes doubled. */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** "augment then hire", "hire". */
const approachOf = (item: Pick<DocItem, 'approach' | 'then'>) => (item.then ? fill(PLAN_WORDING.csv.then, { approach: item.approach, then: item.then }) : item.approach);

/** Why an undated row has no month: the next phase, the team growing, or scale. */
export function undatedText(dating: Exclude<Dating, 'dated'>): string {
  const words = PLAN_WORDING.timeline;
  return { 'next-phase': words.nextPhase, 'team-grows': words.teamGrows, 'at-scale': words.atScale }[dating];
}

/** When the seat is working, in words: "M4-M7", "M1 augmented, then M4-M7 hired", a built seat's open end, or why it is undated. */
export function workingByText(row: TimelineRow): string {
  const words = PLAN_WORDING.timeline;
  if (row.dating !== 'dated') return undatedText(row.dating);
  const first = row.workingBy ? rangeText(row.workingBy) : words.noFigure;
  if (!row.permanent) return first;
  const then = row.permanent.workingBy ? fill(words.hired, { when: rangeText(row.permanent.workingBy) }) : words.built;
  return fill(words.augmentedThen, { first, then });
}

/** The article's band in words, always for senior engineers in its merged role, with its caveat. */
function payBandText(item: DocItem): { band: string; source: SourceId | null } {
  const band = payBandOf(item.role);
  if (!band) return { band: '', source: null };
  const words = PLAN_WORDING.payBand;
  const regions = PAY_REGIONS.map((region) => fill(words.text, { region: words.regions[region], amount: `${band.currency} ${amountText(band.regions[region])}` }));
  return { band: `${regions.join(words.joiner)}. ${words.caveat}`, source: band.source };
}

/** The row of one seat, by column. */
function rowOf(item: DocItem, row: TimelineRow, rates: Rates | null, sourceNames: Readonly<Record<SourceId, string>>): Record<CsvColumn, string> {
  const own = rates?.roles[item.role] ?? {};
  const count = item.count ?? { min: 1, max: 1 };
  const band = payBandText(item);
  return {
    role: item.role,
    role_name: item.name,
    lane: item.group,
    count_min: String(count.min),
    count_max: String(count.max),
    commitment: item.commitment,
    approach: approachOf(item),
    search_starts: row.searchStarts === null ? '' : monthText(row.searchStarts),
    working_by: workingByText(row),
    need_by: row.needBy === null ? '' : monthText(row.needBy),
    start_now: row.startNow ? PLAN_WORDING.csv.yes : PLAN_WORDING.csv.no,
    pay_band: band.band,
    pay_band_source: band.source ? sourceNames[band.source] : '',
    currency: rates ? rates.currency : '',
    your_salary: own.salary ? amountText(own.salary) : '',
    your_monthly_rate: own.monthly === undefined ? '' : String(own.monthly),
    your_part_time_share: own.share === undefined ? '' : String(own.share),
  };
}

/**
 * The CSV text of a result: a header of column ids, then one row per seat in the hire order.
 * `rates` is the founder's (or `null` to leave the `your_*` columns empty); `sourceNames` names
 * each article as the result does.
 */
export function planCsv(doc: ResultDocument, rates: Rates | null, sourceNames: Readonly<Record<SourceId, string>>): string {
  const timeline = timelineOf(doc);
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  doc.items.forEach((item, index) => {
    const cells = rowOf(item, timeline.rows[index]!, rates, sourceNames);
    lines.push(CSV_COLUMNS.map((column) => csvCell(cells[column])).join(','));
  });
  return BOM + lines.join(CRLF) + CRLF;
}
