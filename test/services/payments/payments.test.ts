// Issue 17, part 4 (services.md S9/S10 "Fee", 004 L1 r.8, docs/payments.md): invoices issued
// through the gateway, the signed callback at POST /api/v1/payments/callback — valid, forged,
// replayed, stale, for another amount or payment or invoice — and the two stages of S9b gating
// the result. On both engines; the gateway is the development gateway over real HTTP, or the
// test server playing a broken one.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { signMessage } from '../../../src/domain/payments/callback.ts';
import { AppError } from '../../../src/errors.ts';
import { refreshInvoice } from '../../../src/services/payments/callbacks.ts';
import { type DevPaymentGateway, startDevPaymentGateway } from '../../../src/services/payments/dev-gateway.ts';
import { HttpPaymentGateway } from '../../../src/services/payments/http-payment-gateway.ts';
import {
  assertPaidThrough,
  invoicesOfCase,
  issueInvoice,
  paidThrough,
} from '../../../src/services/payments/invoices.ts';
import type { Payments } from '../../../src/services/payments/payment-gateway.ts';
import { ENGINES } from '../../support/engines.ts';
import { type PaymentGatewayServer, startPaymentGatewayServer } from '../../support/payment-gateway-server.ts';
import { openService, type TestService } from '../../support/service.ts';

const SECRET = new TextEncoder().encode('payment-secret-for-tests-32-chars-long');
const NOW = '2026-03-02T06:00:00Z';
/** Nobody listens there: the development gateway's own callbacks go nowhere in these tests. */
const NOWHERE = 'http://127.0.0.1:9/api/v1/payments/callback';

async function rejection(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => assert.fail('should have been refused'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AppError, String(error));
  return error;
}

for (const engine of ENGINES) {
  describe(`payments (${engine})`, () => {
    let s: TestService;
    let dev: DevPaymentGateway;
    let broken: PaymentGatewayServer;
    const payments = (change: Partial<Payments> = {}): Payments => ({
      gateway: new HttpPaymentGateway({ url: dev.url, secret: SECRET, timeoutMs: 2000, now: () => s.clock.now() }),
      secret: SECRET,
      callbackUrl: NOWHERE,
      maxSkewSeconds: 300,
      prices: {},
      refusePlaceholderPrices: false,
      ...change,
    });
    before(async () => {
      s = await openService(engine, { now: NOW });
      dev = await startDevPaymentGateway({ secret: SECRET, now: () => s.clock.now() });
      broken = await startPaymentGatewayServer();
    });
    after(async () => {
      await dev.close();
      await broken.close();
      await s.dispose();
    });
    beforeEach(() => {
      s.ctx.payments = payments();
    });

    const audit = (caseId: string) =>
      s.ctx.database.db
        .selectFrom('audit_events')
        .select(['action', 'details'])
        .where('action', 'like', 'payment-%')
        .orderBy('id')
        .execute()
        .then((rows) => rows.filter((r) => (r.details as { caseId?: string }).caseId === caseId));
    const callbacks = () => s.ctx.database.db.selectFrom('payment_callbacks').selectAll().orderBy('id').execute();

    /** The gateway's report on an invoice, signed at `at` (now unless told). */
    async function report(
      invoice: { id: string; gatewayId: string; amount: number },
      change: Record<string, unknown> = {},
      options: { at?: Date; secret?: Uint8Array } = {},
    ) {
      const raw = JSON.stringify({
        eventId: `evt-${crypto.randomUUID()}`,
        invoiceId: invoice.id,
        paymentId: invoice.gatewayId,
        status: 'paid',
        amountTiyn: invoice.amount,
        currency: 'KZT',
        at: s.clock.now().toISOString(),
        ...change,
      });
      return { raw, headers: await signMessage(raw, options.secret ?? SECRET, options.at ?? s.clock.now()) };
    }
    async function post(message: { raw: string; headers: Record<string, string> }) {
      const response = await s.app.fetch(
        new Request('http://tirkeu.test/api/v1/payments/callback', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...message.headers },
          body: message.raw,
        }),
      );
      return { status: response.status, body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    }

    describe('issuing an invoice (004 L1 r.8: the base cost on filing)', () => {
      it('asks the gateway, stores the invoice with its placeholder flag, and audits it', async () => {
        const caseId = crypto.randomUUID();
        const invoice = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        assert.equal(invoice.state, 'issued');
        assert.deepEqual([invoice.amount, invoice.placeholder, invoice.stage], [500_000, true, 'on-filing']);
        assert.match(invoice.paymentUrl, new RegExp(`^${dev.url}/pay/`));
        assert.equal(dev.invoices.get(invoice.id)?.paymentId, invoice.gatewayId);
        assert.equal(dev.invoices.get(invoice.id)?.callbackUrl, NOWHERE);
        const [record] = await audit(caseId);
        assert.equal(record?.action, 'payment-invoice-issued');
        assert.deepEqual(record?.details, {
          invoiceId: invoice.id,
          caseId,
          service: 'S9',
          variant: 'S9b',
          stage: 'on-filing',
          amountTiyn: 500_000,
          placeholder: true,
        });
      });

      it('issuing the same stage again gives the same invoice, and the gateway makes no second one', async () => {
        const caseId = crypto.randomUUID();
        const first = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        const before = dev.invoices.size;
        const again = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        assert.equal(again.id, first.id);
        assert.equal(dev.invoices.size, before);
        assert.equal((await invoicesOfCase(s.ctx, caseId)).length, 1);
      });

      it('issued for the same stage by two requests at once: one invoice stands, both get it', async () => {
        const caseId = crypto.randomUUID();
        const [a, b] = await Promise.all([
          issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing'),
          issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing'),
        ]);
        assert.equal(a.id, b.id);
        assert.equal((await invoicesOfCase(s.ctx, caseId)).length, 1);
        assert.equal((await audit(caseId)).length, 1);
      });

      it('a configured price is used and not marked a placeholder', async () => {
        s.ctx.payments = payments({ prices: { 'S10/on-filing': 1234.5 } });
        const invoice = await issueInvoice(s.ctx, crypto.randomUUID(), 'S10', 'S10', 'on-filing');
        assert.deepEqual([invoice.amount, invoice.placeholder], [123_450, false]);
      });

      it('production refuses a placeholder price: no invoice, nothing asked of the gateway', async () => {
        s.ctx.payments = payments({ refusePlaceholderPrices: true });
        const caseId = crypto.randomUUID();
        const before = dev.invoices.size;
        const error = await rejection(issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing'));
        assert.deepEqual([error.code, error.params['key']], ['payment.price-not-configured', 'S9b/on-filing']);
        assert.equal(dev.invoices.size, before);
        assert.deepEqual(await invoicesOfCase(s.ctx, caseId), []);
      });

      it('refuses a stage the variant does not pay, an unknown service, a case id that is no UUID', async () => {
        const id = crypto.randomUUID();
        assert.equal((await rejection(issueInvoice(s.ctx, id, 'S10', 'S10', 'before-result'))).code, 'payment.no-fee');
        assert.equal((await rejection(issueInvoice(s.ctx, id, 'S3', 'S3', 'on-filing'))).code, 'payment.no-fee');
        assert.equal((await rejection(issueInvoice(s.ctx, id, 'S99', 'S9b', 'on-filing'))).code, 'payment.no-fee');
        assert.equal(
          (await rejection(issueInvoice(s.ctx, 'case-1', 'S9', 'S9b', 'on-filing'))).code,
          'payment.case-invalid',
        );
      });

      it('payments off: payments-unavailable; the callback address does not exist', async () => {
        s.ctx.payments = undefined;
        const error = await rejection(issueInvoice(s.ctx, crypto.randomUUID(), 'S9', 'S9b', 'on-filing'));
        assert.equal(error.code, 'payments-unavailable');
        const answer = await post({ raw: '{}', headers: {} });
        assert.deepEqual([answer.status, answer.body.error.code], [404, 'not-found']);
      });
    });

    describe('a gateway that fails: a coded error and nothing written', () => {
      const viaBroken = () =>
        payments({ gateway: new HttpPaymentGateway({ url: broken.url, secret: SECRET, timeoutMs: 300 }) });

      for (const [what, mode, code] of [
        ['a malformed answer', { kind: 'garbage' }, 'payment.gateway-bad-answer'],
        [
          'an answer for another amount',
          { kind: 'answer', body: { paymentId: 'p', paymentUrl: 'https://p.kz/1', amountTiyn: 1 } },
          'payment.gateway-bad-answer',
        ],
        ['a timeout', { kind: 'slow', ms: 1500 }, 'payment.gateway-unavailable'],
        ['a 503', { kind: 'status', status: 503 }, 'payment.gateway-unavailable'],
      ] as const) {
        it(`${what}: ${code}`, async () => {
          s.ctx.payments = viaBroken();
          broken.mode = mode;
          const caseId = crypto.randomUUID();
          const error = await rejection(issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing'));
          assert.equal(error.code, code);
          for (const lang of ['kk', 'ru', 'en'] as const) assert.ok(error.messages[lang].length > 10);
          assert.deepEqual(await invoicesOfCase(s.ctx, caseId), []);
          assert.deepEqual(await audit(caseId), []);
        });
      }
    });

    describe('the callback: signed by the gateway, applied once', () => {
      it('valid: 200, the invoice is paid, the callback kept, the change audited', async () => {
        const caseId = crypto.randomUUID();
        const invoice = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        const message = await report(invoice);
        const answer = await post(message);
        assert.deepEqual([answer.status, answer.body], [200, { received: true, outcome: 'applied', state: 'paid' }]);
        const [paid] = await invoicesOfCase(s.ctx, caseId);
        assert.equal(paid?.state, 'paid');
        assert.deepEqual(paid?.state === 'paid' && paid.paidAt, s.clock.now());
        const kept = (await callbacks()).filter((c) => c.invoice_id === invoice.id);
        assert.deepEqual(
          kept.map((c) => [c.event_id, c.status, c.amount_tiyn, c.outcome]),
          [[JSON.parse(message.raw).eventId, 'paid', 500_000, 'applied']],
        );
        assert.deepEqual(
          (await audit(caseId)).map((r) => r.action),
          ['payment-invoice-issued', 'payment-invoice-paid'],
        );
      });

      it('forged (another secret, or the body changed): 401 in kk/ru/en, nothing changed', async () => {
        const caseId = crypto.randomUUID();
        const invoice = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        const other = new TextEncoder().encode('not-the-gateway-secret-but-long-enough');
        const genuine = await report(invoice);
        for (const message of [
          await report(invoice, {}, { secret: other }),
          { raw: genuine.raw.replace('"paid"', '"paid" '), headers: genuine.headers },
          { raw: genuine.raw, headers: {} },
        ]) {
          const answer = await post(message);
          assert.equal(answer.status, 401);
          assert.equal(answer.body.error.code, 'payment.signature-invalid');
          assert.deepEqual(Object.keys(answer.body.error.message).sort(), ['en', 'kk', 'ru']);
        }
        assert.equal((await invoicesOfCase(s.ctx, caseId))[0]?.state, 'issued');
        assert.equal((await callbacks()).filter((c) => c.invoice_id === invoice.id).length, 0);
        assert.equal((await audit(caseId)).length, 1);
      });

      it('replayed: the same callback again answers 200 and has no second effect', async () => {
        const caseId = crypto.randomUUID();
        const invoice = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        const message = await report(invoice);
        assert.equal((await post(message)).body.outcome, 'applied');
        s.clock.advance(60_000);
        const again = await post(message);
        assert.deepEqual([again.status, again.body], [200, { received: true, outcome: 'duplicate', state: 'paid' }]);
        // Another report of the same payment (a new event id) changes nothing either, and is kept.
        const second = await post(await report(invoice));
        assert.deepEqual([second.status, second.body.outcome], [200, 'no-change']);
        assert.deepEqual(
          (await callbacks()).filter((c) => c.invoice_id === invoice.id).map((c) => c.outcome),
          ['applied', 'no-change'],
        );
        assert.deepEqual(
          (await audit(caseId)).map((r) => r.action),
          ['payment-invoice-issued', 'payment-invoice-paid'],
        );
      });

      it('the same callback delivered twice at once: applied once, the other a duplicate', async () => {
        const caseId = crypto.randomUUID();
        const invoice = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        const message = await report(invoice);
        const answers = await Promise.all([post(message), post(message), post(message)]);
        assert.deepEqual(
          answers.map((a) => a.status),
          [200, 200, 200],
        );
        assert.deepEqual(answers.map((a) => a.body.outcome).sort(), ['applied', 'duplicate', 'duplicate']);
        assert.equal((await callbacks()).filter((c) => c.invoice_id === invoice.id).length, 1);
        assert.deepEqual(
          (await audit(caseId)).map((r) => r.action),
          ['payment-invoice-issued', 'payment-invoice-paid'],
        );
      });

      it('stale: signed more than the allowed skew ago (a replay captured long ago): 401', async () => {
        const caseId = crypto.randomUUID();
        const invoice = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        const message = await report(invoice, {}, { at: new Date(s.clock.now().getTime() - 301_000) });
        const answer = await post(message);
        assert.deepEqual([answer.status, answer.body.error.code], [401, 'payment.callback-stale']);
        assert.match(answer.body.error.message.en, /300 seconds/);
        assert.equal((await invoicesOfCase(s.ctx, caseId))[0]?.state, 'issued');
      });

      it('wrong amount, another payment, or an unknown invoice: coded errors, nothing changed', async () => {
        const caseId = crypto.randomUUID();
        const invoice = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        const cases = [
          [{ amountTiyn: 499_999 }, 409, 'payment.amount-mismatch'],
          [{ paymentId: 'someone-elses-payment' }, 409, 'payment.invoice-mismatch'],
          [{ invoiceId: crypto.randomUUID() }, 404, 'payment.invoice-not-found'],
          [{ currency: 'USD' }, 400, 'payment.callback-invalid'],
        ] as const;
        for (const [change, status, code] of cases) {
          const answer = await post(await report(invoice, change));
          assert.deepEqual([answer.status, answer.body.error.code], [status, code], code);
        }
        assert.equal((await invoicesOfCase(s.ctx, caseId))[0]?.state, 'issued');
        assert.equal((await callbacks()).filter((c) => c.invoice_id === invoice.id).length, 0);
        assert.equal((await audit(caseId)).length, 1);
      });

      it('a paid invoice reported expired is a conflict: 409, it stays paid', async () => {
        const caseId = crypto.randomUUID();
        const invoice = await issueInvoice(s.ctx, caseId, 'S10', 'S10', 'on-filing');
        await post(await report(invoice));
        const answer = await post(await report(invoice, { status: 'expired' }));
        assert.deepEqual([answer.status, answer.body.error.code], [409, 'payment.invoice-closed']);
        assert.equal((await invoicesOfCase(s.ctx, caseId))[0]?.state, 'paid');
      });

      it('an expired invoice may be followed by a new one for the same stage', async () => {
        const caseId = crypto.randomUUID();
        const invoice = await issueInvoice(s.ctx, caseId, 'S10', 'S10', 'on-filing');
        assert.equal((await post(await report(invoice, { status: 'expired' }))).body.state, 'expired');
        s.clock.advance(60_000);
        const next = await issueInvoice(s.ctx, caseId, 'S10', 'S10', 'on-filing');
        assert.notEqual(next.id, invoice.id);
        assert.deepEqual(
          (await invoicesOfCase(s.ctx, caseId)).map((i) => i.state),
          ['expired', 'issued'],
        );
      });

      it('is documented in /openapi.json: signed by headers, no bearer token', async () => {
        const doc = (await s.request('GET', '/openapi.json')).body;
        const operation = doc.paths['/api/v1/payments/callback'].post;
        assert.equal(operation.security, undefined);
        assert.deepEqual(operation.parameters.map((p: { name: string }) => p.name).sort(), [
          'x-payment-signature',
          'x-payment-timestamp',
        ]);
        assert.ok(doc.components.schemas.PaymentCallback);
      });

      it('a body over 8 KiB is refused before it is read: 413', async () => {
        const answer = await post({ raw: JSON.stringify({ pad: 'x'.repeat(9000) }), headers: {} });
        assert.deepEqual([answer.status, answer.body.error.code], [413, 'payload-too-large']);
      });
    });

    describe('S9b: two stages, the result only after the second (004 cl.6, L1 r.8)', () => {
      it('base paid: through filing, not through the result; the result waits for the additional payment', async () => {
        const caseId = crypto.randomUUID();
        assert.equal(await paidThrough(s.ctx, caseId, 'on-filing'), false);
        const refused = await rejection(issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'before-result'));
        assert.equal(refused.code, 'payment.earlier-stage-unpaid');

        const base = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        assert.equal(await paidThrough(s.ctx, caseId, 'on-filing'), false);
        await post(await report(base));
        assert.equal(await paidThrough(s.ctx, caseId, 'on-filing'), true);
        assert.equal(await paidThrough(s.ctx, caseId, 'before-result'), false);
        assert.equal((await rejection(assertPaidThrough(s.ctx, caseId, 'before-result'))).code, 'payment.not-paid');

        const rest = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'before-result');
        assert.deepEqual([rest.amount, rest.stage], [1_000_000, 'before-result']);
        assert.equal(await paidThrough(s.ctx, caseId, 'before-result'), false, 'issued is not paid');
        await post(await report(rest));
        assert.equal(await paidThrough(s.ctx, caseId, 'before-result'), true);
        await assertPaidThrough(s.ctx, caseId, 'before-result');
      });

      it('a case paying for one variant cannot be invoiced for another', async () => {
        const caseId = crypto.randomUUID();
        await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');
        assert.equal(
          (await rejection(issueInvoice(s.ctx, caseId, 'S10', 'S10', 'on-filing'))).code,
          'payment.case-mismatch',
        );
      });
    });

    describe('the status query: the fallback when a callback is lost', () => {
      it('a payment whose callback never arrived is found paid by asking the gateway', async () => {
        const caseId = crypto.randomUUID();
        const invoice = await issueInvoice(s.ctx, caseId, 'S10', 'S10', 'on-filing');
        const paid = await dev.settle(invoice.gatewayId, 'paid');
        assert.match(paid.delivery ?? '', /not delivered/);
        assert.equal((await invoicesOfCase(s.ctx, caseId))[0]?.state, 'issued');
        const refreshed = await refreshInvoice(s.ctx, invoice.id);
        assert.equal(refreshed.state, 'paid');
        const [, record] = await audit(caseId);
        assert.deepEqual(
          [record?.action, (record?.details as { via?: string }).via],
          ['payment-invoice-paid', 'status-query'],
        );
        // The callback arriving late after all changes nothing.
        const late = await post({
          raw: paid.lastCallback!,
          headers: await signMessage(paid.lastCallback!, SECRET, s.clock.now()),
        });
        assert.deepEqual([late.status, late.body.outcome], [200, 'no-change']);
      });
    });
  });
}
