/**
 * The exports' download (issue 16, item 3): the CSV or JSON text of the one result document
 * (src/plan/export-*.ts) as a file, through a Blob and a temporary link. Loaded on the first click.
 */
import type { SourceId } from '../../engine/ids.ts';
import type { ResultDocument } from '../../result/document.ts';
import type { Rates } from '../../plan/rates.ts';
import { planCsv } from '../../plan/export-csv.ts';
import { PLAN_SCHEMA_PATH, planJsonText } from '../../plan/export-json.ts';
import { PLAN_WORDING } from '../../plan/wording.ts';

/** Saves `text` as `filename` in the visitor's downloads. */
function save(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the plan as CSV or JSON; `rates` only when the founder asked for them in the files. Returns the file's name. */
export function downloadPlan(kind: 'csv' | 'json', doc: ResultDocument, rates: Rates | null, sourceNames: Readonly<Record<SourceId, string>>, base: string): string {
  if (kind === 'csv') {
    save(planCsv(doc, rates, sourceNames), PLAN_WORDING.csv.filename, 'text/csv;charset=utf-8');
    return PLAN_WORDING.csv.filename;
  }
  const schemaUrl = new URL(`${base}${PLAN_SCHEMA_PATH}`, window.location.href).href;
  save(planJsonText(doc, rates, schemaUrl), PLAN_WORDING.json.filename, 'application/json');
  return PLAN_WORDING.json.filename;
}
