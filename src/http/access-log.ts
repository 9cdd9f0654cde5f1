// The access log (issue 14): one pino line per request with the request id (echoed in
// X-Request-Id), method, route pattern, status, latency and client address. Never the raw path,
// a query string, a header value or a body: those can carry IINs, codes and tokens.
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../log.ts';
import { clientAddress } from './client-address.ts';
import { isUuid } from '../domain/uuid.ts';

declare module 'hono' {
  interface ContextVariableMap {
    requestId: string;
  }
}

/**
 * The request id, echoed in X-Request-Id. A caller's X-Request-Id is kept only when it is a UUID
 * (hono/request-id keeps any word of up to 255 characters, which could be an IIN); otherwise a
 * new one.
 */
export function requestIds(): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given !== undefined && isUuid(given) ? given.toLowerCase() : crypto.randomUUID();
    c.set('requestId', id);
    c.header('x-request-id', id);
    await next();
  };
}

/** The route pattern that answered (`/api/v1/applications/:id`), never the path itself. */
export function routeOf(c: { req: { routePath: string } }): string {
  return c.req.routePath;
}

export function accessLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      logger.info(
        {
          reqId: c.get('requestId'),
          method: c.req.method,
          route: routeOf(c),
          status: c.res.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          client: clientAddress(c),
        },
        'request',
      );
    }
  };
}
