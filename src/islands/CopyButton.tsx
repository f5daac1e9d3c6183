/**
 * A copy button: copies its text and says what happened in a status line, which its owner
 * renders (several buttons may share one). Where the browser refuses (no clipboard on an
 * insecure page, a denied permission), the box that shows the text is focused and selected so
 * the person can copy it by hand. The role pages' buttons, plain DOM, do the same
 * (components/copy-buttons.ts).
 */
import type { ComponentChildren } from 'preact';

interface Props {
  /** What to copy, or how to write it when pressed (the result's Markdown is written then). */
  text: string | (() => string | Promise<string>);
  /** The id of the box that shows the text, if one does. */
  field?: string;
  /** Its `data-action` hook. */
  action: string;
  class?: string;
  /** What the status line says once copied, and where the browser refused. */
  copied: string;
  refused: string;
  /** Says it in the owner's status line (`''` first, so saying it again is heard again). */
  onStatus: (status: string) => void;
  children: ComponentChildren;
}

export function CopyButton({ text, field, action, class: className = 'button', copied, refused, onStatus, children }: Props) {
  const copy = async () => {
    onStatus('');
    try {
      await navigator.clipboard.writeText(typeof text === 'string' ? text : await text());
      onStatus(copied);
    } catch {
      const box = field ? (document.getElementById(field) as HTMLTextAreaElement | null) : null;
      box?.focus();
      box?.select();
      onStatus(refused);
    }
  };
  return <button type="button" class={className} data-action={action} aria-controls={field} onClick={copy}>{children}</button>;
}
