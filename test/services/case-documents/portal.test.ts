// Issue 17 item 6, the portal's filing service on both engines: the consent code confirmed for
// the filing, the case opened with its due date and the first-stage invoice (004 L1 r.8); a
// payment gateway that cannot be reached does not lose the filing — the invoice is asked for
// when the applicant next opens the request; another person never sees it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Payments } from '../../../src/services/payments/payment-gateway.ts';
import { type DevPaymentGateway, startDevPaymentGateway } from '../../../src/services/payments/dev-gateway.ts';
import { HttpPaymentGateway } from '../../../src/services/payments/http-payment-gateway.ts';
import {
  confirmConsent,
  filePortalCase,
  myCase,
  myCases,
  newFilingId,
  requestConsentCode,
  uploadForFiling,
} from '../../../src/services/case-documents/portal.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const SECRET = new TextEncoder().encode('payment-secret-for-portal-tests-32c');
const NOW = '2026-03-19T06:00:00Z';
const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;

for (const engine of ENGINES) {
  describe(`filing S9/S10 from the portal [${engine}]`, () => {
    let s: TestService;
    let dev: DevPaymentGateway;
    const payments = (url: string): Payments => ({
      gateway: new HttpPaymentGateway({ url, secret: SECRET, timeoutMs: 2000, now: () => s.clock.now() }),
      secret: SECRET,
      callbackUrl: 'http://127.0.0.1:9/callback',
      maxSkewSeconds: 300,
      prices: {},
      refusePlaceholderPrices: false,
    });
    before(async () => {
      s = await openService(engine, { now: NOW });
      dev = await startDevPaymentGateway({ secret: SECRET, now: () => s.clock.now() });
    });
    after(async () => {
      await dev.close();
      await s.dispose();
    });

    const consent = async (caseId: string) => {
      const sent = await requestConsentCode(s.ctx, P.aigerim, caseId);
      await s.duties();
      return confirmConsent(s.ctx, P.aigerim, caseId, { challengeId: sent.challengeId, code: s.lastCode(P.aigerim) });
    };
    const fileS9b = async (caseId: string) => {
      await uploadForFiling(s.ctx, {
        caseId,
        owner: P.aigerim,
        service: 'S9',
        variant: 'S9b',
        statements: new Set(),
        kind: 'title-document',
        content: PDF,
      });
      return filePortalCase(s.ctx, {
        caseId,
        applicant: P.aigerim,
        service: 'S9',
        variant: 'S9b',
        facts: { object: 'flat' },
        object: { kind: 'rka', rka: '2301000000000001' },
        statements: new Set(),
        consent: await consent(caseId),
      });
    };

    describe('004 cl.4, L1 r.8: accepted with the date of the result and the first-stage invoice', () => {
      it('files an S9b case at the pilot office and issues the base inspection cost', async () => {
        s.ctx.payments = payments(dev.url);
        const filed = await fileS9b(newFilingId());
        assert.equal(filed.record.case.state, 'accepted');
        assert.equal(filed.record.case.dueOn, '2026-03-27');
        assert.equal(filed.record.case.office, 'astana-1');
        assert.match(filed.number, /^C-\d+$/);
        assert.equal(filed.invoice?.stage, 'on-filing');
        assert.equal(filed.invoice?.amount, 500_000);
        assert.ok(filed.invoice?.paymentUrl.startsWith(dev.url));
      });
      it('a wrong consent code is a coded error and files nothing', async () => {
        const caseId = newFilingId();
        const sent = await requestConsentCode(s.ctx, P.aigerim, caseId);
        await s.duties();
        const wrong = s.lastCode(P.aigerim) === '000000' ? '111111' : '000000';
        await assert.rejects(
          confirmConsent(s.ctx, P.aigerim, caseId, { challengeId: sent.challengeId, code: wrong }),
          code('otp-wrong-code'),
        );
        assert.equal(
          (await myCases(s.ctx, P.aigerim)).some((k) => k.id === caseId),
          false,
        );
      });
    });

    describe('a payment gateway that cannot be reached', () => {
      it('does not lose the filing: the invoice is asked for when the request is opened again', async () => {
        s.ctx.payments = payments('http://127.0.0.1:9');
        const caseId = newFilingId();
        const filed = await fileS9b(caseId);
        assert.equal(filed.invoice, null);
        assert.equal(filed.record.case.state, 'accepted');
        s.ctx.payments = payments(dev.url);
        const opened = await myCase(s.ctx, P.aigerim, caseId);
        assert.deepEqual(
          opened.invoices.map((i) => [i.stage, i.state]),
          [['on-filing', 'issued']],
        );
        // Opening it again finds the same invoice, never a second one.
        assert.equal((await myCase(s.ctx, P.aigerim, caseId)).invoices.length, 1);
        await assert.rejects(myCase(s.ctx, P.gulnar, caseId), code('case.not-found'));
      });
    });
  });
}
