// Whether the cookies the pages set are marked Secure (sent over https only). Production marks
// them always: behind a proxy that ends TLS the request reaches us as http, and a session cookie
// that could travel in clear text would give the session away. Elsewhere they are Secure when
// the client used https: the request itself, or X-Forwarded-Proto from a trusted proxy
// (TIRKEU_TRUST_PROXY, client-address.ts).
import type { Context, MiddlewareHandler } from 'hono';
import { requestProtocol } from './client-address.ts';

declare module 'hono' {
  interface ContextVariableMap {
    secureCookies: boolean;
  }
}

/** Set once for the whole application (createApp). */
export function cookiePolicy(alwaysSecure: boolean): MiddlewareHandler {
  return async (c, next) => {
    c.set('secureCookies', alwaysSecure);
    await next();
  };
}

export function cookieSecure(c: Context): boolean {
  return c.get('secureCookies') === true || requestProtocol(c) === 'https';
}
