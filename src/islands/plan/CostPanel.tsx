/**
 * The rates panel and the cost ([data-cost]): the founder's figures per seat of the plan (a
 * yearly salary, a monthly rate for augmented seats, a part-time share), in one currency, kept on
 * this device; the totals from src/plan/cost.ts. Loaded when the cost is first opened. A typed
 * value is read by rates.ts; a refused one keeps the last good figure and says why, as text.
 */
import { useState } from 'preact/hooks';
import type { RoleId } from '../../engine/ids.ts';
import type { DocItem, ResultDocument } from '../../result/document.ts';
import { costOf, type Money } from '../../plan/cost.ts';
import { timelineOf } from '../../plan/timeline.ts';
import { PAY_REGIONS, TALENT_PAY_BAND, type PayRegion } from '../../plan/pay-band.ts';
import { parseCurrency, parseRate, parseSalary, parseShare, withCurrency, withPayRegion, withRoleRate, type Rates, type RateProblem } from '../../plan/rates.ts';
import { saveRates } from '../../plan/rates-storage.ts';
import { ratesParamValue, RATES_PARAM } from '../../plan/rates-param.ts';
import { PLAN_WORDING, amountText, fill, moneyFormat, totalText } from '../../plan/wording.ts';
import { deviceStorage, founderRates, ratesFromLink, ratesNotice, shareRatesPart } from './rates-state.ts';

const R = PLAN_WORDING.rates;
const C = PLAN_WORDING.cost;

/** A typed field: its text as typed and the problem of the last text refused. */
type Field = { text: string; problem: RateProblem | null };

/** One input with its label and its message (text only, tied to the input for screen readers). */
function RateInput({ id, label, field, onInput }: { id: string; label: string; field: Field; onInput: (text: string) => void }) {
  return (
    <div class="rate-field">
      <label for={id}>{label}</label>
      <input id={id} type="text" inputMode="decimal" autoComplete="off" maxLength={64} value={field.text}
        aria-invalid={field.problem ? 'true' : undefined} aria-describedby={field.problem ? `${id}-problem` : undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)} />
      {field.problem && <p id={`${id}-problem`} class="rate-problem" data-rate-problem={field.problem}>{fill(R.invalidField, { field: label, problem: R.problems[field.problem] })}</p>}
    </div>
  );
}

const textOf = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The founder's figures for one seat: the fields its approach and commitment need. */
function SeatRates({ item, rates, onChange }: { item: DocItem; rates: Rates; onChange: (next: Rates) => void }) {
  const own = rates.roles[item.role] ?? {};
  const [fields, setFields] = useState<Record<string, Field>>({});
  const field = (key: string, fallback: string): Field => fields[key] ?? { text: fallback, problem: null };
  const set = (key: string, text: string, problem: RateProblem | null) => setFields((before) => ({ ...before, [key]: { text, problem } }));
  const routes = [item.approach, item.then];
  const id = (key: string) => `rate-${item.role}-${key}`;
  const salaryMin = field('salary-min', textOf(own.salary?.min));
  const salaryMax = field('salary-max', own.salary && own.salary.max !== own.salary.min ? String(own.salary.max) : '');
  const onSalary = (which: 'min' | 'max', text: string) => {
    const [min, max] = which === 'min' ? [text, salaryMax.text] : [salaryMin.text, text];
    const read = parseSalary(min, max);
    set(`salary-${which}`, text, read.ok ? null : read.field === which ? read.problem : null);
    if (read.ok) onChange(withRoleRate(rates, item.role, 'salary', read.value ?? undefined));
  };
  const onNumber = (key: 'monthly' | 'share', text: string) => {
    const read = key === 'share' ? parseShare(text) : parseRate(text);
    set(key, text, read.ok ? null : read.problem);
    if (read.ok) onChange(withRoleRate(rates, item.role, key, read.value ?? undefined));
  };
  return (
    <fieldset class="seat-rates" data-rates={item.role}>
      <legend>{item.name} <span class="muted small">({item.approachText}{item.commitment === 'part-time' ? `, ${item.commitmentText}` : ''})</span></legend>
      {routes.includes('hire') && (
        <>
          <RateInput id={id('salary-min')} label={`${R.salary}, ${R.salaryFrom}`} field={salaryMin} onInput={(text) => onSalary('min', text)} />
          <RateInput id={id('salary-max')} label={`${R.salary}, ${R.salaryTo}`} field={salaryMax} onInput={(text) => onSalary('max', text)} />
          {own.prefill && <p class="small muted">{fill(R.prefilled, { region: PLAN_WORDING.payBand.regions[own.prefill] })}: {rates.currency} {own.salary && amountText(own.salary)}. {PLAN_WORDING.payBand.caveat}</p>}
        </>
      )}
      {routes.includes('augment') && <RateInput id={id('monthly')} label={R.monthly} field={field('monthly', textOf(own.monthly))} onInput={(text) => onNumber('monthly', text)} />}
      {item.commitment === 'part-time' && routes.some((route) => route !== 'build' && route !== null) && <RateInput id={id('share')} label={R.share} field={field('share', textOf(own.share))} onInput={(text) => onNumber('share', text)} />}
      {item.approach === 'build' && <p class="small muted">{R.builtNote}</p>}
    </fieldset>
  );
}

/** A total as data attributes (contract.md: numbers): with nothing priced, 0. */
const numberAttr = (money: Money | null) => String(money?.min ?? 0);
const maxAttr = (money: Money | null) => String(money?.max ?? 0);

export default function CostPanel({ doc }: { doc: ResultDocument }) {
  const rates = founderRates.value;
  const [currency, setCurrency] = useState<Field | null>(null);
  const [saved, setSaved] = useState(false);
  const [includeInShare, setIncludeInShare] = useState(shareRatesPart.value !== '');
  if (!rates) return null;
  const change = (next: Rates) => {
    founderRates.value = next;
    ratesFromLink.value = false;
    setSaved(saveRates(deviceStorage(), next));
    if (includeInShare) shareRatesPart.value = `${RATES_PARAM}=${ratesParamValue(next)}`;
  };
  const cost = costOf(timelineOf(doc), rates);
  const format = moneyFormat(rates.currency);
  const names = new Map(doc.items.map((item) => [item.role, item.name]));
  const list = (roles: readonly RoleId[]) => roles.map((role) => names.get(role)).join(', ');
  const region = (Object.values(rates.roles).find((own) => own?.prefill)?.prefill ?? 'us-eu') as PayRegion;
  const seats = doc.items.filter((item) => item.group !== 'later');
  return (
    <div class="cost" data-cost data-currency={rates.currency}
      data-total-now={numberAttr(cost.now.yearly)} data-total-now-max={maxAttr(cost.now.yearly)}
      data-total-12m={numberAttr(cost.window.total)} data-total-12m-max={maxAttr(cost.window.total)}>
      <h3>{C.heading}</h3>
      <dl class="cost-totals" aria-live="polite">
        <dt>{C.nowYearly}</dt><dd data-total="now">{totalText(cost.now.yearly, format)}</dd>
        <dt>{C.window}</dt><dd data-total="12m">{totalText(cost.window.total, format)}</dd>
      </dl>
      {cost.now.missing.length + cost.window.missing.length > 0 && <p class="small">{fill(C.missingList, { roles: list([...new Set([...cost.now.missing, ...cost.window.missing])]) })}</p>}
      {cost.window.undated.length > 0 && <p class="small muted">{fill(C.undatedList, { roles: list(cost.window.undated) })}</p>}
      {ratesNotice.value.map((notice) => <p key={notice} class="small notice-line">{notice}</p>)}
      {ratesFromLink.value && <p class="small">{R.fromLink}</p>}
      <h3>{PLAN_WORDING.headings.rates}</h3>
      <p class="small muted">{R.intro}</p>
      <div class="rates-general">
        <RateInput id="rate-currency" label={R.currency} field={currency ?? { text: rates.currency, problem: null }} onInput={(text) => {
          const read = parseCurrency(text);
          setCurrency({ text, problem: read.ok ? null : read.problem });
          if (read.ok) change(withCurrency(rates, read.value));
        }} />
        {rates.currency === TALENT_PAY_BAND.currency && (
          <div class="rate-field">
            <label for="rate-region">{R.region}</label>
            <select id="rate-region" value={region} onChange={(event) => change(withPayRegion(rates, (event.currentTarget as HTMLSelectElement).value as PayRegion))}>
              {PAY_REGIONS.map((id) => <option key={id} value={id}>{PLAN_WORDING.payBand.regions[id]}</option>)}
            </select>
          </div>
        )}
        {rates.currency !== TALENT_PAY_BAND.currency && <p class="small muted">{R.currencyDropsPrefill}</p>}
      </div>
      {seats.map((item) => <SeatRates key={`${item.role}-${rates.currency}-${region}`} item={item} rates={rates} onChange={change} />)}
      <p class="small muted">{R.kept} {R.startOver}{saved ? ` ${R.saved}` : ''}</p>
      <label class="check">
        <input type="checkbox" data-include-rates="share" checked={includeInShare} onChange={(event) => {
          const on = (event.currentTarget as HTMLInputElement).checked;
          setIncludeInShare(on);
          shareRatesPart.value = on ? `${RATES_PARAM}=${ratesParamValue(rates)}` : '';
        }} /> {R.includeInShare}
      </label>
    </div>
  );
}
