// What /readyz reports (the operator's probe): the database answers, which engine it is, how far
// the seeding of the synthetic population got (seed_runs, src/population), and the state of each
// registry's circuit breaker (issue 16). A database that does not answer throws, and the HTTP
// boundary maps it to 503. An open breaker does not make the instance unready: applications are
// still accepted and wait in `checks` until the registry answers again, and every instance sees
// the same outage.
import type { Database } from '../db/database.ts';
import { type BreakerState, breakerStates } from '../registries/resilient.ts';
import type { ServiceContext } from './context.ts';

export interface Readiness {
  database: Database['kind'];
  population: { persons: number; complete: boolean } | null;
  registries?: Record<string, BreakerState>;
  degraded?: boolean;
}

/** `service` is absent for tools without the e-service (migrate-only): no registries to show. */
export async function readiness(database: Database, service?: ServiceContext): Promise<Readiness> {
  const run = await database.db
    .selectFrom('seed_runs')
    .select(['persons', 'chunks_done', 'chunks_total'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const breakers = service && breakerStates(service.registries);
  return {
    database: database.kind,
    population: run ? { persons: run.persons, complete: run.chunks_done >= run.chunks_total } : null,
    ...(breakers && { registries: breakers, degraded: Object.values(breakers).some((state) => state !== 'closed') }),
  };
}
