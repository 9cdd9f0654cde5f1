// Issue 16, item 3: several server processes on one PostgreSQL database stay one service. Two
// `tirkeu start` share the database: a session made on one works on the other, the throttle
// counts the requests made to both, an idempotency key replayed on the other answers as the
// first time, and the outbox hands every SMS to the gateway once although both run the worker.
// TIRKEU_WORKERS=2 runs two processes on one port (node:cluster); PGlite, which serves a single
// process, refuses it with a coded error.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../src/services/context.ts';
import { runCli } from '../support/cli.ts';
import { ENGINES, openLoadedDatabase, type TestDatabase } from '../support/engines.ts';
import { D, P } from '../support/family.ts';
import { familyDataset } from '../support/service.ts';
import { type FakeGateway, startGateway } from '../support/sms-gateway-server.ts';
import { ApiClient, loginBySms, type ServerProcess, startServer } from '../support/server-with-gateway.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const data = familyDataset();
const phoneOf = (iin: string) => data.phones.find((p) => p.iin === iin)!.phone;

describe('TIRKEU_WORKERS without a PostgreSQL server', () => {
  it('is refused with a coded error before anything is opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-workers-'));
    try {
      const r = await runCli(['start'], { TIRKEU_WORKERS: '2', TIRKEU_DATA_DIR: join(dir, 'data') });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^tirkeu: workers-need-database-server: TIRKEU_WORKERS=2 needs a PostgreSQL server/);
      assert.equal(r.stdout, '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('two `tirkeu start` on one PostgreSQL database (postgres)', () => {
  if (!ENGINES.includes('postgres')) return;
  let test: TestDatabase;
  let gateway: FakeGateway;
  let dir: string;
  let a: ServerProcess;
  let b: ServerProcess;
  before(async () => {
    test = await openLoadedDatabase('postgres', data);
    gateway = await startGateway();
    dir = mkdtempSync(join(tmpdir(), 'tirkeu-two-'));
    const settings = { databaseUrl: test.url!, dataDir: dir, gateway };
    // The first makes the test CA and the seal in the shared data directory; then the second.
    a = await startServer(settings);
    b = await startServer(settings);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await gateway.close();
    await test.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a session made on one works on the other', async () => {
    const onA = new ApiClient(a.base, '198.51.100.1');
    await loginBySms(onA, gateway, P.olga, phoneOf(P.olga));
    const onB = new ApiClient(b.base, '198.51.100.1');
    onB.token = onA.token;
    const mine = await onB.request('GET', '/cabinet/registrations');
    assert.equal(mine.status, 200, JSON.stringify(mine.body));
    const stranger = new ApiClient(b.base, '198.51.100.1');
    stranger.token = 'not-a-session-token';
    assert.equal((await stranger.request('GET', '/cabinet/registrations')).status, 401);
  });

  it('the throttle counts the requests made to both', async () => {
    const { burst, everySeconds } = DEFAULT_SETTINGS.addressBudgets.logins;
    const clients = [new ApiClient(a.base, '198.51.100.2'), new ApiClient(b.base, '198.51.100.2')];
    const statuses: number[] = [];
    const started = Date.now();
    // Alternately, burst + 10 in all: each process alone would allow them all.
    for (let i = 0; i < burst + 10; i++) {
      statuses.push((await clients[i % 2]!.request('POST', '/auth/challenge')).status);
    }
    const refilled = Math.ceil((Date.now() - started) / 1000 / everySeconds);
    const allowed = statuses.filter((s) => s === 200).length;
    assert.ok(allowed >= burst, `${allowed} allowed`);
    assert.ok(allowed <= burst + refilled, `${allowed} allowed, at most ${burst} + ${refilled} refilled`);
    assert.ok(statuses.includes(429));
  });

  it('an idempotency key replayed on the other process gets the same answer, not a second application', async () => {
    const onA = new ApiClient(a.base, '198.51.100.3');
    await loginBySms(onA, gateway, P.arman, phoneOf(P.arman));
    const onB = new ApiClient(b.base, '198.51.100.3');
    onB.token = onA.token;
    const headers = { 'idempotency-key': 'several-processes-0001' };
    const body = { service: 'registration-permanent', rka: D.D4 };
    const first = await onA.request('POST', '/applications', { body, headers });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const again = await onB.request('POST', '/applications', { body, headers });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replay'), 'true');
    assert.deepEqual(again.body, first.body);
    const count = await test.database.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('applicant', '=', P.arman)
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });

  it('sends each SMS once although both run the worker', async () => {
    const people = [P.aigerim, P.dauren, P.timur, P.dana, P.viktor, P.saltanat, P.zhanar, P.alina];
    await Promise.all(
      people.map((iin, i) =>
        new ApiClient(i % 2 ? a.base : b.base, `198.51.100.${10 + i}`).request('POST', '/auth/otp', { body: { iin } }),
      ),
    );
    const db = test.database.db;
    for (let i = 0; i < 100; i++) {
      const unsent = await db.selectFrom('outbox').select('id').where('sent_at', 'is', null).execute();
      if (unsent.length === 0) break;
      await sleep(200);
    }
    const rows = await db
      .selectFrom('outbox')
      .select(['message_key', 'sent_at'])
      .where('channel', '=', 'sms')
      .execute();
    assert.ok(rows.length >= people.length);
    assert.ok(
      rows.every((r) => r.sent_at !== null),
      'all sent',
    );
    const ids = gateway.requests.map((r) => (r.body as { id: string }).id);
    assert.equal(ids.length, new Set(ids).size, 'no message handed to the gateway twice');
    assert.deepEqual(new Set(ids), new Set(rows.map((r) => r.message_key)));
  });
});

describe('TIRKEU_WORKERS=2 (postgres)', () => {
  if (!ENGINES.includes('postgres')) return;
  it('serves on one port from two processes, and stops them all on SIGTERM', async () => {
    const test = await openLoadedDatabase('postgres', data);
    const gateway = await startGateway();
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-cluster-'));
    let server: ServerProcess | undefined;
    try {
      server = await startServer({ databaseUrl: test.url!, dataDir: dir, gateway, env: { TIRKEU_WORKERS: '2' } });
      assert.match(server.output(), /\(database: .*, 2 processes\)/);
      const client = new ApiClient(server.base, '198.51.100.50');
      await loginBySms(client, gateway, P.olga, phoneOf(P.olga));
      // Each request may reach either process: the session holds on both.
      for (let i = 0; i < 6; i++) assert.equal((await client.request('GET', '/cabinet/registrations')).status, 200);
      assert.equal(await server.stop('SIGTERM'), 0, server.output());
    } finally {
      await server?.stop('SIGKILL');
      await gateway.close();
      await test.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
