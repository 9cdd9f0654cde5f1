// The logged-in back-office employee of a request that passed requireOperator(BACK_OFFICE_ROLES).
import type { Context } from 'hono';
import { AppError } from '../../../errors.ts';
import { backOfficeStaff, type BackOfficeStaff } from '../../../services/cases/back-office.ts';
import type { PageEnv } from '../shared/env.ts';
import { currentUser } from '../shared/session.ts';

export function staffOf(c: Context<PageEnv>): BackOfficeStaff {
  const user = currentUser(c);
  if (!user?.operator) throw new AppError('operator-only');
  return backOfficeStaff({ kind: 'operator', iin: user.iin, role: user.operator.role, office: user.operator.office });
}
