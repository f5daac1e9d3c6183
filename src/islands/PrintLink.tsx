/**
 * The result's link as printed: a long URL may wrap only after `?`, `&`, `,` or `/` (a `<wbr>`
 * there), never in the middle of an answer, so the printed link can be typed back as it reads.
 */
import { Fragment } from 'preact';

/** `url` split after each character a line may break at. */
export const urlBreaks = (url: string): string[] => url.split(/(?<=[?&,/])/);

export function PrintLink({ template, url }: { template: string; url: string }) {
  const [before = '', after = ''] = template.split('{url}');
  return (
    <p class="print-only print-link">
      {before}
      <span class="print-url">{urlBreaks(url).map((part, index) => <Fragment key={index}>{index > 0 && <wbr />}{part}</Fragment>)}</span>
      {after}
    </p>
  );
}
