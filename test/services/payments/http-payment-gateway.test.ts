// Issue 17, part 4: the payment gateway adapter (docs/payments.md) against a real local HTTP
// server that plays the gateway: the request it sends, a good answer, a timeout, an answer it
// cannot read, error statuses, and the circuit breaker after repeated failures.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../../../src/domain/payments/callback.ts';
import type { Tiyn } from '../../../src/domain/payments/fees.ts';
import { HttpPaymentGateway } from '../../../src/services/payments/http-payment-gateway.ts';
import { PaymentGatewayError } from '../../../src/services/payments/payment-gateway.ts';
import { type PaymentGatewayServer, startPaymentGatewayServer } from '../../support/payment-gateway-server.ts';

const SECRET = new TextEncoder().encode('payment-secret-for-tests-32-chars-long');
const TIMEOUT_MS = 300;
const request = {
  invoiceId: '6a1d8c3e-2b4f-4e5a-9c7d-1e2f3a4b5c6d',
  amount: 500_000 as Tiyn,
  description: 'Cadastral passport: base cost',
  callbackUrl: 'https://tirkeu.example.kz/api/v1/payments/callback',
};

async function failure(call: Promise<unknown>): Promise<PaymentGatewayError> {
  const error = await call.then(
    () => assert.fail('the call should have failed'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof PaymentGatewayError, String(error));
  return error;
}

describe('payment gateway adapter: creating an invoice', () => {
  let gateway: PaymentGatewayServer;
  const adapter = () => new HttpPaymentGateway({ url: gateway.url, secret: SECRET, timeoutMs: TIMEOUT_MS });
  before(async () => {
    gateway = await startPaymentGatewayServer();
  });
  after(() => gateway.close());
  beforeEach(() => {
    gateway.mode = { kind: 'ok' };
    gateway.requests.length = 0;
  });

  it('posts the invoice signed, with its id as Idempotency-Key, and answers the payment id and page', async () => {
    const made = await adapter().createInvoice(request);
    assert.deepEqual(made, {
      paymentId: 'gw-6a1d8c3e',
      paymentUrl: 'https://pay.example.kz/p/6a1d8c3e-2b4f-4e5a-9c7d-1e2f3a4b5c6d',
    });
    const [sent] = gateway.requests;
    assert.equal(sent?.method, 'POST');
    assert.equal(sent?.path, '/v1/invoices');
    assert.deepEqual(JSON.parse(sent.raw), {
      invoiceId: request.invoiceId,
      amountTiyn: 500_000,
      currency: 'KZT',
      description: request.description,
      callbackUrl: request.callbackUrl,
    });
    assert.equal(sent?.headers['idempotency-key'], request.invoiceId);
    const signed = await verifySignature(
      sent.raw,
      {
        timestamp: sent.headers[TIMESTAMP_HEADER] as string,
        signature: sent.headers[SIGNATURE_HEADER] as string,
      },
      SECRET,
      new Date(),
    );
    assert.equal(signed.ok, true);
  });

  it('a slow gateway, beyond the timeout, is a transient "timeout" and is not waited for', async () => {
    gateway.mode = { kind: 'slow', ms: 2000 };
    const started = Date.now();
    const error = await failure(adapter().createInvoice(request));
    assert.deepEqual([error.code, error.transient], ['timeout', true]);
    assert.ok(Date.now() - started < 1500, `waited ${Date.now() - started} ms`);
  });

  it('a malformed answer is "bad-answer": garbage, a missing field, a non-URL page, another amount', async () => {
    const good = { paymentId: 'gw-1', paymentUrl: 'https://pay.example.kz/p/1', amountTiyn: 500_000 };
    const modes = [
      { kind: 'garbage' },
      { kind: 'answer', body: { paymentUrl: good.paymentUrl, amountTiyn: 500_000 } },
      { kind: 'answer', body: { ...good, paymentUrl: 'javascript:alert(1)' } },
      { kind: 'answer', body: { ...good, paymentId: 'x'.repeat(101) } },
      { kind: 'answer', body: { ...good, amountTiyn: 1 } },
    ] as const;
    for (const mode of modes) {
      gateway.mode = mode;
      const error = await failure(adapter().createInvoice(request));
      assert.deepEqual([error.code, error.transient], ['bad-answer', false], JSON.stringify(mode));
    }
  });

  it('5xx, 408 and 429 are transient; other 4xx are not', async () => {
    for (const [status, transient] of [
      [500, true],
      [503, true],
      [408, true],
      [429, true],
      [400, false],
      [401, false],
    ] as const) {
      gateway.mode = { kind: 'status', status };
      const error = await failure(adapter().createInvoice(request));
      assert.deepEqual([error.code, error.transient], [`http-${status}`, transient], String(status));
    }
  });

  it('a gateway that is not there is "unreachable"', async () => {
    const nowhere = new HttpPaymentGateway({ url: 'http://127.0.0.1:9/v1', secret: SECRET, timeoutMs: TIMEOUT_MS });
    const error = await failure(nowhere.createInvoice(request));
    assert.deepEqual([error.code, error.transient], ['unreachable', true]);
  });
});

describe('payment gateway adapter: the circuit breaker (as the registries, issue 16)', () => {
  let gateway: PaymentGatewayServer;
  before(async () => {
    gateway = await startPaymentGatewayServer();
  });
  after(() => gateway.close());

  it('after consecutive transient failures it stops calling until the half-open time has passed', async () => {
    const adapter = new HttpPaymentGateway({
      url: gateway.url,
      secret: SECRET,
      timeoutMs: TIMEOUT_MS,
      breakAfter: 2,
      halfOpenAfterMs: 60_000,
    });
    gateway.mode = { kind: 'status', status: 503 };
    for (let i = 0; i < 2; i++) assert.equal((await failure(adapter.createInvoice(request))).code, 'http-503');
    gateway.requests.length = 0;
    gateway.mode = { kind: 'ok' };
    assert.equal((await failure(adapter.createInvoice(request))).code, 'breaker-open');
    assert.equal(gateway.requests.length, 0, 'the gateway was not asked');
  });

  it('a bad answer does not open it (the gateway is there, the answer is wrong)', async () => {
    const adapter = new HttpPaymentGateway({ url: gateway.url, secret: SECRET, timeoutMs: TIMEOUT_MS, breakAfter: 1 });
    gateway.mode = { kind: 'garbage' };
    await failure(adapter.createInvoice(request));
    gateway.mode = { kind: 'ok' };
    assert.equal((await adapter.createInvoice(request)).paymentId, 'gw-6a1d8c3e');
  });
});

describe('payment gateway adapter: the status query', () => {
  let gateway: PaymentGatewayServer;
  before(async () => {
    gateway = await startPaymentGatewayServer();
  });
  after(() => gateway.close());

  it('asks GET /invoices/{id} signed over an empty body and reads the status', async () => {
    gateway.statuses.set(request.invoiceId, { paymentId: 'gw-1', status: 'paid', amountTiyn: 500_000 });
    const adapter = new HttpPaymentGateway({ url: gateway.url, secret: SECRET, timeoutMs: TIMEOUT_MS });
    assert.deepEqual(await adapter.invoiceStatus(request.invoiceId), {
      paymentId: 'gw-1',
      status: 'paid',
      amount: 500_000,
    });
    const sent = gateway.requests.at(-1)!;
    assert.deepEqual([sent.method, sent.path, sent.raw], ['GET', `/v1/invoices/${request.invoiceId}`, '']);
    gateway.statuses.set(request.invoiceId, { paymentId: 'gw-1', status: 'refunded', amountTiyn: 500_000 });
    assert.equal((await failure(adapter.invoiceStatus(request.invoiceId))).code, 'bad-answer');
  });
});
