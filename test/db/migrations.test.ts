import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

/** Every migration, in the order they apply: one list, so a new one is added in one place. */
const MIGRATIONS = [
  '0001-registries',
  '0002-service',
  '0003-certificates',
  '0004-page-drafts',
  '0005-access-log',
  '0006-sms-delivery',
  '0007-desk-identity',
  '0008-throttle',
  '0009-retention',
  '0010-address-search',
  '0011-audit-chain',
  '0013-streets',
  '0014-ruleset-successions',
  '0015-cases',
  '0016-payments',
  '0017-analyst-role',
  '0018-legal-entities',
  '0019-civil-records',
  '0020-backoffice-roles',
  '0021-case-documents',
  '0023-renaming-decisions',
  '0024-civil-registrar-role',
  '0025-licences',
  '0026-identity-documents',
  '0027-s1-issue-office',
];

const TABLES = [
  'persons',
  'incapacities',
  'birth_acts',
  'marriage_acts',
  'death_acts',
  'name_change_acts',
  'streets',
  'dwellings',
  'dwelling_owners',
  'registrations',
  'enrolments',
  'guardianships',
  'phone_bindings',
  'seed_runs',
  'legal_entities',
  'civil_act_restorations',
  'wanted_persons',
];

for (const engine of ENGINES) {
  describe(`migrations [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
    });
    after(() => test.dispose());

    it('create every registry table on an empty database', async () => {
      assert.deepEqual((await migrateToLatest(test.database.db)).applied, MIGRATIONS);
      const rows = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = 'public'`.execute(test.database.db);
      const names = rows.rows.map((r) => r.table_name);
      for (const table of TABLES) assert.ok(names.includes(table), table);
    });

    it('apply nothing the second time', async () => {
      assert.deepEqual((await migrateToLatest(test.database.db)).applied, []);
    });

    it('reject rows that break a registry rule (constraints, not just code)', async () => {
      const db = test.database.db;
      await assert.rejects(
        db
          .insertInto('persons')
          .values({ iin: '12345', full_name: 'X', birth_date: '2000-01-01', sex: 'M', death_date: null })
          .execute(),
      );
      await assert.rejects(
        db
          .insertInto('persons')
          .values({ iin: '900701300108', full_name: 'X', birth_date: '2000-01-01', sex: 'M', death_date: '1999-01-01' })
          .execute(),
      );
      await assert.rejects(
        db
          .insertInto('marriage_acts')
          .values({ spouse_a: '900701300108', spouse_b: '900701300108', registered: '2020-01-01', dissolved: null })
          .execute(),
      );
      await assert.rejects(
        db
          .insertInto('registrations')
          .values({
            iin: '900701300108',
            rka: '0101000000000001',
            kind: 'seasonal' as never,
            valid_from: '2020-01-01',
            valid_to: null,
          })
          .execute(),
      );
      await assert.rejects(
        db
          .insertInto('phone_bindings')
          .values({ iin: '900701300108', phone: '87011234567', bound_at: '2020-01-01' })
          .execute(),
      );
    });
  });
}

if (ENGINES.includes('postgres')) {
  describe('migrations on a server, from several processes at once', () => {
    it('serialise on a lock: all succeed and the schema is created once', async () => {
      const test = await openTestDatabase('postgres');
      try {
        const clients = await Promise.all([1, 2, 3].map(() => openDatabase({ url: test.url })));
        const reports = await Promise.all(clients.map((c) => migrateToLatest(c.db)));
        // Each migration is applied once, by whichever process got the lock.
        assert.deepEqual(reports.flatMap((r) => r.applied).sort(), MIGRATIONS);
        await Promise.all(clients.map((c) => c.close()));
      } finally {
        await test.dispose();
      }
    });
  });
}
