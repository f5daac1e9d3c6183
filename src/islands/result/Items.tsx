/**
 * Every seat of the hire order ([data-hire-order]): name, count, approach and a one-line why
 * always visible; its reasons, flip points and (for now items) job-description starter behind
 * a native disclosure that works without script.
 */
import type { ReadonlySignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { RoleId } from '../../engine/ids.ts';
import type { DocFlip, DocItem, ResultDocument } from '../../result/document.ts';
import { WORDING } from '../../content/result-wording.ts';
import { roleHref } from '../../links.ts';
import { Differ, ReasonLine, type LinkContext } from './Reason.tsx';
import { pure } from './pure.ts';

interface Props {
  doc: ResultDocument;
  context: LinkContext;
  /** Each seat's flip points, when worked out (read by the flip lists alone, so they re-render alone). */
  flips?: ReadonlySignal<ReadonlyMap<RoleId, DocFlip[]> | undefined> | undefined;
  /** Applies a flip point's answers (the what-if panel), when the page has one. */
  onTry?: ((answers: DocFlip['answers']) => void) | undefined;
  /** A job-description starter under each now item, when given (`opened`: the item's details have been opened once). */
  jobDescription?: ((item: DocItem, opened: boolean) => preact.ComponentChildren) | undefined;
  /** Each seat's link to its intake pack for the recruiter (`/roles/<role>/?<answers>`), when given. */
  intake?: { href: (role: RoleId) => string; text: string } | undefined;
  /** How many lanes are drawn (all when not given). */
  lanesDrawn?: number | undefined;
  /** Whether the whole result is drawn: only then does `[data-hire-order]` mark the list, so a reader waiting for it finds every part (true when not given). */
  whole?: boolean | undefined;
  /** How many seats, in order, have their folded reasons drawn (all when not given); a seat opened sooner draws its own. */
  bodiesDrawn?: number | undefined;
}

/** "One answer that would move this seat": the seat's flip points, each usable as a what-if. */
function Flips({ role, flips, onTry }: { role: RoleId; flips: NonNullable<Props['flips']>; onTry: Props['onTry'] }) {
  const mine = flips.value?.get(role) ?? [];
  if (mine.length === 0) return null;
  return (
    <div class="flips">
      <p class="flips-title">{WORDING.text.flipIntro}</p>
      <ul>
        {mine.map((flip) => (
          <li key={flip.text}>
            {flip.text}{' '}
            {onTry && <button type="button" class="link-button" data-action="try-flip" onClick={() => onTry(flip.answers)}>{WORDING.text.flipTry}</button>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One seat; re-rendered only when one of its props changed (the list is drawn a seat's reasons at a time). */
const Item = pure(({ item, context, flips, onTry, jobDescription, intake, drawBody }: { item: DocItem; drawBody: boolean } & Omit<Props, 'doc' | 'lanesDrawn' | 'bodiesDrawn' | 'whole'>) => {
  const [opened, setOpened] = useState(false);
  return (
    <li class={`hire-item item-${item.group} ${item.commitment}`} id={`seat-${item.role}`} data-role={item.role} data-group={item.group} data-commitment={item.commitment}>
      <div class="item-head">
        <h4><span class="position">{item.position}.</span> <a href={roleHref(context.base, item.role)}>{item.name}</a></h4>
        <span class="facts">
          {[item.countText, ...item.laterText].filter(Boolean).join(' · ')}{item.countText || item.laterText.length > 0 ? ' · ' : ''}
          {item.commitment === 'part-time' && <><strong class="commitment">{item.commitmentText}</strong>{' · '}</>}
          {item.approachText}
        </span>
      </div>
      <p class="why-line">
        {item.why}
        {intake && <> <a class="intake-link" href={intake.href(item.role)} data-intake={item.role}>{intake.text}<span class="visually-hidden">: {item.name}</span></a></>}
      </p>
      <Differ disagreements={item.disagreements} context={context} />
      <details class="item-details" onToggle={(event) => { if ((event.currentTarget as HTMLDetailsElement).open) setOpened(true); }}>
        <summary>{WORDING.text.reasons}</summary>
        {(drawBody || opened) && (
          <>
            <ul class="reasons">
              {item.reasons.map((reason) => <li key={reason.id}><ReasonLine reason={reason} context={context} /></li>)}
            </ul>
            {flips && <Flips role={item.role} flips={flips} onTry={onTry} />}
            {jobDescription?.(item, opened)}
          </>
        )}
      </details>
    </li>
  );
});

export function Items({ doc, lanesDrawn = Infinity, bodiesDrawn = Infinity, whole = true, ...props }: Props) {
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{WORDING.headings.details}</h2>
      <div data-hire-order={whole ? true : undefined}>
        {doc.lanes.slice(0, lanesDrawn).map((lane) => (
          <section key={lane.group} class={`group group-${lane.group}`} aria-labelledby={`group-${lane.group}`}>
            <h3 id={`group-${lane.group}`} class="group-title">{WORDING.groups[lane.group].title}</h3>
            <ol class="hire-list" start={lane.items[0]!.position}>
              {lane.items.map((item) => <Item key={item.role} item={item} drawBody={item.position <= bodiesDrawn} {...props} />)}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
