// npm run bench:address [-- --persons N] — p50/p99 of address searches (issue 22, finding 2) on
// PostgreSQL with a generated population (default 1M persons), as people type them: Russian
// spelling with house and flat, Latin letters, a typo, the street alone. The population is
// seeded once into tirkeu_bench_address_<N> (its own database: the shared tirkeu_bench_1m stays
// on the main branch's migrations) or BENCH_DATABASE_URL, and reused by later runs.
// BENCH_SEARCHES (default 2000) sets how many searches each kind makes.
import { ensureBenchDatabase } from './bench-database.ts';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../src/db/database.ts';
import { addressInEnglish, addressInRussian } from '../src/domain/address-rendering.ts';
import { seedDatabase } from '../src/population/seed-database.ts';
import { Random } from '../src/population/random.ts';
import { createSqlRegistries } from '../src/registries/sql/index.ts';

const { values } = parseArgs({ options: { persons: { type: 'string', default: '1000000' } } });
const PERSONS = Number(values.persons);
const COUNT = Number(process.env['BENCH_SEARCHES'] ?? 2000);

async function database(): Promise<Database> {
  const url = process.env['BENCH_DATABASE_URL'] ?? (await ensureBenchDatabase(`tirkeu_bench_address_${PERSONS}`));
  const db = await openDatabase({ url, maxConnections: 4 });
  const t0 = performance.now();
  const seeded = await seedDatabase(db, { seed: 2025n, persons: PERSONS });
  if (seeded.status !== 'already-complete')
    console.error(`seeded ${PERSONS} persons in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  await sql`analyze dwellings`.execute(db.db);
  await sql`analyze streets`.execute(db.db);
  return db;
}

/** What a person would type for the address: the street and numbers, in one of several ways. */
const KINDS: Record<string, (address: string, random: Random) => string> = {
  'Russian, house and flat': (a) => streetAndNumbers(addressInRussian(a)),
  'Latin, house and flat': (a) => streetAndNumbers(addressInEnglish(a)),
  'Kazakh as registered': (a) => a,
  'a typo, house': (a, random) => typo(streetAndNumbers(addressInRussian(a)).replace(/, кв\. [0-9]+$/, ''), random),
  'street only': (a) =>
    addressInRussian(a)
      .split(', ')
      .find((p) => /проспект|улица/.test(p)) ?? a,
};

function streetAndNumbers(rendered: string): string {
  return rendered
    .split(', ')
    .filter((p) => !/^г\. |обл\.| р-н|Region|District/.test(p))
    .join(', ');
}

/** Drops one letter from the longest word. */
function typo(text: string, random: Random): string {
  const words = text.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = 1 + random.int(0, longest.length - 3);
  return text.replace(longest, longest.slice(0, at) + longest.slice(at + 1));
}

const db = await database();
const registries = createSqlRegistries(db.db);
const sample = await sql<{ rka: string; address: string }>`
  select rka, address from dwellings tablesample system (2) where address ~ '-үй' limit ${COUNT}`.execute(db.db);
const dwellings = sample.rows;
const dwellingsCount = await sql<{ n: number }>`select count(*)::int as n from dwellings`.execute(db.db);

const rows: string[][] = [];
const all: number[] = [];
for (const [kind, make] of Object.entries(KINDS)) {
  const random = new Random(20251201);
  const latencies: number[] = [];
  let found = 0;
  for (const d of dwellings.slice(0, 100))
    await registries.addresses.search({ text: make(d.address, random), limit: 20 }); // warm-up
  for (const d of dwellings) {
    const text = make(d.address, random);
    const t0 = performance.now();
    const result = await registries.addresses.search({ text, limit: 20 });
    latencies.push(performance.now() - t0);
    if (result.some((r) => r.rka === d.rka)) found++;
  }
  latencies.sort((a, b) => a - b);
  all.push(...latencies);
  // A small population may have no address of a kind (no flats in a village): a dash then.
  const pct = (p: number) =>
    latencies.length === 0
      ? '—'
      : latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(2);
  rows.push([
    kind,
    String(latencies.length),
    dwellings.length === 0 ? '—' : `${Math.round((100 * found) / dwellings.length)} %`,
    pct(50),
    pct(99),
  ]);
}
all.sort((a, b) => a - b);
const pctAll = (p: number) => all[Math.min(all.length - 1, Math.floor((p / 100) * all.length))]!;
rows.push(['all', String(all.length), '', pctAll(50).toFixed(2), pctAll(99).toFixed(2)]);
await db.close();

const header = ['query', 'searches', 'target in first 20', 'p50 ms', 'p99 ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const print = (cells: string[]) =>
  console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
print(header);
print(widths.map((w) => '-'.repeat(w)));
for (const r of rows) print(r);
console.log(
  `population: ${PERSONS.toLocaleString('en-US')} persons, ${dwellingsCount.rows[0]!.n.toLocaleString('en-US')} dwellings; one search at a time, limit 20`,
);
console.log(`machine: ${cpus().length} cores, Node ${process.version}`);
