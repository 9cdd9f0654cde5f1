// Authentication at the HTTP boundary: a bearer token (or the `tirkeu_session` cookie the pages
// use) resolves to a principal; routes then ask for a citizen or an operator of a role.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../../errors.ts';
import type { Actor, OperatorRole } from '../../services/actor.ts';
import type { Principal } from '../../services/auth/sessions.ts';
import { resolveSession } from '../../services/auth/sessions.ts';
import type { ServiceContext } from '../../services/context.ts';

export type ApiEnv = { Variables: { principal: Principal; token: string } };

export const SESSION_COOKIE = 'tirkeu_session';

export function tokenOf(c: Context): string | null {
  const header = c.req.header('authorization');
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return getCookie(c, SESSION_COOKIE) ?? null;
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
