// 004 cl.7 in the back office: management or the executor records a renaming decision from the
// page /backoffice/renamings (src/http/pages/backoffice/renaming.ts). The employee is the
// recorder in the audit trail (an operator with role and office); other roles are refused.
import { AppError } from '../../errors.ts';
import type { RenamingInput } from '../../domain/renaming.ts';
import type { BackOfficeRole } from '../actor.ts';
import type { BackOfficeStaff } from '../cases/back-office.ts';
import type { ServiceContext } from '../context.ts';
import { applyRenaming, type RenamingOutcome } from './apply.ts';

/** The roles that record a decision: management (which signs the corrections) and the executor (who makes them). */
export const RENAMING_ROLES: readonly BackOfficeRole[] = ['management', 'executor'];

export function mayRecordRenaming(staff: BackOfficeStaff): boolean {
  return RENAMING_ROLES.includes(staff.role);
}

export async function recordRenaming(
  ctx: ServiceContext,
  staff: BackOfficeStaff,
  input: RenamingInput,
): Promise<RenamingOutcome> {
  if (!mayRecordRenaming(staff)) throw new AppError('operator-only');
  const recorder = { kind: 'operator', iin: staff.iin, role: staff.role, office: staff.office } as const;
  return applyRenaming(ctx.database, recorder, input, ctx.clock.now());
}
