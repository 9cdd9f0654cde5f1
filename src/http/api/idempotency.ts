// Idempotency keys on every POST: a client that retries a request (a lost response, a double
// click) with the same `Idempotency-Key` gets the first response again instead of a second
// application. Keys are scoped to the caller; reusing a key for a different body is an error.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../errors.ts';
import type { ServiceContext } from '../../services/context.ts';
import { tokenOf } from './auth.ts';

const KEY = /^[A-Za-z0-9_\-:.]{8,128}$/;

export function idempotency(ctx: ServiceContext): MiddlewareHandler {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!KEY.test(key))
      throw new AppError('invalid-request', { detail: 'Idempotency-Key: 8–128 of A-Z a-z 0-9 _ - : .' });
    const token = tokenOf(c);
    // Scope: the session's owner when logged in (the token hash), else the key alone per path.
    const subject = createHash('sha256')
      .update(`${token ?? 'anonymous'}`)
      .digest('hex');
    const body = await c.req.raw.clone().text();
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
    const db = ctx.database.db;
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({ subject, key, request_sha256: requestHash, created_at: ctx.clock.now() })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!inserted) {
      const prior = await db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('subject', '=', subject)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (prior.request_sha256 !== requestHash) throw new AppError('idempotency-key-reused');
      if (prior.status === null) throw new AppError('idempotency-in-progress');
      c.header('idempotent-replay', 'true');
      return c.json(prior.body, prior.status as 200);
    }
    try {
      await next();
    } catch (error) {
      await db.deleteFrom('idempotency_keys').where('subject', '=', subject).where('key', '=', key).execute();
      throw error;
    }
    const status = c.res.status;
    if (status >= 500 || c.error) {
      // A failed attempt may be retried with the same key.
      await db.deleteFrom('idempotency_keys').where('subject', '=', subject).where('key', '=', key).execute();
      return;
    }
    const saved = await c.res
      .clone()
      .json()
      .catch(() => null);
    await db
      .updateTable('idempotency_keys')
      .set({ status, body: JSON.stringify(saved) })
      .where('subject', '=', subject)
      .where('key', '=', key)
      .execute();
  };
}
