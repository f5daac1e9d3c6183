/** Email and chat text to paste, written from content/share.json around the link, label and note. */
import { useState } from 'preact/hooks';
import { fill } from '../../content/fill.ts';
import type { ShareWording } from '../../share/wording.ts';
import { messageKind, messageText } from '../../share/messages.ts';
import type { ShareBuilder } from '../../share/builder-model.ts';
import { CopyButton } from '../CopyButton.tsx';

type Medium = 'email' | 'chat';
const MEDIA: readonly Medium[] = ['email', 'chat'];

export function MessageFields({ builder, words: W }: { builder: ShareBuilder; words: ShareWording }) {
  const kind = messageKind(builder.link.value.target, builder.view.value);
  const href = builder.href.value;
  const sender = builder.sender.value;
  const [status, setStatus] = useState('');
  const texts = { email: messageText(W.messages.email[kind], href, sender), chat: messageText(W.messages.chat[kind], href, sender) };
  return (
    <section class="share-messages" aria-labelledby="share-messages-title">
      <h2 id="share-messages-title">{W.headings.messages}</h2>
      <p class="muted">{W.messages.help}</p>
      {MEDIA.map((medium) => (
        <div key={medium} class="share-field">
          <label for={`share-${medium}`}>{medium === 'email' ? W.messages.emailLabel : W.messages.chatLabel}</label>
          <textarea id={`share-${medium}`} class="share-message" rows={medium === 'email' ? 12 : 4} readOnly value={texts[medium]} data-message={medium} />
          <CopyButton
            text={texts[medium]} field={`share-${medium}`} action={`copy-${medium}`} class="button secondary"
            copied={fill(W.copy.copied, { what: W.copy.what[medium] })} refused={W.copy.refused} onStatus={setStatus}
          >{W.copy[medium]}</CopyButton>
        </div>
      ))}
      <p class="share-status" role="status">{status}</p>
    </section>
  );
}
