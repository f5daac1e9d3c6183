/**
 * The link as it stands, live: the text to copy (`[data-share-link]`), a copy button with its
 * status line, and what the person who opens it will see: who it is from, the note, where it
 * opens and how many questions are left to them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Labels } from '../../content/labels.ts';
import { fill } from '../../content/fill.ts';
import type { ShareWording } from '../../share/wording.ts';
import { recipientSentence } from '../../share/messages.ts';
import type { ShareBuilder } from '../../share/builder-model.ts';
import { CopyButton } from '../CopyButton.tsx';

interface Props {
  builder: ShareBuilder;
  labels: Labels;
  words: ShareWording;
}

export function LinkPanel({ builder, labels, words: W }: Props) {
  const href = builder.href.value;
  const { target } = builder.link.value;
  const sender = builder.sender.value;
  const [status, setStatus] = useState('');
  // A status about an earlier link would mislead: clear it when the link changes.
  useEffect(() => setStatus(''), [href]);
  return (
    <section class="share-panel" id="share-link" aria-labelledby="share-link-title">
      <h2 id="share-link-title">{W.headings.link}</h2>
      <label for="share-link-field">{W.linkLabel}</label>
      <textarea id="share-link-field" class="share-link-field" rows={4} readOnly data-share-link value={href} />
      <div class="share-actions">
        <CopyButton text={href} field="share-link-field" action="copy-share-link" copied={fill(W.copy.copied, { what: W.copy.what.link })} refused={W.copy.refused} onStatus={setStatus}>{W.copy.link}</CopyButton>
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
        {target.page === 'quiz' && <p data-preview="counts">{recipientSentence(builder.view.value, W.recipient)}</p>}
      </div>
    </section>
  );
}
