/**
 * The embed's result: the compact plan (the verdict and the lanes) with a link to the full
 * result, so the frame stays short enough for hosts that cap its height. Loaded only when a
 * visitor reaches the result (EmbedQuiz.tsx imports it dynamically): the engine and the
 * result document are not part of the questionnaire's first load.
 */
import type { CompleteAnswers } from '../engine/answers.ts';
import type { RoleId } from '../engine/ids.ts';
import { recommend } from '../engine/recommend.ts';
import type { Labels } from '../content/labels.ts';
import { indexReasonTexts } from '../content/reason-texts.ts';
import reasonEntries from '../../content/reasons.json' with { type: 'json' };
import { resultDocument } from '../result/document.ts';
import { WORDING, provideWording } from '../content/result-wording.ts';
import resultWording from '../../content/result.json' with { type: 'json' };
import { Plan } from './result/Plan.tsx';
import { PLAN_WORDING } from '../plan/wording.ts';
import { resultHref, stepSearch } from '../links.ts';

/**
 * The reasons' sentences travel in this chunk, which loads only at the result, rather than as
 * props of every embed page (the full result page fetches them: /result/words.json).
 */
const REASONS = indexReasonTexts(reasonEntries);
/** The result's words travel in this chunk too (the result page fetches them with the sentences). */
provideWording(resultWording);

/** The hire order of complete answers, for the embed's `result` message. */
export const hireOrderOf = (answers: CompleteAnswers): RoleId[] => recommend(answers).hireOrder.map((item) => item.role);

interface Props {
  answers: CompleteAnswers;
  labels: Labels;
  base: string;
  /** The sender's part of the links (`from=…&sent=…`). */
  senderPart: string;
}

export function EmbedResult({ answers, labels, base, senderPart }: Props) {
  const full = resultHref(base, answers, senderPart);
  const doc = resultDocument(recommend(answers), { ...labels, reasons: REASONS });
  return (
    <>
      <h2>{WORDING.title}</h2>
      <Plan doc={doc} base={base} compact chipHref={(role) => `${full}#seat-${role}`} />
      <p class="embed-result-actions">
        <a class="button" href={full} target="_blank" rel="noopener" data-action="open-full">{WORDING.text.openFull}</a>{' '}
        {/* Back into the quiz in this frame, keeping the frame's options (theme, embed_id). */}
        <a href={`${base}embed/${stepSearch(answers, location.search, senderPart)}#q=stage`} target="_self" data-action="change-answers">{WORDING.text.changeAnswers}</a>
      </p>
      {/* Downloads and popups are blocked in WordPress's sandbox: the timeline, cost, exports and compare live on the full result. */}
      <p class="small"><a href={`${full}#timeline-title`} target="_blank" rel="noopener" data-action="open-plan-tools">{PLAN_WORDING.embed.more}</a></p>
    </>
  );
}
