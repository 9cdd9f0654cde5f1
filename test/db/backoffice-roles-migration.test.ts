// Issue 17 item 6, migration 0020: the operators table takes the four back-office roles of the
// State Corporation (004 cl.4, cl.9), and still no other; going down removes their logins.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrateTo, migrateToLatest } from '../../src/db/migrations/index.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

const ROLES = ['archive-employee', 'executor', 'technical-inspector', 'management'];
const IINS = ['900701300108', '850101300001', '360909410049', '340411410028'];

for (const engine of ENGINES) {
  describe(`migration 0020-backoffice-roles [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
      await migrateTo(test.database.db, '0019-civil-records');
    });
    after(() => test.dispose());

    const insert = (iin: string, role: string) =>
      sql`insert into operators (iin, role, office) values (${iin}, ${role}, 'astana-sc-1')`.execute(test.database.db);

    it('refuses a back-office role before it, takes all four after it, and no unknown role', async () => {
      await assert.rejects(insert(IINS[0]!, 'executor'));
      await migrateToLatest(test.database.db);
      for (const [i, role] of ROLES.entries()) await insert(IINS[i]!, role);
      await assert.rejects(insert('830808310101', 'janitor'));
      const rows = await test.database.db.selectFrom('operators').select('role').orderBy('role').execute();
      assert.deepEqual(
        rows.map((r) => r.role),
        [...ROLES].sort(),
      );
    });

    it('going down removes the back-office logins and refuses the roles again', async () => {
      await insert('830808310101', 'hall');
      await migrateTo(test.database.db, '0019-civil-records');
      const rows = await test.database.db.selectFrom('operators').select('role').execute();
      assert.deepEqual(
        rows.map((r) => r.role),
        ['hall'],
      );
      await assert.rejects(insert(IINS[0]!, 'management'));
    });
  });
}
