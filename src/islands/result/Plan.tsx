/**
 * The plan at the top of a result: the one-sentence verdict, the totals against the band,
 * now / next / later lanes of role chips (an ordered list each) and the first warnings.
 */
import type { RoleId } from '../../engine/ids.ts';
import type { RoleChange } from '../../result/diff.ts';
import type { ResultDocument } from '../../result/document.ts';
import { WORDING } from '../../result/wording.ts';
import { sourceHref } from '../links.ts';

interface Props {
  doc: ResultDocument;
  base: string;
  /** Seats that changed with the last what-if, highlighted. */
  changes?: ReadonlyMap<RoleId, RoleChange> | undefined;
  /** Where a chip links: the seat's details on the page, or elsewhere (the embed links to the full result). */
  chipHref?: (role: RoleId) => string;
  /** The embed's compact plan leaves the warnings out. */
  compact?: boolean;
}

export function Plan({ doc, base, changes, chipHref = (role) => `#seat-${role}`, compact = false }: Props) {
  const { summary } = doc;
  return (
    <section class="plan" data-plan aria-labelledby="plan-title">
      <h2 id="plan-title" class="visually-hidden">{WORDING.headings.plan}</h2>
      <p class="verdict">{summary.verdict}</p>
      <p class="band-line muted small">
        {summary.band.sentence} <span class="source">(<a href={sourceHref(base, summary.band.source)}>{WORDING.text.source}</a>)</span>
      </p>
      <div class="lanes">
        {doc.lanes.map((lane) => (
          <section key={lane.group} class={`lane lane-${lane.group}`} data-lane={lane.group} aria-labelledby={`lane-${lane.group}`}>
            <h3 id={`lane-${lane.group}`}>{lane.title}</h3>
            <ol class="chips" start={lane.items[0]!.position}>
              {lane.items.map((item) => {
                const change = changes?.get(item.role);
                return (
                  <li key={item.role} class={change ? `chip changed changed-${change}` : 'chip'} data-role={item.role}>
                    <a href={chipHref(item.role)}>
                      <span class="chip-name">{item.chip.name}</span>
                      {item.countText && <span class="chip-count">×{item.countText}</span>}
                      <span class={`chip-approach approach-${item.approach}`}>{item.chip.approach}</span>
                      {change && <span class="visually-hidden"> ({WORDING.text.changedMark})</span>}
                    </a>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
      {!compact && doc.topWarnings.length > 0 && (
        <p class="top-warnings">
          <strong>{WORDING.headings.topWarnings}:</strong>{' '}
          {doc.topWarnings.map((warning, index) => (
            <span key={warning.id}>{index > 0 && ' · '}<a href={`#warning-${warning.id}`}>{WORDING.warningTitles[warning.id]}</a></span>
          ))}
        </p>
      )}
    </section>
  );
}
