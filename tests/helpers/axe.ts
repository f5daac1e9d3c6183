/**
 * Accessibility checks for the e2e tests: axe-core run inside the page (injected from
 * node_modules, never a CDN), and the cheap checks axe does not make (overflow, focus
 * indicators, the rendered outline; the built files' outline is html-outline.ts's). Every
 * failure is described well enough to fix the page from the message alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** The rule sets we hold the pages to: WCAG 2.2 A/AA (as axe tags them) and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

let axeSource: string | undefined;

/** One axe violation, reduced to what a fix needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Runs axe-core on the whole document and returns its violations (empty when clean). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) {
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated, not added as a <script>: the page's CSP refuses any inline script it has no hash for.
    await page.evaluate(axeSource);
  }
  return page.evaluate(async (tags) => {
    type AxeNode = { target: unknown[]; html: string; failureSummary?: string };
    type AxeResult = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeResult[] }> } }).axe;
    // axe reads the page over many tasks: a part drawn in between (a lazy section, a re-rendered
    // list) mixes two layouts and reports targets no reader sees covered (seen under load). So it
    // reads the page once it has been still for 100 ms (5 s at most), and reads it again if it
    // changed meanwhile (three reads at most; the last is kept).
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    const still = () => new Promise<void>((resolve) => {
      const finish = () => { observer.disconnect(); clearTimeout(timer); clearTimeout(cap); resolve(); };
      let timer = setTimeout(finish, 100);
      const cap = setTimeout(finish, 5000);
      const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(finish, 100); });
      observer.observe(document, options);
    });
    // Parts laid out only near the screen (content-visibility: auto) stand at a placeholder size
    // until a reader scrolls to them; axe reads the real boxes inside them, which then overlap
    // the parts below (a seat's summary read as covered by the next heading). Each is laid out
    // once, as scrolling past it would, and keeps its real size from then on.
    const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const lazy = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
    if (lazy.length > 0) {
      for (const element of lazy) element.style.contentVisibility = 'visible';
      await frames();
      for (const element of lazy) element.style.contentVisibility = '';
      await frames();
    }
    let results: { violations: AxeResult[] } | undefined;
    for (let reading = 1; !results; reading++) {
      await still();
      let changed = false;
      const watch = new MutationObserver(() => { changed = true; });
      watch.observe(document, options);
      const read = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      watch.disconnect();
      if (!changed || reading === 3) results = read;
    }
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' '),
        html: node.html,
        summary: node.failureSummary ?? '',
      })),
    }));
  }, [...AXE_TAGS]);
}

/** A readable report of axe violations for an assertion message. */
export function formatViolations(where: string, violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return `${where}: no axe violations`;
  const lines = [`${where}: ${violations.length} axe violation(s)`];
  for (const violation of violations) {
    lines.push(`  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes.slice(0, 8)) {
      lines.push(`    at ${node.target}`);
      lines.push(`       ${clip(node.html, 240)}`);
      if (node.summary) lines.push(`       ${clip(node.summary.replace(/\s+/g, ' '), 400)}`);
    }
    if (violation.nodes.length > 8) lines.push(`    … and ${violation.nodes.length - 8} more`);
  }
  return lines.join('\n');
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

// ---------------------------------------------------------------------------------------------
// In-page checks

/** What sticks out of the viewport horizontally: the page's scroll width and the widest culprits. */
export interface Overflow {
  viewport: number;
  scrollWidth: number;
  /** Innermost elements reaching past the viewport's right edge, outside `.table-scroll` and any clipping box. */
  culprits: string[];
}

/** Measures horizontal overflow of the document (content inside `.table-scroll` may scroll on its own). */
export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const viewport = root.clientWidth;
    const describe = (element: Element) => {
      const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} right=${Math.round(element.getBoundingClientRect().right)}px "${text}"`;
    };
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (parent.matches('.table-scroll')) return true;
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const over = (element: Element) => element.getBoundingClientRect().right > viewport + 0.5 && !clipped(element);
    const overflowing = [...document.body.querySelectorAll('*')].filter(over);
    const culprits = overflowing.filter((element) => ![...element.children].some(over)).slice(0, 6).map(describe);
    return { viewport, scrollWidth: root.scrollWidth, culprits };
  });
}

/** The focus indicator of the focused element, or why it has none. */
export interface FocusStop {
  element: string;
  /** Whether it is on screen (something inside the viewport, not clipped to nothing). */
  visible: boolean;
  /** Whether it, or its `.option` label, shows an outline or a box shadow. */
  indicated: boolean;
  /** Contrast of the indicator colour against the background it is drawn on (WCAG 2.4.13 / 1.4.11 want ≥ 3). */
  contrast: number | null;
  style: string;
}

/** Describes the focus indicator of `document.activeElement` (null when focus is on the body). */
export function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    const parse = (color: string): [number, number, number, number] | null => {
      const match = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)/.exec(color);
      if (!match) return null;
      const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
      return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    /** The first opaque background at or above `from` (the page background otherwise). */
    const backgroundOf = (from: Element | null) => {
      for (let node = from; node; node = node.parentElement) {
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color && color[3] > 0.99) return color;
      }
      return parse(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
    };
    // A choice's ring may be drawn on its label: the quiz's .option, the what-if and builder .pill.
    const holders = [element, element.closest('.option, .pill')].filter((node): node is Element => node !== null);
    let indicated = false;
    let contrast: number | null = null;
    const styles: string[] = [];
    for (const holder of holders) {
      const style = getComputedStyle(holder);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      styles.push(`${holder.tagName.toLowerCase()}{outline:${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow:${style.boxShadow}}`);
      if (!outline && !shadow) continue;
      indicated = true;
      const color = parse(outline ? style.outlineColor : style.boxShadow);
      // An outline drawn outside the box (offset ≥ 0) sits on the parent's background.
      const behind = backgroundOf(outline && parseFloat(style.outlineOffset) >= 0 ? holder.parentElement : holder);
      if (color && color[3] > 0.99) {
        const [light, dark] = [luminance(color), luminance(behind)].sort((a, b) => b - a);
        contrast = Math.max(contrast ?? 0, Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100);
      }
    }
    const rect = element.getBoundingClientRect();
    const visible = rect.width > 1 && rect.height > 1 && rect.right > 0 && rect.bottom > 0 && rect.left < window.innerWidth;
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const input = element as HTMLInputElement;
    const what = `${element.tagName.toLowerCase()}${input.type ? `[type=${input.type}]` : ''}${input.name ? `[name=${input.name}]` : ''}${input.value && element.tagName === 'INPUT' ? `[value=${input.value}]` : ''}${element.id ? `#${element.id}` : ''} "${name}"`;
    return { element: what, visible, indicated, contrast, style: styles.join(' ') };
  });
}

/** Problems in the rendered document's outline and labelling (the DOM twin of html-outline.ts's `checkHtml`). */
export function checkDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (!document.documentElement.lang.trim()) problems.push('<html> has no lang');
    const h1s = document.querySelectorAll('h1');
    if (h1s.length !== 1) problems.push(`${h1s.length} <h1> elements (want exactly one)`);
    const ids = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) ids.set(element.id, (ids.get(element.id) ?? 0) + 1);
    for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" used ${count} times`);
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const firstH2 = headings.findIndex((h) => h.tagName === 'H2');
    const firstH3 = headings.findIndex((h) => h.tagName === 'H3');
    if (firstH3 !== -1 && (firstH2 === -1 || firstH3 < firstH2)) problems.push(`<h3> "${headings[firstH3]!.textContent?.trim()}" comes before any <h2>`);
    for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) problems.push(`<img src="${img.getAttribute('src')}"> has no alt`);
    const controls = document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea');
    for (const control of controls) {
      if (control instanceof HTMLInputElement && ['hidden', 'submit', 'reset', 'button', 'image'].includes(control.type)) continue;
      const named = control.labels?.length || control.getAttribute('aria-label')?.trim() || control.getAttribute('aria-labelledby')?.trim() || control.title.trim();
      if (!named) problems.push(`<${control.tagName.toLowerCase()} name="${control.getAttribute('name') ?? ''}"> has no label`);
    }
    return problems;
  });
}
