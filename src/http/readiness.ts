// GET /readyz (issue 16): whether a load balancer should send this instance traffic. It answers
// 503 once the instance is shutting down (SIGTERM: the balancer stops routing while in-flight
// requests finish); otherwise what services/readiness.ts reports.
import type { Context } from 'hono';
import type { Database } from '../db/database.ts';
import type { ServiceContext } from '../services/context.ts';
import { readiness } from '../services/readiness.ts';

/** Set by `tirkeu start` when a shutdown begins. */
export interface Lifecycle {
  draining: boolean;
}

export function readinessHandler(database: Database, lifecycle: Lifecycle | undefined, service?: ServiceContext) {
  return async (c: Context) => {
    if (lifecycle?.draining) return c.json({ status: 'draining' }, 503);
    return c.json({ status: 'ready', ...(await readiness(database, service)) });
  };
}
