/**
 * Valid HTML as the W3C validator reads it: html-validate's standard rules, plus the rules it
 * lacks but the W3C validator enforces, as an html-validate plugin.
 * `hire-order/style-first-child`: a `<style>` in `<body>` must be the first child of its parent
 * (Astro emits one right before the first island; the W3C validator rejects it anywhere else).
 * The W3C rule also wants its selectors to match nothing before that parent: Astro's style
 * selects islands only, all of which come after it, so that half is not checked here.
 */
import { definePlugin, HtmlElement, HtmlValidate, Rule, type DOMReadyEvent } from 'html-validate';

/** True when nothing but white space comes before `element` among its parent's children. */
function isFirstChild(element: HtmlElement): boolean {
  const siblings = element.parent?.childNodes ?? [];
  for (const node of siblings) {
    if (node === element) return true;
    if (node instanceof HtmlElement || node.textContent.trim() !== '') return false;
  }
  return true;
}

class StyleFirstChild extends Rule {
  setup(): void {
    this.on('dom:ready', ({ document }: DOMReadyEvent) => {
      for (const style of document.querySelectorAll('body style')) {
        if (style.closest('svg')) continue; // SVG's own <style> may go anywhere in the drawing
        if (!isFirstChild(style)) this.report(style, 'A <style> element in <body> must be the first child of its parent');
      }
    });
  }
}

/** The plugin; enable with `rules: { 'hire-order/style-first-child': 'error' }`. */
export const hireOrderHtmlRules = definePlugin({
  name: 'hire-order',
  rules: { 'hire-order/style-first-child': StyleFirstChild },
});

// The W3C validator allows a <style> in <body> as the first child of a flow-content parent
// (validator/validator#2143); html-validate knows only the older text (head only, yet never
// checks <main>). Teach it the W3C rule: <style> is flow content, first child only.
const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  elements: ['html5', { style: { flow: true } }],
  plugins: [hireOrderHtmlRules],
  rules: { 'hire-order/style-first-child': 'error' },
});

/** The validator's complaints about a document (html-validate's standard rules and ours), one line each ("" when valid). */
export async function htmlComplaints(html: string, name: string): Promise<string> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} at ${m.selector ?? '?'}`)).join('\n');
}

/** The document a page's islands have rendered, as HTML to validate. */
export const renderedHtml = async (page: { evaluate<T>(fn: () => T): Promise<T> }) => `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`;
