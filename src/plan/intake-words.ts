/**
 * An intake pack in words, without a DOM: the seat's facts, its time to fill, its pay band, and
 * the whole pack as Markdown (the copy button's text). The page and the Markdown read the same
 * lines, so they say the same. Plain text out; the Markdown escapes every value it writes.
 */
import type { SourceId } from '../engine/ids.ts';
import type { IntakeWording } from '../content/schemas/intake-wording.ts';
import type { JdSourcedLine } from '../content/job-description-role.ts';
import { fill } from '../content/fill.ts';
import { WORDING } from '../content/result-wording.ts';
import { escapeMarkdown } from '../result/escape-markdown.ts';
import type { IntakeDocument, IntakeSeat } from './intake.ts';
import { PAY_REGIONS } from './pay-band.ts';
import { FIGURE_SOURCES } from './timeline.ts';
import { undatedText } from './export-csv.ts';
import { monthText, PLAN_WORDING, rangeText } from './wording.ts';

/** Sources by id, as the pack names them. */
export type SourceNames = Record<SourceId, { title: string; short: string }>;

/** The seat's facts as label and value: lane, place, how many, commitment, approach. */
export function seatFacts(seat: IntakeSeat, wording: IntakeWording): { label: string; value: string }[] {
  const W = wording.seat;
  return [
    { label: W.lane, value: WORDING.groups[seat.lane].lane },
    { label: W.position, value: fill(W.positionValue, { position: seat.position, total: seat.total }) },
    { label: W.count, value: seat.countText ?? W.countOne },
    { label: W.commitment, value: seat.commitmentText },
    { label: W.approach, value: seat.approachText },
  ];
}

/** The time to fill in sentences: when the search starts and the seat works, when it is needed, and what the figures rest on. */
export function timeToFillLines(seat: IntakeSeat, wording: IntakeWording, sources: SourceNames): string[] {
  const T = wording.timeToFill;
  const P = PLAN_WORDING.timeline;
  const row = seat.timing;
  const lines: string[] = [];
  if (row.dating !== 'dated' || row.searchStarts === null) {
    lines.push(fill(T.undated, { when: undatedText(row.dating === 'dated' ? 'next-phase' : row.dating) }));
  } else if (row.basis === 'held-in-house') {
    // Held from the start, never flagged: the line says it all, with no figure to source.
    lines.push(fill(T.held, { start: monthText(row.searchStarts) }));
    return lines;
  } else if (row.permanent) {
    const first = row.workingBy ? rangeText(row.workingBy) : P.noFigure;
    const then = row.permanent.workingBy ? fill(P.hired, { when: rangeText(row.permanent.workingBy) }) : P.built;
    lines.push(fill(T.datedThen, { start: monthText(row.searchStarts), working: fill(P.augmentedThen, { first, then }) }));
  } else if (row.workingBy) {
    lines.push(fill(T.dated, { start: monthText(row.searchStarts), working: rangeText(row.workingBy) }));
  } else {
    lines.push(fill(T.built, { start: monthText(row.searchStarts) }));
  }
  if (row.needBy !== null && row.needByBasis !== null) lines.push(`${fill(T.needBy, { month: monthText(row.needBy) })} ${P.needByBases[row.needByBasis]}.`);
  if (row.startNow) lines.push(`${P.startNow}: ${P.startNowWhy}`);
  for (const basis of [...new Set([row.basis, ...(row.permanent ? [row.permanent.basis] : [])])]) {
    lines.push(`${P.bases[basis]}. ${fill(T.source, { source: sources[FIGURE_SOURCES[basis]].short })}`);
  }
  return lines;
}

/** "$120,000": US dollars, whole, as the one band an article gives is written. */
const usd = (value: number) => `$${value.toLocaleString('en-US')}`;

/** The pay band's lines, one per region, then its caveat and source; `null` when no article gives one. */
export function payBandLines(intake: IntakeDocument, wording: IntakeWording, sources: SourceNames): string[] {
  const band = intake.payBand;
  if (!band) return [wording.pay.none];
  const B = PLAN_WORDING.payBand;
  return [
    ...PAY_REGIONS.map((region) => {
      const { min, max, orMore } = band.regions[region];
      const range = `${usd(min)}-${usd(max)}`;
      return fill(B.text, { region: B.regions[region], amount: orMore ? fill(PLAN_WORDING.cost.orMore, { amount: range }) : range });
    }),
    B.caveat,
    fill(wording.timeToFill.source, { source: sources[band.source].short }),
  ];
}

/** The pack as Markdown, for an ATS, a doc or a chat. */
export function intakeMarkdown(intake: IntakeDocument, wording: IntakeWording, sources: SourceNames, resultLink: string): string {
  const H = wording.headings;
  const md = escapeMarkdown;
  const cite = (line: JdSourcedLine) => `${md(line.text)} ${md(fill(wording.markdown.citation, { source: sources[line.source].short }))}`;
  const out: string[] = [`# ${md(fill(wording.heading, { role: intake.name }))}`, '', md(wording.intro), ''];
  const section = (heading: string, lines: string[]) => out.push(`## ${md(heading)}`, '', ...lines, '');
  const list = (items: string[]) => items.map((item) => `- ${item}`);

  section(H.answers, list(intake.yourAnswers.map((answer) => `${md(answer.name)}: ${md(answer.answer)}`)));
  if (!intake.seat) {
    section(H.seat, [md(intake.covered ? fill(wording.covered, { heldBy: intake.covered.heldBy }) : wording.notInPlan), '', md(wording.notInPlanHelp), '', `${md(wording.fullPlan)}: ${resultLink}`]);
  } else {
    section(H.seat, list(seatFacts(intake.seat, wording).map((fact) => `**${md(fact.label)}:** ${md(fact.value)}`)));
    section(H.timeToFill, list(timeToFillLines(intake.seat, wording, sources).map(md)));
    section(H.pay, list(payBandLines(intake, wording, sources).map(md)));
    section(H.skills, [...list(intake.skills.map(md)), ...(intake.regulatedScreening ? ['', `**${md(H.regulated)}:** ${cite(intake.regulatedScreening)}`] : [])]);
    section(H.interview, [
      ...intake.interviewQuestions.map((question, index) => `${index + 1}. ${md(question)}`),
      ...(intake.interviewSource ? ['', `_${md(fill(wording.interviewSource, { source: sources[intake.interviewSource].title }))}_`] : []),
    ]);
    const vetting = intake.vetting;
    section(H.vetting, vetting
      ? [...(vetting.general ? [`_${md(wording.generalVetting.note)}_`, ''] : []),
        `### ${md(H.pitfalls)}`, '', ...list(vetting.pitfalls.map(cite)), '', `### ${md(H.remedies)}`, '', ...list(vetting.remedies.map(cite))]
      : [md(wording.noVetting)]);
    // The starter keeps its own headings, one level down, under the pack's.
    section(H.jd, intake.jobDescription.trimEnd().split('\n').map((line) => (line.startsWith('#') ? `##${line}` : line)));
    out.push(`${md(wording.fullPlan)}: ${resultLink}`, '');
  }
  out.push(`_${md(wording.markdown.footer)}_`, '');
  return out.join('\n');
}
