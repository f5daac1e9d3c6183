/**
 * The plan in one sentence and its totals: who first, how many seats and people now, how
 * many seats over how many phases, and how the people to hire now sit against the band.
 */
import type { SourceId } from '../engine/ids.ts';
import type { Headcount, Recommendation } from '../engine/recommendation.ts';
import type { ResultLabels } from '../content/labels.ts';
import { countText } from './words.ts';
import { WORDING } from '../content/result-wording.ts';
import { fill } from '../content/fill.ts';

export interface DocSummary {
  /** "First hire: AI engineer (1-2). Now: 4 seats, about 5-6 people; 9 seats over three phases." */
  verdict: string;
  nowSeats: number;
  /** The people the now seats add up to (a seat without a count is one person). */
  nowPeople: Headcount;
  totalSeats: number;
  /** How many of now / next / later hold seats. */
  phases: number;
  /** How the people to hire now compare with the band shown, and the band's source. */
  band: { text: string; sentence: string; source: SourceId };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryOf(recommendation: Recommendation, labels: ResultLabels): DocSummary {
  const { hireOrder, headcount } = recommendation;
  const t = WORDING.text;
  const now = hireOrder.filter((item) => item.group === 'now');
  const nowPeople = now.reduce((sum, item) => ({ min: sum.min + (item.count?.min ?? 1), max: sum.max + (item.count?.max ?? 1) }), { min: 0, max: 0 });
  const phases = new Set(hireOrder.map((item) => item.group)).size;
  const first = hireOrder[0]!;
  const firstName = labels.roles[first.role].name;
  const firstHire = first.count && first.count.max > 1 ? fill(t.firstHire, { role: firstName, count: countText(first.count) }) : fill(t.firstHireOne, { role: firstName });
  const people = nowPeople.min === nowPeople.max ? plural(nowPeople.min, t.person, t.people) : `${countText(nowPeople)} ${t.people}`;
  const nowLine = fill(t.now, {
    seats: plural(now.length, t.seat, t.seats),
    people,
    total: plural(hireOrder.length, t.seat, t.seats),
    phases: WORDING.phaseCount[String(phases) as '1' | '2' | '3'],
  });
  const shown = headcount.growingTo ?? headcount.band;
  const band = countText({ min: shown.min, max: shown.max });
  const template = shown.orMore ? t.bandOpen : nowPeople.max > shown.max ? t.bandAbove : nowPeople.min < shown.min ? t.bandBelow : t.bandWithin;
  return {
    verdict: `${firstHire} ${nowLine}`,
    nowSeats: now.length,
    nowPeople,
    totalSeats: hireOrder.length,
    phases,
    band: { text: band, sentence: fill(template, { people: countText(nowPeople), band }), source: labels.reasons[headcount.reason.id].source },
  };
}
