/**
 * The browser half of JobDescriptionStarter.astro, the plain-DOM twin of the islands'
 * CopyButton (islands/CopyButton.tsx; a role page loads no Preact): each
 * `button[data-copy-target]` copies the text box it names and says what happened in the status
 * line `[data-copy-status]` of the same name. Where the browser refuses, the text is selected
 * so the person can copy it by hand.
 */
export function wireCopyButtons(page: Document): void {
  for (const button of page.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const name = button.dataset.copyTarget ?? '';
    const target = page.getElementById(name);
    const status = page.querySelector(`[data-copy-status="${CSS.escape(name)}"]`);
    if (!(target instanceof HTMLTextAreaElement) || !status) continue;
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        // Throws where there is no clipboard (an insecure page) as well as where it is refused.
        await navigator.clipboard.writeText(target.value);
        status.textContent = button.dataset.copied ?? '';
      } catch {
        target.focus();
        target.select();
        status.textContent = button.dataset.refused ?? '';
      }
    });
    button.hidden = false;
  }
}
