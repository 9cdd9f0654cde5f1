// Issue 13, item 3: SMS through an HTTP gateway (docs/sms-gateway.md), against a real local HTTP
// server that plays the gateway: success, outage, slow answers, errors; the outbox retries what
// is transient in later rounds, gives up on a refusal, stores what became of each message, and
// sends the same id again after a crash so the gateway can drop the repeat.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../../src/db/database.ts';
import { HttpSmsGateway } from '../../../src/services/messaging/http-sms-gateway.ts';
import { dispatchOutbox, enqueue } from '../../../src/services/messaging/outbox.ts';
import { SmsDeliveryError } from '../../../src/services/messaging/sms-gateway.ts';
import { inTransaction } from '../../../src/services/transaction.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';
import { type FakeGateway, startGateway } from '../../support/sms-gateway-server.ts';

const TOKEN = 'gateway-token-for-tests';
const TIMEOUT_MS = 300;

const adapter = (gateway: FakeGateway, token: string | undefined = TOKEN) =>
  new HttpSmsGateway({ url: gateway.url, token, timeoutMs: TIMEOUT_MS });

const message = { id: 'b3d0c1de-0000-4000-8000-000000000001', phone: '+77011234567', text: 'Код: 123456' };

/** The SmsDeliveryError a send rejects with. */
async function failure(send: Promise<unknown>): Promise<SmsDeliveryError> {
  const error = await send.then(
    () => assert.fail('the send should have failed'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof SmsDeliveryError, String(error));
  return error;
}

describe('HTTP SMS gateway adapter: the request (docs/sms-gateway.md)', () => {
  let gateway: FakeGateway;
  before(async () => {
    gateway = await startGateway();
  });
  after(() => gateway.close());

  it('posts {id, to, text} as JSON with the bearer token and the id as Idempotency-Key', async () => {
    const receipt = await adapter(gateway).send(message);
    assert.deepEqual(receipt, { status: 'accepted', gatewayMessageId: 'gw-1' });
    const [request] = gateway.requests;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.path, '/v1/sms');
    assert.deepEqual(request?.body, { id: message.id, to: message.phone, text: message.text });
    assert.equal(request?.headers['authorization'], `Bearer ${TOKEN}`);
    assert.equal(request?.headers['idempotency-key'], message.id);
    assert.match(request?.headers['content-type'] ?? '', /^application\/json/);
  });

  it('sends no Authorization header without a token', async () => {
    gateway.requests.length = 0;
    await new HttpSmsGateway({ url: gateway.url, timeoutMs: TIMEOUT_MS }).send(message);
    assert.equal(gateway.requests[0]?.headers['authorization'], undefined);
  });
});

describe('HTTP SMS gateway adapter: how each answer is treated', () => {
  let gateway: FakeGateway;
  before(async () => {
    gateway = await startGateway();
  });
  after(() => gateway.close());

  it('a slow answer, beyond the timeout, is a transient "timeout" and does not wait for it', async () => {
    gateway.mode = { kind: 'slow', ms: 2000 };
    const started = Date.now();
    const error = await failure(adapter(gateway).send(message));
    assert.deepEqual([error.code, error.permanent], ['timeout', false]);
    assert.ok(Date.now() - started < 1500, `waited ${Date.now() - started} ms`);
  });

  it('5xx, 408 and 429 are transient; other 4xx are permanent', async () => {
    for (const [status, permanent] of [
      [500, false],
      [503, false],
      [408, false],
      [429, false],
      [400, true],
      [401, true],
      [422, true],
    ] as const) {
      gateway.mode = { kind: 'status', status };
      const error = await failure(adapter(gateway).send(message));
      assert.deepEqual([error.code, error.permanent], [`http-${status}`, permanent], String(status));
    }
  });

  it('a 2xx it cannot read is transient ("bad-answer"): the message is sent again under its id', async () => {
    gateway.mode = { kind: 'garbage' };
    const error = await failure(adapter(gateway).send(message));
    assert.deepEqual([error.code, error.permanent], ['bad-answer', false]);
  });

  it('a gateway that is down is a transient "unreachable"', async () => {
    await gateway.down();
    const error = await failure(adapter(gateway).send(message));
    assert.deepEqual([error.code, error.permanent], ['unreachable', false]);
    await gateway.up();
    gateway.mode = { kind: 'ok' };
    assert.equal((await adapter(gateway).send(message)).status, 'accepted');
  });

  it('never puts the phone or the text in the error', async () => {
    gateway.mode = { kind: 'status', status: 400 };
    const error = await failure(adapter(gateway).send(message));
    assert.doesNotMatch(`${error.message} ${error.stack}`, /77011234567|123456/);
  });
});

type OutboxRow = {
  id: number;
  message_key: string;
  sent_at: Date | null;
  attempts: number;
  delivery_status: string | null;
  gateway_message_id: string | null;
  last_error_code: string | null;
  params: Record<string, string | number>;
};

/** Writes `n` SMS for Olga (a code each, as a login would) and returns their rows. */
async function enqueueSms(s: TestService, n = 1): Promise<void> {
  await inTransaction(s.ctx.database, async (tx) => {
    for (let i = 0; i < n; i++) {
      await enqueue(tx, s.clock.now(), {
        channel: 'sms',
        recipient: P.olga,
        template: 'notify-refused',
        params: { number: `2025-0000000${i}` },
      });
    }
  });
}

async function rows(s: TestService): Promise<OutboxRow[]> {
  return s.ctx.database.db
    .selectFrom('outbox')
    .select([
      'id',
      'message_key',
      'sent_at',
      'attempts',
      'delivery_status',
      'gateway_message_id',
      'last_error_code',
      'params',
    ])
    .orderBy('id')
    .execute();
}

/**
 * The database as a process sees it that dies after sending, before its `nth` transaction
 * commits (the first unless told): the transactions before it commit as they would.
 */
function crashingBeforeCommit(database: Database, nth = 1): Database {
  let opened = 0;
  const db = new Proxy(database.db, {
    get(target, key) {
      if (key === 'transaction') {
        return () => ({
          execute: (work: (tx: unknown) => Promise<unknown>) =>
            target.transaction().execute(async (tx) => {
              const result = await work(tx);
              if (++opened === nth) throw new Error('the process died before the commit');
              return result;
            }),
        });
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ...database, db };
}

for (const engine of ENGINES) {
  describe(`outbox through the HTTP SMS gateway (${engine})`, () => {
    let s: TestService;
    let gateway: FakeGateway;
    let phone: string;
    before(async () => {
      s = await openService(engine);
      gateway = await startGateway();
      phone = (await s.ctx.registries.phones.phoneOf(P.olga))!.phone;
    });
    after(async () => {
      await gateway.close();
      await s.dispose();
    });
    const reset = async () => {
      await s.ctx.database.db.deleteFrom('outbox').execute();
      gateway.requests.length = 0;
      gateway.delivered.length = 0;
      gateway.mode = { kind: 'ok' };
    };
    const dispatch = (database: Database = s.ctx.database) =>
      dispatchOutbox(database, s.ctx.registries, adapter(gateway), () => s.clock.now());

    it('sends with the message key as id and stores the answer; the code is erased', async () => {
      await reset();
      await enqueueSms(s);
      assert.deepEqual(await dispatch(), { sent: 1, failed: 0 });
      const [row] = await rows(s);
      assert.deepEqual(gateway.requests[0]?.body, {
        id: row!.message_key,
        to: phone,
        text: (gateway.requests[0]?.body as { text: string }).text,
      });
      assert.match((gateway.requests[0]?.body as { text: string }).text, /2025-00000000[\s\S]*\n/);
      assert.ok(row!.sent_at);
      assert.deepEqual(
        [row!.delivery_status, row!.gateway_message_id, row!.last_error_code, row!.params],
        ['accepted', 'gw-1', null, {}],
      );
    });

    it('gives every message its own key', async () => {
      await reset();
      await enqueueSms(s, 3);
      await dispatch();
      const keys = (await rows(s)).map((r) => r.message_key);
      assert.equal(new Set(keys).size, 3);
      assert.deepEqual(gateway.delivered, keys);
    });

    it('outage: the message waits, is retried in a later round, and is delivered once', async () => {
      await reset();
      await enqueueSms(s);
      await gateway.down();
      assert.deepEqual(await dispatch(), { sent: 0, failed: 1 });
      let [row] = await rows(s);
      assert.deepEqual(
        [row!.sent_at, row!.attempts, row!.delivery_status, row!.last_error_code],
        [null, 1, null, 'unreachable'],
      );
      await gateway.up();
      assert.deepEqual(await dispatch(), { sent: 1, failed: 0 });
      [row] = await rows(s);
      assert.deepEqual([row!.attempts, row!.delivery_status], [2, 'accepted']);
      assert.equal(gateway.requests.length, 1);
      assert.deepEqual(gateway.delivered, [row!.message_key]);
    });

    it('slow answer: a timeout; the rest wait for the next round; the repeat carries the same id', async () => {
      await reset();
      await enqueueSms(s, 3);
      gateway.mode = { kind: 'slow', ms: TIMEOUT_MS * 3 };
      assert.deepEqual(await dispatch(), { sent: 0, failed: 1 });
      const [first, ...rest] = await rows(s);
      assert.deepEqual([first!.attempts, first!.last_error_code, first!.delivery_status], [1, 'timeout', null]);
      // The gateway was not asked again within the round: the other two were not even tried.
      assert.equal(gateway.requests.length, 1);
      assert.deepEqual(
        rest.map((r) => r.attempts),
        [0, 0],
      );
      // The slow gateway took the first message after all; the next round sends it again.
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 3));
      gateway.mode = { kind: 'ok' };
      assert.deepEqual(await dispatch(), { sent: 3, failed: 0 });
      const ids = gateway.requests.map((r) => (r.body as { id: string }).id);
      assert.deepEqual(ids, [first!.message_key, first!.message_key, rest[0]!.message_key, rest[1]!.message_key]);
      assert.equal(gateway.delivered.length, 3, 'the gateway dropped the repeat');
    });

    it('5xx: transient, retried next round', async () => {
      await reset();
      await enqueueSms(s);
      gateway.mode = { kind: 'status', status: 503 };
      assert.deepEqual(await dispatch(), { sent: 0, failed: 1 });
      assert.equal((await rows(s))[0]!.last_error_code, 'http-503');
      gateway.mode = { kind: 'ok' };
      assert.deepEqual(await dispatch(), { sent: 1, failed: 0 });
      assert.equal((await rows(s))[0]!.delivery_status, 'accepted');
    });

    it('4xx: permanent — stored as failed, the code erased, never tried again', async () => {
      await reset();
      await enqueueSms(s, 2);
      gateway.mode = { kind: 'status', status: 400 };
      // A refusal of one message says nothing about the gateway: the next one is tried too.
      assert.deepEqual(await dispatch(), { sent: 0, failed: 2 });
      gateway.mode = { kind: 'ok' };
      assert.deepEqual(await dispatch(), { sent: 0, failed: 0 });
      assert.equal(gateway.requests.length, 2);
      for (const row of await rows(s)) {
        assert.deepEqual(
          [row.sent_at, row.attempts, row.delivery_status, row.last_error_code, row.params],
          [null, 1, 'failed', 'http-400', {}],
        );
      }
    });

    it('gives up after the tenth transient failure and marks the message failed', async () => {
      await reset();
      await enqueueSms(s);
      await s.ctx.database.db.updateTable('outbox').set({ attempts: 9 }).execute();
      gateway.mode = { kind: 'status', status: 500 };
      assert.deepEqual(await dispatch(), { sent: 0, failed: 1 });
      const [row] = await rows(s);
      assert.deepEqual([row!.attempts, row!.delivery_status, row!.params], [10, 'failed', {}]);
    });

    it('a crash after sending, before the commit: the next round sends the same id again', async () => {
      await reset();
      await enqueueSms(s);
      await assert.rejects(dispatch(crashingBeforeCommit(s.ctx.database)), /died before the commit/);
      const [before] = await rows(s);
      assert.deepEqual([before!.sent_at, before!.attempts, before!.delivery_status], [null, 0, null]);
      assert.deepEqual(await dispatch(), { sent: 1, failed: 0 });
      const ids = gateway.requests.map((r) => (r.body as { id: string }).id);
      assert.deepEqual(ids, [before!.message_key, before!.message_key]);
      assert.deepEqual(gateway.delivered, [before!.message_key], 'delivered once');
    });

    it('one SMS per transaction: a database error after the second send leaves the first sent', async () => {
      await reset();
      await enqueueSms(s, 3);
      await assert.rejects(dispatch(crashingBeforeCommit(s.ctx.database, 2)), /died before the commit/);
      const [first, second, third] = await rows(s);
      assert.deepEqual([first!.attempts, first!.delivery_status], [1, 'accepted'], 'its own commit stands');
      assert.deepEqual([second!.sent_at, second!.attempts, third!.attempts], [null, 0, 0]);
      assert.deepEqual(await dispatch(), { sent: 2, failed: 0 });
      const ids = gateway.requests.map((r) => (r.body as { id: string }).id);
      // Not the batch again: only the message whose mark was lost, under the same key.
      assert.deepEqual(ids, [first!.message_key, second!.message_key, second!.message_key, third!.message_key]);
      assert.deepEqual(gateway.delivered, [first!.message_key, second!.message_key, third!.message_key]);
    });
  });
}
