/** A result document as Markdown, for Slack, Notion or a doc. Pure: no DOM. */
import { followsLine, type DocDisagreement, type DocReason, type ResultDocument } from './document.ts';
import { WORDING } from '../content/result-wording.ts';
import { fill } from '../content/fill.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { sourceHref } from '../links.ts';
import type { SourceId } from '../engine/ids.ts';

const e = escapeMarkdown;
/** Where a reason comes from: its rule's short name and its article, or this plan's threshold. */
export const citation = (reason: DocReason) => `${reason.ruleName} · ${reason.source?.name ?? WORDING.text.threshold}`;
/**
 * A reason with its rule and its source, the source's name linked to its entry on /how-it-works/
 * (absolute: the Markdown leaves the site); a threshold of this plan's has no link.
 */
const citing = (sourceUrl: (source: SourceId) => string) => (reason: DocReason) => {
  const from = reason.source ? `[${e(reason.source.name)}](${sourceUrl(reason.source.id)})` : e(WORDING.text.threshold);
  return `${e(reason.sentence)} _(${e(reason.ruleName)} · ${from})_`;
};
/** One line per disagreement for the summary list; the sentences themselves stand at their anchors. */
export const disagreementLine = (d: DocDisagreement) =>
  d.withinArticle
    ? `${WORDING.disagreementTopics[d.id]}: ${WORDING.text.withinArticle} (${d.follows.name}); ${WORDING.text.followsText.charAt(0).toLowerCase()}${WORDING.text.followsText.slice(1)}`
    : fill(d.follows.id === null ? WORDING.text.disagreementLineOwn : d.partTimeFrom ? WORDING.text.disagreementLineSplit : WORDING.text.disagreementLine, { topic: WORDING.disagreementTopics[d.id], other: d.other.source?.name ?? WORDING.text.threshold, follows: d.follows.name });
/** A disagreement at its anchor: the view not followed, and which one the plan follows. */
const differing = (cite: (reason: DocReason) => string) => (d: DocDisagreement) => d.withinArticle
  ? `${e(WORDING.text.withinArticle)}: ${cite(d.other)} ${e(WORDING.text.followsText)}`
  : `${e(d.follows.id === null ? WORDING.text.ownChoice : WORDING.text.sourcesDiffer)}: ${cite(d.other)} ${e(followsLine(d))}`;

/** The Markdown of `doc`, ending with `shareUrl`; sources link to /how-it-works/ under `base` (by default, the folder above the result's). */
export function resultToMarkdown(doc: ResultDocument, shareUrl: string, base = new URL('..', shareUrl).pathname): string {
  const cite = citing((source) => new URL(sourceHref(base, source), shareUrl).href);
  const differ = differing(cite);
  const h = WORDING.headings;
  const lines: string[] = [`# ${e(WORDING.title)}`, ''];
  lines.push(`_${e(fill(WORDING.text.for, { answers: doc.yourAnswers.map((a) => `${a.name}: ${a.answer}`).join(' · ') }))}_`, '');
  lines.push(`**${e(doc.summary.verdict)}**`, '', `${e(doc.summary.band.sentence)}`, '');
  for (const lane of doc.lanes) {
    lines.push(`## ${e(WORDING.groups[lane.group].title)}`, '');
    for (const item of lane.items) {
      const facts = [item.countText, ...item.laterText, item.commitment === 'part-time' ? item.commitmentText : null, item.approachText].filter(Boolean).join(' · ');
      lines.push(`${item.position}. **${e(item.name)}** · ${e(facts)} — ${e(item.why)}`);
      for (const reason of item.reasons) lines.push(`   - ${cite(reason)}`);
      for (const d of item.disagreements) lines.push(`   - ${differ(d)}`);
    }
    lines.push('');
  }
  if (doc.covered) {
    lines.push(`## ${e(h.covered)}`, '', cite(doc.covered.intro), '');
    for (const covered of doc.covered.roles) {
      lines.push(`- **${e(covered.name)}** (${e([covered.heldBy, covered.countText].filter(Boolean).join('; '))})`);
      for (const reason of covered.reasons) lines.push(`  - ${cite(reason)}`);
      for (const d of covered.disagreements) lines.push(`  - ${differ(d)}`);
    }
    lines.push('');
  }
  if (doc.warnings.length + doc.notes.length > 0) {
    lines.push(`## ${e(h.warnings)}`, '');
    for (const reason of [...doc.warnings.map((w) => w.reason), ...doc.notes]) lines.push(`- ${cite(reason)}`);
    lines.push('');
  }
  lines.push(`## ${e(h.approaches)}`, '');
  for (const use of doc.approaches) lines.push(`- ${cite(use.reason)} (${e(use.roles.join(', '))})${use.note ? ` ${cite(use.note)}` : ''}`);
  lines.push('', `## ${e(h.team)}`, '', `**${e(doc.structure.name)}.** ${cite(doc.structure.reason)}${doc.structure.whenHub ? ` ${cite(doc.structure.whenHub)}` : ''}`, '');
  for (const option of doc.structure.options) lines.push(`- ${cite(option.summary)}${option.recommended ? ` **(${e(WORDING.text.recommendedMark)})**` : ''} ${cite(option.failure)}`);
  for (const d of doc.structure.disagreements) lines.push('', differ(d));
  lines.push('', `**${e(h.headcount)}: ${e(doc.headcount.text)}.** ${cite(doc.headcount.reason)}`);
  for (const d of doc.headcount.disagreements) lines.push('', differ(d));
  if (doc.collaboration) lines.push('', `### ${e(h.collaboration)}`, '', ...doc.collaboration.map((reason) => `- ${cite(reason)}`));
  if (doc.zones) lines.push('', `### ${e(h.zones)}`, '', ...doc.zones.map((reason) => `- ${cite(reason)}`));
  lines.push('', `### ${e(h.maturity)}`, '', `${cite(doc.maturity.reason)}${doc.maturity.differs ? ` ${e(doc.maturity.differs)}` : ''}`, '');
  if (doc.disagreements.length > 0) {
    lines.push(`## ${e(h.disagreements)}`, '');
    for (const d of doc.disagreements) lines.push(`- ${e(disagreementLine(d))}`);
    lines.push('');
  }
  lines.push(`## ${e(h.scorecard)}`, '');
  for (const row of doc.scorecard) lines.push(`- ${e(row.name)} **${e(row.answer)}** → ${e(row.verdict)}: ${cite(row.reason)}${row.differs ? ` ${e(row.differs)}` : ''}`);
  if (doc.scorecardNote) lines.push('', cite(doc.scorecardNote));
  lines.push('', e(fill(WORDING.text.version, { version: doc.modelVersion })), '', fill(WORDING.text.fullResult, { url: shareUrl }), '');
  return lines.join('\n');
}
