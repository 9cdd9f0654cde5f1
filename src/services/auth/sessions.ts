// Sessions: the client holds a random token; the database holds only its SHA-256, so a leaked
// table cannot be replayed. Sessions expire and can be revoked (logout).
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.ts';
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

/**
 * Sessions this process resolved lately, so that each request does not read the sessions table
 * again (one statement per request, the cheapest to save). What the cache may not weaken:
 * - expiry is checked against the service clock on every request, cached or not: exact;
 * - a logout through this process takes effect at once: closeSession drops the entry after its
 *   commit and bumps `epoch`, so a lookup that read the row before that commit cannot put it back;
 * - a logout through another process, and a change of the operators table (role, office), take
 *   effect here within CACHE_MS: that is the bound, and the price of the saved statement.
 * Only valid sessions are kept (an unknown or revoked token is read every time), at most
 * CACHE_ENTRIES of them; the time is the process's monotonic clock, not the service clock, as the
 * bound is about real staleness.
 */
export const SESSION_CACHE_MS = 5000;
const CACHE_ENTRIES = 10_000;

class SessionCache {
  readonly entries = new Map<string, { principal: Principal; until: number }>();
  epoch = 0;
}

// One cache per database the sessions live in (not module-wide), so two services in one process
// — as in the tests — never see each other's sessions.
const caches = new WeakMap<Database, SessionCache>();

function cacheOf(ctx: ServiceContext): SessionCache {
  let cache = caches.get(ctx.database);
  if (!cache) {
    cache = new SessionCache();
    caches.set(ctx.database, cache);
  }
  return cache;
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
  const key = digest(token);
  const cache = cacheOf(ctx);
  const hit = cache.entries.get(key);
  if (hit && hit.until > performance.now()) {
    if (hit.principal.expiresAt.getTime() <= ctx.clock.now().getTime()) throw new AppError('unauthenticated');
    return hit.principal;
  }
  const epoch = cache.epoch;
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
    .where('sessions.token_sha256', '=', key)
    .executeTakeFirst();
  if (!row || row.revoked_at || row.expires_at.getTime() <= ctx.clock.now().getTime()) {
    cache.entries.delete(key);
    throw new AppError('unauthenticated');
  }
  const principal: Principal = {
    iin: row.iin,
    method: row.method,
    expiresAt: row.expires_at,
    operator: row.role && row.office ? { role: row.role, office: row.office } : null,
  };
  // A logout in this process since the read began: the row may predate it, so it is not kept.
  if (cache.epoch === epoch) {
    cache.entries.delete(key);
    if (cache.entries.size >= CACHE_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
    cache.entries.set(key, { principal, until: performance.now() + SESSION_CACHE_MS });
  }
  return principal;
}

export async function closeSession(ctx: ServiceContext, token: string, iin: string): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.database, async (tx) => {
    await tx.updateTable('sessions').set({ revoked_at: now }).where('token_sha256', '=', digest(token)).execute();
    await recordAudit(tx, now, { kind: 'citizen', iin }, { action: 'logout' });
  });
  // After the commit: from here on a read of the row sees the revocation.
  const cache = cacheOf(ctx);
  cache.epoch++;
  cache.entries.delete(digest(token));
}
