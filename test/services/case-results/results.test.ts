// Issue 17 items 4–6, the results of S9 and S10 on both engines: management's signature draws up
// the result, seals it with the provider's key and files it to the cabinet and the object's
// inventory file in the move's own transaction (004 cl.4, cl.6, cl.7, cl.9, cl.11); S9b/S9c hold it
// until the additional payment, released by the gateway's paid report once — not by a replay,
// not by a forgery, never unpaid (004 L1 r.8).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { signMessage } from '../../../src/domain/payments/callback.ts';
import type { Invoice } from '../../../src/domain/payments/invoice.ts';
import { readInventory } from '../../../src/services/case-documents/inventory.ts';
import { myDocument } from '../../../src/services/case-documents/portal.ts';
import { myCaseWithResults, myResult } from '../../../src/services/case-results/my-results.ts';
import { applyCaseEvent } from '../../../src/services/cases/apply.ts';
import { actOnCase, type BackOfficeStaff } from '../../../src/services/cases/back-office.ts';
import type { CaseFiling } from '../../../src/services/cases/open.ts';
import { readCertificateAttachments } from '../../../src/services/certificates/certificate-pdf.ts';
import { verifySeal } from '../../../src/services/certificates/seal.ts';
import { type DevPaymentGateway, startDevPaymentGateway } from '../../../src/services/payments/dev-gateway.ts';
import { HttpPaymentGateway } from '../../../src/services/payments/http-payment-gateway.ts';
import { invoicesOfCase, issueInvoice } from '../../../src/services/payments/invoices.ts';
import { canonicalBytes } from '../../../src/services/signatures/canonical-json.ts';
import { runDuties } from '../../../src/services/worker.ts';
import * as x509 from '../../../src/services/signatures/x509.ts';
import { openCaseWithFile } from '../../support/case-files.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const SECRET = new TextEncoder().encode('payment-secret-for-result-tests-32-chars');
// 11:00 in Astana on Thursday 19 March 2026.
const NOW = '2026-03-19T06:00:00Z';
const NOWHERE = 'http://127.0.0.1:9/api/v1/payments/callback';
const OFFICE = 'astana-1';
const APPLICANT = P.aigerim;
const MEASURED = { totalAreaM2: '64,5', livingAreaM2: '44.5', rooms: '3', explication: 'room 18.2; kitchen 9.1' };
const ROLES = {
  'archive-employee': P.sara,
  'technical-inspector': P.kulan,
  executor: P.nurlan,
  management: P.timur,
} as const;
const staff = (role: keyof typeof ROLES): BackOfficeStaff => ({ iin: ROLES[role], role, office: OFFICE });
const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;

const filing = (variant: string, facts: CaseFiling['facts'] = { object: 'flat' }): CaseFiling => ({
  id: randomUUID(),
  service: variant === 'S10' ? 'S10' : 'S9',
  variant,
  channel: 'portal',
  filedAt: '2026-03-19T11:00:00+05:00',
  facts,
  applicant: APPLICANT,
  office: OFFICE,
});

for (const engine of ENGINES) {
  describe(`results of S9 and S10 [${engine}]`, () => {
    let s: TestService;
    let dev: DevPaymentGateway;
    before(async () => {
      s = await openService(engine, { now: NOW });
      dev = await startDevPaymentGateway({ secret: SECRET, now: () => s.clock.now() });
      s.ctx.payments = {
        gateway: new HttpPaymentGateway({ url: dev.url, secret: SECRET, timeoutMs: 2000, now: () => s.clock.now() }),
        secret: SECRET,
        callbackUrl: NOWHERE,
        maxSkewSeconds: 300,
        prices: {},
        refusePlaceholderPrices: false,
      };
    });
    after(async () => {
      await dev.close();
      await s.dispose();
    });

    const db = () => s.ctx.database.db;
    const now = () => s.clock.now();
    const caseRow = (id: string) => db().selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const results = (id: string) =>
      db()
        .selectFrom('case_documents')
        .selectAll()
        .where('case_id', '=', id)
        .where('origin', '=', 'provider')
        .execute();
    const events = (id: string, event: string) =>
      db().selectFrom('case_events').select('seq').where('case_id', '=', id).where('event', '=', event).execute();
    const act = async (id: string, role: keyof typeof ROLES, step: string, posted: Record<string, string> = {}) =>
      actOnCase(s.ctx, staff(role), {
        caseId: id,
        version: (await caseRow(id)).version,
        act: { kind: 'complete-step', step, posted },
      });

    /** The gateway's signed report that an invoice is paid. */
    async function report(invoice: Invoice, secret = SECRET) {
      const raw = JSON.stringify({
        eventId: `evt-${randomUUID()}`,
        invoiceId: invoice.id,
        paymentId: invoice.gatewayId,
        status: 'paid',
        amountTiyn: invoice.amount,
        currency: 'KZT',
        at: now().toISOString(),
      });
      return { raw, headers: await signMessage(raw, secret, now()) };
    }
    async function post(message: { raw: string; headers: Record<string, string> }) {
      const response = await s.app.fetch(
        new Request('http://tirkeu.test/api/v1/payments/callback', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...message.headers },
          body: message.raw,
        }),
      );
      return { status: response.status, body: (await response.json()) as { outcome?: string } };
    }
    const stage = async (id: string, name: 'on-filing' | 'before-result') =>
      (await invoicesOfCase(s.ctx, id)).find((i) => i.stage === name && i.state !== 'cancelled');

    /** What the PDF's seal signed, after checking the seal against the trust list. */
    async function sealed(content: Uint8Array) {
      const attached = await readCertificateAttachments(content);
      assert.ok(attached, 'the PDF carries its signed content');
      const signed = JSON.parse(attached.contentJson) as {
        kind: string;
        duplicate: boolean;
        lines: { label: string; value: unknown }[];
      };
      const check = await verifySeal({
        data: canonicalBytes(signed),
        signature: attached.signature,
        certificate: new x509.X509Certificate(attached.sealCertificatePem),
        trust: s.ctx.trust,
        at: now(),
      });
      assert.deepEqual(check, { ok: true });
      return signed;
    }
    const line = (signed: { lines: { label: string; value: unknown }[] }, label: string) =>
      signed.lines.find((l) => l.label === label)?.value;

    /** An S9b case taken to management's signature, the first stage paid. */
    async function s9bToPaymentDue(rka: string) {
      const { case: kase } = await openCaseWithFile(s.ctx.database, filing('S9b'), now(), { kind: 'rka', rka });
      const first = await issueInvoice(s.ctx, kase.id, 'S9', 'S9b', 'on-filing');
      assert.equal((await post(await report(first))).status, 200);
      await act(kase.id, 'archive-employee', 'archive');
      await act(kase.id, 'technical-inspector', 'inspect', MEASURED);
      await act(kase.id, 'executor', 'payment-due');
      return kase.id;
    }

    describe('004 cl.4, cl.6, cl.7, L1 r.8: S9b — the signed passport, held until the rest is paid', () => {
      const rka = '2301000000000011';
      let id = '';
      it('the payment-due notice issues the invoice for the rest', async () => {
        id = await s9bToPaymentDue(rka);
        const rest = await stage(id, 'before-result');
        assert.equal(rest?.state, 'issued');
        assert.equal(rest.amount, 1_000_000);
      });

      it('management’s signature files the sealed passport with the measurements into the inventory file', async () => {
        const signed = await act(id, 'management', 'sign');
        assert.equal(signed.case.currentStep, 'file-away');
        const [passport, ...more] = await results(id);
        assert.equal(more.length, 0);
        assert.deepEqual(
          [passport?.kind, passport?.media_type, passport?.owner_iin],
          ['cadastral-passport', 'application/pdf', APPLICANT],
        );
        const content = await sealed(passport!.content);
        assert.deepEqual(
          [line(content, 'rka'), line(content, 'totalAreaM2'), line(content, 'livingAreaM2'), line(content, 'rooms')],
          [rka, 64.5, 44.5, 3],
        );
        assert.equal(content.duplicate, false);
        const file = await readInventory(s.ctx.database, { kind: 'rka', rka });
        assert.deepEqual(
          file.map((e) => [e.entry, e.kind]),
          [
            ['filing', 'S9b-request'],
            ['result', 'cadastral-passport'],
          ],
        );
        assert.equal(file[1]?.documentId, passport!.id);
      });

      it('unpaid, the result stays held and cannot be downloaded; the page offers the rest to pay', async () => {
        await act(id, 'archive-employee', 'file-away');
        assert.equal((await caseRow(id)).state, 'result-ready');
        const [passport] = await results(id);
        await assert.rejects(myResult(s.ctx, APPLICANT, id, passport!.id), code('case-document.not-found'));
        await assert.rejects(myDocument(s.ctx, APPLICANT, passport!.id), code('case-document.not-found'));
        const page = await myCaseWithResults(s.ctx, APPLICANT, id);
        assert.deepEqual([page.state, page.results.length, page.rest?.stage], ['result-ready', 0, 'before-result']);
        await assert.rejects(
          applyCaseEvent(s.ctx.database, { caseId: id, event: { kind: 'release', actor: { kind: 'system' } } }, now()),
          code('payment.not-paid'),
        );
        assert.equal((await caseRow(id)).state, 'result-ready');
      });

      it('a forged report changes nothing', async () => {
        const rest = (await stage(id, 'before-result'))!;
        const forged = await post(await report(rest, new TextEncoder().encode('not-the-gateway-secret-at-all-32ch')));
        assert.equal(forged.status, 401);
        assert.equal((await caseRow(id)).state, 'result-ready');
        assert.equal((await stage(id, 'before-result'))?.state, 'issued');
      });

      it('paid: the case is issued and the applicant downloads the signed passport; a replay releases nothing again', async () => {
        const rest = (await stage(id, 'before-result'))!;
        const message = await report(rest);
        const first = await post(message);
        assert.deepEqual([first.status, first.body.outcome], [200, 'applied']);
        assert.equal((await caseRow(id)).state, 'issued');
        const page = await myCaseWithResults(s.ctx, APPLICANT, id);
        assert.deepEqual(
          page.results.map((r) => r.kind),
          ['cadastral-passport'],
        );
        assert.equal(page.rest, null);
        const download = await myResult(s.ctx, APPLICANT, id, page.results[0]!.id);
        assert.equal(Buffer.from(download.content.subarray(0, 5)).toString(), '%PDF-');
        const again = await post(message);
        assert.deepEqual([again.status, again.body.outcome], [200, 'duplicate']);
        assert.equal((await events(id, 'release')).length, 1);
        const told = await db()
          .selectFrom('outbox')
          .select('params')
          .where('template', '=', 'notify-case-result')
          .where('recipient', '=', APPLICANT)
          .execute();
        assert.equal(told.filter((m) => m.params['number'] === page.number).length, 1);
        assert.equal((await results(id)).length, 1);
      });

      it('another citizen gets neither the request nor its result', async () => {
        const [passport] = await results(id);
        await assert.rejects(myCaseWithResults(s.ctx, P.gulnar, id), code('case.not-found'));
        await assert.rejects(myResult(s.ctx, P.gulnar, id, passport!.id), code('case-document.not-found'));
      });
    });

    describe('004 L1 r.8: the rest paid before the last step', () => {
      it('the last step releases the result at once', async () => {
        const id = await s9bToPaymentDue('2301000000000012');
        assert.equal((await post(await report((await stage(id, 'before-result'))!))).body.outcome, 'applied');
        assert.equal((await caseRow(id)).state, 'in-progress');
        await act(id, 'management', 'sign');
        const filed = await act(id, 'archive-employee', 'file-away');
        assert.equal(filed.case.state, 'issued');
        assert.equal((await events(id, 'release')).length, 1);
      });
    });

    describe('004 L1 r.8: a release that did not happen after the payment was recorded', () => {
      it('the payment stands, and the worker releases the result', async () => {
        const id = await s9bToPaymentDue('2301000000000014');
        await act(id, 'management', 'sign');
        await act(id, 'archive-employee', 'file-away');
        // The paid report committed, then the process stopped before the release.
        await db()
          .updateTable('payment_invoices')
          .set({ state: 'paid', paid_at: now() })
          .where('case_id', '=', id)
          .where('stage', '=', 'before-result')
          .execute();
        assert.equal((await caseRow(id)).state, 'result-ready');
        const round = await runDuties(s.ctx);
        assert.ok(round.released >= 1);
        assert.equal((await caseRow(id)).state, 'issued');
        assert.equal((await events(id, 'release')).length, 1);
        assert.equal((await runDuties(s.ctx)).released, 0);
      });
    });

    describe('004 cl.6, cl.7, Annex 3: S9c — the conclusion together with the passport', () => {
      it('files both, sealed, the conclusion as the inspector drew it up', async () => {
        const { case: kase } = await openCaseWithFile(s.ctx.database, filing('S9c'), now(), {
          kind: 'address',
          address: 'Астана, Жаңа көше, 5',
        });
        await act(kase.id, 'archive-employee', 'archive');
        await act(kase.id, 'technical-inspector', 'inspect', MEASURED);
        await act(kase.id, 'technical-inspector', 'discrepancies', { conclusion: 'Total area 64.5 m², not 60 m²' });
        await act(kase.id, 'executor', 'payment-due');
        await act(kase.id, 'management', 'sign');
        const filed = await results(kase.id);
        assert.deepEqual(filed.map((d) => d.kind).sort(), ['cadastral-passport', 'discrepancy-conclusion']);
        const conclusion = await sealed(filed.find((d) => d.kind === 'discrepancy-conclusion')!.content);
        assert.equal(line(conclusion, 'conclusion'), 'Total area 64.5 m², not 60 m²');
        assert.equal(line(conclusion, 'address'), 'астана, жаңа көше, 5');
      });
    });

    describe('004 cl.4, cl.6: S9a — the notice of the data entered into ЕГКН', () => {
      it('states the object’s РКА, address, area and owners; issued at once', async () => {
        const rka = '0201004000009971';
        const cadastre = {
          rka,
          city: 'astana',
          address: 'Астана қ., Жаңа көше, 1-үй, 71-пәтер',
          areaM2: 58.2,
          owners: [{ iin: APPLICANT, share: '1/1' }],
        };
        const { case: kase } = await openCaseWithFile(s.ctx.database, filing('S9a', { cadastre }), now(), {
          kind: 'rka',
          rka,
        });
        await act(kase.id, 'archive-employee', 'archive');
        await act(kase.id, 'executor', 'enter-data');
        await act(kase.id, 'management', 'sign');
        const done = await act(kase.id, 'archive-employee', 'file-away');
        assert.equal(done.case.state, 'issued');
        const [notice] = await results(kase.id);
        const signed = await sealed(notice!.content);
        assert.equal(signed.kind, 'data-entry-notice');
        assert.deepEqual(
          [line(signed, 'rka'), line(signed, 'totalAreaM2'), line(signed, 'owner')],
          [rka, 58.2, `${APPLICANT} (1/1)`],
        );
        assert.match(String(line(signed, 'address')), /71-пәтер/);
      });
    });

    describe('004 cl.9, cl.11: S10 — a copy of the passport in the file, marked «Телнұсқа»', () => {
      it('copies the newest passport of the object and marks it a duplicate', async () => {
        const { case: kase } = await openCaseWithFile(s.ctx.database, filing('S10'), now(), {
          kind: 'rka',
          rka: '2301000000000011',
        });
        await act(kase.id, 'archive-employee', 'archive');
        await act(kase.id, 'executor', 'copy');
        const signed = await act(kase.id, 'management', 'sign');
        assert.equal(signed.case.state, 'issued');
        const [duplicate] = await results(kase.id);
        const content = await sealed(duplicate!.content);
        assert.deepEqual(
          [content.kind, content.duplicate, line(content, 'totalAreaM2')],
          ['duplicate-passport', true, 64.5],
        );
      });

      it('an object without a passport in its file: a coded refusal, nothing written', async () => {
        const { case: kase } = await openCaseWithFile(s.ctx.database, filing('S10'), now(), {
          kind: 'rka',
          rka: '2301000000000099',
        });
        await act(kase.id, 'archive-employee', 'archive');
        await act(kase.id, 'executor', 'copy');
        const before = await caseRow(kase.id);
        await assert.rejects(act(kase.id, 'management', 'sign'), code('case.no-passport-to-copy'));
        const after = await caseRow(kase.id);
        assert.deepEqual([after.version, after.current_step], [before.version, 'sign']);
        assert.equal((await results(kase.id)).length, 0);
      });
    });

    describe('bad input: nothing half-written', () => {
      it('a signature without the inspection’s measurements, or without the seal, is refused', async () => {
        const { case: kase } = await openCaseWithFile(s.ctx.database, filing('S9b'), now(), {
          kind: 'rka',
          rka: '2301000000000013',
        });
        const step = (name: string, role: keyof typeof ROLES, seal = true) =>
          applyCaseEvent(
            s.ctx.database,
            { caseId: kase.id, event: { kind: 'complete-step', step: name, actor: { kind: 'staff', ...staff(role) } } },
            now(),
            seal ? { seal: s.ctx.seal } : {},
          );
        await step('archive', 'archive-employee');
        await step('inspect', 'technical-inspector');
        await step('payment-due', 'executor');
        const before = await caseRow(kase.id);
        await assert.rejects(step('sign', 'management'), code('case.result-incomplete'));
        await assert.rejects(step('sign', 'management', false), code('case.result-unsigned'));
        assert.equal((await caseRow(kase.id)).version, before.version);
        assert.equal((await results(kase.id)).length, 0);
        assert.equal((await events(kase.id, 'complete-step')).length, 3);
      });
    });
  });
}
