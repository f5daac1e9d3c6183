/**
 * The sender's label (`from=`) and note (`note=`): plain text fields, limited in length by the
 * field itself (maxlength counts what the browser counts) and again by engine/sender.ts.
 */
import { SENDER_LIMITS } from '../../engine/limits.ts';
import { fill } from '../../content/fill.ts';
import type { ShareWording } from '../../share/wording.ts';
import type { ShareBuilder } from '../../share/builder-model.ts';

/** "12 characters left", counted as the field's maxlength counts (UTF-16 units). */
function charactersLeft(text: string, limit: number, W: ShareWording): string {
  const left = Math.max(0, limit - text.length);
  return left === 1 ? W.characterLeft : fill(W.charactersLeft, { count: left });
}

export function SenderFields({ builder, words: W }: { builder: ShareBuilder; words: ShareWording }) {
  const from = builder.from.value;
  const note = builder.note.value;
  return (
    <section class="share-sender" aria-labelledby="share-sender-title">
      <h2 id="share-sender-title">{W.headings.sender}</h2>
      <div class="share-field">
        <label for="share-from">{W.from.label}</label>
        <p class="share-hint" id="share-from-hint">{W.from.hint}</p>
        <input
          id="share-from" name="from" type="text" autocomplete="off" spellcheck={false}
          maxLength={SENDER_LIMITS.from} value={from}
          aria-describedby="share-from-hint share-from-left"
          onInput={(event) => builder.setFrom(event.currentTarget.value)}
        />
        <p class="share-hint" id="share-from-left">{charactersLeft(from, SENDER_LIMITS.from, W)}</p>
      </div>
      <div class="share-field">
        <label for="share-note">{W.note.label}</label>
        <p class="share-hint" id="share-note-hint">{W.note.hint}</p>
        <textarea
          id="share-note" name="note" rows={3} maxLength={SENDER_LIMITS.note} value={note}
          aria-describedby="share-note-hint share-note-left"
          onInput={(event) => builder.setNote(event.currentTarget.value)}
        />
        <p class="share-hint" id="share-note-left">{charactersLeft(note, SENDER_LIMITS.note, W)}</p>
      </div>
    </section>
  );
}
