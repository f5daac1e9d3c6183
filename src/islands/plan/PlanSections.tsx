/**
 * The hiring plan under the plan and the what-if panel (issue 16): the timeline, the cost and the
 * exports as disclosures (open on a desktop, closed on a phone, so the page stays short there).
 * This shell loads with the seats' details, after the plan is on screen; the timeline's code loads
 * then too (on a phone as well, drawn when opened or printed), the cost's when it is
 * first opened, the exports' on the first click.
 *
 * Print shows the timeline's picture whatever its state on screen: `beforeprint` (and the print
 * media query, which page.pdf() and print emulation switch) opens its disclosure and draws it,
 * synchronously enough for the printout since its code is already here; `afterprint` closes it
 * again if it was closed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SourceId } from '../../engine/ids.ts';
import type { ResultLabels } from '../../content/labels.ts';
import type { ResultDocument } from '../../result/document.ts';
import { founderRates } from './rates-state.ts';
import { useLazy } from './use-lazy.ts';
import { Disclosure, isWide } from '../Disclosure.tsx';

const loadFounderRates = async () => (await import('./load-rates.ts')).loadFounderRates();

/** The words this shell shows before any plan code loads (content/plan.json, passed by the page). */
export interface PlanShellWords {
  headings: { timeline: string; cost: string; export: string; compare: string };
  export: { intro: string; csv: string; json: string; includeRates: string; done: string; schema: string };
  intakeLink: string;
  compareOpen: string;
}

interface Props {
  doc: ResultDocument;
  base: string;
  words: PlanShellWords;
  sources: ResultLabels['sources'];
}

export default function PlanSections({ doc, base, words, sources }: Props) {
  const sourceNames = useMemo(() => Object.fromEntries(Object.entries(sources).map(([id, source]) => [id, source.title])) as Record<SourceId, string>, [sources]);
  const wide = useMemo(isWide, []);
  const [timelineOpen, setTimelineOpen] = useState(wide);
  const [costOpen, setCostOpen] = useState(wide);
  const Timeline = useLazy(() => import('./Timeline.tsx'), true);
  const timelinePart = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    let closedBefore = false;
    const before = () => {
      const part = timelinePart.current;
      if (part && !part.open) { closedBefore = true; part.open = true; }
      setTimelineOpen(true);
    };
    const after = () => {
      if (closedBefore && timelinePart.current) timelinePart.current.open = false;
      closedBefore = false;
    };
    const print = window.matchMedia('print');
    const change = (event: MediaQueryListEvent) => (event.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    print.addEventListener('change', change);
    if (print.matches) before(); // printing began before this shell loaded
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      print.removeEventListener('change', change);
    };
  }, []);
  const CostPanel = useLazy(() => import('./CostPanel.tsx'), costOpen);
  const [includeRates, setIncludeRates] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => { if (costOpen) void loadFounderRates(); }, [costOpen]);
  const download = async (kind: 'csv' | 'json') => {
    const [{ downloadPlan }, rates] = await Promise.all([import('./download.ts'), includeRates ? loadFounderRates() : Promise.resolve(null)]);
    setStatus(words.export.done.replace('{file}', downloadPlan(kind, doc, rates, sourceNames, base)));
  };
  return (
    <>
      <Disclosure id="timeline" className="plan-part plan-timeline" title={words.headings.timeline} open={wide} onOpen={() => setTimelineOpen(true)} part={timelinePart}>
        {Timeline && timelineOpen && <Timeline doc={doc} />}
      </Disclosure>
      <Disclosure id="cost" className="plan-part plan-cost" title={words.headings.cost} open={wide} onOpen={() => setCostOpen(true)}>
        {CostPanel && founderRates.value && <CostPanel doc={doc} />}
      </Disclosure>
      <Disclosure id="export" className="plan-part plan-export" title={words.headings.export} open={wide}>
        <p class="small muted">{words.export.intro} <a href={`${base}hiring-plan.schema.json`}>{words.export.schema}</a></p>
        <p class="export-buttons">
          <button type="button" class="button secondary" data-export="csv" onClick={() => void download('csv')}>{words.export.csv}</button>{' '}
          <button type="button" class="button secondary" data-export="json" onClick={() => void download('json')}>{words.export.json}</button>
        </p>
        <label class="check small"><input type="checkbox" data-include-rates="files" checked={includeRates} onChange={(event) => setIncludeRates((event.currentTarget as HTMLInputElement).checked)} /> {words.export.includeRates}</label>
        <p class="action-status" role="status">{status}</p>
      </Disclosure>
    </>
  );
}
