/**
 * The hiring plan's timeline ([data-timeline]): one row per seat over M1-M12, a picture first
 * (HTML bars on a twelve-column grid, hidden from screen readers) and the same facts as a table
 * for them. Loaded after the plan is on screen. Every month comes from src/plan/timeline.ts.
 */
import type { ResultDocument } from '../../result/document.ts';
import { HORIZON_MONTHS, timelineOf, type MonthRange, type TimelineRow } from '../../plan/timeline.ts';
import { undatedText, workingByText } from '../../plan/export-csv.ts';
import { PLAN_WORDING, fill, monthText } from '../../plan/wording.ts';

const W = PLAN_WORDING.timeline;
const MONTHS = Array.from({ length: HORIZON_MONTHS }, (_, index) => index + 1);

/** A bar segment over `range`, clipped to M1-M12 (set through the CSSOM, which the page's CSP allows). */
function Segment({ range, kind }: { range: MonthRange; kind: 'search' | 'working' | 'lands' }) {
  const to = Math.min(range.to, HORIZON_MONTHS);
  if (range.from > HORIZON_MONTHS) return null;
  return <span class={`tl-seg tl-${kind}`} style={{ gridColumn: `${range.from} / ${to + 1}` }} />;
}

/** The bars of a dated row: the search, the range its hire lands in, then working to M12. */
function Bars({ row }: { row: TimelineRow }) {
  const start = row.searchStarts!;
  const first = row.workingBy;
  const landing = row.permanent?.workingBy ?? null;
  return (
    <>
      {first ? (
        <>
          {first.from > start && <Segment range={{ from: start, to: first.from - 1 }} kind="search" />}
          {first.to > first.from && <Segment range={{ from: first.from, to: first.to }} kind="lands" />}
          <Segment range={{ from: first.to > first.from ? first.to + 1 : first.from, to: HORIZON_MONTHS }} kind="working" />
        </>
      ) : (
        <Segment range={{ from: start, to: HORIZON_MONTHS }} kind="search" />
      )}
      {landing && <Segment range={landing} kind="lands" />}
      {row.needBy !== null && <span class="tl-need" style={{ gridColumn: `${row.needBy} / ${row.needBy + 1}` }} />}
    </>
  );
}

export default function Timeline({ doc }: { doc: ResultDocument }) {
  const timeline = timelineOf(doc);
  const rows = doc.items.map((item, index) => ({ item, row: timeline.rows[index]! }));
  const lanes = new Map(doc.lanes.map((lane) => [lane.group, lane.title]));
  return (
    <div class="timeline" data-timeline>
      <p class="muted small">{W.intro}</p>
      <div class="tl-picture" aria-hidden="true">
        <div class="tl-row tl-axis">
          <span class="tl-label">{W.months}</span>
          <span class="tl-track">{MONTHS.map((month) => <span key={month} class="tl-month">{monthText(month)}</span>)}</span>
        </div>
        {rows.map(({ item, row }) => (
          <div key={item.role} class={`tl-row ${row.commitment}`} data-role={item.role} data-commitment={row.commitment} data-dating={row.dating}>
            <span class="tl-label">
              <span class="tl-name">{item.name}</span>
              {row.commitment === 'part-time' && <span class="tl-tag">{W.partTime}</span>}
              {row.startNow && <strong class="tl-flag" data-start-now>{W.startNow}</strong>}
            </span>
            <span class="tl-track">
              {row.dating === 'dated' ? <Bars row={row} /> : <span class="tl-undated">{undatedText(row.dating)}</span>}
            </span>
            {row.dating === 'dated' && <span class="tl-when small muted">{workingByText(row)}</span>}
          </div>
        ))}
        <p class="tl-legend small">
          <span class="tl-key tl-search" /> {W.legend.search} <span class="tl-key tl-lands" /> {W.legend.lands}{' '}
          <span class="tl-key tl-working" /> {W.legend.working} <span class="tl-key tl-need-key" /> {W.legend.needBy}
        </p>
      </div>
      <div class="visually-hidden">
      <table>
        <caption>{W.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{W.columns.seat}</th><th scope="col">{W.columns.lane}</th><th scope="col">{W.columns.starts}</th>
            <th scope="col">{W.columns.working}</th><th scope="col">{W.columns.needBy}</th><th scope="col">{W.columns.flag}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ item, row }) => (
            <tr key={item.role}>
              <th scope="row">{item.name}{row.commitment === 'part-time' ? ` (${W.partTime})` : ''}</th>
              <td>{lanes.get(item.group)}</td>
              <td>{row.searchStarts === null ? '' : monthText(row.searchStarts)}</td>
              <td>{workingByText(row)}{row.dating === 'dated' ? ` (${W.bases[row.basis]})` : ''}</td>
              <td>{row.needBy === null ? '' : `${monthText(row.needBy)} (${W.needByBases[row.needByBasis!]})`}</td>
              <td>{row.startNow ? `${W.startNow}: ${W.startNowWhy}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {rows.some(({ row }) => row.startNow) && <p class="small"><strong>{W.startNow}:</strong> {W.startNowWhy}</p>}
      <p class="small muted">{[...new Set(rows.filter(({ row }) => row.dating === 'dated').map(({ row }) => W.bases[row.basis]))].join('. ')}.</p>
      {timeline.productionDue !== null && <p class="small muted">{fill(W.needBy, { month: monthText(timeline.productionDue) })}: {W.needByBases['production-due']}</p>}
    </div>
  );
}
