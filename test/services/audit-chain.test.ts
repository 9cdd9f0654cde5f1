// Issue 16, item 4: the audit trail is tamper-evident. Each record carries the hash of the one
// before it; `verify` recomputes the chain and names the first altered, missing or reordered
// record — also one changed or removed behind the service's back with SQL by a superuser.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrateTo, migrateToLatest } from '../../src/db/migrations/index.ts';
import { AppError } from '../../src/errors.ts';
import { recordAudit } from '../../src/services/audit.ts';
import { verifyAuditChain } from '../../src/services/audit-chain.ts';
import { inTransaction } from '../../src/services/transaction.ts';
import type { Database } from '../../src/db/database.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';
import { runCli } from '../support/cli.ts';

const IIN = '900701300108';
const AT = new Date('2025-12-01T09:30:00.123Z');

async function writeEvents(database: Database, n: number, tag: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    await inTransaction(database, (tx) =>
      recordAudit(
        tx,
        AT,
        { kind: 'citizen', iin: IIN },
        {
          action: 'login',
          // Text the canonical form must render as PostgreSQL does: quotes, escapes, Cyrillic, numbers.
          details: { tag, i, note: 'Тіркеу "a\\b"\n\t\u0001', ratio: 1.5, list: [true, null] },
        },
      ),
    );
  }
}

/** Runs a statement the append-only triggers refuse, as a superuser who disables them would. */
async function behindTheBack(database: Database, statement: string): Promise<void> {
  await sql.raw('alter table audit_events disable trigger audit_events_no_update').execute(database.db);
  try {
    await sql.raw(statement).execute(database.db);
  } finally {
    await sql.raw('alter table audit_events enable trigger audit_events_no_update').execute(database.db);
  }
}

async function verifyFails(database: Database): Promise<AppError> {
  const error = await verifyAuditChain(database).then(
    () => assert.fail('verify passed on an altered chain'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AppError, String(error));
  return error;
}

for (const engine of ENGINES) {
  describe(`tamper-evident audit trail [${engine}]`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(engine);
    });
    after(() => test.dispose());

    it('chains the records written before the upgrade, so verify passes on an upgraded database', async () => {
      await migrateTo(test.database.db, '0010-address-search');
      await sql`insert into audit_events (at, actor_kind, actor, action, details)
        values (${AT}, 'citizen', ${IIN}, 'login', '{"old": 1}'), (${AT}, 'system', null, 'otp-wrong-code', '{}')`.execute(
        test.database.db,
      );
      await migrateToLatest(test.database.db);
      const report = await verifyAuditChain(test.database);
      assert.equal(report.verified, 2);
      assert.match(report.head.hash, /^[0-9a-f]{64}$/);
    });

    it('links every new record to the one before it, the hash recomputed outside the database', async () => {
      await writeEvents(test.database, 5, 'new');
      const rows = await test.database.db
        .selectFrom('audit_events')
        .select(['chain_seq', 'prev_hash', 'hash'])
        .orderBy('chain_seq')
        .execute();
      assert.deepEqual(
        rows.map((r) => Number(r.chain_seq)),
        [1, 2, 3, 4, 5, 6, 7],
      );
      for (let i = 1; i < rows.length; i++)
        assert.deepEqual(Buffer.from(rows[i]!.prev_hash), Buffer.from(rows[i - 1]!.hash));
      assert.equal((await verifyAuditChain(test.database)).verified, 7);
    });

    it('keeps one chain under concurrent writers: no two records claim the same predecessor', async () => {
      await Promise.all(Array.from({ length: 6 }, (_, w) => writeEvents(test.database, 10, `writer-${w}`)));
      const report = await verifyAuditChain(test.database);
      assert.equal(report.verified, 67);
    });

    it('refuses UPDATE and DELETE of a record to the service’s own connection', async () => {
      await assert.rejects(
        sql`update audit_events set action = 'logout' where chain_seq = 3`.execute(test.database.db),
        {
          code: '55000',
        },
      );
      await assert.rejects(sql`delete from audit_events where chain_seq = 3`.execute(test.database.db), {
        code: '55000',
      });
    });

    it('checks an anchor kept elsewhere: the head printed earlier must still be in the chain', async () => {
      const { head } = await verifyAuditChain(test.database);
      assert.equal((await verifyAuditChain(test.database, head)).verified, head.seq);
      const forged = { seq: head.seq, hash: '0'.repeat(64) };
      await assert.rejects(verifyAuditChain(test.database, forged), { code: 'audit.anchor-mismatch' });
    });

    it('names the record a superuser edited with SQL, by place and id only', async () => {
      const { rows } = await sql<{ id: number; details: string }>`
        select id, details::text as details from audit_events where chain_seq = 4`.execute(test.database.db);
      const { id, details } = rows[0]!;
      await behindTheBack(test.database, `update audit_events set details = '{"edited": true}' where chain_seq = 4`);
      const error = await verifyFails(test.database);
      assert.equal(error.code, 'audit.chain-broken');
      assert.deepEqual(error.params, { seq: 4, id });
      // Put back, the chain is whole again: the hash covers the content and nothing else.
      await behindTheBack(
        test.database,
        `update audit_events set details = '${details.replaceAll("'", "''")}' where chain_seq = 4`,
      );
      assert.equal((await verifyAuditChain(test.database)).verified, 67);
    });

    it('finds a record deleted from the middle, and records deleted from the end', async () => {
      await behindTheBack(test.database, 'delete from audit_events where chain_seq = 67');
      const tail = await verifyFails(test.database);
      assert.equal(tail.code, 'audit.chain-head-mismatch');
      await behindTheBack(test.database, 'delete from audit_events where chain_seq = 30');
      const gap = await verifyFails(test.database);
      assert.equal(gap.code, 'audit.chain-gap');
      assert.equal(gap.params['seq'], 30);
    });

    if (engine === 'postgres') {
      it('`tirkeu audit verify` exits 1 with the coded line, and prints nothing personal', async () => {
        const { code, stdout, stderr } = await runCli(['audit', 'verify'], { DATABASE_URL: test.url! });
        assert.equal(code, 1);
        assert.equal(stdout, '');
        assert.match(stderr, /^tirkeu: audit\.chain-gap: /);
        assert.doesNotMatch(stderr, new RegExp(IIN));
      });
    }
  });
}

describe('`tirkeu audit verify` on an intact trail', () => {
  it('prints the count and the head, exit 0; an unknown action is an input error', async () => {
    const test = await openTestDatabase('postgres');
    try {
      await migrateToLatest(test.database.db);
      await writeEvents(test.database, 3, 'cli');
      const ok = await runCli(['audit', 'verify'], { DATABASE_URL: test.url! });
      assert.equal(ok.code, 0, ok.stderr);
      const report = JSON.parse(ok.stdout) as { verified: number; head: { seq: number; hash: string } };
      assert.equal(report.verified, 3);
      const anchored = await runCli(['audit', 'verify', '--anchor', `2:${'f'.repeat(64)}`], {
        DATABASE_URL: test.url!,
      });
      assert.equal(anchored.code, 1);
      assert.match(anchored.stderr, /audit\.anchor-mismatch/);
      assert.equal((await runCli(['audit', 'check'], { DATABASE_URL: test.url! })).code, 2);
    } finally {
      await test.dispose();
    }
  });
});
