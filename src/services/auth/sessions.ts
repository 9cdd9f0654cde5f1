// Sessions: the client holds a random token; the database holds only its SHA-256, so a leaked
// table cannot be replayed. Sessions expire and can be revoked (logout).
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../errors.ts';
import type { OperatorRole } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';

export interface Principal {
  iin: string;
  method: 'cms' | 'otp';
  expiresAt: Date;
  /** Present when the person is ЦОН staff. */
  operator: { role: OperatorRole; office: string } | null;
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function openSession(
  ctx: ServiceContext,
  iin: string,
  method: 'cms' | 'otp',
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.settings.sessionMinutes * 60_000);
  await inTransaction(ctx.database, async (tx) => {
    await tx
      .insertInto('sessions')
      .values({ token_sha256: digest(token), iin, method, created_at: now, expires_at: expiresAt })
      .execute();
    await recordAudit(tx, now, { kind: 'citizen', iin }, { action: 'login', details: { method } });
  });
  return { token, expiresAt };
}

export async function resolveSession(ctx: ServiceContext, token: string): Promise<Principal> {
  const row = await ctx.database.db
    .selectFrom('sessions')
    .leftJoin('operators', 'operators.iin', 'sessions.iin')
    .select([
      'sessions.iin',
      'sessions.method',
      'sessions.expires_at',
      'sessions.revoked_at',
      'operators.role',
      'operators.office',
    ])
    .where('sessions.token_sha256', '=', digest(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.expires_at.getTime() <= ctx.clock.now().getTime()) {
    throw new AppError('unauthenticated');
  }
  return {
    iin: row.iin,
    method: row.method,
    expiresAt: row.expires_at,
    operator: row.role && row.office ? { role: row.role, office: row.office } : null,
  };
}

export async function closeSession(ctx: ServiceContext, token: string, iin: string): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.database, async (tx) => {
    await tx.updateTable('sessions').set({ revoked_at: now }).where('token_sha256', '=', digest(token)).execute();
    await recordAudit(tx, now, { kind: 'citizen', iin }, { action: 'logout' });
  });
}
