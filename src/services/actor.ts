// Who is acting: a citizen, a ЦОН operator (a person with a role at an office), or the system
// itself (timers, retries). Every audit record names one. An analyst (issue 21: akimat,
// maslikhat) is staff too, but sees aggregates only (services/analytics/roles.ts). The State
// Corporation's back office (issue 17 item 6) logs in the same way; its roles are the actors of
// the S9/S10 steps (004 cl.4, cl.9) and open the back-office pages only, never the console's; the
// ЗАГС employee who restores a civil-status act (S7, 003 ¶B2; issue 18) works there too.
export const BACK_OFFICE_ROLES = [
  'archive-employee',
  'executor',
  'technical-inspector',
  'management',
  'civil-registrar',
  // Migration 0026, 002 R1 App1: the migration police units of S1's chain (the ҚАІІб at a ЦОН,
  // the region's КҚПБ, the MVD's КҚПД and its production centre АӨО РМК).
  'qaiib',
  'kqpb',
  'kqpd',
  'aoo-rmk',
] as const;
export type BackOfficeRole = (typeof BACK_OFFICE_ROLES)[number];
export type OperatorRole = 'reception' | 'hall' | 'supervisor' | 'auditor' | 'analyst' | BackOfficeRole;

export function isBackOfficeRole(role: string): role is BackOfficeRole {
  return (BACK_OFFICE_ROLES as readonly string[]).includes(role);
}

export type Actor =
  | { kind: 'citizen'; iin: string }
  | { kind: 'operator'; iin: string; role: OperatorRole; office: string }
  | { kind: 'system' };

export const SYSTEM: Actor = { kind: 'system' };

export function actorIin(actor: Actor): string | null {
  return actor.kind === 'system' ? null : actor.iin;
}
