// Issue 14, finding 9: auth_challenges (one row per anonymous challenge), sessions,
// otp_challenges, idempotency_keys and page_drafts grew forever. The worker's duties now delete
// rows past their retention period, in bounded batches, and keep everything else: recent rows,
// unsent messages, the audit trail and the personal-data access log.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.ts';
import { jsonText } from '../../src/db/json-column.ts';
import { DEFAULT_RETENTION, purgeExpired } from '../../src/services/retention.ts';
import { ENGINES } from '../support/engines.ts';
import { P } from '../support/family.ts';
import { FAMILY_NOW, openService } from '../support/service.ts';

const DAY = 86_400_000;
const NOW = new Date(FAMILY_NOW).getTime();
const ago = (days: number) => new Date(NOW - days * DAY);

async function count(database: Database, table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db);
  return rows[0]!.n;
}

/** One row of each purged table dated `at` (an expiry, a creation or a last change). */
async function seedRows(database: Database, at: Date, tag: string): Promise<void> {
  const db = database.db;
  await db
    .insertInto('auth_challenges')
    .values({ id: randomUUID(), nonce: `n-${tag}`, expires_at: at })
    .execute();
  await db
    .insertInto('otp_challenges')
    .values({
      id: randomUUID(),
      iin: P.timur,
      phone: '+77010000000',
      purpose: 'login',
      code_hash: 'x',
      created_at: new Date(at.getTime() - 300_000),
      expires_at: at,
    })
    .execute();
  await db
    .insertInto('sessions')
    .values({
      token_sha256: `t-${tag}`,
      iin: P.timur,
      method: 'otp',
      created_at: new Date(at.getTime() - 1_800_000),
      expires_at: at,
    })
    .execute();
  await db
    .insertInto('idempotency_keys')
    .values({
      subject: `s-${tag}`,
      key: 'k',
      request_sha256: 'h',
      status: 200,
      body: jsonText({}),
      created_at: at,
      expires_at: new Date(at.getTime() + 86_400_000),
    })
    .execute();
  await db
    .insertInto('page_drafts')
    .values({ iin: P.timur, flow: `f-${tag}`, application_id: randomUUID(), answers: jsonText({}), updated_at: at })
    .execute();
  await db
    .insertInto('outbox')
    .values({
      channel: 'cabinet',
      recipient: P.timur,
      template: 't',
      params: jsonText({}),
      created_at: at,
      sent_at: at,
    })
    .execute();
}

const TABLES = ['auth_challenges', 'otp_challenges', 'sessions', 'idempotency_keys', 'page_drafts', 'outbox'];

for (const engine of ENGINES) {
  describe(`[${engine}] finding 9: the worker purges rows past their retention period`, () => {
    it('deletes what is older than its period, keeps recent rows and everything not purgeable', async () => {
      const s = await openService(engine);
      try {
        // A real login first: an audit trail and an access log that must survive the purge.
        await s.login(P.timur);
        const audit = await count(s.test.database, 'audit_events');
        const access = await count(s.test.database, 'personal_data_access');
        const before = Object.fromEntries(
          await Promise.all(TABLES.map(async (t) => [t, await count(s.test.database, t)])),
        );
        // Past every default period (drafts: 90 days, the longest) and well inside the shortest (1 day).
        await seedRows(s.test.database, ago(91), 'old');
        await seedRows(s.test.database, ago(0.5), 'recent');
        // Each period on its own: just past it goes, just inside it stays.
        const { retention } = s.ctx.settings;
        await s.test.database.db
          .insertInto('sessions')
          .values([
            {
              token_sha256: 'past-7',
              iin: P.timur,
              method: 'otp',
              created_at: ago(9),
              expires_at: ago(retention.sessionsDays + 0.1),
            },
            {
              token_sha256: 'within-7',
              iin: P.timur,
              method: 'otp',
              created_at: ago(9),
              expires_at: ago(retention.sessionsDays - 0.1),
            },
          ])
          .execute();
        await s.test.database.db
          .insertInto('page_drafts')
          .values([
            {
              iin: P.aigerim,
              flow: 'past-90',
              application_id: randomUUID(),
              answers: jsonText({}),
              updated_at: ago(retention.draftsDays + 0.1),
            },
            {
              iin: P.aigerim,
              flow: 'within-90',
              application_id: randomUUID(),
              answers: jsonText({}),
              updated_at: ago(retention.draftsDays - 0.1),
            },
          ])
          .execute();
        // A message never sent is kept however old it is.
        const unsent = await s.test.database.db
          .insertInto('outbox')
          .values({
            channel: 'sms',
            recipient: P.amina,
            template: 't',
            params: jsonText({}),
            created_at: ago(400),
            sent_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();

        const report = (await s.duties()) as { purged: Record<string, number> };
        for (const table of TABLES) assert.ok(report.purged[table]! >= 1, `${table}: ${report.purged[table]}`);
        assert.equal(report.purged['sessions'], 2, 'the 91-day-old and the one just past 7 days');
        assert.equal(report.purged['page_drafts'], 2, 'the 91-day-old and the one just past 90 days');

        for (const table of TABLES) {
          // What the login made (all recent), the recent seeds, the rows just inside their period
          // and the unsent message stay; the old seeds are gone.
          const extra = table === 'sessions' || table === 'page_drafts' || table === 'outbox' ? 1 : 0;
          assert.equal(await count(s.test.database, table), before[table] + 1 + extra, table);
        }
        const db = s.test.database.db;
        const tokens = (await db.selectFrom('sessions').select('token_sha256').execute()).map((r) => r.token_sha256);
        assert.ok(tokens.includes('t-recent') && tokens.includes('within-7'));
        assert.ok(!tokens.includes('t-old') && !tokens.includes('past-7'));
        const flows = (await db.selectFrom('page_drafts').select('flow').execute()).map((r) => r.flow);
        assert.deepEqual(flows.sort(), ['f-recent', 'within-90']);
        assert.ok(await db.selectFrom('outbox').select('id').where('id', '=', unsent.id).executeTakeFirst());
        assert.equal(await count(s.test.database, 'auth_challenges'), before['auth_challenges'] + 1);
        assert.equal(await count(s.test.database, 'audit_events'), audit);
        assert.equal(await count(s.test.database, 'personal_data_access'), access);

        // The next round has nothing left to delete.
        const again = (await s.duties()) as { purged: Record<string, number> };
        assert.deepEqual(Object.values(again.purged), [0, 0, 0, 0, 0, 0, 0]);
      } finally {
        await s.dispose();
      }
    });

    it('purges on indexed columns (migration 0009-retention)', async () => {
      const s = await openService(engine);
      try {
        const { rows } = await sql<{ indexname: string }>`
          select indexname from pg_indexes where schemaname = 'public'`.execute(s.test.database.db);
        const names = rows.map((r) => r.indexname);
        for (const index of [
          'auth_challenges_expires_at',
          'otp_challenges_expires_at',
          'sessions_expires_at',
          'idempotency_keys_created_at',
          'page_drafts_updated_at',
          'outbox_sent_at',
        ]) {
          assert.ok(names.includes(index), index);
        }
      } finally {
        await s.dispose();
      }
    });

    it('deletes in batches and bounds one run: a backlog goes over several rounds', async () => {
      const s = await openService(engine, {
        settings: { retention: { ...DEFAULT_RETENTION, batchSize: 2, maxBatches: 2 } },
      });
      try {
        await s.test.database.db
          .insertInto('auth_challenges')
          .values(Array.from({ length: 5 }, (_, i) => ({ id: randomUUID(), nonce: `n${i}`, expires_at: ago(3) })))
          .execute();
        assert.equal((await purgeExpired(s.ctx)).auth_challenges, 4, 'two batches of two');
        assert.equal(await count(s.test.database, 'auth_challenges'), 1);
        assert.equal((await purgeExpired(s.ctx)).auth_challenges, 1);
        assert.equal(await count(s.test.database, 'auth_challenges'), 0);
      } finally {
        await s.dispose();
      }
    });
  });
}
