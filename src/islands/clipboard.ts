/**
 * Copying text, the one way the site does it: the copy buttons of the islands (CopyButton.tsx)
 * and of the role pages (components/copy-buttons.ts). Plain DOM, no Preact.
 */

/**
 * Copies `text`; where the browser refuses (no clipboard on an insecure page, a denied
 * permission), focuses and selects `field`, the box showing the text, so the person can copy it
 * by hand. Whether it copied.
 */
export async function copyOrSelect(text: string, field?: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}
