// Issue 20 item 5, scale-out: with DATABASE_REPLICA_URL the registries read from the replica and
// everything else stays on the primary. The replica here is a second database made from the
// primary (as a streaming replica would be), then changed in one place, so an answer shows
// which of the two gave it; its sessions are read-only. Without DATABASE_URL it is refused.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Config } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { openReplicaDatabase } from '../../src/cli/database-from-env.ts';
import { ADMIN_URL, createServerDatabase, ENGINES } from '../support/engines.ts';
import { startServer } from '../support/server-process.ts';

async function admin<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const db = await openDatabase({ url: ADMIN_URL, maxConnections: 1 });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

describe('issue 20 item 5: registry reads through DATABASE_REPLICA_URL', () => {
  if (!ENGINES.includes('postgres')) return;

  it('answers registry reads from the replica and writes to the primary; the replica refuses writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-replica-'));
    const primary = await createServerDatabase();
    const replicaName = `tirkeu_test_replica_${randomBytes(4).toString('hex')}`;
    const replicaUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${replicaName}`);
    try {
      // The primary with its demo population, made by a first start.
      const first = await startServer({ DATABASE_URL: primary.url, TIRKEU_DATA_DIR: dir });
      assert.equal(await first.stop('SIGTERM'), 0, first.output());
      // The replica: a copy of the primary, then one address changed in it only.
      await admin((db) =>
        sql.raw(`create database ${replicaName} template ${new URL(primary.url).pathname.slice(1)}`).execute(db.db),
      );
      const copy = await openDatabase({ url: replicaUrl, maxConnections: 1 });
      const { rka } = await copy.db
        .selectFrom('dwellings')
        .select('rka')
        .orderBy('rka')
        .limit(1)
        .executeTakeFirstOrThrow();
      await copy.db.updateTable('dwellings').set({ address: 'Репликa көшесі, 1' }).where('rka', '=', rka).execute();
      await copy.close();

      const running = await startServer({
        DATABASE_URL: primary.url,
        DATABASE_REPLICA_URL: replicaUrl,
        TIRKEU_DATA_DIR: dir,
      });
      try {
        const answer = await fetch(`${running.base}/api/v1/addresses/${rka}`);
        assert.equal(answer.status, 200);
        assert.match(JSON.stringify(await answer.json()), /Репликa көшесі, 1/, 'the replica answered');
        // A login writes its challenge: on the primary, where the replica's copy does not see it.
        const asked = await fetch(`${running.base}/api/v1/auth/otp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ iin: '000108500005' }),
        });
        assert.equal(asked.status, 200, await asked.text());
        const counts = async (url: string) => {
          const db = await openDatabase({ url, maxConnections: 1 });
          try {
            return Number(
              (
                await db.db
                  .selectFrom('otp_challenges')
                  .select((eb) => eb.fn.countAll<string>().as('n'))
                  .executeTakeFirstOrThrow()
              ).n,
            );
          } finally {
            await db.close();
          }
        };
        assert.deepEqual([await counts(primary.url), await counts(replicaUrl)], [1, 0]);
      } finally {
        assert.equal(await running.stop('SIGTERM'), 0, running.output());
      }

      // Its sessions are read-only: a write sent there by mistake fails.
      const replica = await openReplicaDatabase({
        DATABASE_URL: primary.url,
        DATABASE_REPLICA_URL: replicaUrl,
      } as Config);
      try {
        await assert.rejects(
          replica!.db.updateTable('dwellings').set({ area: 1 }).where('rka', '=', rka).execute(),
          /read-only/,
        );
      } finally {
        await replica!.close();
      }
    } finally {
      await admin((db) => sql.raw(`drop database if exists ${replicaName} with (force)`).execute(db.db));
      await primary.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is refused without DATABASE_URL: a replica of the embedded database cannot exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-replica-'));
    try {
      await assert.rejects(
        startServer({ DATABASE_REPLICA_URL: 'postgres://postgres@127.0.0.1:5432/postgres', TIRKEU_DATA_DIR: dir }),
        /replica-needs-database-server/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
