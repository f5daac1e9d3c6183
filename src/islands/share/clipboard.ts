/** Writes to the clipboard; false where the browser refuses (permissions, insecure context, no clipboard). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Where copying was refused: focus and select the text, so the person can copy it by hand. */
export function selectForCopy(field: HTMLInputElement | HTMLTextAreaElement | null): void {
  field?.focus();
  field?.select();
}
