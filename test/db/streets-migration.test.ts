// Issue 22, finding 2: migration 0013 splits the dwellings already in a database into streets,
// houses and flats (in batches), and from then on a dwelling cannot exist without its street.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import * as streets from '../../src/db/migrations/0013-streets.ts';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { addressParts, streetId } from '../../src/domain/address-parts.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

const ADDRESSES = [
  'Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер',
  'Алматы обл., Қаскелең қ., Абай даңғылы, 7-үй',
  'Қабанбай батыр даңғылы MD',
];

for (const engine of ENGINES) {
  describe(`finding 2: migration 0013-streets [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
      await migrateToLatest(test.database.db);
    });
    after(() => test.dispose());

    it('gives every existing dwelling its street, house and flat, in batches past the first', async () => {
      const db = test.database.db;
      await streets.down(db as never);
      const rows = Array.from({ length: 5003 }, (_, i) => ({
        rka: String(1_000_000_000_000_000n + BigInt(i)).slice(0, 16),
        city: i < 5000 ? 'astana' : i === 5000 ? 'astana' : i === 5001 ? 'kaskelen' : 'astana',
        address: i < 5000 ? `Астана қ., Абай даңғылы, ${i + 1}-үй` : ADDRESSES[i - 5000]!,
        address_key: 'unused',
        area: 50,
        state_rental: false,
      }));
      await sql`insert into dwellings (rka, city, address, address_key, area, state_rental)
        select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(rka text, city text, address text, address_key text, area numeric, state_rental boolean)`.execute(db);
      await streets.up(db as never);

      const street = await db
        .selectFrom('streets')
        .selectAll()
        .orderBy(sql`address_prefix collate "C"`)
        .execute();
      assert.deepEqual(
        street.map((s) => [s.city, s.place, s.name, s.name_ru, s.search_key]),
        [
          ['kaskelen', 'Алматы обл., Қаскелең қ.', 'Абай даңғылы', 'проспект Абай', 'almati kaskelen abai'],
          ['astana', 'Астана қ.', 'Абай даңғылы', 'проспект Абай', 'astana abai'],
          ['astana', 'Астана қ.', 'Қабанбай батыр даңғылы', 'проспект Кабанбай батыр', 'astana kabanbai batir'],
          ['astana', '', 'Қабанбай батыр даңғылы MD', 'Кабанбай батыр дангылы MD', 'kabanbai batir md'],
        ],
      );
      const split = await db.selectFrom('dwellings').select(['rka', 'address', 'street_id', 'house', 'flat']).execute();
      assert.equal(split.length, 5003);
      for (const d of split) {
        const parts = addressParts(d.address);
        const city = rows.find((r) => r.rka === d.rka)!.city;
        assert.deepEqual([d.street_id, d.house, d.flat], [streetId(city, parts), parts.house, parts.flat], d.address);
      }
    });

    it('refuses a dwelling without a street', async () => {
      await assert.rejects(
        sql`insert into dwellings (rka, city, address, address_key, area, state_rental)
          values ('0101999999999999', 'astana', 'Астана қ., Абай даңғылы, 1-үй', 'astana abai 1', 40, false)`.execute(
          test.database.db,
        ),
      );
    });
  });
}
