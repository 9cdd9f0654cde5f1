// Issue 18 item 4, migration 0024: the operators table takes the ЗАГС employee's role of S7
// (003 ¶B2), `civil-registrar`, besides the others, and still no unknown one; going down removes
// those logins and refuses the role again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrateTo, migrateToLatest } from '../../src/db/migrations/index.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

for (const engine of ENGINES) {
  describe(`migration 0024-civil-registrar-role [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
      await migrateTo(test.database.db, '0021-case-documents');
    });
    after(() => test.dispose());

    const insert = (iin: string, role: string) =>
      sql`insert into operators (iin, role, office) values (${iin}, ${role}, 'astana-con-1')`.execute(test.database.db);

    it('refuses the role before it, takes it after it with the back-office roles, and no unknown role', async () => {
      await assert.rejects(insert('900701300108', 'civil-registrar'));
      await migrateToLatest(test.database.db);
      await insert('900701300108', 'civil-registrar');
      await insert('850101300001', 'management');
      await assert.rejects(insert('830808310101', 'janitor'));
    });

    it('going down removes the ЗАГС logins only and refuses the role again', async () => {
      await migrateTo(test.database.db, '0021-case-documents');
      const rows = await test.database.db.selectFrom('operators').select('role').execute();
      assert.deepEqual(
        rows.map((r) => r.role),
        ['management'],
      );
      await assert.rejects(insert('900701300108', 'civil-registrar'));
    });
  });
}
