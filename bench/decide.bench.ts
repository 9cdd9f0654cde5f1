// npm run bench:decide — decisions per second and p50/p99 latency of the whole decision path
// (load facts through the registry ports, then the pure rules), on the in-memory registries and
// on PostgreSQL with a 1M-person generated population. The PostgreSQL population is seeded once
// into the database tirkeu_bench_1m (or BENCH_DATABASE_URL) and reused by later runs. A database at
// BENCH_DATABASE_URL that already holds a complete population of any size (such as the 20.5M of
// `tirkeu seed --persons 20500000 --seed 2025 --bulk`, issue 20) is used as it is.
// BENCH_DECISIONS (default 2000) sets how many applications each case decides.
import { ensureBenchDatabase } from './bench-database.ts';
import { cpus } from 'node:os';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../src/db/database.ts';
import type { IsoDate } from '../src/domain/dates.ts';
import type { Application, Claim } from '../src/domain/decision/types.ts';
import { ALL_RELATIONS } from '../src/domain/kinship.ts';
import { AS_OF, PopulationGenerator } from '../src/population/generator.ts';
import { Random } from '../src/population/random.ts';
import { seedDatabase } from '../src/population/seed-database.ts';
import { createMemoryRegistries } from '../src/registries/memory/index.ts';
import type { Registries } from '../src/registries/ports.ts';
import { createSqlRegistries } from '../src/registries/sql/index.ts';
import { decideApplication } from '../src/services/decide-application.ts';

const COUNT = Number(process.env['BENCH_DECISIONS'] ?? 2000);
const CLAIMS: Claim[] = [...ALL_RELATIONS, { kind: 'student' }, { kind: 'none' }];

interface Candidate {
  rka: string;
  owner: string;
  relatives: string[];
}

function applications(candidates: Candidate[], strangers: string[], count: number): Application[] {
  const random = new Random(20251201);
  return Array.from({ length: count }, () => {
    const c = random.pick(candidates);
    // Mostly relatives of the owner (kinship is really checked), some strangers.
    const applicant = c.relatives.length > 0 && random.chance(0.7) ? random.pick(c.relatives) : random.pick(strangers);
    return {
      service: 'permanent',
      channel: 'online',
      applicant,
      rka: c.rka,
      owner: c.owner,
      relation: random.pick(CLAIMS),
    };
  });
}

async function measure(registries: Registries, apps: Application[], concurrency: number) {
  const latencies: number[] = [];
  const outcomes = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < apps.length) {
        const application = apps[next++]!;
        const t0 = performance.now();
        const d = await decideApplication(registries, { date: AS_OF, application });
        latencies.push(performance.now() - t0);
        const key = `${d.outcome} ${d.basis ?? d.reasons[0]}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return { rate: apps.length / seconds, p50: pct(50), p99: pct(99), outcomes };
}

async function memoryCase(persons: number) {
  const data = PopulationGenerator.generateAll({ seed: 2025n, persons });
  const relativesOf = new Map<string, string[]>();
  for (const a of data.civilActs) {
    if (a.type !== 'birth') continue;
    for (const parent of [a.mother, a.father]) {
      if (!parent) continue;
      relativesOf.set(parent, [...(relativesOf.get(parent) ?? []), a.child]);
      relativesOf.set(a.child, [...(relativesOf.get(a.child) ?? []), parent]);
    }
  }
  const candidates = data.dwellings
    .filter((d) => d.city === 'astana' && d.owners.length > 0)
    .map((d) => ({ rka: d.rka, owner: d.owners[0]!.iin, relatives: relativesOf.get(d.owners[0]!.iin) ?? [] }));
  return {
    registries: createMemoryRegistries(data),
    apps: applications(
      candidates,
      data.persons.map((p) => p.iin),
      COUNT,
    ),
  };
}

async function postgresDatabase(persons: number): Promise<{ database: Database; persons: number }> {
  const url = process.env['BENCH_DATABASE_URL'] ?? (await ensureBenchDatabase('tirkeu_bench_1m'));
  const database = await openDatabase({ url, maxConnections: 16 });
  const complete = await sql<{ persons: number }>`
    select persons from seed_runs where id = 1 and chunks_done >= chunks_total`
    .execute(database.db)
    .catch(() => ({ rows: [] }));
  const seededBefore = complete.rows[0]?.persons;
  if (seededBefore === undefined) {
    const t0 = performance.now();
    await seedDatabase(database, { seed: 2025n, persons });
    console.error(`seeded ${persons} persons in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  await sql`analyze`.execute(database.db);
  return { database, persons: seededBefore ?? persons };
}

async function postgresCase(database: Database) {
  const rows = await sql<{ rka: string; owner: string; relatives: string[] | null }>`
    select d.rka, o.iin as owner,
      (select array_agg(x) from (
         select child as x from birth_acts where mother = o.iin or father = o.iin
         union all select mother from birth_acts where child = o.iin and mother is not null
         union all select father from birth_acts where child = o.iin and father is not null) r) as relatives
    from dwellings d tablesample system (5) join dwelling_owners o on o.rka = d.rka
    where d.city = 'astana' limit 3000`.execute(database.db);
  const strangers = await sql<{ iin: string }>`select iin from persons tablesample system (1) limit 5000`.execute(
    database.db,
  );
  const candidates = rows.rows.map((r) => ({ rka: r.rka, owner: r.owner, relatives: r.relatives ?? [] }));
  return {
    registries: createSqlRegistries(database.db),
    apps: applications(
      candidates,
      strangers.rows.map((s) => s.iin),
      COUNT,
    ),
  };
}

const table: string[][] = [];
const row = (registry: string, population: string, concurrency: number, r: Awaited<ReturnType<typeof measure>>) =>
  table.push([
    registry,
    population,
    String(concurrency),
    String(COUNT),
    Math.round(r.rate).toLocaleString('en-US'),
    r.p50.toFixed(2),
    r.p99.toFixed(2),
  ]);

const memory = await memoryCase(100_000);
await measure(memory.registries, memory.apps.slice(0, 200), 1); // warm-up
const memoryResult = await measure(memory.registries, memory.apps, 1);
row('memory', '100,000', 1, memoryResult);

const { database, persons } = await postgresDatabase(1_000_000);
const pg = await postgresCase(database);
await measure(pg.registries, pg.apps.slice(0, 200), 1);
const population = persons.toLocaleString('en-US');
row('postgres', population, 1, await measure(pg.registries, pg.apps, 1));
row('postgres', population, 8, await measure(pg.registries, pg.apps, 8));
await database.close();

const header = ['registries', 'persons', 'concurrency', 'decisions', 'decisions/s', 'p50 ms', 'p99 ms'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const print = (cells: string[]) => console.log(cells.map((c, i) => c.padStart(widths[i]!)).join('  '));
print(header);
print(widths.map((w) => '-'.repeat(w)));
for (const r of table) print(r);
console.log(`outcomes (memory): ${[...memoryResult.outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`machine: ${cpus().length} cores, Node ${process.version}; date ${AS_OF satisfies IsoDate}`);
