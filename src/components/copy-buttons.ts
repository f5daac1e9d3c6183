/**
 * The browser half of JobDescriptionStarter.astro: each `button[data-copy-target]` copies the
 * text box it names and says what happened in the status line `[data-copy-status]` of the same
 * name (as the islands' CopyButton does). Where the browser refuses, the text is selected so
 * the person can copy it by hand.
 */
import { copyOrSelect } from '../islands/clipboard.ts';

export function wireCopyButtons(page: Document): void {
  for (const button of page.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const name = button.dataset.copyTarget ?? '';
    const target = page.getElementById(name);
    const status = page.querySelector(`[data-copy-status="${CSS.escape(name)}"]`);
    if (!(target instanceof HTMLTextAreaElement) || !status) continue;
    button.addEventListener('click', async () => {
      status.textContent = '';
      status.textContent = (await copyOrSelect(target.value, target) ? button.dataset.copied : button.dataset.refused) ?? '';
    });
    button.hidden = false;
  }
}
