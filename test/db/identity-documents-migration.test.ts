// Issue 18, migration 0026: the migration police units of S1's chain log in (002 R1 App1: ҚАІІб,
// КҚПБ, КҚПД, АӨО РМК) and no other new role; the tables of S1, S2 and S4 at the counter come
// with it; going down removes those logins and tables and refuses the roles again, keeping the
// State Corporation's back-office roles of 0020.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrateTo, migrateToLatest } from '../../src/db/migrations/index.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

const ROLES = ['aoo-rmk', 'kqpb', 'kqpd', 'qaiib'];
const IINS = ['900701300108', '850101300001', '360909410049', '340411410028'];
const TABLES = [
  'case_alerts',
  'case_register_items',
  'case_registers',
  'departure_sheets',
  'identity_document_files',
  'identity_document_intakes',
  'temporary_id_journal',
];

for (const engine of ENGINES) {
  describe(`migration 0026-identity-documents [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
      await migrateTo(test.database.db, '0021-case-documents');
    });
    after(() => test.dispose());

    const insert = (iin: string, role: string) =>
      sql`insert into operators (iin, role, office) values (${iin}, ${role}, 'astana-1')`.execute(test.database.db);
    const tables = async () =>
      (
        await sql<{ table_name: string }>`select table_name from information_schema.tables
          where table_schema = 'public' and table_name = any(${TABLES}) order by table_name`.execute(test.database.db)
      ).rows.map((r) => r.table_name);

    it('refuses the units before it, takes all four after it, with its tables', async () => {
      await assert.rejects(insert(IINS[0]!, 'kqpd'));
      assert.deepEqual(await tables(), []);
      await migrateToLatest(test.database.db);
      for (const [i, role] of ROLES.entries()) await insert(IINS[i]!, role);
      await assert.rejects(insert('830808310101', 'police'));
      assert.deepEqual(await tables(), TABLES);
    });

    it('going down removes the units’ logins and its tables; 0020’s roles stay', async () => {
      await insert('830808310101', 'executor');
      await migrateTo(test.database.db, '0021-case-documents');
      const rows = await test.database.db.selectFrom('operators').select('role').execute();
      assert.deepEqual(
        rows.map((r) => r.role),
        ['executor'],
      );
      assert.deepEqual(await tables(), []);
      await assert.rejects(insert(IINS[0]!, 'qaiib'));
    });
  });
}
