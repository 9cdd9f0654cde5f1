// Issue 21: who sees the analytics. Analysts (akimat, maslikhat) and supervisors see the norm
// simulator and its aggregates; the service dashboards are for supervisors. An analyst sees no
// personal data at all: the role is in none of the console's or the API's role lists, and
// canRead (applications/access.ts) refuses it every application.
import type { Actor, OperatorRole } from '../actor.ts';

export const ANALYTICS_ROLES: readonly OperatorRole[] = ['analyst', 'supervisor'];
export const DASHBOARD_ROLES: readonly OperatorRole[] = ['supervisor'];

export function mayUse(actor: Actor, roles: readonly OperatorRole[]): boolean {
  return actor.kind === 'operator' && roles.includes(actor.role);
}
