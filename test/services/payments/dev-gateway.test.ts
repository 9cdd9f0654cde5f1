// Issue 17, part 4: the development payment gateway end to end over real HTTP (docs/payments.md):
// Tirkeu served on a port, the gateway on another; an invoice made through the adapter, the
// gateway's page, the payer's "Pay" posted as a browser would, the signed callback sent to
// Tirkeu's address, the invoice paid; "send the notice again" is a replay, and changes nothing.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type ServerType, serve } from '@hono/node-server';
import { type DevPaymentGateway, startDevPaymentGateway } from '../../../src/services/payments/dev-gateway.ts';
import { HttpPaymentGateway } from '../../../src/services/payments/http-payment-gateway.ts';
import { invoicesOfCase, issueInvoice, paidThrough } from '../../../src/services/payments/invoices.ts';
import { ENGINES } from '../../support/engines.ts';
import { openService, type TestService } from '../../support/service.ts';

const SECRET = new TextEncoder().encode('payment-secret-for-tests-32-chars-long');

for (const engine of ENGINES) {
  describe(`the development payment gateway over HTTP (${engine})`, () => {
    let s: TestService;
    let server: ServerType;
    let dev: DevPaymentGateway;
    before(async () => {
      s = await openService(engine, { now: '2026-03-02T06:00:00Z' });
      server = await new Promise((resolve) => {
        const started = serve({ fetch: (request) => s.app.fetch(request), port: 0, hostname: '127.0.0.1' }, () =>
          resolve(started),
        );
      });
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      dev = await startDevPaymentGateway({ secret: SECRET, now: () => s.clock.now() });
      s.ctx.payments = {
        gateway: new HttpPaymentGateway({ url: dev.url, secret: SECRET, timeoutMs: 5000, now: () => s.clock.now() }),
        secret: SECRET,
        callbackUrl: `${base}/api/v1/payments/callback`,
        maxSkewSeconds: 300,
        prices: {},
        refusePlaceholderPrices: false,
      };
    });
    after(async () => {
      await dev.close();
      await new Promise((resolve) => server.close(resolve));
      await s.dispose();
    });

    it('invoice → payment page → Pay → signed callback → paid; the notice again changes nothing', async () => {
      const caseId = crypto.randomUUID();
      const invoice = await issueInvoice(s.ctx, caseId, 'S9', 'S9b', 'on-filing');

      const page = await fetch(invoice.paymentUrl);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /Development payment gateway/);
      assert.match(html, /Cadastral passport: Base cost of the technical inspection/);
      assert.match(html, /5000\.00 ₸/);

      const paid = await fetch(invoice.paymentUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'action=pay',
      });
      assert.match(await paid.text(), /Status: <strong>paid<\/strong>[\s\S]*Notice to Tirkeu: HTTP 200/);
      assert.equal((await invoicesOfCase(s.ctx, caseId))[0]?.state, 'paid');
      assert.equal(await paidThrough(s.ctx, caseId, 'on-filing'), true);

      await fetch(invoice.paymentUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'action=resend',
      });
      assert.equal(dev.invoices.get(invoice.id)?.delivery, 'HTTP 200');
      const kept = await s.ctx.database.db
        .selectFrom('payment_callbacks')
        .select('outcome')
        .where('invoice_id', '=', invoice.id)
        .execute();
      assert.deepEqual(kept, [{ outcome: 'applied' }], 'the replay was recognised and not kept twice');
    });

    it('Cancel on the page: the invoice is cancelled and a new one may be issued', async () => {
      const caseId = crypto.randomUUID();
      const invoice = await issueInvoice(s.ctx, caseId, 'S10', 'S10', 'on-filing');
      await fetch(invoice.paymentUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'action=cancel',
      });
      assert.equal((await invoicesOfCase(s.ctx, caseId))[0]?.state, 'cancelled');
      assert.equal(await paidThrough(s.ctx, caseId, 'on-filing'), false);
      const next = await issueInvoice(s.ctx, caseId, 'S10', 'S10', 'on-filing');
      assert.equal(next.state, 'issued');
    });

    it("the gateway's API refuses a request Tirkeu did not sign", async () => {
      const answer = await fetch(`${dev.url}/invoices`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ invoiceId: crypto.randomUUID(), amountTiyn: 1, currency: 'KZT' }),
      });
      assert.equal(answer.status, 401);
    });
  });
}
