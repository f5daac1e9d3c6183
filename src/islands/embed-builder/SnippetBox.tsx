/**
 * One snippet to copy: its text in a read-only box (selectable by hand, with or without
 * script) and a copy button that says what happened. Where the browser refuses the
 * clipboard, the text is selected so the person can copy it themselves.
 */
import { useSignal } from '@preact/signals';
import { CopyButton } from '../CopyButton.tsx';

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
  return (
    <div class="snippet">
      <label for={id} class="snippet-label">{label}</label>
      <textarea id={id} class="snippet-text" data-snippet={hook} readOnly spellcheck={false} rows={Math.min(8, 2 + Math.floor(text.length / 50))} value={text} />
      <div class="snippet-actions">
        <CopyButton text={text} field={id} action="copy-snippet" copied={wording.copied} refused={wording.refused} onStatus={(said) => (status.value = said)}>{wording.copy}</CopyButton>
        <p class="snippet-status" role="status">{status}</p>
      </div>
    </div>
  );
}
