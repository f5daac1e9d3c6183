/**
 * stages' seat table (domain.md "Phase"), once: which seat each role holds in each phase.
 * The placement rules (seats.ts) read it, /how-it-works/ draws it with the cell words of
 * content/rules.yaml, and the role pages show their row, so the three cannot drift.
 */
import type { Group, Phase, RoleId } from './ids.ts';

/**
 * The kinds of cell the table uses. "shared" means someone already on the team can hold
 * the seat; "wait" that the phase does not need it yet.
 */
export const SEAT_KINDS = [
  'core',
  'core-several',
  'core-platform',
  'core-do-not-delay',
  'shared',
  'shared-with-ai-engineer',
  'wait',
  'only-for-custom-model',
  'as-needed',
  'add',
  'dedicated',
  'dedicated-function',
] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

/** The roles of the table; the domain expert and the inference engineer are placed by rules 7 and 8. */
export const SEAT_TABLE_ROLES = [
  'ai-engineer',
  'backend-engineer',
  'ai-product-manager',
  'data-engineer',
  'mlops-engineer',
  'eval-specialist',
  'ml-engineer',
  'data-scientist',
  'frontend-designer',
  'security-governance',
] as const satisfies readonly RoleId[];
export type SeatTableRole = (typeof SEAT_TABLE_ROLES)[number];

/** stages' table, row by row. */
export const SEAT_TABLE: Record<SeatTableRole, Record<Phase, SeatKind>> = {
  'ai-engineer': { pilot: 'core', production: 'core', scale: 'core-several' },
  'backend-engineer': { pilot: 'shared', production: 'core', scale: 'core-several' },
  'ai-product-manager': { pilot: 'core', production: 'core', scale: 'core-several' },
  'data-engineer': { pilot: 'shared', production: 'core', scale: 'core-platform' },
  'mlops-engineer': { pilot: 'wait', production: 'core-do-not-delay', scale: 'core-platform' },
  'eval-specialist': { pilot: 'shared-with-ai-engineer', production: 'core', scale: 'dedicated' },
  'ml-engineer': { pilot: 'only-for-custom-model', production: 'as-needed', scale: 'core' },
  'data-scientist': { pilot: 'wait', production: 'as-needed', scale: 'core' },
  'frontend-designer': { pilot: 'shared', production: 'core', scale: 'core' },
  'security-governance': { pilot: 'wait', production: 'add', scale: 'dedicated-function' },
};

/** Kinds of seat the phase staffs in its own right (not shared, not waiting, not conditional). */
const STAFFED: ReadonlySet<SeatKind> = new Set(['core', 'core-several', 'core-platform', 'core-do-not-delay', 'add', 'dedicated', 'dedicated-function']);

/** Whether `role` is a seat `phase` staffs in its own right, by stages' table. */
export function isStaffedSeat(role: SeatTableRole, phase: Phase): boolean {
  return STAFFED.has(SEAT_TABLE[role][phase]);
}

/** Whether `role` has a row in stages' table (the domain expert and the inference engineer do not). */
export function isSeatTableRole(role: RoleId): role is SeatTableRole {
  return (SEAT_TABLE_ROLES as readonly RoleId[]).includes(role);
}

/** Cells that give a seat no person of its own in the phase: it waits, or someone else holds it. */
const UNSTAFFED: ReadonlySet<SeatKind> = new Set(['wait', 'shared', 'shared-with-ai-engineer']);

/**
 * How the seat the plan puts in `group` stands against stages' cell for `role` in `phase`
 * (fidelity review 4, P2): `agrees` when the cell says what the lane does (a staffed cell and
 * now; a waiting or shared cell and next or later; a conditional cell, "as needed" or "only if
 * custom model", with either, since its words name the condition; a role with no row); `earlier`
 * when the plan gives a person now to a seat the cell leaves waiting or shared (rules 2, 4, 5, 6
 * pull it forward); `later` when the plan defers a seat the cell staffs (rules 6 and 18).
 */
export function seatAgainstTable(role: RoleId, phase: Phase, group: Group): 'agrees' | 'earlier' | 'later' {
  if (!isSeatTableRole(role)) return 'agrees';
  const kind = SEAT_TABLE[role][phase];
  if (group === 'now') return UNSTAFFED.has(kind) ? 'earlier' : 'agrees';
  return STAFFED.has(kind) ? 'later' : 'agrees';
}

/** stages' team size per phase, with its open upper end at scale ("12 to 30+"). */
export const HEADCOUNT_BY_PHASE = {
  pilot: { min: 2, max: 5 },
  production: { min: 6, max: 12 },
  scale: { min: 12, max: 30, orMore: true },
} as const satisfies Record<Phase, { min: number; max: number; orMore?: boolean }>;
