// Issue 16, item 6: SIGTERM stops the real server without cutting a request. /readyz turns 503
// at once while requests are still served (the drain period); requests in flight — held up here
// by a lock on the table they read, longer than the drain period, so they are still running when
// the listener closes — all finish with their answers; then the pool closes and the exit code is 0.
// A background round caught by the signal (held up by a lock on the outbox) finishes before the
// pool closes: the process waits for it and exits 0 without a failed round.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { createServerDatabase } from '../support/engines.ts';
import { type ServerProcess, startServer } from '../support/server-process.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SLOW = 6;

/** `tirkeu start` on a database of its own with the drain period given, and a second connection
 * that can hold locks the server's work then waits for; everything removed afterwards. */
async function withServer(
  drainSeconds: string,
  work: (running: ServerProcess, locker: pg.Client) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tirkeu-shutdown-'));
  const server = await createServerDatabase();
  const locker = new pg.Client({ connectionString: server.url });
  try {
    const running = await startServer({
      DATABASE_URL: server.url,
      TIRKEU_DATA_DIR: dir,
      TIRKEU_SHUTDOWN_DRAIN_SECONDS: drainSeconds,
    });
    await work(running, locker);
  } finally {
    await locker.end().catch(() => {});
    await server.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('graceful shutdown of `tirkeu start` on SIGTERM', () => {
  it('turns /readyz to 503, finishes every request in flight, closes the pool and exits 0', () =>
    withServer('1', async (running, locker) => {
      const ready = await fetch(`${running.base}/readyz`);
      assert.equal(ready.status, 200);

      // Hold the address register so that searches wait, as slow requests would.
      await locker.connect();
      await locker.query('begin');
      await locker.query('lock table dwellings in access exclusive mode');
      const slow = Array.from({ length: SLOW }, () =>
        fetch(`${running.base}/api/v1/addresses?q=${encodeURIComponent('Астана')}`).then(async (r) => ({
          status: r.status,
          body: await r.json(),
        })),
      );
      await sleep(500);
      running.child.kill('SIGTERM');
      await sleep(200);
      const draining = await fetch(`${running.base}/readyz`);
      assert.equal(draining.status, 503);
      assert.deepEqual(await draining.json(), { status: 'draining' });
      // Past the drain period the listener is closed; the held requests are still running.
      await sleep(1500);
      await assert.rejects(fetch(`${running.base}/healthz`), 'no new connection after the drain period');
      assert.equal(running.child.exitCode, null, 'still finishing the requests in flight');
      await locker.query('rollback');

      const answers = await Promise.all(slow);
      for (const answer of answers) {
        assert.equal(answer.status, 200, JSON.stringify(answer.body));
        assert.ok(Array.isArray((answer.body as { items?: unknown }).items), JSON.stringify(answer.body));
      }
      assert.equal(await running.exited, 0, running.output());
      assert.match(running.output(), /"code":"stopped"/);
      assert.doesNotMatch(running.output(), /shutdown-requests-cut/);
    }));

  it('waits for the background round in progress, then closes the pool and exits 0', () =>
    withServer('0', async (running, locker) => {
      // The round's outbox step waits for this lock (the worker ticks every 2 s).
      await locker.connect();
      await locker.query('begin');
      await locker.query('lock table outbox in access exclusive mode');
      const waiting = async () =>
        (
          await locker.query<{ n: string }>(
            `select count(*) as n from pg_stat_activity
              where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
          )
        ).rows[0]!.n !== '0';
      let caught = false;
      for (let i = 0; i < 100 && !caught; i++) {
        await sleep(100);
        caught = await waiting();
      }
      assert.ok(caught, `a background round waits for the outbox lock\n${running.output()}`);

      running.child.kill('SIGTERM');
      await sleep(1500);
      assert.equal(running.child.exitCode, null, 'still waiting for the round in progress');
      assert.match(running.output(), /"code":"shutdown"/);
      await locker.query('rollback');

      assert.equal(await running.exited, 0, running.output());
      assert.match(running.output(), /"code":"stopped"/);
      // Had the pool closed under the round, the round would have failed and said so.
      assert.doesNotMatch(running.output(), /background duties failed/);
    }));
});
