// One seeding run in its own process, so that its peak RSS is its own. Prints one JSON line.
// Usage: node bench/seed-case.ts pglite|postgres PERSONS
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { seedDatabase } from '../src/population/seed-database.ts';
import { createServerDatabase } from '../test/support/engines.ts';

const [engine, personsArg] = process.argv.slice(2);
const persons = Number(personsArg);
let url: string | undefined;
let cleanup: () => Promise<void>;
if (engine === 'postgres') {
  const server = await createServerDatabase();
  url = server.url;
  cleanup = server.drop;
} else {
  const dir = mkdtempSync(join(tmpdir(), 'tirkeu-bench-'));
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
  url = undefined;
  process.env['BENCH_DIR'] = dir;
}
const database = await openDatabase({
  url,
  dataDir: process.env['BENCH_DIR'] ? join(process.env['BENCH_DIR'], 'data') : undefined,
});
const started = performance.now();
const result = await seedDatabase(database, { seed: 2025n, persons });
const seconds = (performance.now() - started) / 1000;
await database.close();
await cleanup();
const rows = result.status === 'complete' ? result.rows : 0;
// maxRSS is in kilobytes.
console.log(JSON.stringify({ engine, persons, seconds, rows, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
