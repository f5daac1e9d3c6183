/** A role page's job-description starter as a recruiter sees it (contract.md: `[data-jd="<role id>"]`). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RoleId } from '../../src/engine/ids.ts';
import { roleSchema } from '../../src/content/schemas/role.ts';
import { sourceSchema } from '../../src/content/schemas/source.ts';
import { escapeMarkdown } from '../../src/result/escape-markdown.ts';
import { loadList, loadObject } from './content-files.ts';

const titles = new Map((await loadList('content/sources.yaml')).map((entry) => sourceSchema.parse(entry)).map((source) => [source.id, source.title]));

/** The starter's copy button on the page, and the text of the element it targets. */
export async function starterOf(page: Page, role: RoleId) {
  const starter = page.locator(`[data-jd="${role}"]`);
  const button = starter.locator('button[data-copy-target]');
  const targetId = await button.getAttribute('data-copy-target');
  const target = page.locator(`[id="${targetId}"]`);
  return { starter, button, target, markdown: await target.inputValue() };
}

/** The page shows one starter for `role`, titled with the role, naming its sources, with a visible copy button. */
export async function expectStarter(page: Page, role: RoleId): Promise<void> {
  const { title, sources } = roleSchema.parse(await loadObject(`content/roles/${role}.yaml`));
  const { starter, button, target, markdown } = await starterOf(page, role);
  expect(await starter.count()).toBe(1);
  expect(await starter.locator(target).count(), 'the copy target is inside the starter').toBe(1);
  await button.waitFor({ state: 'visible' });
  expect(markdown.startsWith(`# ${escapeMarkdown(title)}\n`), markdown.slice(0, 80)).toBe(true);
  for (const source of sources) expect(markdown, source).toContain(titles.get(source)!);
}
