/**
 * The link as it stands, live: the text to copy (`[data-share-link]`), a copy button with its
 * status line, and what the person who opens it will see: who it is from, the note, where it
 * opens and how many questions are left to them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Labels } from '../../content/labels.ts';
import { fill } from '../../content/fill.ts';
import { SHARE_WORDING as W } from '../../share/wording.ts';
import { recipientSentence } from '../../share/messages.ts';
import type { ShareBuilder } from '../../share/builder-model.ts';
import { copyText, selectForCopy } from './clipboard.ts';

interface Props {
  builder: ShareBuilder;
  labels: Labels;
}

export function LinkPanel({ builder, labels }: Props) {
  const href = builder.href.value;
  const { target } = builder.link.value;
  const sender = builder.sender.value;
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  // A status about an earlier link would mislead: clear it when the link changes.
  useEffect(() => setStatus(''), [href]);
  const copy = async () => {
    if (await copyText(href)) setStatus(fill(W.copy.copied, { what: W.copy.what.link }));
    else {
      selectForCopy(field.current);
      setStatus(W.copy.refused);
    }
  };
  return (
    <section class="share-panel" id="share-link" aria-labelledby="share-link-title">
      <h2 id="share-link-title">{W.headings.link}</h2>
      <label for="share-link-field">{W.linkLabel}</label>
      <textarea id="share-link-field" class="share-link-field" rows={4} readOnly data-share-link value={href} ref={field} />
      <div class="share-actions">
        <button type="button" class="button" data-action="copy-share-link" onClick={copy}>{W.copy.link}</button>
        <a href={href} data-action="try-share-link">{W.tryLink}</a>
      </div>
      <p class="share-status" role="status">{status}</p>
      <h3>{W.headings.preview}</h3>
      <div class="share-preview" data-share-preview>
        {sender.from === undefined && sender.note === undefined && <p class="muted">{W.previewNoSender}</p>}
        {sender.from !== undefined && <p data-preview="from">{fill(W.previewFrom, { from: sender.from })}</p>}
        {sender.note !== undefined && <p data-preview="note">{fill(W.previewNote, { note: sender.note })}</p>}
        <p data-preview="target">
          {target.page === 'result' ? W.recipient.finished : fill(W.recipient.opensAt, { question: labels.questions[target.question].short })}
        </p>
        {target.page === 'quiz' && <p data-preview="counts">{recipientSentence(builder.view.value)}</p>}
      </div>
    </section>
  );
}
