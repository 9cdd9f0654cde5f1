import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { loadDataset, toCopyBuffers } from '../../src/db/registry-loader.ts';
import type { AppError } from '../../src/errors.ts';
import { PopulationGenerator } from '../../src/population/generator.ts';
import { seedDatabase } from '../../src/population/seed-database.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

const OPTIONS = { seed: 123n, persons: 2500, chunkSize: 500 };
const expected = PopulationGenerator.generateAll(OPTIONS);
const expectedRows = Object.fromEntries(toCopyBuffers(expected).map((b) => [b.table, b.rows]));
const expectedFingerprint = createHash('md5')
  .update(
    [...expected.persons]
      .sort((a, b) => (a.iin < b.iin ? -1 : 1))
      .map((p) => `${p.iin}|${p.name}|${p.birthDate}|${p.deathDate ?? ''}`)
      .join(','),
  )
  .digest('hex');

async function rowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of Object.keys(expectedRows)) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db);
    counts[table] = r.rows[0]!.n;
  }
  return counts;
}

async function fingerprint(database: Database): Promise<string> {
  const r = await sql<{ md5: string }>`
    select md5(string_agg(iin || '|' || full_name || '|' || birth_date::text || '|' || coalesce(death_date::text, ''), ',' order by iin)) as md5
    from persons`.execute(database.db);
  return r.rows[0]!.md5;
}

/** The same database, but a bulk transaction that dies after its first COPY in chunk `failAt`. */
function crashingAt(database: Database, failAt: number): Database {
  let chunk = 0;
  return {
    ...database,
    bulk: (work) =>
      database.bulk(async (tx) => {
        const index = chunk++;
        return work({
          ...tx,
          async copy(table, columns, text) {
            await tx.copy(table, columns, text);
            if (index === failAt) throw new Error('simulated crash in the middle of a chunk');
          },
        });
      }),
  };
}

for (const engine of ENGINES) {
  describe(`tirkeu seed into the registries [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
    });
    after(() => test.dispose());

    it('leaves only whole chunks when it crashes in the middle of one', async () => {
      await assert.rejects(seedDatabase(crashingAt(test.database, 2), OPTIONS), /simulated crash/);
      const run = await test.database.db.selectFrom('seed_runs').selectAll().executeTakeFirstOrThrow();
      assert.equal(run.chunks_done, 2);
      assert.equal((await rowCounts(test.database)).persons, 2 * OPTIONS.chunkSize);
    });

    it('stops after a number of chunks and resumes where it stopped', async () => {
      assert.deepEqual(await seedDatabase(test.database, { ...OPTIONS, maxChunks: 1 }), {
        status: 'stopped',
        chunksDone: 3,
      });
      const result = await seedDatabase(test.database, OPTIONS);
      assert.equal(result.status, 'complete');
      assert.equal(result.status === 'complete' && result.resumedFrom, 3);
    });

    it('ends with exactly the population an uninterrupted run generates', async () => {
      assert.deepEqual(await rowCounts(test.database), expectedRows);
      assert.equal(await fingerprint(test.database), expectedFingerprint);
      const run = await test.database.db.selectFrom('seed_runs').selectAll().executeTakeFirstOrThrow();
      assert.equal(run.chunks_done, run.chunks_total);
      assert.notEqual(run.finished_at, null);
    });

    it('does nothing when the same population is already there', async () => {
      assert.deepEqual(await seedDatabase(test.database, OPTIONS), { status: 'already-complete' });
    });

    it('refuses to write another population over this one', async () => {
      await assert.rejects(
        seedDatabase(test.database, { ...OPTIONS, seed: 124n }),
        (e: AppError) => e.code === 'target-not-empty',
      );
      await assert.rejects(
        seedDatabase(test.database, { ...OPTIONS, persons: 3000 }),
        (e: AppError) => e.code === 'target-not-empty',
      );
      assert.equal(await fingerprint(test.database), expectedFingerprint);
    });

    it('refuses a database holding registry data it did not generate', async () => {
      const other = await openTestDatabase(engine);
      try {
        await migrateToLatest(other.database.db);
        await other.database.bulk((tx) =>
          loadDataset(tx, PopulationGenerator.generateAll({ seed: 1n, persons: 1000 })),
        );
        await assert.rejects(
          seedDatabase(other.database, OPTIONS),
          (e: AppError) => e.code === 'target-not-empty' && e.params['persons'] === 1000,
        );
      } finally {
        await other.dispose();
      }
    });

    it('stops with seed-conflict when another run writes the same chunks, keeping what was committed', async () => {
      const other = await openTestDatabase(engine);
      try {
        let chunk = 0;
        const racing: Database = {
          ...other.database,
          bulk: async (work) => {
            // Before our second chunk, another seeder commits it first.
            if (chunk++ === 1) await sql`update seed_runs set chunks_done = chunks_done + 1`.execute(other.database.db);
            return other.database.bulk(work);
          },
        };
        await assert.rejects(seedDatabase(racing, OPTIONS), (e: AppError) => e.code === 'seed-conflict');
        assert.equal((await rowCounts(other.database)).persons, OPTIONS.chunkSize);
      } finally {
        await other.dispose();
      }
    });

    it('upholds the registry constraints in the database (one open permanent registration each)', async () => {
      const twice = await sql<{ n: number }>`
        select count(*)::int as n from (
          select iin from registrations where kind = 'permanent' and valid_from <= '2025-12-01'
            and (valid_to is null or valid_to >= '2025-12-01') group by iin having count(*) > 1) x`.execute(
        test.database.db,
      );
      assert.equal(twice.rows[0]!.n, 0);
      const open = expected.registrations.find((r) => r.kind === 'permanent' && r.to === null)!;
      await assert.rejects(
        test.database.db
          .insertInto('registrations')
          .values({ iin: open.iin, rka: open.rka, kind: 'permanent', valid_from: '2025-12-02', valid_to: null })
          .execute(),
        /registrations_one_open_permanent|duplicate key/,
      );
    });
  });
}
