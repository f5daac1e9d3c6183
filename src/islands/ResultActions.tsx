/** Copy link, copy as Markdown, print: with a status line that says what happened. */
import { useState } from 'preact/hooks';
import type { Recommendation } from '../engine/recommendation.ts';
import type { Labels } from '../content/labels.ts';
import { recommendationToMarkdown } from './markdown.ts';

interface Props {
  recommendation: Recommendation;
  labels: Labels;
  shareUrl: string;
}

/** Writes to the clipboard; false where the browser refuses (permissions, insecure context). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ResultActions({ recommendation, labels, shareUrl }: Props) {
  const [status, setStatus] = useState('');
  const copy = async (text: string, what: string) =>
    setStatus((await copyText(text)) ? `${what} copied.` : `Your browser did not allow copying. The link is: ${shareUrl}`);
  return (
    <div class="result-actions">
      <button type="button" class="button" data-action="copy-link" onClick={() => copy(shareUrl, 'Link')}>Copy link</button>
      <button type="button" class="button secondary" data-action="copy-markdown" onClick={() => copy(recommendationToMarkdown(recommendation, labels, shareUrl), 'Markdown')}>
        Copy as Markdown
      </button>
      <button type="button" class="button secondary" data-action="print" onClick={() => window.print()}>Print</button>
      <p class="action-status" role="status">{status}</p>
    </div>
  );
}
