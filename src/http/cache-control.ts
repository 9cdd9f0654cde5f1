// Personal data must not stay in a browser's or a proxy's cache (issue 14, finding 3): every
// answer that does not choose its own caching (static assets and the front page do) is no-store.
import type { MiddlewareHandler } from 'hono';

export function noStoreByDefault(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
  };
}
