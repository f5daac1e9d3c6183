/** Copy link, copy as Markdown, print, and a prefilled link for someone else: with a status line that says what happened. */
import { useState } from 'preact/hooks';
import type { ResultDocument } from '../result/document.ts';
import { WORDING } from '../content/result-wording.ts';
import { fill } from '../content/fill.ts';

interface Props {
  doc: ResultDocument;
  shareUrl: string;
  base: string;
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

export function ResultActions({ doc, shareUrl, base }: Props) {
  const [status, setStatus] = useState('');
  const t = WORDING.text;
  const copy = async (text: string, what: string) =>
    setStatus((await copyText(text)) ? fill(t.copied, { what }) : fill(t.copyRefused, { url: shareUrl }));
  return (
    <div class="result-actions">
      <button type="button" class="button" data-action="copy-link" onClick={() => copy(shareUrl, 'Link')}>{t.copyLink}</button>
      <button type="button" class="button secondary" data-action="copy-markdown" onClick={async () => copy((await import('../result/markdown.ts')).resultToMarkdown(doc, shareUrl), 'Markdown')}>{t.copyMarkdown}</button>
      <button type="button" class="button secondary" data-action="print" onClick={() => window.print()}>{t.print}</button>
      <a class="action-link" href={`${base}share/?${new URL(shareUrl).search.slice(1)}`}>{t.makeLink}</a>
      <p class="action-status" role="status">{status}</p>
    </div>
  );
}
