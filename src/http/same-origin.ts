// Whether a request comes from our own pages (CSRF, issue 14 finding 2). A browser attaches the
// session cookie to requests other sites make; it also says where a request comes from
// (Sec-Fetch-Site, Origin), which a page on another site cannot change. The service's own origins
// are the one the client addressed (behind a trusted proxy, with its forwarded protocol) and the
// public address (TIRKEU_PUBLIC_URL).
import type { Context, MiddlewareHandler } from 'hono';
import { requestOrigin } from './client-address.ts';

declare module 'hono' {
  interface ContextVariableMap {
    publicOrigin: string;
  }
}

/** Set once for the whole application (createApp): the public address's origin. */
export function publicOriginPolicy(publicUrl: string | undefined): MiddlewareHandler {
  const origin = publicUrl ? new URL(publicUrl).origin : undefined;
  return async (c, next) => {
    if (origin) c.set('publicOrigin', origin);
    await next();
  };
}

/**
 * Sec-Fetch-Site: same-origin (our page) or none (typed, bookmarked), or an Origin header equal
 * to one of ours. A request that shows neither is not taken as same-origin.
 */
export function isSameOrigin(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site === 'same-origin' || site === 'none') return true;
  return isOwnOrigin(c.req.header('origin'), c);
}

/** Whether an Origin header names this service (also the pages' CSRF check uses it). */
export function isOwnOrigin(origin: string | undefined, c: Context): boolean {
  if (origin === undefined) return false;
  return origin === requestOrigin(c) || origin === (c.get('publicOrigin') as string | undefined);
}
