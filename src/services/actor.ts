// Who is acting: a citizen, a ЦОН operator (a person with a role at an office), or the system
// itself (timers, retries). Every audit record names one.
export type OperatorRole = 'reception' | 'hall' | 'supervisor' | 'auditor';

export type Actor =
  | { kind: 'citizen'; iin: string }
  | { kind: 'operator'; iin: string; role: OperatorRole; office: string }
  | { kind: 'system' };

export const SYSTEM: Actor = { kind: 'system' };

export function actorIin(actor: Actor): string | null {
  return actor.kind === 'system' ? null : actor.iin;
}
