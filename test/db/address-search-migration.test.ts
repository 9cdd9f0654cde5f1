// Issue 22, finding 2: migration 0010 re-keys the dwellings already in a database with the
// folded search key and trigram-indexes it; down restores the lower-cased key and its indexes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import * as addressSearch from '../../src/db/migrations/0010-address-search.ts';
import * as streets from '../../src/db/migrations/0013-streets.ts';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

const ADDRESS = 'Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер';

for (const engine of ENGINES) {
  describe(`finding 2: migration 0010-address-search [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
      await migrateToLatest(test.database.db);
    });
    after(() => test.dispose());

    const keyOf = async (rka: string) =>
      (
        await test.database.db
          .selectFrom('dwellings')
          .select('address_key')
          .where('rka', '=', rka)
          .executeTakeFirstOrThrow()
      ).address_key;
    const indexes = async () =>
      (
        await sql<{ indexname: string }>`select indexname from pg_indexes where tablename = 'dwellings'`.execute(
          test.database.db,
        )
      ).rows.map((r) => r.indexname);

    it('re-keys existing rows down and up again, in batches past the first', async () => {
      const db = test.database.db;
      const rows = Array.from({ length: 5003 }, (_, i) => ({
        rka: String(1_000_000_000_000_000n + BigInt(i)).slice(0, 16),
        city: 'astana',
        address: i === 5002 ? ADDRESS : `Астана қ., Абай даңғылы, ${i + 1}-үй`,
        address_key: 'stale',
        area: 50,
        state_rental: false,
      }));
      // As the database stood for 0010: dwellings without their streets (migration 0013).
      await streets.down(db as never);
      await sql`insert into dwellings (rka, city, address, address_key, area, state_rental)
        select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(rka text, city text, address text, address_key text, area numeric, state_rental boolean)`.execute(db);
      const last = rows.at(-1)!.rka;
      await addressSearch.down(db as never);
      assert.equal(await keyOf(last), ADDRESS.toLowerCase());
      assert.ok((await indexes()).includes('dwellings_address_key'));
      assert.ok(!(await indexes()).includes('dwellings_address_trgm'));
      await addressSearch.up(db as never);
      assert.equal(await keyOf(last), 'astana kabanbai batir 12 4');
      assert.equal(await keyOf(rows[0]!.rka), 'astana abai 1');
      assert.ok((await indexes()).includes('dwellings_address_trgm'));
      assert.ok(!(await indexes()).includes('dwellings_address_key'));
      await streets.up(db as never);
    });
  });
}
