// Issue 14, build item 5: the throttle shared by all server processes — a GCRA bucket per
// budget in PostgreSQL, spent by one atomic statement. Two processes (two connection pools to
// one server database) spending one budget at once never allow more than it holds; refused
// requests are told when to come back; an address budget backs off, a person's refills.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { type Budget, purgeFullBuckets, spend } from '../../src/services/throttle.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

const T0 = new Date('2025-12-01T06:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

for (const engine of ENGINES) {
  describe(`issue 14: throttle buckets (${engine})`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
      await migrateToLatest(test.database.db);
    });
    after(() => test.dispose());

    it('allows the burst, then one request per interval, with Retry-After until the next one', async () => {
      const budget: Budget = { burst: 3, everySeconds: 60 };
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await spend(test.database, 'steady', budget, T0));
      assert.deepEqual(results, [{ ok: true }, { ok: true }, { ok: true }, { ok: false, retryAfterSeconds: 60 }]);
      // A person's budget does not grow its wait however often it is asked.
      for (let i = 0; i < 10; i++) await spend(test.database, 'steady', budget, at(1));
      assert.deepEqual(await spend(test.database, 'steady', budget, at(30)), { ok: false, retryAfterSeconds: 30 });
      assert.deepEqual(await spend(test.database, 'steady', budget, at(60)), { ok: true });
      assert.equal((await spend(test.database, 'steady', budget, at(60))).ok, false);
      assert.equal((await spend(test.database, 'steady', budget, at(240))).ok, true, 'full again');
    });

    it('backs off exponentially for a caller that keeps asking while refused', async () => {
      const budget: Budget = { burst: 1, everySeconds: 10, backoff: true };
      assert.equal((await spend(test.database, 'hammer', budget, T0)).ok, true);
      const waits = [];
      for (let i = 0; i < 5; i++) {
        const result = await spend(test.database, 'hammer', budget, T0);
        assert.equal(result.ok, false);
        if (!result.ok) waits.push(result.retryAfterSeconds);
      }
      assert.deepEqual(waits, [20, 40, 80, 160, 320]);
      // Once the bucket is full again, the penalty is forgotten: the next refusal costs what
      // the first one did.
      const later = at(10 + 10 + 20 + 40 + 80 + 160);
      assert.equal((await spend(test.database, 'hammer', budget, later)).ok, true);
      assert.deepEqual(await spend(test.database, 'hammer', budget, later), { ok: false, retryAfterSeconds: 20 });
    });

    it('purges the buckets that are full again', async () => {
      await spend(test.database, 'old', { burst: 2, everySeconds: 1 }, T0);
      assert.ok((await purgeFullBuckets(test.database, at(100_000))) >= 1);
      const left = await test.database.db.selectFrom('throttle_buckets').select('key').execute();
      assert.deepEqual(left, []);
    });

    if (engine === 'postgres') {
      it('holds across processes: two pools spending one budget at once allow exactly its burst', async () => {
        const other: Database = await openDatabase({ url: test.url! });
        try {
          const budget: Budget = { burst: 25, everySeconds: 3600 };
          const results = await Promise.all(
            Array.from({ length: 200 }, (_, i) => spend(i % 2 ? other : test.database, 'shared', budget, T0)),
          );
          assert.equal(results.filter((r) => r.ok).length, 25);
        } finally {
          await other.close();
        }
      });
    }
  });
}
