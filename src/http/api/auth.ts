// Authentication at the HTTP boundary: a bearer token (or the `tirkeu_session` cookie the pages
// use) resolves to a principal; routes then ask for a citizen or an operator of a role. The
// cookie counts only on same-origin requests (CSRF, issue 14): a browser sends it whichever site
// made the request, a bearer token only our own client can send.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../../errors.ts';
import type { Actor, OperatorRole } from '../../services/actor.ts';
import type { Principal } from '../../services/auth/sessions.ts';
import { resolveSession } from '../../services/auth/sessions.ts';
import type { ServiceContext } from '../../services/context.ts';
import { isSameOrigin } from '../same-origin.ts';

export type ApiEnv = {
  Variables: {
    principal: Principal;
    token: string;
    /** Issue 16: set by the idempotency middleware under an Idempotency-Key (idempotency.ts keySeed). */
    idempotencySeed?: Uint8Array;
  };
};

export const SESSION_COOKIE = 'tirkeu_session';

export function tokenOf(c: Context): string | null {
  const header = c.req.header('authorization');
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie === undefined) return null;
  // Any content type, with a body or without: only the request's origin decides.
  if (!isSameOrigin(c)) throw new AppError('cross-origin-request');
  return cookie;
}

export function requireSession(ctx: ServiceContext): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    // '/applications' and '/applications/*' both match POST /applications: resolve once per request.
    if ((c.get('principal') as Principal | undefined) !== undefined) return next();
    const token = tokenOf(c);
    if (!token) throw new AppError('unauthenticated');
    c.set('principal', await resolveSession(ctx, token));
    c.set('token', token);
    await next();
  };
}

export function citizen(c: Context<ApiEnv>): Actor {
  return { kind: 'citizen', iin: c.get('principal').iin };
}

export function operator(c: Context<ApiEnv>, roles: readonly OperatorRole[]): Actor & { kind: 'operator' } {
  const p = c.get('principal');
  if (!p.operator || !roles.includes(p.operator.role)) throw new AppError('operator-only');
  return { kind: 'operator', iin: p.iin, role: p.operator.role, office: p.operator.office };
}
