// Issue 16, item 7: a backup is only as good as its restore. `pg_dump` of a running instance —
// citizens logging in and audit records being written while it runs — restored with
// `pg_restore` into a fresh database on the PostgreSQL server: the service starts on the copy,
// keeps working (a login on the copy continues the audit chain), and `tirkeu audit verify`
// passes on it. The commands are the ones docs/reliability.md gives to operators.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { openDatabase } from '../../src/db/database.ts';
import { recordAudit } from '../../src/services/audit.ts';
import { inTransaction } from '../../src/services/transaction.ts';
import { runCli } from '../support/cli.ts';
import { createServerDatabase } from '../support/engines.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Logs in by SMS code through the API, as a citizen would (the dev sink shows the code). */
async function login(server: ServerProcess, iin: string): Promise<void> {
  const post = (path: string, body: unknown) =>
    fetch(`${server.base}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
  const inbox = async () =>
    ((await fetch(`${server.base}/api/v1/dev/sms`).then((r) => r.json())) as { items: { text: string }[] }).items;
  const before = (await inbox()).length;
  const sent = await post('/auth/otp', { iin });
  assert.equal(sent.status, 200, JSON.stringify(sent.body));
  let code: string | undefined;
  for (let i = 0; i < 100 && code === undefined; i++) {
    await sleep(200); // the worker's outbox round delivers it; the newest message comes first
    const items = await inbox();
    if (items.length > before) code = /(\d{6})/.exec(items[0]!.text)?.[1];
  }
  const done = await post('/auth/otp/verify', { iin, challengeId: sent.body['challengeId'], code });
  assert.equal(done.status, 200, JSON.stringify(done.body));
}

/**
 * The demo newcomer's IIN from the start-up text. The "running at" line and the demo people are
 * two writes, which a loaded machine may deliver apart: wait for the second one too.
 */
async function demoNewcomer(server: ServerProcess): Promise<string> {
  for (let i = 0; i < 80; i++) {
    const found = /(\d{12})\s+adult with no registration/.exec(server.output())?.[1];
    if (found) return found;
    await sleep(250);
  }
  assert.fail(`no demo newcomer in the start-up text:\n${server.output()}`);
}

async function verify(url: string): Promise<{ verified: number; head: { seq: number; hash: string } }> {
  const result = await runCli(['audit', 'verify'], { DATABASE_URL: url });
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as { verified: number; head: { seq: number; hash: string } };
}

describe('backup and restore: pg_dump of a running instance into a fresh database', () => {
  it('restores a copy the service starts on and whose audit chain verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-backup-'));
    const source = await createServerDatabase();
    const target = await createServerDatabase();
    const dump = join(dir, 'tirkeu.dump');
    try {
      const live = await startServer({ DATABASE_URL: source.url, TIRKEU_DATA_DIR: join(dir, 'data') });
      const newcomer = await demoNewcomer(live);
      try {
        await login(live, newcomer);
        // Writers keep going while pg_dump runs: logins through the service, and audit records
        // from a second pool, as a second instance would write them.
        const side = await openDatabase({ url: source.url, maxConnections: 4 });
        let writing = true;
        const writers = Array.from({ length: 4 }, async () => {
          while (writing) {
            await inTransaction(side, (tx) =>
              recordAudit(tx, new Date(), { kind: 'system' }, { action: 'backup-test' }),
            );
          }
        });
        const logins = login(live, newcomer);
        await run('pg_dump', ['--format=custom', '--file', dump, source.url]);
        writing = false;
        await Promise.all([...writers, logins]);
        await side.close();
      } finally {
        assert.equal(await live.stop(), 0, live.output());
      }
      const atSource = await verify(source.url);

      await run('pg_restore', ['--exit-on-error', '--no-owner', '--dbname', target.url, dump]);
      const copied = await verify(target.url);
      assert.ok(copied.verified >= 2 && copied.verified <= atSource.verified, JSON.stringify({ copied, atSource }));

      const restored = await startServer({ DATABASE_URL: target.url, TIRKEU_DATA_DIR: join(dir, 'data') });
      try {
        const ready = await fetch(`${restored.base}/readyz`);
        assert.equal(ready.status, 200);
        assert.deepEqual(((await ready.json()) as { population: unknown }).population, {
          persons: 1000,
          complete: true,
        });
        await login(restored, newcomer);
      } finally {
        assert.equal(await restored.stop(), 0, restored.output());
      }
      const after = await verify(target.url);
      assert.ok(after.verified > copied.verified, 'the copy keeps chaining new records');
      // The copy's chain starts as the original's did: the same record at the same place.
      const anchored = await runCli(['audit', 'verify', '--anchor', `${copied.head.seq}:${copied.head.hash}`], {
        DATABASE_URL: source.url,
      });
      assert.equal(anchored.code, 0, anchored.stderr);
    } finally {
      await source.drop();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
