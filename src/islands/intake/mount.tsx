/**
 * Mounts a role page's intake pack into `[data-intake-root]` (components/IntakeRoot.astro). The
 * role page imports this only when its link carries parameters, so a plain role page loads no
 * Preact and none of the engine.
 */
import { render } from 'preact';
import type { RoleId } from '../../engine/ids.ts';
import { IntakeIsland } from './IntakeIsland.tsx';

export function mountIntake(page: Document): void {
  const root = page.querySelector<HTMLElement>('[data-intake-root]');
  const role = root?.dataset.role as RoleId | undefined;
  if (!root || !role) return;
  render(<IntakeIsland role={role} base={root.dataset.base ?? '/'} search={window.location.search} pageHref={window.location.href} />, root);
}
