// Issue 16, item 1: kill it anywhere, lose nothing. The real server (`tirkeu start`, a child
// process on PostgreSQL) serves concurrent citizens who each register with their flat's owner's
// consent, obtain an address certificate and deregister, while the harness kills it with SIGKILL
// at random moments — or cuts its database connections mid-transaction (pg_terminate_backend) —
// and starts it again; the clients resume with their idempotency keys. Afterwards every
// invariant of crash-invariants.ts must hold. Seeded: TIRKEU_CRASH_SEED=<seed> repeats a run's
// choices (the seed is in every failure message). TIRKEU_CRASH_KILLS (default 20) and
// TIRKEU_CRASH_CLIENTS (default 8) make a longer run; docs/reliability.md has its figures.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { CrashClient } from '../support/crash-client.ts';
import {
  auditViolations,
  certificateViolations,
  outboxViolations,
  registrationViolations,
  stateViolations,
} from '../support/crash-invariants.ts';
import { crashPopulation } from '../support/crash-population.ts';
import { ENGINES, openLoadedDatabase } from '../support/engines.ts';
import { startServer } from '../support/server-with-gateway.ts';
import { startGateway } from '../support/sms-gateway-server.ts';

const KILLS = Number(process.env['TIRKEU_CRASH_KILLS'] ?? 20);
const CLIENTS = Number(process.env['TIRKEU_CRASH_CLIENTS'] ?? 8);
const SEED = Number(process.env['TIRKEU_CRASH_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
/** The clients give up (and the run fails) after this long. */
const DEADLINE_MS = Number(process.env['TIRKEU_CRASH_DEADLINE_S'] ?? 900) * 1000;

/** TIRKEU_CRASH_VERBOSE=1 tells each crash as it happens (on stderr). */
const say = (text: string) => {
  if (process.env['TIRKEU_CRASH_VERBOSE'] === '1') process.stderr.write(`crash harness: ${text}\n`);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** mulberry32: a small seeded generator, so a run's kill moments can be repeated. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('crash harness: SIGKILL and lost database connections at random moments (postgres)', () => {
  if (!ENGINES.includes('postgres')) return;
  it(`${CLIENTS} citizens, ${KILLS} crashes: nothing lost, nothing doubled`, async () => {
    const seedNote = `seed ${SEED}: repeat with TIRKEU_CRASH_SEED=${SEED}`;
    const random = seeded(SEED);
    const { data, pairs } = crashPopulation(CLIENTS);
    const test = await openLoadedDatabase('postgres', data);
    // The harness's own connection, which pg_terminate_backend spares.
    const checker = await openDatabase({ url: `${test.url}?application_name=crash-harness`, maxConnections: 2 });
    const gateway = await startGateway();
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-crash-'));
    const port = await freePort();
    const settings = { databaseUrl: test.url!, dataDir: dir, gateway, env: { PORT: String(port) } };
    let server = await startServer(settings);
    const started = Date.now();
    const figures = { sigkill: 0, cuts: 0, backendsCut: 0, inTransaction: 0 };
    const died: string[] = [];
    try {
      const base = `http://127.0.0.1:${port}`;
      const clients = pairs.map((pair, i) => new CrashClient(base, pair, i, gateway, `s${SEED}`));
      let finished = false;
      const running = Promise.all(clients.map((c) => c.run(started + DEADLINE_MS))).finally(() => {
        finished = true;
      });
      for (let k = 0; k < KILLS && !finished; k++) {
        await sleep(300 + random() * 2500);
        if (finished) break;
        if (server.child.exitCode !== null) {
          died.push(server.output().slice(-2000));
          server = await startServer(settings);
        }
        if (random() < 0.3) {
          // The database drops the server's connections, transactions in flight included.
          const cut = await sql<{ busy: boolean }>`
            select pg_terminate_backend(pid), xact_start is not null as busy from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()
              and application_name <> 'crash-harness'`.execute(checker.db);
          figures.cuts++;
          say(`cut ${cut.rows.length} connections`);
          figures.backendsCut += cut.rows.length;
          figures.inTransaction += cut.rows.filter((r) => r.busy).length;
        } else {
          await server.stop('SIGKILL');
          figures.sigkill++;
          say(`killed; restarting`);
          server = await startServer(settings);
          say(`restarted`);
        }
      }
      say('clients running on without crashes');
      // A server that dies on its own (not killed by the harness) is a finding: it is started
      // again so that the clients can finish, and the run fails.
      while (!finished) {
        await Promise.race([running, sleep(1000)]);
        if (!finished && server.child.exitCode !== null) {
          died.push(server.output().slice(-2000));
          server = await startServer(settings);
        }
      }
      const reports = await running;
      say('clients done');
      // What the crashes left in the outbox is sent by the restarted server's worker.
      for (let i = 0; i < 300; i++) {
        const unsent = await checker.db
          .selectFrom('outbox')
          .select('id')
          .where('sent_at', 'is', null)
          .where('delivery_status', 'is', null)
          .execute();
        if (unsent.length === 0) break;
        await sleep(200);
      }
      assert.equal(await server.stop('SIGTERM'), 0, server.output());

      const outbox = await outboxViolations(checker, gateway);
      const newcomers = pairs.map((p) => p.newcomer.iin);
      const checks: [string, string[]][] = [
        ['the server never died on its own', died],
        ['each application in one valid state, every client finished', await stateViolations(checker, reports)],
        ['no registration doubled, one open permanent registration', await registrationViolations(checker)],
        ['one audit record per state change', await auditViolations(checker)],
        ['every message delivered, no SMS twice for one message', outbox.found],
        ['no certificate lost or issued twice', await certificateViolations(checker, reports, newcomers)],
      ];
      const apps = await checker.db
        .selectFrom('applications')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      console.warn(
        JSON.stringify({
          seed: SEED,
          seconds: Math.round((Date.now() - started) / 1000),
          clients: CLIENTS,
          applications: Number(apps.n),
          ...figures,
          retries: reports.reduce((sum, r) => sum + r.retries, 0),
          ...outbox.figures,
        }),
      );
      for (const [what, found] of checks) assert.deepEqual(found, [], `${what} (${seedNote})`);
    } finally {
      await server.stop('SIGKILL');
      await gateway.close();
      await checker.close();
      await test.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
