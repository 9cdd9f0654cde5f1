// What /readyz reports (the operator's probe): the database answers, which engine it is, and how
// far the seeding of the synthetic population got (seed_runs, src/population). A database that
// does not answer throws, and the HTTP boundary maps it to 503.
import type { Database } from '../db/database.ts';

export interface Readiness {
  database: Database['kind'];
  population: { persons: number; complete: boolean } | null;
}

export async function readiness(database: Database): Promise<Readiness> {
  const run = await database.db
    .selectFrom('seed_runs')
    .select(['persons', 'chunks_done', 'chunks_total'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return {
    database: database.kind,
    population: run ? { persons: run.persons, complete: run.chunks_done >= run.chunks_total } : null,
  };
}
