/** A recommendation as Markdown, for Slack, Notion or a doc. Pure: no DOM. */
import { GROUPS } from '../engine/ids.ts';
import { questionPath } from '../engine/answers.ts';
import type { Reason, Recommendation } from '../engine/recommendation.ts';
import type { Labels } from '../content/labels.ts';
import { APPROACH_LABELS, GROUP_TITLES, STRUCTURE_NAMES, answerText, formatCount } from './format.ts';

/** Markdown-significant characters in our own text are escaped so a pasted doc reads as written. */
const escape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function recommendationToMarkdown(recommendation: Recommendation, labels: Labels, shareUrl: string): string {
  const cite = (reason: Pick<Reason, 'sentence' | 'source'>) => `${escape(reason.sentence)} _(${escape(labels.sources[reason.source].short)})_`;
  const lines: string[] = ['# AI hire order', ''];
  const answers = questionPath(recommendation.answers)
    .map((question) => `${labels.questions[question].short}: ${answerText(question, recommendation.answers, labels)}`)
    .join(' · ');
  lines.push(`_For: ${escape(answers)}_`, '');
  let position = 0;
  for (const group of GROUPS) {
    const items = recommendation.hireOrder.filter((item) => item.group === group);
    if (items.length === 0) continue;
    lines.push(`## ${GROUP_TITLES[group]}`, '');
    for (const item of items) {
      position += 1;
      const count = item.count ? ` · ${formatCount(item.count)}` : '';
      const later = item.laterSeatsApproach ? `, then ${APPROACH_LABELS[item.laterSeatsApproach].toLowerCase()}` : '';
      lines.push(`${position}. **${escape(labels.roles[item.role].name)}**${count} · ${APPROACH_LABELS[item.approach]}${later}`);
      for (const reason of item.reasons) lines.push(`   - ${cite(reason)}`);
    }
    lines.push('');
  }
  if (recommendation.covered.length > 0) {
    lines.push('## Already on your team', '');
    for (const covered of recommendation.covered) {
      const count = covered.suggestedCount ? ` (sources suggest ${formatCount(covered.suggestedCount)} at your size)` : '';
      lines.push(`- ${escape(labels.roles[covered.role].name)}${count}`);
    }
    lines.push('');
  }
  if (recommendation.warnings.length + recommendation.notes.length > 0) {
    lines.push('## Watch out for', '');
    for (const warning of [...recommendation.warnings, ...recommendation.notes]) lines.push(`- ${cite(warning)}`);
    lines.push('');
  }
  const { structure, headcount } = recommendation;
  lines.push('## Team shape', '', `**${STRUCTURE_NAMES[structure.id]}.** ${cite(structure.reason)}`, '', cite(structure.failureMode), '');
  lines.push(`**Headcount: ${formatCount(headcount.band)}.** ${cite(headcount.reason)}`);
  if (headcount.disagreement) lines.push('', `Sources differ: ${formatCount(headcount.disagreement.band)}. ${cite(headcount.disagreement.reason)}`);
  lines.push('', `Full result with every reason and source: ${shareUrl}`, '');
  return lines.join('\n');
}
