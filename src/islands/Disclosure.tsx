/**
 * A part of the result that folds on a phone: a disclosure, open on a desktop-wide window and
 * closed below 600 px, so the page stays short there (the bench's page-height budget), with its
 * heading in the summary. Print opens it whatever its state (src/styles/result.css).
 */
import type { RefObject } from 'preact';

/** A desktop-wide window (the disclosures start open there). */
export const isWide = () => window.matchMedia('(min-width: 600px)').matches;

interface Props {
  /** The heading's id is `<id>-title`. */
  id: string;
  title: string;
  /** Its class, e.g. `plan-part plan-timeline`. */
  className: string;
  open: boolean;
  /** Called each time it is opened (a part's body may load then). */
  onOpen?: () => void;
  part?: RefObject<HTMLDetailsElement>;
  children: preact.ComponentChildren;
}

export function Disclosure({ id, title, className, open, onOpen, part, children }: Props) {
  return (
    <details ref={part} class={className} open={open} onToggle={(event) => { if ((event.currentTarget as HTMLDetailsElement).open) onOpen?.(); }}>
      <summary><h2 id={`${id}-title`}>{title}</h2></summary>
      {children}
    </details>
  );
}
