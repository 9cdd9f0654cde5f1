// Issue 18 item 3, S4 deregistration at the ЦОН on both engines (002 R4 cl.4, App1): accepted with
// the ground of cl.4 recorded, then the ҚАІІб ends the registration and issues the address
// departure sheet signed with the service seal, whose PDF carries the signed JSON, the signature
// and the seal certificate as an address certificate does.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { isAppError } from '../../../src/errors.ts';
import type { Actor } from '../../../src/services/actor.ts';
import { readCertificateAttachments } from '../../../src/services/certificates/certificate-pdf.ts';
import { verifySeal } from '../../../src/services/certificates/seal.ts';
import {
  acceptDeregistration,
  departureSheetPdf,
  deregisterAndIssue,
} from '../../../src/services/identity-documents/departure.ts';
import { canonicalBytes, canonicalJson } from '../../../src/services/signatures/canonical-json.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const OFFICE = 'astana-1';
const operator = (role: string, office = OFFICE, iin: string = P.viktor): Actor =>
  ({ kind: 'operator', iin, role, office }) as Actor;
const reception = operator('reception');
const qaiib = operator('qaiib', OFFICE, P.erlan);
const code = (expected: string) => (e: unknown) => isAppError(e) && e.code === expected;
const request = (
  person: string,
  rka: string,
  ground: 'abroad' | 'imprisonment' | 'court-decision' = 'court-decision',
) => ({
  caseId: randomUUID(),
  person,
  rka,
  ground,
  reference: 'Решение суда № 2-123 от 01.03.2026',
  filedAt: '2026-04-06T10:00:00+05:00',
});

for (const engine of ENGINES) {
  describe(`S4 deregistration at the ЦОН [${engine}]`, () => {
    let service: TestService;
    before(async () => {
      service = await openService(engine, { now: '2026-04-06T05:00:00Z' });
    });
    after(() => service.dispose());
    const db = () => service.ctx.database.db;

    describe('002 R4 cl.4: the ground recorded at acceptance', () => {
      it('refuses a person not registered at the dwelling, and a ground outside cl.4', async () => {
        await assert.rejects(
          acceptDeregistration(service.ctx, reception, request(P.olga, D.D1)),
          code('departure.not-registered'),
        );
        await assert.rejects(
          acceptDeregistration(service.ctx, reception, { ...request(P.olga, D.D2), ground: 'moved' as 'abroad' }),
          code('invalid-value'),
        );
        await assert.rejects(
          acceptDeregistration(service.ctx, reception, { ...request(P.olga, D.D2), reference: '  ' }),
          code('departure.reference-missing'),
        );
      });
    });

    describe('002 R4 App1: accept (15 min) → deregister and issue the sheet (30 min)', () => {
      it('ends the registration and issues the sealed departure sheet as a PDF', async () => {
        const input = request(P.olga, D.D2);
        const accepted = await acceptDeregistration(service.ctx, reception, input);
        assert.deepEqual([accepted.case.currentStep, accepted.case.stepDueOn], ['deregister', '2026-04-06']);
        await assert.rejects(deregisterAndIssue(service.ctx, operator('kqpd'), input.caseId), code('case.wrong-role'));
        const sheet = await deregisterAndIssue(service.ctx, qaiib, input.caseId);
        assert.deepEqual(
          [sheet.person, sheet.rka, sheet.ground, sheet.registeredTo, sheet.reference],
          [P.olga, D.D2, 'court-decision', '2026-04-05', input.reference],
        );
        const open = await db()
          .selectFrom('registrations')
          .select('id')
          .where('iin', '=', P.olga)
          .where('rka', '=', D.D2)
          .where('valid_to', 'is', null)
          .execute();
        assert.deepEqual(open, [], 'the registration is ended');
        const pdf = await departureSheetPdf(service.ctx, reception, input.caseId);
        assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), '%PDF-');
        const attached = await readCertificateAttachments(pdf);
        assert.ok(attached);
        assert.equal(attached.contentJson, canonicalJson(sheet));
        const check = await verifySeal({
          data: canonicalBytes(JSON.parse(attached.contentJson)),
          signature: attached.signature,
          certificate: service.ctx.seal.certificate,
          trust: service.ctx.trust,
          at: new Date(sheet.issuedAt),
        });
        assert.deepEqual(check, { ok: true });
        // The person it concerns may open it; another office may not.
        await departureSheetPdf(service.ctx, { kind: 'citizen', iin: P.olga }, input.caseId);
        await assert.rejects(
          departureSheetPdf(service.ctx, operator('reception', 'astana-2'), input.caseId),
          code('case.not-found'),
        );
      });
    });
  });
}
