// GET /readyz (issue 16): whether a load balancer should send this instance traffic. It answers
// 503 once the instance is shutting down (SIGTERM: the balancer stops routing while in-flight
// requests finish), and shows the state of each registry's circuit breaker. An open breaker does
// not make the instance unready: applications are still accepted and wait in `checks` until the
// registry answers again, and every instance sees the same outage.
import type { Context } from 'hono';
import type { Database } from '../db/database.ts';

/** Set by `tirkeu start` when a shutdown begins. */
export interface Lifecycle {
  draining: boolean;
}

export type BreakerStates = () => Record<string, string>;

export function readinessHandler(
  database: Database,
  lifecycle: Lifecycle | undefined,
  breakers: BreakerStates | undefined,
) {
  return async (c: Context) => {
    if (lifecycle?.draining) return c.json({ status: 'draining' }, 503);
    const run = await database.db
      .selectFrom('seed_runs')
      .select(['persons', 'chunks_done', 'chunks_total'])
      .where('id', '=', 1)
      .executeTakeFirst();
    const registries = breakers?.();
    return c.json({
      status: 'ready',
      database: database.kind,
      population: run ? { persons: run.persons, complete: run.chunks_done >= run.chunks_total } : null,
      // Without the e-service (migrate-only tools) there are no registries to show.
      ...(registries && { registries, degraded: Object.values(registries).some((state) => state !== 'closed') }),
    });
  };
}
