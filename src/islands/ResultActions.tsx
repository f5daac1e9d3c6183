/** Copy link, copy as Markdown, print, and a prefilled link for someone else: with a status line that says what happened. */
import { useState } from 'preact/hooks';
import type { ResultDocument } from '../result/document.ts';
import { WORDING } from '../content/result-wording.ts';
import { fill } from '../content/fill.ts';
import { CopyButton } from './CopyButton.tsx';
import { shareRatesPart } from './plan/rates-state.ts';

interface Props {
  doc: ResultDocument;
  shareUrl: string;
  base: string;
}

export function ResultActions({ doc, shareUrl, base }: Props) {
  const [status, setStatus] = useState('');
  const t = WORDING.text;
  const refused = fill(t.copyRefused, { url: shareUrl });
  return (
    <div class="result-actions">
      <CopyButton text={() => (shareRatesPart.value ? `${shareUrl}&${shareRatesPart.value}` : shareUrl)} action="copy-link" copied={t.copiedLink} refused={refused} onStatus={setStatus}>{t.copyLink}</CopyButton>
      <CopyButton
        text={async () => (await import('../result/markdown.ts')).resultToMarkdown(doc, shareUrl, base)} action="copy-markdown" class="button secondary"
        copied={t.copiedMarkdown} refused={refused} onStatus={setStatus}
      >{t.copyMarkdown}</CopyButton>
      <button type="button" class="button secondary" data-action="print" onClick={() => window.print()}>{t.print}</button>
      <a class="action-link" href={`${base}share/?${new URL(shareUrl).search.slice(1)}`}>{t.makeLink}</a>
      <p class="action-status" role="status">{status}</p>
    </div>
  );
}
