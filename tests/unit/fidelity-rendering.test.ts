/**
 * Issue 15's test item: the commitment, the full-time count and the disagreement labels in the
 * rendered page, the Markdown and the embed's compact plan, for every fidelity profile
 * (tests/fixtures/fidelity-profiles.json). The result document is rendered to a string (Preact
 * for the page's seats and plan, resultToMarkdown for the copy), so no browser is loaded.
 *
 * Expectations come from the fixture (each seat's commitment, approach and count as a reader
 * of the articles wrote them) and from domain.md restated here, never from the engine's own
 * predicates:
 * - "People to hire" is the sum of the lowest counts of full-time now items whose approach is
 *   hire or augment-then-hire (domain.md, "Commitment"); the fixture's headcount.peopleToHire.
 * - Part-time now seats are counted apart (rule 18).
 * - The disagreements the new rules create are named on the item they concern (issue 15,
 *   "The result shows it"), labelled "Sources differ" or, where both views are one article's,
 *   "the article's table and its text differ" (issue 15, item 3).
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import profiles from '../fixtures/fidelity-profiles.json' with { type: 'json' };
import result from '../../content/result.json' with { type: 'json' };
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { ROLE_IDS, RULES, type RoleId, type RuleId } from '../../src/engine/ids.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { resultDocument } from '../../src/result/document.ts';
import { resultToMarkdown } from '../../src/result/markdown.ts';
import { Plan } from '../../src/islands/result/Plan.tsx';
import { Items } from '../../src/islands/result/Items.tsx';
import { idLabels } from '../helpers/labels.ts';
import { plainText } from '../helpers/result-facts.ts';

type Place = 'now' | 'next' | 'later' | 'covered' | 'absent';
interface Expected { group: Place; commitment?: 'full-time' | 'part-time'; approach?: string; then?: string | null; count?: string }
interface Profile {
  id: string;
  answers: CompleteAnswers;
  expected: { roles: Record<RoleId, Expected>; headcount: { peopleToHire: number } };
}
const PROFILES = profiles as unknown as Profile[];
const labels = idLabels();
const T = result.text;

/** The content's words for what the renderings must show (content/result.json: copy, not code). */
const fillCount = (template: string, count: number) => template.replace('{count}', String(count));
const SOURCES_DIFFER = T.sourcesDiffer;
const WITHIN_ARTICLE = T.withinArticle;
const OWN_CHOICE = T.ownChoice;
const LABEL_TEXT = { sources: SOURCES_DIFFER, within: WITHIN_ARTICLE, own: OWN_CHOICE } as const;

/** Stages' phase of a stage (domain.md, "Phase"). */
const phaseOf = (a: CompleteAnswers) => (a.stage === 'exploring' || a.stage === 'pilot' ? 'pilot' : a.stage === 'scale' ? 'scale' : 'production');

/**
 * The disagreements domain.md's version 3 names on a seat, for these answers and the fixture's
 * placements: role -> whether both views are one article's (true) or two articles' (false).
 */
type Label = 'sources' | 'within' | 'own';
function expectedLabels(a: CompleteAnswers, roles: Record<RoleId, Expected>): Map<RoleId, Label> {
  const inOrder = (role: RoleId) => ['now', 'next', 'later'].includes(roles[role].group);
  const startup = a.size === 'startup';
  const phase = phaseOf(a);
  const shown = new Map<RoleId, Label>();
  // Rule 2: the model-first trigger; the ML engineer's item always names ai-vs-ml's disagreement (ownership against ai-vs-ml).
  const rule2 = a.predictive_roi === 'yes' && a.data_sufficiency === 'yes' && a.integration_speed === 'no' && a.agentic === 'no';
  // With AI engineers in-house the model-first order names no disagreement: the AI engineers are there already (fidelity review 1, M12).
  if (rule2 && inOrder('ml-engineer') && !a.have.includes('ai')) shown.set('ml-engineer', 'sources');
  // Rule 18: MLOps, governed data and security part-time at a startup, "with the disagreement named:
  // stages' production column against ai-vs-ml's startup model" (named once, on MLOps, the seat listed first).
  if (startup && inOrder('mlops-engineer')) shown.set('mlops-engineer', 'sources');
  // Rule 18: the AI product manager as a part-time product owner: no article makes the seat part-time or the
  // founder's, so it is labelled this plan's own choice against stages' anchor-leader text (fidelity review 1, M6).
  if (startup && inOrder('ai-product-manager')) shown.set('ai-product-manager', 'own');
  // Rule 18: eval to next at a startup in production ("often the AI engineer wears this hat", stages' text, against its table).
  if (startup && phase !== 'pilot' && inOrder('eval-specialist')) shown.set('eval-specialist', 'within');
  // Rule 18: frontend/design to next, "with the disagreement with stages' production column named".
  // No article speaks to design's timing at a startup: this plan's own choice (fidelity review 1, M9).
  if (startup && phase !== 'pilot' && inOrder('frontend-designer')) shown.set('frontend-designer', 'own');
  // Rule 6: at scale without a custom model the data scientist waits for next, against stages' table (stages' text: "for proprietary models").
  if (phase === 'scale' && roles['data-scientist'].group === 'next') shown.set('data-scientist', 'within');
  // Rule 18 at scale: a startup's security seat stays part-time, against stages' "dedicated function at scale" (fidelity review 1, M14).
  if (startup && phase === 'scale' && inOrder('security-governance')) shown.set('security-governance', 'sources');
  // Rule 8: an inference seat below enterprise at scale names ownership against ai-vs-ml.
  if (phase === 'scale' && a.size !== 'enterprise' && inOrder('inference-engineer')) shown.set('inference-engineer', 'sources');
  // Rule 3 at a startup at scale: stages brings ML engineers in at scale, ai-vs-ml's startup model has none under 20 people.
  if (startup && !rule2 && roles['ml-engineer'].group === 'now') shown.set('ml-engineer', 'sources');
  // Rule 10: "wherever the cap is lower than ai-vs-ml's figure for the size, the item names it as a
  // disagreement"; at a pilot a growth company's 1-2 sits below ai-vs-ml's 3-5 at 20-100 people
  // ("ai-vs-ml's enterprise figures apply at phase scale only", so an enterprise's pilot has none to name).
  if (phase === 'pilot' && a.size === 'growth' && roles['ai-engineer'].group !== 'absent') shown.set('ai-engineer', 'sources');
  return shown;
}

/** Each `data-role` element of an HTML string with its attributes and inner HTML up to the next sibling. */
function elementsByRole(html: string, tag: 'li'): Map<RoleId, { attributes: string; inner: string }> {
  const found = new Map<RoleId, { attributes: string; inner: string }>();
  const pattern = new RegExp(`<${tag}([^>]*data-role="([a-z-]+)"[^>]*)>([\\s\\S]*?)(?=<${tag}[^>]*data-role=|</ol>)`, 'g');
  for (const match of html.matchAll(pattern)) found.set(match[2] as RoleId, { attributes: match[1]!, inner: match[3]! });
  return found;
}

/** The Markdown block of one seat: its numbered line and the indented lines under it. */
function markdownItems(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of markdown.matchAll(/^\d+\. \*\*Role ([a-z-]+)\*\*([^\n]*(?:\n {3}[^\n]*)*)/gm)) blocks.set(match[1]!, match[2]!);
  return blocks;
}

/** The numbers the verdict must state, restated from domain.md with the fixture's placements. */
function expectedCounts(profile: Profile) {
  const now = ROLE_IDS.filter((role) => profile.expected.roles[role].group === 'now');
  return { toHire: profile.expected.headcount.peopleToHire, partTime: now.filter((role) => profile.expected.roles[role].commitment === 'part-time').length };
}

function checkVerdict(text: string, profile: Profile) {
  const { toHire, partTime } = expectedCounts(profile);
  const clean = plainText(text);
  if (toHire > 0) expect(clean, `${profile.id}: people to hire`).toContain(fillCount(T.toHire, toHire));
  else expect(clean, `${profile.id}: no one to hire`).not.toMatch(new RegExp(`\\d+ ${T.toHire.replace('{count} ', '')}`));
  if (partTime > 0) expect(clean, `${profile.id}: part-time seats`).toContain(fillCount(T.partTimeSeats, partTime));
  else expect(clean, `${profile.id}: no part-time seat`).not.toMatch(new RegExp(`\\d+ ${T.partTimeSeats.replace('{count} ', '')}`));
}

describe.each(PROFILES.map((profile) => [profile.id, profile] as const))('the renderings of %s', (_, profile) => {
  const doc = resultDocument(recommend(profile.answers), labels);
  const roles = profile.expected.roles;
  const ordered = ROLE_IDS.filter((role) => ['now', 'next', 'later'].includes(roles[role].group));
  const labelsWanted = expectedLabels(profile.answers, roles);
  const context = { base: '/', quizPath: '/', answers: profile.answers };

  it('the page: every seat carries its commitment, part-time ones say so, and each disagreement is labelled on its seat', () => {
    const html = renderToString(h(Items, { doc, context }));
    const items = elementsByRole(html, 'li');
    expect([...items.keys()].sort()).toEqual([...ordered].sort());
    for (const role of ordered) {
      const { attributes, inner } = items.get(role)!;
      expect(attributes, `${profile.id} ${role}`).toContain(`data-commitment="${roles[role].commitment}"`);
      const facts = /class="facts">([\s\S]*?)<\/span>/.exec(inner)![1]!;
      if (roles[role].commitment === 'part-time') expect(facts, `${profile.id} ${role}`).toContain(T.partTime);
      else expect(facts, `${profile.id} ${role}`).not.toContain(T.partTime);
      const within = labelsWanted.get(role);
      const shownLabels = [...inner.matchAll(/class="differ"[^>]*><strong>([^<:]+):/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
      if (within === undefined) expect(shownLabels, `${profile.id} ${role}: no disagreement`).toEqual([]);
      else expect(shownLabels, `${profile.id} ${role}: disagreement`).toContain(LABEL_TEXT[within]);
    }
  });

  it('the page and the embed: the plan states the people to hire and the part-time seats, and each chip its commitment and disagreement', () => {
    for (const compact of [false, true]) {
      const html = renderToString(h(Plan, { doc, base: '/', compact }));
      checkVerdict(/class="verdict">([^<]*)</.exec(html)![1]!, profile);
      const chips = elementsByRole(html, 'li');
      expect([...chips.keys()].sort()).toEqual([...ordered].sort());
      for (const role of ordered) {
        const { attributes, inner } = chips.get(role)!;
        expect(attributes, `${profile.id} ${role} (compact: ${compact})`).toContain(`data-commitment="${roles[role].commitment}"`);
        expect(inner.includes(`class="chip-commitment">${T.partTimeNote}<`), `${profile.id} ${role}`).toBe(roles[role].commitment === 'part-time');
        const within = labelsWanted.get(role);
        const mark = /class="chip-differs"[^>]*>([^<]*)</.exec(inner)?.[1];
        expect(mark, `${profile.id} ${role}: the chip's disagreement mark (compact: ${compact})`).toBe(within === undefined ? undefined : { sources: T.sourcesDifferMark, within: T.withinArticleMark, own: T.ownChoiceMark }[within]);
      }
    }
  });

  it('the Markdown: the verdict, each part-time seat and each disagreement on its seat', () => {
    const markdown = resultToMarkdown(doc, 'https://example.test/result/?x');
    checkVerdict(/^\*\*(First seat[^\n]*)\*\*$/m.exec(markdown)![1]!, profile);
    const blocks = markdownItems(markdown);
    expect([...blocks.keys()].sort()).toEqual([...ordered].sort());
    for (const role of ordered) {
      const block = plainText(blocks.get(role)!);
      const facts = block.split(' — ')[0]!;
      expect(facts.includes(T.partTime), `${profile.id} ${role}`).toBe(roles[role].commitment === 'part-time');
      const within = labelsWanted.get(role);
      const shown = { within: block.includes(`${WITHIN_ARTICLE}:`), sources: block.includes(`${SOURCES_DIFFER}:`), own: block.includes(`${OWN_CHOICE}:`) };
      expect(shown, `${profile.id} ${role}`).toEqual({ within: within === 'within', sources: within === 'sources', own: within === 'own' });
    }
  });
});

describe('"each placement names the rule and the article" (issue 15, /how-it-works/)', () => {
  /** A rule as a reason names it: "Rule 18: <short name>", or the short name alone for the seat table (numbered 0). */
  const ruleShown = (rule: RuleId) => (RULES[rule] > 0 ? T.ruleRef.replace('{number}', String(RULES[rule])).replace('{name}', labels.rules[rule].short) : labels.rules[rule].short);

  it.each(PROFILES.map((profile) => [profile.id, profile] as const))('%s: every reason of every seat shows its rule beside its source, on the page and in the Markdown', (_, profile) => {
    const recommendation = recommend(profile.answers);
    const doc = resultDocument(recommendation, labels);
    const html = renderToString(h(Items, { doc, context: { base: '/', quizPath: '/', answers: profile.answers } }));
    const markdown = markdownItems(resultToMarkdown(doc, 'https://example.test/result/?x'));
    const items = elementsByRole(html, 'li');
    for (const item of recommendation.hireOrder) {
      const reasonsHtml = /<ul class="reasons">([\s\S]*?)<\/ul>/.exec(items.get(item.role)!.inner)![1]!;
      const shown = [...reasonsHtml.matchAll(/<li>[\s\S]*?class="rule-name">([^<]*)<\/span> · (?:<a href="[^"]*#source-([a-z-]+)"|<span class="threshold")/g)].map((m) => m[1]);
      expect(shown, `${profile.id} ${item.role}`).toEqual(item.reasons.map((reason) => ruleShown(reason.rule)));
      for (const reason of item.reasons) expect(plainText(markdown.get(item.role)!), `${profile.id} ${item.role}`).toContain(`(${ruleShown(reason.rule)} · `);
    }
  });
});
