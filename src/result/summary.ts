/**
 * The plan in one sentence and its totals: who first, how many seats now and how they are
 * filled (model version 3: people to hire, to bring in, to grow in-house, part-time), how many
 * seats over how many phases, and how the seats to fill now, beside the in-house groups that
 * already hold seats, sit against the band.
 */
import type { Approach, SourceId } from '../engine/ids.ts';
import type { Headcount, Recommendation } from '../engine/recommendation.ts';
import type { ResultLabels } from '../content/labels.ts';
import { countText } from './words.ts';
import { WORDING } from '../content/result-wording.ts';
import { fill } from '../content/fill.ts';

export interface DocSummary {
  /** "First seat: AI engineer (1-2). Now: 4 seats, 5-6 people: 3 to hire, 1 to bring in, 1 part-time. 9 seats over three phases." */
  verdict: string;
  nowSeats: number;
  /** The people the now seats add up to (a seat without a count is one person, part-time seats included). */
  nowPeople: Headcount;
  /** Lowest counts of full-time now seats hired (or augmented, then hired); of an item whose seats after the lead go another way, only the lead. */
  toHire: number;
  /** Lowest counts of full-time now seats augmented (or augmented, then built). */
  toBringIn: number;
  /** Lowest counts of full-time now seats grown in-house. */
  toGrow: number;
  /** Now seats held part-time. */
  partTime: number;
  /** In-house groups that hold a seat, each counted as one. */
  inHouseGroups: number;
  totalSeats: number;
  /** How many of now / next / later hold seats. */
  phases: number;
  /** How the people to fill now (and the in-house groups) compare with the band shown, and the band's source. */
  band: { text: string; sentence: string; source: SourceId | null };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryOf(recommendation: Recommendation, labels: ResultLabels): DocSummary {
  const { hireOrder, headcount } = recommendation;
  const t = WORDING.text;
  const now = hireOrder.filter((item) => item.group === 'now');
  const fullTime = now.filter((item) => item.commitment === 'full-time');
  // An item whose seats after the lead go another way counts its lead by the item's route and the rest by theirs.
  const byRoute = (route: (approach: Approach, then: Approach | null) => boolean) =>
    fullTime.reduce((sum, item) => {
      const seats = item.count?.min ?? 1;
      const lead = route(item.approach, item.then) ? (item.afterLead ? 1 : seats) : 0;
      return sum + lead + (item.afterLead && route(item.afterLead, null) ? seats - 1 : 0);
    }, 0);
  const toHire = byRoute((approach, then) => approach === 'hire' || then === 'hire');
  const toBringIn = byRoute((approach, then) => approach === 'augment' && then !== 'hire');
  const toGrow = byRoute((approach) => approach === 'build');
  const partTime = now.length - fullTime.length;
  const nowPeople = now.reduce((sum, item) => ({ min: sum.min + (item.count?.min ?? 1), max: sum.max + (item.count?.max ?? 1) }), { min: 0, max: 0 });
  const inHouseGroups = recommendation.covered.length;
  const phases = new Set(hireOrder.map((item) => item.group)).size;
  const first = hireOrder[0]!;
  const firstName = labels.roles[first.role].name;
  const firstHire = first.commitment === 'part-time' ? fill(t.firstPartTime, { role: firstName })
    : first.count && first.count.max > 1 ? fill(t.firstHire, { role: firstName, count: countText(first.count) }) : fill(t.firstHireOne, { role: firstName });
  const parts = [
    toHire > 0 ? fill(t.toHire, { count: toHire }) : '',
    toBringIn > 0 ? fill(t.toBringIn, { count: toBringIn }) : '',
    toGrow > 0 ? fill(t.toGrow, { count: toGrow }) : '',
    partTime > 0 ? fill(t.partTimeSeats, { count: partTime }) : '',
  ].filter(Boolean);
  const nowLine = fill(t.now, {
    seats: plural(now.length, t.seat, t.seats),
    headcount: countText(nowPeople),
    people: parts.join(', '),
    total: plural(hireOrder.length, t.seat, t.seats),
    phases: WORDING.phaseCount[String(phases) as '1' | '2' | '3'],
  });
  const shown = headcount.growingTo ?? headcount.band;
  const band = countText({ min: shown.min, max: shown.max });
  const total = { min: nowPeople.min + inHouseGroups, max: nowPeople.max + inHouseGroups };
  // Past the band even at the lowest counts, past it only at the top of the range, below it, or within it.
  const template = shown.orMore ? t.bandOpen : total.min > shown.max ? t.bandOver : total.max > shown.max ? t.bandAbove : total.min < shown.min ? t.bandBelow : t.bandWithin;
  // A pilot heading for production is shown against the band it grows towards, not its own (rule 10).
  const team = headcount.growingTo ? t.teamGrowing : t.teamAtPhase;
  const inHouse = inHouseGroups === 0 ? '' : inHouseGroups === 1 ? t.inHouseGroup : fill(t.inHouseGroups, { groups: inHouseGroups });
  return {
    verdict: `${firstHire} ${nowLine}`,
    nowSeats: now.length,
    nowPeople,
    toHire,
    toBringIn,
    toGrow,
    partTime,
    inHouseGroups,
    totalSeats: hireOrder.length,
    phases,
    band: { text: band, sentence: fill(template, { people: countText(nowPeople), band, inHouse, team }), source: labels.reasons[headcount.reason.id].source },
  };
}
