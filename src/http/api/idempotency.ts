// Idempotency keys on POST: a client that retries a request (a lost response, a double click)
// with the same `Idempotency-Key` gets the first response again instead of a second
// application. Reusing a key for a different body is an error. The keys' table is kept by
// services/idempotency.ts; here: when a key applies, and what is answered.
// Issue 14, what the store may not become:
// - a shared space: keys are scoped to the authenticated person (an HMAC of the principal's IIN
//   under the server secret), checked before anything is replayed; an anonymous request, or one
//   whose session is not valid, gets no idempotency at all (the route then answers as it would);
// - a safe of secrets: the authentication routes (/auth/…) never use it — their answers carry
//   bearer tokens — so no token is ever stored and a logged-out login cannot be replayed;
// - forever: each key expires after idempotencyHours (expires_at; the retention job purges),
//   and an expired key counts as new.
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { AppError, isAppError } from '../../errors.ts';
import { resolveSession } from '../../services/auth/sessions.ts';
import type { ServiceContext } from '../../services/context.ts';
import { claimKey, idempotencyScope, keySeedOf, releaseKey, rememberAnswer } from '../../services/idempotency.ts';
import { uuidFromBytes } from '../../domain/uuid.ts';
import { type ApiEnv, tokenOf } from './auth.ts';

const KEY = /^[A-Za-z0-9_\-:.]{8,128}$/;

/** Routes whose answers hold secrets (bearer tokens), or that anyone may call: no keys. */
export const isAuthenticationPath = (path: string) => /\/auth\//.test(path);

/** The scope of the caller's keys, or null when the caller is not logged in. */
async function scopeOf(ctx: ServiceContext, c: Context): Promise<string | null> {
  const token = tokenOf(c);
  if (!token) return null;
  try {
    const principal = await resolveSession(ctx, token);
    return idempotencyScope(ctx, principal.iin);
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthenticated') return null;
    throw error;
  }
}

/**
 * Issue 16: 16 bytes fixed by the caller's scope and key, for a route whose work must be found
 * again when it runs twice under one key — a process killed after the work committed and before
 * its answer was stored leaves the key "in progress", and the retry that takes it over runs the
 * route again. The route names what it makes with these bytes (the application's id), so that
 * second run meets the first one's work instead of making another. Undefined without a key.
 */
export function keySeed(c: Context<ApiEnv>): Uint8Array | undefined {
  return c.get('idempotencySeed');
}

/** The seed as a UUID (version 4 layout), for an id chosen by the key. */
export function keyUuid(c: Context<ApiEnv>): string | undefined {
  const seed = keySeed(c);
  return seed && uuidFromBytes(seed);
}

export function idempotency(ctx: ServiceContext): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || key === undefined || isAuthenticationPath(c.req.path)) return next();
    if (!KEY.test(key))
      throw new AppError('invalid-request', { detail: 'Idempotency-Key: 8–128 of A-Z a-z 0-9 _ - : .' });
    const subject = await scopeOf(ctx, c);
    if (subject === null) return next();
    const body = await c.req.raw.clone().text();
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
    const k = { subject, key };
    const claim = await claimKey(ctx, k, requestHash);
    if (claim.kind === 'replay') {
      c.header('idempotent-replay', 'true');
      c.header('cache-control', 'no-store');
      return c.json(claim.body, claim.status as 200);
    }
    c.set('idempotencySeed', keySeedOf(ctx, k));
    try {
      await next();
    } catch (error) {
      await releaseKey(ctx, k);
      throw error;
    }
    const status = c.res.status;
    if (status >= 500 || c.error) {
      // A failed attempt may be retried with the same key.
      await releaseKey(ctx, k);
      return;
    }
    const saved = await c.res
      .clone()
      .json()
      .catch(() => null);
    await rememberAnswer(ctx, k, status, saved);
  };
}
