/**
 * The sentences the rules produce, from content/reasons.json (validated at build time by the
 * `reasons` collection). A reason id the engine uses but the content lacks fails at module
 * load, so it fails `astro build` and every test, never a visitor's page.
 */
import reasonTexts from '../../content/reasons.json' with { type: 'json' };
import { SOURCE_IDS, type RuleId, type SourceId } from './ids.ts';
import { REASON_IDS, type ReasonId } from './reason-ids.ts';
import type { QuestionId } from './answers.ts';
import type { Reason } from './recommendation.ts';

interface ReasonText {
  sentence: string;
  source: SourceId;
  why?: string | undefined;
}

function indexReasonTexts(entries: readonly { id: string; sentence: string; source: string; why?: string }[]): Map<string, ReasonText> {
  const byId = new Map<string, ReasonText>();
  for (const { id, sentence, source, why } of entries) {
    if (!(SOURCE_IDS as readonly string[]).includes(source)) throw new Error(`content/reasons.json: "${id}" names unknown source "${source}"`);
    byId.set(id, { sentence, source: source as SourceId, why });
  }
  const missing = REASON_IDS.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`content/reasons.json lacks sentences for: ${missing.join(', ')}`);
  return byId;
}

const TEXTS = indexReasonTexts(reasonTexts);

/** A reason: the sentence and source from content, the rule and triggering questions from the engine. */
export function reason(id: ReasonId, rule: RuleId, triggers: readonly QuestionId[] = []): Reason {
  const text = TEXTS.get(id)!;
  return { id, sentence: text.sentence, source: text.source, rule, triggers: [...triggers] };
}

/** The few words shown beside a seat for the sentence that placed it, if content gives them. */
export function whyOf(reasonId: string): string | undefined {
  return TEXTS.get(reasonId)?.why;
}
