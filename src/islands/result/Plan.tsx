/**
 * The plan at the top of a result: the one-sentence verdict, the totals against the band,
 * now / next / later lanes of role chips (an ordered list each) and the first warnings.
 */
import type { RoleId } from '../../engine/ids.ts';
import type { RoleChange } from '../../result/diff.ts';
import type { DocItem, ResultDocument } from '../../result/document.ts';
import { WORDING } from '../../content/result-wording.ts';
import { sourceHref } from '../../links.ts';
import { pure } from './pure.ts';

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

interface ChipProps {
  role: RoleId;
  href: string;
  name: string;
  count: string | null;
  approach: DocItem['approach'];
  approachText: string;
  commitment: DocItem['commitment'];
  /** The seat's disagreement, marked on its chip: between two articles, or one article's table and text. */
  differs: 'sources' | 'article' | 'own' | null;
  change: RoleChange | undefined;
}

/** One seat's chip; plain values as props, so a what-if change re-renders only the chips that changed. */
const Chip = pure(({ role, href, name, count, approach, approachText, commitment, differs, change }: ChipProps) => (
  <li class={`chip ${commitment}${change ? ` changed changed-${change}` : ''}`} data-role={role} data-commitment={commitment}>
    <a href={href}>
      <span class="chip-name">{name}</span>
      {count && <span class="chip-count">×{count}</span>}
      {commitment === 'part-time' && <span class="chip-commitment">{WORDING.text.partTimeNote}</span>}
      {differs && <span class="chip-differs">{differs === 'own' ? WORDING.text.ownChoiceMark : differs === 'article' ? WORDING.text.withinArticleMark : WORDING.text.sourcesDifferMark}</span>}
      <span class={`chip-approach approach-${approach}`}>{approachText}</span>
      {change && <span class="visually-hidden"> ({WORDING.text.changedMark})</span>}
    </a>
  </li>
));

export function Plan({ doc, base, changes, chipHref = (role) => `#seat-${role}`, compact = false }: Props) {
  const { summary } = doc;
  return (
    <section class="plan" data-plan aria-labelledby="plan-title">
      <h2 id="plan-title" class="visually-hidden">{WORDING.headings.plan}</h2>
      <p class="verdict">{summary.verdict}</p>
      <p class="band-line muted small">
        {summary.band.sentence}{' '}
        {summary.band.source && <span class="source">(<a href={sourceHref(base, summary.band.source)}>{WORDING.text.source}</a>)</span>}
      </p>
      <div class="lanes">
        {doc.lanes.map((lane) => (
          <section key={lane.group} class={`lane lane-${lane.group}`} data-lane={lane.group} aria-labelledby={`lane-${lane.group}`}>
            <h3 id={`lane-${lane.group}`}>{lane.title}</h3>
            <ol class="chips" start={lane.items[0]!.position}>
              {lane.items.map((item) => (
                <Chip
                  key={item.role}
                  role={item.role}
                  href={chipHref(item.role)}
                  name={item.chip.name}
                  count={item.countText}
                  approach={item.approach}
                  approachText={item.chip.approach}
                  commitment={item.commitment}
                  differs={item.disagreements.length === 0 ? null : item.disagreements.every((d) => d.follows.id === null) ? 'own' : item.disagreements.every((d) => d.withinArticle) ? 'article' : 'sources'}
                  change={changes?.get(item.role)}
                />
              ))}
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
