// Issue 20, item 2: `tirkeu seed --bulk` drops the registry tables' keys, foreign keys and indexes,
// loads in larger transactions and builds them afterwards. It must end with exactly what a normal
// seed ends with — the same rows, the same tables, columns, indexes and constraints — also when it
// was interrupted during the load or during the rebuild and then resumed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.ts';
import { PENDING_TABLE } from '../../src/db/deferred-indexes.ts';
import { toCopyBuffers } from '../../src/db/registry-loader.ts';
import { PopulationGenerator } from '../../src/population/generator.ts';
import { seedDatabase } from '../../src/population/seed-database.ts';
import { catalogSnapshot } from '../support/catalog.ts';
import { runCli } from '../support/cli.ts';
import { cliDatabase, ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

// 14 chunks: more than one bulk transaction of 10 chunks.
const OPTIONS = { seed: 321n, persons: 2800, chunkSize: 200 };
/** Every table the loader writes. */
const TABLES = toCopyBuffers(PopulationGenerator.generateAll({ seed: 1n, persons: 1000 })).map((b) => b.table);

/** One md5 per table over all its rows in a fixed order. */
async function tableFingerprints(database: Database): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const r = await sql<{ md5: string; n: number }>`
      select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5, count(*)::int as n
      from ${sql.table(table)} t`.execute(database.db);
    result[table] = `${r.rows[0]!.n} ${r.rows[0]!.md5}`;
  }
  const run = await sql<{ line: string }>`
    select concat_ws(' ', seed, persons, chunk_size, chunks_total, chunks_done, generator_version,
      finished_at is not null) as line from seed_runs`.execute(database.db);
  result['seed_runs'] = run.rows.map((r) => r.line).join();
  return result;
}

async function pendingCount(database: Database): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(PENDING_TABLE)}`.execute(database.db);
  return r.rows[0]!.n;
}

for (const engine of ENGINES) {
  describe(`tirkeu seed --bulk: the same population as a normal seed [${engine}]`, () => {
    let normal: TestDatabase;
    let bulk: TestDatabase;
    let deferred = 0;
    before(async () => {
      normal = await openTestDatabase(engine);
      bulk = await openTestDatabase(engine);
      assert.equal((await seedDatabase(normal.database, OPTIONS)).status, 'complete');
    });
    after(async () => {
      await normal.dispose();
      await bulk.dispose();
    });

    it('stops after some chunks with the keys and indexes dropped and listed for rebuilding', async () => {
      const result = await seedDatabase(bulk.database, {
        ...OPTIONS,
        bulk: true,
        maxChunks: 3,
        onDeferred: (count) => (deferred = count),
      });
      assert.deepEqual(result, { status: 'stopped', chunksDone: 3 });
      assert.ok(deferred >= 20, `keys, foreign keys and indexes listed: ${deferred}`);
      assert.equal(await pendingCount(bulk.database), deferred);
      const catalog = await catalogSnapshot(bulk.database);
      assert.ok(!catalog.indexes.some((i) => i.startsWith('persons | persons_pkey')), 'the persons key is dropped');
      const registryForeignKeys = catalog.constraints.filter(
        (c) => /^(dwellings|dwelling_owners) \|/.test(c) && c.includes('FOREIGN KEY'),
      );
      assert.deepEqual(registryForeignKeys, [], 'no foreign keys on the registry tables during the load');
      assert.ok(
        catalog.indexes.some((i) => i.startsWith('streets | streets_pkey')),
        'streets keep their key',
      );
    });

    it('resumes the load and stops in the middle of the rebuild', async () => {
      const result = await seedDatabase(bulk.database, { ...OPTIONS, bulk: true, maxRebuildSteps: 5 });
      assert.deepEqual(result, { status: 'stopped', chunksDone: 14 });
      assert.equal(await pendingCount(bulk.database), deferred - 5);
    });

    it('finishes the rebuild when run again, even without --bulk', async () => {
      const steps: number[] = [];
      const result = await seedDatabase(bulk.database, { ...OPTIONS, onRebuild: (p) => steps.push(p.done) });
      assert.deepEqual(result, { status: 'complete', resumedFrom: 14, chunksWritten: 0, rows: 0 });
      assert.equal(steps.length, deferred - 5);
      assert.deepEqual(await seedDatabase(bulk.database, OPTIONS), { status: 'already-complete' });
    });

    it('holds exactly the rows of the normal seed', async () => {
      assert.deepEqual(await tableFingerprints(bulk.database), await tableFingerprints(normal.database));
    });

    it('has the same tables, columns, indexes and constraints, and no list left behind', async () => {
      const [expected, actual] = [await catalogSnapshot(normal.database), await catalogSnapshot(bulk.database)];
      assert.ok(!actual.tables.includes(PENDING_TABLE));
      assert.deepEqual(actual, expected);
    });

    it('upholds the rebuilt keys and constraints', async () => {
      const person = await sql<{ iin: string }>`select iin from persons limit 1`.execute(bulk.database.db);
      await assert.rejects(
        sql`insert into persons (iin, full_name, birth_date, sex) values (${person.rows[0]!.iin}, 'X', '2000-01-01', 'M')`.execute(
          bulk.database.db,
        ),
        /duplicate key|persons_pkey/,
      );
      await assert.rejects(
        sql`insert into dwelling_owners (rka, iin, share_num, share_den) values ('9999999999999999', '000000000000', 1, 1)`.execute(
          bulk.database.db,
        ),
        /foreign key/,
      );
    });
  });
}

for (const engine of ENGINES) {
  describe(`the command: tirkeu seed --bulk [${engine}]`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ env, cleanup } = await cliDatabase(engine, mkdtempSync(join(tmpdir(), 'tirkeu-bulk-'))));
    });
    after(() => cleanup());

    it('says what it drops and builds again, and seeds', async () => {
      const r = await runCli(['seed', '--persons', '1000', '--seed', '9', '--bulk', '--index-jobs', '2'], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /keys and indexes of the registry tables are dropped; \d+ statements will build them/);
      assert.match(r.stderr, /Built 1 of \d+: /);
      assert.match(r.stderr, /Keys and indexes built again \(\d+ statements\)/);
      assert.match(r.stderr, /Seeded 1,000 persons/);
    });

    it('refuses an --index-jobs outside 1–8', async () => {
      const r = await runCli(['seed', '--persons', '1000', '--seed', '9', '--bulk', '--index-jobs', '9'], env);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /invalid-arguments.*--index-jobs must be a whole number from 1 to 8/);
    });
  });
}
