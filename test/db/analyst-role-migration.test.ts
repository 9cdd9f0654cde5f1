// Issue 21, migration 0017: the operators table takes the analyst role, and still no other.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrateTo, migrateToLatest } from '../../src/db/migrations/index.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

for (const engine of ENGINES) {
  describe(`migration 0017-analyst-role [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
      await migrateTo(test.database.db, '0014-ruleset-successions');
    });
    after(() => test.dispose());

    const insert = (iin: string, role: string) =>
      sql`insert into operators (iin, role, office) values (${iin}, ${role}, 'astana-maslikhat')`.execute(
        test.database.db,
      );

    it('refuses an analyst before it, takes one after it, and no unknown role', async () => {
      await assert.rejects(insert('900701300108', 'analyst'));
      await migrateToLatest(test.database.db);
      await insert('900701300108', 'analyst');
      await assert.rejects(insert('850101010003', 'mayor'));
      const rows = await test.database.db.selectFrom('operators').select(['iin', 'role']).execute();
      assert.deepEqual(rows, [{ iin: '900701300108', role: 'analyst' }]);
    });
  });
}
