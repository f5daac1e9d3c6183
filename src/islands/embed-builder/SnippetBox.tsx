/**
 * One snippet to copy: its text in a read-only box (selectable by hand, with or without
 * script) and a copy button that says what happened. Where the browser refuses the
 * clipboard, the text is selected so the person can copy it themselves.
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';

interface Props {
  /** The box's id, and its `data-snippet` hook (`<platform>:<index>`). */
  id: string;
  hook: string;
  label: string;
  text: string;
  wording: { copy: string; copied: string; refused: string };
}

export function SnippetBox({ id, hook, label, text, wording }: Props) {
  const status = useSignal('');
  const box = useRef<HTMLTextAreaElement>(null);
  async function copy() {
    status.value = '';
    try {
      // Throws where there is no clipboard (an insecure page) as well as where it is refused.
      await navigator.clipboard.writeText(text);
      status.value = wording.copied;
    } catch {
      box.current?.focus();
      box.current?.select();
      status.value = wording.refused;
    }
  }
  return (
    <div class="snippet">
      <label for={id} class="snippet-label">{label}</label>
      <textarea id={id} ref={box} class="snippet-text" data-snippet={hook} readOnly spellcheck={false} rows={Math.min(8, 2 + Math.floor(text.length / 50))} value={text} />
      <div class="snippet-actions">
        <button type="button" class="button" data-action="copy-snippet" aria-controls={id} onClick={() => void copy()}>{wording.copy}</button>
        <p class="snippet-status" role="status">{status}</p>
      </div>
    </div>
  );
}
