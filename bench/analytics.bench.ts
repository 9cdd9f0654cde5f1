// npm run bench:analytics [-- --persons N] — how long the norm simulator's aggregation (issue 21,
// services/analytics/norm-aggregates.ts) takes over a generated population: one full pass per
// report, no cache. PostgreSQL: seeded once into tirkeu_bench_analytics_<N> (its own database) or
// BENCH_DATABASE_URL, reused afterwards; PGlite: seeded into a temporary directory each run
// (BENCH_ENGINES=postgres,pglite chooses). Prints each run's seconds and the machine's load
// average at the time, which matters on a shared machine.
import { ensureBenchDatabase } from './bench-database.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../src/db/database.ts';
import type { IsoDate } from '../src/domain/dates.ts';
import { seedDatabase } from '../src/population/seed-database.ts';
import { normReport } from '../src/services/analytics/norm-report.ts';
import { serviceDashboard } from '../src/services/analytics/service-dashboard.ts';

const { values } = parseArgs({ options: { persons: { type: 'string', default: '1000000' } } });
const PERSONS = Number(values.persons);
const ENGINES = (process.env['BENCH_ENGINES'] ?? 'postgres').split(',');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const DATE = '2025-12-01' as IsoDate;

async function serverDatabase(): Promise<Database> {
  const url = process.env['BENCH_DATABASE_URL'] ?? (await ensureBenchDatabase(`tirkeu_bench_analytics_${PERSONS}`));
  return openDatabase({ url, maxConnections: 2 });
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

for (const engine of ENGINES) {
  const dir = engine === 'pglite' ? mkdtempSync(join(tmpdir(), 'tirkeu-bench-analytics-')) : null;
  const db = dir ? await openDatabase({ dataDir: join(dir, 'data') }) : await serverDatabase();
  try {
    const t0 = performance.now();
    const seeded = await seedDatabase(db, { seed: 2025n, persons: PERSONS });
    if (seeded.status !== 'already-complete')
      console.error(`${engine}: seeded ${PERSONS} persons in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    await sql`analyze`.execute(db.db);
    const dwellings = await sql<{ n: number }>`select count(*)::int as n from dwellings where city = 'astana'`.execute(
      db.db,
    );
    for (let run = 1; run <= RUNS; run++) {
      const before = load();
      const start = performance.now();
      const report = await normReport(db, { city: 'astana', date: DATE, m2PerPerson: 15 }, { fresh: true });
      const seconds = (performance.now() - start) / 1000;
      console.log(
        [
          engine,
          PERSONS,
          `astana dwellings ${dwellings.rows[0]!.n}`,
          `run ${run}`,
          `${seconds.toFixed(2)} s`,
          `atOrAboveNorm ${report.dwellings.atOrAboveNorm}`,
          `load ${before}`,
        ].join(' | '),
      );
    }
    const start = performance.now();
    await serviceDashboard(db, '2025-11-01' as IsoDate, DATE, new Date());
    console.log(
      `${engine} | ${PERSONS} | service dashboard ${((performance.now() - start) / 1000).toFixed(2)} s | load ${load()}`,
    );
  } finally {
    await db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
