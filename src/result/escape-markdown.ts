/**
 * Markdown-significant characters escaped, whitespace (line breaks too) collapsed, so our words
 * and the answers' labels read as written in a pasted result or job-description starter.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}
