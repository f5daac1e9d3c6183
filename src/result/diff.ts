/**
 * What changed between two plans (the what-if panel): seats added, removed, moved between
 * groups or up and down the order, counts changed, warnings gained or lost. Pure data, and
 * the same difference in words for the live region.
 */
import type { Group, RoleId, WarningId } from '../engine/ids.ts';
import type { Recommendation } from '../engine/recommendation.ts';
import type { Labels } from '../content/labels.ts';
import { countText } from './words.ts';
import { WORDING } from '../content/result-wording.ts';
import { fill } from '../content/fill.ts';

export type RoleChange = 'added' | 'moved' | 'up' | 'down' | 'count';

export interface PlanDiff {
  added: RoleId[];
  removed: RoleId[];
  moved: { role: RoleId; from: Group; to: Group }[];
  /** Same group, earlier (up) or later (down) in the order. */
  up: RoleId[];
  down: RoleId[];
  counts: { role: RoleId; from: string; to: string }[];
  warningsGained: WarningId[];
  warningsLost: WarningId[];
}

const countOf = (item: Recommendation['hireOrder'][number]) => (item.count ? countText(item.count) : '1');

export function planDiff(before: Recommendation, after: Recommendation): PlanDiff {
  const was = new Map(before.hireOrder.map((item, index) => [item.role, { item, index }]));
  const is = new Map(after.hireOrder.map((item, index) => [item.role, { item, index }]));
  const diff: PlanDiff = { added: [], removed: [], moved: [], up: [], down: [], counts: [], warningsGained: [], warningsLost: [] };
  for (const [role, now] of is) {
    const then = was.get(role);
    if (!then) {
      diff.added.push(role);
      continue;
    }
    if (then.item.group !== now.item.group) diff.moved.push({ role, from: then.item.group, to: now.item.group });
    else if (rankAmongKept(before, role, is) !== rankAmongKept(after, role, was)) {
      (rankAmongKept(after, role, was) < rankAmongKept(before, role, is) ? diff.up : diff.down).push(role);
    }
    if (countOf(then.item) !== countOf(now.item)) diff.counts.push({ role, from: countOf(then.item), to: countOf(now.item) });
  }
  diff.removed = before.hireOrder.filter((item) => !is.has(item.role)).map((item) => item.role);
  const warned = (r: Recommendation) => new Set(r.warnings.map((w) => w.id));
  diff.warningsGained = [...warned(after)].filter((id) => !warned(before).has(id));
  diff.warningsLost = [...warned(before)].filter((id) => !warned(after).has(id));
  return diff;
}

/**
 * A seat's place among the seats both plans share, so a seat added or removed above it does
 * not count as it moving.
 */
function rankAmongKept(plan: Recommendation, role: RoleId, other: ReadonlyMap<RoleId, unknown>): number {
  return plan.hireOrder.filter((item) => other.has(item.role) || item.role === role).findIndex((item) => item.role === role);
}

/** How each seat of the new plan changed, for highlighting it. */
export function roleChanges(diff: PlanDiff): Map<RoleId, RoleChange> {
  const changes = new Map<RoleId, RoleChange>();
  for (const role of diff.counts.map((c) => c.role)) changes.set(role, 'count');
  for (const role of diff.down) changes.set(role, 'down');
  for (const role of diff.up) changes.set(role, 'up');
  for (const { role } of diff.moved) changes.set(role, 'moved');
  for (const role of diff.added) changes.set(role, 'added');
  return changes;
}

export function isEmptyDiff(diff: PlanDiff): boolean {
  return Object.values(diff).every((list) => list.length === 0);
}

/** The difference in words, for a polite live region. */
export function diffText(diff: PlanDiff, labels: Labels): string {
  const t = WORDING.text;
  if (isEmptyDiff(diff)) return t.diffNone;
  const name = (role: RoleId) => labels.roles[role].name;
  const lane = (group: Group) => WORDING.groups[group].lane.toLowerCase();
  const parts = [t.diffIntro];
  if (diff.added.length > 0) parts.push(fill(t.diffAdded, { roles: diff.added.map(name).join(', ') }));
  if (diff.removed.length > 0) parts.push(fill(t.diffRemoved, { roles: diff.removed.map(name).join(', ') }));
  for (const move of diff.moved) parts.push(fill(t.diffMoved, { role: name(move.role), from: lane(move.from), to: lane(move.to) }));
  for (const role of diff.up) parts.push(fill(t.diffUp, { role: name(role) }));
  for (const role of diff.down) parts.push(fill(t.diffDown, { role: name(role) }));
  for (const count of diff.counts) parts.push(fill(t.diffCount, { role: name(count.role), now: count.to, before: count.from }));
  for (const id of diff.warningsGained) parts.push(fill(t.diffWarningGained, { warning: WORDING.warningTitles[id] }));
  for (const id of diff.warningsLost) parts.push(fill(t.diffWarningLost, { warning: WORDING.warningTitles[id] }));
  return parts.join(' ');
}
