// P7: the registration register as the service records into it, inside the caller's transaction
// (ports.ts RegistrationWrites), on both engines. Each case runs in a transaction that is rolled
// back, which also shows that nothing is written outside the caller's transaction.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, describe, it } from 'node:test';
import type { Transaction } from 'kysely';
import type { Schema } from '../../src/db/schema.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { sqlRegistrationWrites } from '../../src/registries/sql/registration-writes.ts';
import { registrationsWithAddress, SqlRegistrationRegistry } from '../../src/registries/sql/registrations.ts';
import { ENGINES, openLoadedDatabase, type TestDatabase } from '../support/engines.ts';
import { D, P } from '../support/family.ts';
import { familyDataset } from '../support/service.ts';

const TODAY = '2025-12-01' as IsoDate;
const ROLLBACK = new Error('rollback');

for (const engine of ENGINES) {
  describe(`P7 the registration register, written in the caller's transaction [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openLoadedDatabase(engine, familyDataset());
    });
    after(() => test.dispose());

    /** Runs the case in a transaction and rolls it back. */
    async function rolledBack(work: (tx: Transaction<Schema>) => Promise<void>): Promise<void> {
      await assert.rejects(
        test.database.db.transaction().execute(async (tx) => {
          await work(tx);
          throw ROLLBACK;
        }),
        ROLLBACK,
      );
    }

    it('opens a registration that the register then reads', async () => {
      await rolledBack(async (tx) => {
        const id = await sqlRegistrationWrites(tx).open({
          iin: P.dana,
          rka: D.D6,
          kind: 'temporary',
          from: TODAY,
          to: '2026-02-28' as IsoDate,
        });
        assert.equal(typeof id, 'number');
        assert.deepEqual(await new SqlRegistrationRegistry(tx).activeAt(D.D6, TODAY), [
          { iin: P.dana, rka: D.D6, kind: 'temporary', from: TODAY, to: '2026-02-28' },
        ]);
      });
      // Rolled back with the caller's transaction.
      assert.deepEqual(await new SqlRegistrationRegistry(test.database.db).activeAt(D.D6, TODAY), []);
    });

    it('ends the open permanent registration the day before, and leaves temporary ones', async () => {
      await rolledBack(async (tx) => {
        await sqlRegistrationWrites(tx).closeOpenPermanent(P.nurlanA, TODAY);
        assert.deepEqual(await new SqlRegistrationRegistry(tx).ofPerson(P.nurlanA), [
          { iin: P.nurlanA, rka: D.D2, kind: 'permanent', from: '2020-01-01', to: '2025-11-30' },
          { iin: P.nurlanA, rka: D.D6, kind: 'temporary', from: '2024-01-01', to: '2024-12-31' },
        ]);
      });
    });

    it('ends a registration that began that day on the same day (no empty period)', async () => {
      await rolledBack(async (tx) => {
        const register = sqlRegistrationWrites(tx);
        await register.open({ iin: P.dana, rka: D.D6, kind: 'permanent', from: TODAY, to: null });
        await register.closeOpenPermanent(P.dana, TODAY);
        assert.deepEqual(await new SqlRegistrationRegistry(tx).ofPerson(P.dana), [
          { iin: P.dana, rka: D.D6, kind: 'permanent', from: TODAY, to: TODAY },
        ]);
      });
    });

    it('ends the registrations active at a dwelling and names them; none when there are none', async () => {
      await rolledBack(async (tx) => {
        const register = sqlRegistrationWrites(tx);
        const ended = await register.closeActiveAt(P.saltanat, D.D3, TODAY);
        assert.equal(ended.length, 1);
        assert.deepEqual(await new SqlRegistrationRegistry(tx).ofPerson(P.saltanat), [
          { iin: P.saltanat, rka: D.D3, kind: 'temporary', from: '2025-10-01', to: '2025-11-30' },
        ]);
        assert.deepEqual(await register.closeActiveAt(P.saltanat, D.D3, TODAY), []);
        assert.deepEqual(await register.closeActiveAt(P.dana, D.D3, TODAY), []);
      });
    });

    it('locks the dwelling and gives its area with the registrations active there (N1); null when ЕГКН has none', async () => {
      await rolledBack(async (tx) => {
        const register = sqlRegistrationWrites(tx);
        const locked = await register.activeAtLocked(D.D1, TODAY);
        assert.equal(locked?.area, 45);
        assert.deepEqual(locked.active, await new SqlRegistrationRegistry(tx).activeAt(D.D1, TODAY));
        assert.equal(locked.active.length, 3);
        assert.equal(await register.activeAtLocked('0000000000000000', TODAY), null);
      });
    });

    if (engine === 'postgres') {
      // PGlite has one session: a second transaction could only wait, so the lock shows on a server.
      it('holds the dwelling locked until the transaction ends', async () => {
        await rolledBack(async (tx) => {
          await sqlRegistrationWrites(tx).activeAtLocked(D.D6, TODAY);
          await assert.rejects(
            test.database.db
              .transaction()
              .execute((other) => sql`select 1 from dwellings where rka = ${D.D6} for update nowait`.execute(other)),
            (error: { code?: string }) => error.code === '55P03',
          );
        });
      });
    }

    describe("the personal cabinet's list of registrations", () => {
      it("gives a person's registrations newest first, each with the dwelling's address", async () => {
        const rows = await registrationsWithAddress(test.database.db, P.nurlanA);
        assert.deepEqual(
          rows.map((r) => [r.registration.rka, r.registration.kind, r.registration.from]),
          [
            [D.D6, 'temporary', '2024-01-01'],
            [D.D2, 'permanent', '2020-01-01'],
          ],
        );
        assert.ok(rows.every((r) => typeof r.address === 'string' && r.address.length > 0));
      });
    });
  });
}
