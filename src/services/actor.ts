// Who is acting: a citizen, a ЦОН operator (a person with a role at an office), or the system
// itself (timers, retries). Every audit record names one. An analyst (issue 21: akimat,
// maslikhat) is staff too, but sees aggregates only (services/analytics/roles.ts).
export type OperatorRole = 'reception' | 'hall' | 'supervisor' | 'auditor' | 'analyst';

export type Actor =
  | { kind: 'citizen'; iin: string }
  | { kind: 'operator'; iin: string; role: OperatorRole; office: string }
  | { kind: 'system' };

export const SYSTEM: Actor = { kind: 'system' };

export function actorIin(actor: Actor): string | null {
  return actor.kind === 'system' ? null : actor.iin;
}
