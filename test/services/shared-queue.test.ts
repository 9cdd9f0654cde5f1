// Issue 16, item 2: several workers share one queue. The checks worker renews an application's
// lease before it asks the registries again, so a second worker — in this process or another,
// on the same PostgreSQL database — skips it while the lease runs (FOR UPDATE SKIP LOCKED makes
// two claims at the same moment take different rows). Two outbox dispatchers on one database
// never hand the same SMS to the gateway twice, and both take part.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../src/db/database.ts';
import { resilientRegistries } from '../../src/registries/resilient.ts';
import { createSqlRegistries } from '../../src/registries/sql/index.ts';
import { claimDueChecks } from '../../src/services/applications/checks.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { HttpSmsGateway } from '../../src/services/messaging/http-sms-gateway.ts';
import { dispatchOutbox, enqueue } from '../../src/services/messaging/outbox.ts';
import { inTransaction } from '../../src/services/transaction.ts';
import { apply } from '../support/api-flow.ts';
import { ENGINES } from '../support/engines.ts';
import { D, P } from '../support/family.ts';
import { openService, type TestService } from '../support/service.ts';
import { type FakeGateway, startGateway } from '../support/sms-gateway-server.ts';

/** `n` applications left in `checks` by an outage, their retry already due. */
async function dueChecks(s: TestService, n: number): Promise<string[]> {
  const me = await s.login(P.olga);
  s.faults.failing.add('realEstate');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const app = await apply(s, me, { service: 'registration-permanent', rka: D.D4 });
    assert.equal(app.state, 'checks');
    ids.push(app.id);
  }
  s.faults.failing.clear();
  await s.ctx.database.db.updateTable('applications').set({ retry_at: s.clock.now() }).execute();
  return ids;
}

/** A second process's view of the same PostgreSQL database: its own pool and registries. */
async function secondWorker(s: TestService): Promise<{ ctx: ServiceContext; close: () => Promise<void> }> {
  const database = await openDatabase({ url: s.test.url });
  const ctx = { ...s.ctx, database, registries: resilientRegistries(createSqlRegistries(database.db)) };
  return { ctx, close: () => database.close() };
}

for (const engine of ENGINES) {
  describe(`checks worker: the lease is renewed before the registries are asked again (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine);
    });
    after(() => s.dispose());

    it('a claimed application is not taken again while its lease runs, and is once it ran out', async () => {
      const [id] = await dueChecks(s, 1);
      const first = await claimDueChecks(s.ctx);
      assert.deepEqual(
        first.map((a) => a.id),
        [id],
      );
      assert.ok(first[0]!.retryAt! > s.clock.now(), 'the lease was renewed');
      assert.deepEqual(await claimDueChecks(s.ctx), [], 'a second worker skips it');
      s.clock.advance(61_000);
      assert.deepEqual(
        (await claimDueChecks(s.ctx)).map((a) => a.id),
        [id],
        'a worker that died with it leaves it to another',
      );
    });
  });
}

describe('two workers on one PostgreSQL database (postgres)', () => {
  if (!ENGINES.includes('postgres')) return;
  let s: TestService;
  let other: Awaited<ReturnType<typeof secondWorker>>;
  let gateway: FakeGateway;
  before(async () => {
    s = await openService('postgres');
    other = await secondWorker(s);
    gateway = await startGateway();
  });
  after(async () => {
    await gateway.close();
    await other.close();
    await s.dispose();
  });

  it('never take the same application: concurrent claims are disjoint and cover the queue', async () => {
    const ids = await dueChecks(s, 12);
    const taken: string[][] = [[], []];
    const worker = async (ctx: ServiceContext, mine: string[]) => {
      for (;;) {
        const claimed = await claimDueChecks(ctx, 2);
        if (claimed.length === 0) return;
        mine.push(...claimed.map((a) => a.id));
      }
    };
    await Promise.all([worker(s.ctx, taken[0]!), worker(other.ctx, taken[1]!)]);
    const all = [...taken[0]!, ...taken[1]!];
    assert.equal(new Set(all).size, all.length, 'no application taken twice');
    assert.deepEqual(all.sort(), ids.sort());
  });

  it('never send the same SMS twice, and share the messages between them', async () => {
    await inTransaction(s.ctx.database, async (tx) => {
      for (let i = 0; i < 12; i++) {
        await enqueue(tx, s.clock.now(), {
          channel: 'sms',
          recipient: P.olga,
          template: 'notify-refused',
          params: { number: `2025-0000000${i}` },
        });
      }
    });
    await s.ctx.database.db
      .updateTable('outbox')
      .set({ sent_at: s.clock.now() })
      .where('channel', '=', 'cabinet')
      .execute();
    gateway.requests.length = 0;
    // Each answer takes a while, so both dispatchers are sending at the same time.
    gateway.mode = { kind: 'slow', ms: 40 };
    const adapter = new HttpSmsGateway({ url: gateway.url, timeoutMs: 2000 });
    const dispatch = (ctx: ServiceContext) =>
      dispatchOutbox(ctx.database, ctx.registries, adapter, () => s.clock.now(), { batch: 4 });
    const [a, b] = await Promise.all([dispatch(s.ctx), dispatch(other.ctx)]);
    const ids = gateway.requests.map((r) => (r.body as { id: string }).id);
    assert.equal(ids.length, 12, 'one request per message');
    assert.equal(new Set(ids).size, 12);
    assert.equal(a.sent + b.sent, 12);
    assert.ok(a.sent > 0 && b.sent > 0, `both took part (${a.sent} + ${b.sent})`);
  });
});
