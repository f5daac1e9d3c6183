/**
 * The result document and its renderings without a browser: the plan (rendered to HTML by
 * Preact) lists exactly the hire order; the summary's totals add up; the Markdown carries
 * every fact once; the what-if difference names exactly what moved.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { neighboursOf } from '../../src/engine/flip-points.ts';
import { resultDocument } from '../../src/result/document.ts';
import { resultToMarkdown } from '../../src/result/markdown.ts';
import { planDiff } from '../../src/result/diff.ts';
import { Plan } from '../../src/islands/result/Plan.tsx';
import { idLabels } from '../helpers/labels.ts';
import resultWords from '../../content/result.json' with { type: 'json' };
import { PERSONAS } from '../helpers/personas.ts';
import { answersWith } from '../helpers/domain.ts';
import { sampleAnswerSets, seededRandom } from '../helpers/sample.ts';
import { factsOf, plainText } from '../helpers/result-facts.ts';
import { sentencesOf } from '../helpers/invariants.ts';

const labels = idLabels();
const SAMPLE = [...PERSONAS.map((p) => p.answers), ...sampleAnswerSets(1000)];

/** The lanes as the rendered plan shows them: each chip's role, lane and count badge, in page order. */
function shownPlan(html: string) {
  const chips: { lane: string; role: string; count: string | null }[] = [];
  for (const lane of html.matchAll(/data-lane="(\w+)"([\s\S]*?)<\/section>/g)) {
    for (const chip of lane[2]!.matchAll(/data-role="([a-z-]+)"([\s\S]*?)<\/li>/g)) {
      chips.push({ lane: lane[1]!, role: chip[1]!, count: /class="chip-count">×([^<]+)</.exec(chip[2]!)?.[1] ?? null });
    }
  }
  return chips;
}

/** Rule 10's count as a badge: none for a single seat, "min-max" (or "n") otherwise. */
const badge = (count: { min: number; max: number } | null) => (!count || (count.min === 1 && count.max === 1) ? null : count.min === count.max ? `${count.min}` : `${count.min}-${count.max}`);

describe('the plan at the top of a result', () => {
  it(`lists exactly the hire order, in order, with the same groups and counts as recommend(), for ${SAMPLE.length} answer sets`, () => {
    for (const answers of SAMPLE) {
      const r = recommend(answers);
      const html = renderToString(h(Plan, { doc: resultDocument(r, labels), base: '/' }));
      expect(shownPlan(html), JSON.stringify(answers)).toEqual(r.hireOrder.map((item) => ({ lane: item.group, role: item.role, count: badge(item.count) })));
    }
  });

  it('says who first and how many seats and people now, totals that add up', () => {
    for (const answers of SAMPLE.slice(0, 300)) {
      const r = recommend(answers);
      const { summary } = resultDocument(r, labels);
      const now = r.hireOrder.filter((item) => item.group === 'now');
      expect(summary.nowSeats).toBe(now.length);
      expect(summary.totalSeats).toBe(r.hireOrder.length);
      expect(summary.nowPeople).toEqual({ min: now.reduce((s, i) => s + (i.count?.min ?? 1), 0), max: now.reduce((s, i) => s + (i.count?.max ?? 1), 0) });
      expect(summary.verdict).toContain(labels.roles[r.hireOrder[0]!.role].name);
      expect(summary.verdict).toContain(`${now.length} seat`);
      // Every person of the lowest counts is hired, brought in, grown or part-time, once.
      expect(summary.toHire + summary.toBringIn + summary.toGrow + summary.partTime, JSON.stringify(answers)).toBe(summary.nowPeople.min);
    }
  });

  // stages: "Hire full-time for the one or two anchor leadership roles, such as a lead AI engineer";
  // the AI engineer item itself says further AI engineers can be grown from software engineers.
  it('counts only the lead AI engineer as a hire when software engineers are in-house', () => {
    const answers = answersWith({ stage: 'scale', size: 'enterprise', predictive_roi: 'no', have: ['software', 'devops'], urgency: 'quarter' });
    const r = recommend(answers);
    const ai = r.hireOrder.find((item) => item.role === 'ai-engineer')!;
    expect(ai).toMatchObject({ group: 'now', count: { min: 8, max: 12 } }); // rule 10: 8-12 at enterprise scale
    const { summary } = resultDocument(r, labels);
    const otherHires = r.hireOrder.filter((item) => item.group === 'now' && item.role !== 'ai-engineer' && item.commitment === 'full-time' && (item.approach === 'hire' || item.then === 'hire'));
    expect(summary.toHire).toBe(1 + otherHires.length);
    expect(summary.toGrow).toBeGreaterThanOrEqual(7);
    const weeks = resultDocument(recommend({ ...answers, urgency: 'weeks' }), labels).summary;
    expect(weeks.toGrow).toBe(0);
    expect(weeks.toBringIn).toBeGreaterThanOrEqual(7);
  });
});

// domain.md rule 2 (version 3): "each verdict that differs from the order points to that named
// disagreement" -- where the page shows it, at its seat, not a section only the Markdown has (review 1, M11).
describe('a verdict that differs from the order', () => {
  it('points to the seat where the page names the disagreement', () => {
    const r = recommend(answersWith({ stage: 'pilot', size: 'growth', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no', have: [] }));
    const doc = resultDocument(r, labels);
    const item = doc.items.find((i) => i.role === 'ml-engineer')!;
    expect(item.disagreements.map((d) => d.id)).toContain('ml-first');
    for (const pointer of [doc.maturity.differs, ...doc.scorecard.map((row) => row.differs)].filter(Boolean)) {
      expect(pointer).toContain(labels.roles['ml-engineer'].name);
      expect(pointer).not.toMatch(/under where/);
    }
  });
});

describe('the Markdown copy', () => {
  it('carries every item, count, warning and disagreement of the document', () => {
    for (const answers of SAMPLE.slice(0, 300)) {
      const doc = resultDocument(recommend(answers), labels);
      const markdown = plainText(resultToMarkdown(doc, 'https://example.test/result/?x'));
      for (const fact of factsOf(doc)) expect(markdown, JSON.stringify(answers)).toContain(plainText(fact));
    }
  });

  it('states every sentence of the result exactly once', () => {
    for (const answers of SAMPLE.slice(0, 300)) {
      const r = recommend(answers);
      const markdown = plainText(resultToMarkdown(resultDocument(r, labels), 'https://example.test/result/?x'));
      for (const sentence of sentencesOf(r)) expect(markdown.split(plainText(sentence)).length - 1, sentence).toBe(1);
    }
  });

  it('escapes Markdown in the words it did not write and ends with the link', () => {
    const tricky = { ...labels, roles: { ...labels.roles, 'ai-engineer': { name: '*AI* [engineer](x)', summary: '' } } };
    const markdown = resultToMarkdown(resultDocument(recommend(PERSONAS[0]!.answers), tricky), 'https://example.test/result/?x');
    expect(markdown).toContain('\\*AI\\* \\[engineer\\](x)');
    expect(markdown.trim().endsWith('https://example.test/result/?x')).toBe(true);
  });

  it('names each reason’s rule and links every source it names to its entry on /how-it-works/, under the site’s base path', () => {
    // Issue 15: each reason shows its rule's short name beside its source; a number no article gives is "this plan's threshold", unlinked.
    const linked = /^[^[\]]+ · \[[^\]]+\]\(https:\/\/example\.test\/tools\/hire\/how-it-works\/#source-[a-z0-9-]+\)$/;
    let sources = 0;
    for (const { answers } of PERSONAS) {
      const doc = resultDocument(recommend(answers), labels);
      const markdown = resultToMarkdown(doc, 'https://example.test/tools/hire/result/?x');
      const named = [...markdown.matchAll(/_\((.*?)\)_/g)].map((match) => match[1]!);
      expect(named.length).toBeGreaterThan(5);
      for (const citation of named) {
        if (citation.endsWith(` · ${resultWords.text.threshold}`)) continue;
        expect(citation).toMatch(linked);
        sources += 1;
      }
    }
    expect(sources).toBeGreaterThan(50);
  });
});

describe('the Markdown\'s disagreement lines', () => {
  it('call the plan\'s own choice "this plan\'s own threshold", never a bare "its own" that reads as the article\'s (fidelity review 3, NL1)', () => {
    let own = 0;
    for (const answers of SAMPLE.slice(0, 400)) {
      const markdown = resultToMarkdown(resultDocument(recommend(answers), labels), 'https://example.test/result/?x');
      for (const line of markdown.split('\n')) {
        expect(line).not.toMatch(/ and its own threshold differ/);
        if (line.includes("this plan's own threshold differ")) own += 1;
      }
    }
    expect(own).toBeGreaterThan(0);
  });
});

describe('the what-if difference', () => {
  const random = seededRandom(7);
  const pairs: [CompleteAnswers, CompleteAnswers][] = SAMPLE.slice(0, 400).map((answers) => {
    const neighbours = neighboursOf(answers);
    return [answers, neighbours[Math.floor(random() * neighbours.length)]!.answers];
  });

  it('names exactly the seats added, removed and moved between groups, and the warnings gained or lost', () => {
    for (const [before, after] of pairs) {
      const a = recommend(before);
      const b = recommend(after);
      const diff = planDiff(a, b);
      const groupIn = (r: typeof a) => new Map(r.hireOrder.map((item) => [item.role, item.group]));
      const was = groupIn(a);
      const is = groupIn(b);
      expect(diff.added.sort()).toEqual([...is.keys()].filter((role) => !was.has(role)).sort());
      expect(diff.removed.sort()).toEqual([...was.keys()].filter((role) => !is.has(role)).sort());
      expect(diff.moved.map((m) => m.role).sort()).toEqual([...is.keys()].filter((role) => was.has(role) && was.get(role) !== is.get(role)).sort());
      const warned = (r: typeof a) => r.warnings.map((w) => w.id);
      expect(diff.warningsGained.sort()).toEqual(warned(b).filter((id) => !warned(a).includes(id)).sort());
      expect(diff.warningsLost.sort()).toEqual(warned(a).filter((id) => !warned(b).includes(id)).sort());
    }
  });

  it('is empty when nothing changed', () => {
    const r = recommend(PERSONAS[3]!.answers);
    expect(Object.values(planDiff(r, recommend(PERSONAS[3]!.answers))).every((list) => list.length === 0)).toBe(true);
  });
});
