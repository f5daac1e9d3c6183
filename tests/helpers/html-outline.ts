/**
 * Static HTML read with html-validate's parser (the validator html-validity.test.ts runs):
 * a document's elements in order with their attributes, and the outline and labelling check
 * of a built page (the static twin of axe.ts's `checkDom`).
 */
import { Config, Parser, type HtmlElement } from 'html-validate';

const parser = new Parser(await (await Config.fromObject([], { elements: ['html5'] })).resolve());

/** One element as written: its name and attributes, values decoded as a browser would. */
export interface ParsedElement {
  name: string;
  attrs: Map<string, string>;
  children: ParsedElement[];
}

/** The character references the site and its snippets write (named ones for the five, and numeric). */
function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function toParsed(element: HtmlElement): ParsedElement {
  const attrs = new Map<string, string>();
  for (const attr of element.attributes) attrs.set(attr.key.toLowerCase(), typeof attr.value === 'string' ? decode(attr.value) : '');
  return { name: element.tagName.toLowerCase(), attrs, children: element.childElements.map(toParsed) };
}

/** The top-level elements of an HTML document or fragment, with their children (raw text, comments and the doctype left out). */
export function parseHtml(html: string): ParsedElement[] {
  return parser.parseHtml(html).childElements.map(toParsed);
}

/** Every element of `roots` and below, in document order. */
export function elementsOf(roots: readonly ParsedElement[]): ParsedElement[] {
  return roots.flatMap((element) => [element, ...elementsOf(element.children)]);
}

/** The controls a label wraps: its descendants, wherever they sit. */
const wrappedControls = (label: ParsedElement) => new Set(elementsOf(label.children));

/**
 * The basics of a built page: `lang` set, exactly one `<h1>`, unique ids, no `<h3>` before
 * any `<h2>`, `alt` on every `<img>`, a label on every form control. Returns the problems.
 */
export function checkHtml(html: string): string[] {
  const problems: string[] = [];
  const elements = elementsOf(parseHtml(html));
  const named = (name: string) => elements.filter((element) => element.name === name);
  if (!named('html')[0]?.attrs.get('lang')?.trim()) problems.push('<html> has no lang');
  const h1Count = named('h1').length;
  if (h1Count !== 1) problems.push(`${h1Count} <h1> elements (want exactly one)`);
  const ids = new Map<string, number>();
  for (const element of elements) {
    const id = element.attrs.get('id');
    if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" used ${count} times`);
  const firstH2 = elements.findIndex((element) => element.name === 'h2');
  const firstH3 = elements.findIndex((element) => element.name === 'h3');
  if (firstH3 !== -1 && (firstH2 === -1 || firstH3 < firstH2)) problems.push('an <h3> comes before any <h2>');
  for (const img of named('img')) if (!img.attrs.has('alt')) problems.push(`<img src="${img.attrs.get('src') ?? ''}"> has no alt`);

  // Form controls: wrapped in a <label>, pointed at by <label for>, or named by aria-label(ledby)/title.
  const labels = named('label');
  const pointedAt = new Set(labels.flatMap((label) => (label.attrs.has('for') ? [label.attrs.get('for')!] : [])));
  const wrapped = new Set(labels.flatMap((label) => [...wrappedControls(label)]));
  for (const control of elements) {
    if (!['input', 'select', 'textarea'].includes(control.name)) continue;
    const type = (control.attrs.get('type') ?? 'text').toLowerCase();
    if (control.name === 'input' && ['hidden', 'submit', 'reset', 'button', 'image'].includes(type)) continue;
    const id = control.attrs.get('id');
    const labelled = wrapped.has(control) || (id !== undefined && pointedAt.has(id)) || ['aria-label', 'aria-labelledby', 'title'].some((attr) => control.attrs.get(attr)?.trim());
    if (!labelled) problems.push(`<${control.name} name="${control.attrs.get('name') ?? ''}"> has no label`);
  }
  return problems;
}
