// Who acts on the console pages: the logged-in operator with their role and office, as the
// services audit them. The roles allowed per page are the API's (operator-routes.ts).
import type { Context } from 'hono';
import { AppError } from '../../../errors.ts';
import type { Actor, OperatorRole } from '../../../services/actor.ts';
import type { PageEnv } from '../shared/env.ts';
import { currentUser } from '../shared/session.ts';

export type OperatorActor = Actor & { kind: 'operator' };

/** P1: reception triage (the hall and supervisors triage too). */
export const TRIAGE_ROLES: readonly OperatorRole[] = ['reception', 'hall', 'supervisor'];
/** P2: filing and completing hall applications. */
export const HALL_ROLES: readonly OperatorRole[] = ['hall', 'supervisor'];
/** Issue 19: S6/S8 intake and the result's keeping at the ЦОН (services/licences/con.ts). */
export const LICENCE_ROLES: readonly OperatorRole[] = ['reception'];
/** Reading the office queue and decision traces; auditors change nothing. */
export const READ_ROLES: readonly OperatorRole[] = ['reception', 'hall', 'supervisor', 'auditor'];

/** S1 (002 R1 App1 st.1–2, 14): intake and hand-over at the counter; supervisors see overdue steps. */
export const PASSPORT_ROLES: readonly OperatorRole[] = ['reception', 'supervisor'];

/** S2 (002 R2 App1, cl.10): the ЦОН accepts and issues temporary IDs. */
export const TEMPORARY_ID_ROLES: readonly OperatorRole[] = ['reception'];

/** The operator actor of a request that passed requireOperator. */
export function operatorActor(c: Context<PageEnv>): OperatorActor {
  const user = currentUser(c);
  if (!user?.operator) throw new AppError('operator-only');
  return { kind: 'operator', iin: user.iin, role: user.operator.role, office: user.operator.office };
}
