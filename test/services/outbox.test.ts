// The outbox dispatcher under a backlog: a duties round drains more than one batch (up to its
// bound), one-time codes go out before cabinet notifications however many were written first,
// and a message that fails is tried once per round, not once per batch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispatchOutbox, enqueue } from '../../src/services/messaging/outbox.ts';
import { inTransaction } from '../../src/services/transaction.ts';
import { ENGINES } from '../support/engines.ts';
import { P } from '../support/family.ts';
import { openService, type TestService } from '../support/service.ts';

/** Writes `n` cabinet notifications for Olga, as refusals would. */
async function cabinetBacklog(s: TestService, n: number): Promise<void> {
  await inTransaction(s.ctx.database, async (tx) => {
    for (let i = 0; i < n; i++) {
      await enqueue(tx, s.clock.now(), {
        channel: 'cabinet',
        recipient: P.olga,
        template: 'notify-refused',
        params: { number: `2025-${String(i).padStart(8, '0')}` },
      });
    }
  });
}

async function count(s: TestService, table: 'notifications' | 'outbox', unsentOnly = false): Promise<number> {
  let query = s.ctx.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n'));
  if (unsentOnly) query = query.where('sent_at', 'is', null);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

const dispatch = (s: TestService, options: { batch: number; maxBatches: number }) =>
  dispatchOutbox(s.ctx.database, s.ctx.registries, s.sms, () => s.clock.now(), options);

for (const engine of ENGINES) {
  describe(`outbox dispatcher (${engine})`, () => {
    it('sends a login code enqueued after 120 notifications in the first batch', async () => {
      const s = await openService(engine);
      try {
        await cabinetBacklog(s, 120);
        const sent = await s.request('POST', '/api/v1/auth/otp', { body: { iin: P.olga } });
        assert.equal(sent.status, 200, JSON.stringify(sent.body));
        const first = await dispatch(s, { batch: 50, maxBatches: 1 });
        assert.deepEqual(first, { sent: 50, failed: 0 });
        assert.match(s.lastCode(P.olga), /^\d{6}$/);
        assert.equal(await count(s, 'notifications'), 49);
      } finally {
        await s.dispose();
      }
    });

    it('drains a backlog of several batches in one duties round', async () => {
      const s = await openService(engine);
      try {
        await cabinetBacklog(s, 130);
        assert.equal(await count(s, 'outbox', true), 130);
        const report = (await s.duties()) as { sent: number };
        assert.equal(report.sent, 130);
        assert.equal(await count(s, 'outbox', true), 0);
        assert.equal(await count(s, 'notifications'), 130);
      } finally {
        await s.dispose();
      }
    });

    it('stops at its bound, and leaves the rest for the next round', async () => {
      const s = await openService(engine);
      try {
        await cabinetBacklog(s, 35);
        assert.deepEqual(await dispatch(s, { batch: 10, maxBatches: 3 }), { sent: 30, failed: 0 });
        assert.equal(await count(s, 'outbox', true), 5);
        assert.deepEqual(await dispatch(s, { batch: 10, maxBatches: 3 }), { sent: 5, failed: 0 });
      } finally {
        await s.dispose();
      }
    });

    it('tries a failing message once per round, not once per batch', async () => {
      const s = await openService(engine);
      try {
        // Nobody holds this IIN in БМГ: the SMS cannot be sent.
        await inTransaction(s.ctx.database, (tx) =>
          enqueue(tx, s.clock.now(), { channel: 'sms', recipient: '900701300108', template: 'notify-refused' }),
        );
        await cabinetBacklog(s, 12);
        assert.deepEqual(await dispatch(s, { batch: 5, maxBatches: 10 }), { sent: 12, failed: 1 });
        const failed = await s.ctx.database.db
          .selectFrom('outbox')
          .select(['attempts', 'sent_at'])
          .where('channel', '=', 'sms')
          .executeTakeFirstOrThrow();
        assert.deepEqual(failed, { attempts: 1, sent_at: null });
      } finally {
        await s.dispose();
      }
    });
  });
}
