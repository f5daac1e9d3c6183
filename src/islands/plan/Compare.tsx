/**
 * Two scenarios side by side ([data-compare]): A is the plan shown, B the same answers with any
 * changed here (B's controls sit outside [data-what-if]). Lanes, counts, timeline and cost of
 * each, the seats that differ marked in words, and a link that opens both (`compare=`).
 * Loaded when the what-if panel's "compare" is first used, or when a link carries `compare=`.
 */
import { useEffect, useState } from 'preact/hooks';
import { isComplete, questionPath, firstUnanswered, withAnswer, type Answers, type CompleteAnswers, type QuestionId } from '../../engine/answers.ts';
import type { ResultLabels } from '../../content/labels.ts';
import { comparisonOf, compareQuery, parseCompare, type Comparison, type Scenario, type SeatDifference } from '../../plan/compare.ts';
import { costOf } from '../../plan/cost.ts';
import type { TimelineRow } from '../../plan/timeline.ts';
import { workingByText } from '../../plan/export-csv.ts';
import { ratesParamValue, RATES_PARAM } from '../../plan/rates-param.ts';
import { PLAN_WORDING, fill, monthText, moneyFormat, totalText } from '../../plan/wording.ts';
import { NONE, OptionGroup, chosenOf, type OptionLook } from '../OptionGroup.tsx';
import { founderRates } from './rates-state.ts';
import { loadFounderRates } from './load-rates.ts';

const W = PLAN_WORDING.compare;
/** "M1 augmented, then M4-M7 hired · Needed by M1". */
const timingText = (row: TimelineRow) => [workingByText(row), row.needBy === null ? '' : fill(PLAN_WORDING.timeline.needBy, { month: monthText(row.needBy) })].filter(Boolean).join(' · ');
const PILLS: OptionLook = { group: 'pills', option: 'pill' };

interface Props {
  a: CompleteAnswers;
  /** B's answers to start from (A's), or `link`: the page's link's `compare=`. */
  b: Answers | 'link';
  labels: ResultLabels;
  base: string;
  onClose: () => void;
}

/** One scenario's column: its lanes with each seat's count, commitment, approach and timing, and its cost. */
function ScenarioColumn({ id, title, scenario, differences }: { id: 'a' | 'b'; title: string; scenario: Scenario; differences: Comparison['seats'] }) {
  const rates = founderRates.value;
  const cost = rates && costOf(scenario.timeline, rates);
  const rows = new Map(scenario.doc.items.map((item, index) => [item.role, scenario.timeline.rows[index]!]));
  const differ = (kinds: readonly SeatDifference[] | undefined) => kinds?.filter((kind) => kind !== (id === 'a' ? 'only-b' : 'only-a'));
  return (
    <section class="scenario" data-scenario={id} aria-labelledby={`scenario-${id}`}>
      <h3 id={`scenario-${id}`}>{title}</h3>
      {scenario.doc.lanes.map((lane) => (
        <div key={lane.group} class="scenario-lane">
          <h4>{lane.title}</h4>
          <ol>
            {lane.items.map((item) => {
              const kinds = differ(differences.get(item.role));
              return (
                <li key={item.role} class={kinds?.length ? 'differs' : undefined} data-role={item.role} data-group={item.group} data-commitment={item.commitment}>
                  <strong>{item.name}</strong>{item.countText && ` ×${item.countText}`} · {item.commitment === 'part-time' ? `${item.commitmentText} · ` : ''}{item.approachText}
                  <br /><span class="small muted">{timingText(rows.get(item.role)!)}</span>
                  {kinds && kinds.length > 0 && <span class="differs-mark small"> ({W.differs}: {kinds.map((kind) => W.differences[kind]).join(', ')})</span>}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      {cost && (
        <dl class="cost-totals small" data-scenario-cost={id}>
          <dt>{PLAN_WORDING.cost.nowYearly}</dt><dd>{totalText(cost.now.yearly, moneyFormat(rates.currency))}</dd>
          <dt>{PLAN_WORDING.cost.window}</dt><dd>{totalText(cost.window.total, moneyFormat(rates.currency))}</dd>
        </dl>
      )}
    </section>
  );
}

export default function Compare({ a, b: initial, labels, base, onClose }: Props) {
  const [linked] = useState(() => (initial === 'link' ? parseCompare(window.location.search).answers : null));
  const [b, setB] = useState<Answers>(initial === 'link' ? linked ?? a : initial);
  useEffect(() => { if (initial === 'link' && !linked) onClose(); }, []);
  const [includeRates, setIncludeRates] = useState(false);
  useEffect(() => { void loadFounderRates(); }, []);
  const complete = isComplete(b) ? (b as CompleteAnswers) : null;
  const comparison = complete && comparisonOf(a, complete, labels);
  const waiting = complete ? null : firstUnanswered(b) ?? null;
  const change = (question: QuestionId, option: string, checked: boolean) => {
    if (question !== 'have') return setB(withAnswer(b, question, option as never));
    const ticked = chosenOf(b.have).filter((id) => id !== NONE);
    setB(withAnswer(b, 'have', (option === NONE ? [] : checked ? [...ticked, option] : ticked.filter((id) => id !== option)) as never));
  };
  const rates = founderRates.value;
  const query = complete ? compareQuery(a, complete) : '';
  const href = `${base}result/?${query}${includeRates && rates ? `&${RATES_PARAM}=${ratesParamValue(rates)}` : ''}`;
  return (
    <section class="compare" data-compare aria-labelledby="compare-title">
      <h2 id="compare-title">{PLAN_WORDING.headings.compare}</h2>
      <p class="small muted">{W.intro}</p>
      <details class="compare-controls" open>
        <summary>{W.controls}</summary>
        <form onSubmit={(event) => event.preventDefault()}>
          {questionPath(b).map((question) => (
            <fieldset key={question} class="what-if-q">
              <legend>{labels.questions[question].short}</legend>
              <OptionGroup question={question} options={labels.questions[question].options} chosen={chosenOf(b[question])} look={PILLS} noneLabel={labels.questions[question].noneLabel} onToggle={(option, checked) => change(question, option, checked)} />
            </fieldset>
          ))}
        </form>
      </details>
      <p role="status" class="small">
        {waiting ? fill(W.waiting, { question: labels.questions[waiting].short })
          : comparison && (comparison.answers.length === 0 ? W.same : fill(W.answers, { questions: comparison.answers.map((question) => labels.questions[question].short).join(', ') }))}
      </p>
      {comparison && (
        <div class="scenarios">
          <ScenarioColumn id="a" title={W.a} scenario={comparison.a} differences={comparison.seats} />
          <ScenarioColumn id="b" title={W.b} scenario={comparison.b} differences={comparison.seats} />
        </div>
      )}
      {complete && (
        <p>
          <a href={href} data-compare-link>{W.link}</a>{' '}
          <label class="check small"><input type="checkbox" data-include-rates="compare" checked={includeRates} onChange={(event) => setIncludeRates((event.currentTarget as HTMLInputElement).checked)} /> {W.includeRates}</label>
        </p>
      )}
      <p><button type="button" class="button secondary" data-action="close-compare" onClick={onClose}>{W.close}</button></p>
    </section>
  );
}
