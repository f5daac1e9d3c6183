/**
 * The hiring plan as JSON (issue 16, item 3), for people who script an ATS or a sheet. Its shape
 * is public/hiring-plan.schema.json (JSON Schema 2020-12, published at /hiring-plan.schema.json),
 * versioned by `schemaVersion`, which moves only when this shape changes (the model has its own
 * `modelVersion`). Drawn from the result document and its timeline, like the CSV, Markdown and
 * print. The founder's rates appear only when passed (`rates`), i.e. when they chose to include them.
 */
import type { CompleteAnswers } from '../engine/answers.ts';
import type { Approach, Commitment, Group, RoleId, SourceId } from '../engine/ids.ts';
import type { Headcount } from '../engine/recommendation.ts';
import type { ResultDocument } from '../result/document.ts';
import { payBandOf, type PayRegion, type Salary } from './pay-band.ts';
import type { Rates } from './rates.ts';
import { FIGURE_SOURCES, timelineOf, type Dating, type FigureBasis, type MonthRange, type Timeline, type TimelineRow } from './timeline.ts';

/** The export's own version: raised when a field is added, removed or changes meaning. */
export const PLAN_SCHEMA_VERSION = 2;
/** Where the schema is published, relative to the site's root. */
export const PLAN_SCHEMA_PATH = 'hiring-plan.schema.json';

interface ExportTiming {
  dating: Dating;
  searchStarts: number | null;
  workingBy: MonthRange | null;
  basis: FigureBasis;
  basisSource: SourceId;
  permanent: { workingBy: MonthRange | null; basis: FigureBasis; basisSource: SourceId } | null;
  needBy: number | null;
  needByBasis: TimelineRow['needByBasis'];
  startNow: boolean;
}

export interface PlanExportItem {
  position: number;
  role: RoleId;
  name: string;
  lane: Group;
  count: Headcount | null;
  commitment: Commitment;
  approach: Approach;
  then: Approach | null;
  timeline: ExportTiming;
  payBand?: { source: SourceId; currency: 'USD'; per: 'year'; seniority: 'senior'; mergedRole: true; regions: Record<PayRegion, Salary> };
  rate?: { salary?: Salary; monthly?: number; share?: number };
}

export interface PlanExport {
  $schema?: string;
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  modelVersion: number;
  answers: CompleteAnswers;
  timeline: { horizonMonths: Timeline['horizonMonths']; productionDue: number | null };
  items: PlanExportItem[];
  rates?: { currency: string };
}

function timingOf(row: TimelineRow): ExportTiming {
  return {
    dating: row.dating,
    searchStarts: row.searchStarts,
    workingBy: row.workingBy,
    basis: row.basis,
    basisSource: FIGURE_SOURCES[row.basis],
    permanent: row.permanent && { ...row.permanent, basisSource: FIGURE_SOURCES[row.permanent.basis] },
    needBy: row.needBy,
    needByBasis: row.needByBasis,
    startNow: row.startNow,
  };
}

/** The role's rates as exported: only the figures set, none of the panel's bookkeeping. */
function rateOf(rates: Rates | null, role: RoleId): PlanExportItem['rate'] {
  const own = rates?.roles[role];
  if (!own) return undefined;
  const rate: NonNullable<PlanExportItem['rate']> = {};
  if (own.salary) rate.salary = { ...own.salary };
  if (own.monthly !== undefined) rate.monthly = own.monthly;
  if (own.share !== undefined) rate.share = own.share;
  return Object.keys(rate).length > 0 ? rate : undefined;
}

/**
 * The export of a result. `schemaUrl` (the published schema's absolute address) goes in
 * `$schema` so editors find it; `rates` only when the founder included them.
 */
export function planExport(doc: ResultDocument, rates: Rates | null, schemaUrl?: string): PlanExport {
  const timeline = timelineOf(doc);
  const items = doc.items.map((item, index): PlanExportItem => {
    const band = payBandOf(item.role);
    const rate = rateOf(rates, item.role);
    return {
      position: item.position,
      role: item.role,
      name: item.name,
      lane: item.group,
      count: item.count && { ...item.count },
      commitment: item.commitment,
      approach: item.approach,
      then: item.then,
      timeline: timingOf(timeline.rows[index]!),
      ...(band && { payBand: { source: band.source, currency: band.currency, per: 'year' as const, seniority: 'senior' as const, mergedRole: true as const, regions: structuredClone(band.regions) } }),
      ...(rate && { rate }),
    };
  });
  return {
    ...(schemaUrl === undefined ? {} : { $schema: schemaUrl }),
    schemaVersion: PLAN_SCHEMA_VERSION,
    modelVersion: doc.modelVersion,
    answers: { ...doc.answers, have: [...doc.answers.have] },
    timeline: { horizonMonths: timeline.horizonMonths, productionDue: timeline.productionDue },
    items,
    ...(rates && { rates: { currency: rates.currency } }),
  };
}

/** The export as a file's text: indented JSON with a final newline. */
export const planJsonText = (doc: ResultDocument, rates: Rates | null, schemaUrl?: string) => `${JSON.stringify(planExport(doc, rates, schemaUrl), null, 2)}\n`;
