// Issue 19 on both engines: S8 and S6 filed on the portal (the head, or a representative with a
// power of attorney; uploads and the consent code) and at a ЦОН (written consent, the receipt),
// with nothing written when a check fails; the committee's back office to the signed result; a
// refusal after the hearing; and the ЦОН's one-month keeping of the result, its return to the
// provider and the one-working-day sending back (003 ¶B1, ¶B3).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApplicantStatements } from '../../src/domain/case-documents/required.ts';
import type { CaseActor } from '../../src/domain/cases/case.ts';
import type { Actor } from '../../src/services/actor.ts';
import {
  confirmConsent,
  newFilingId,
  requestConsentCode,
  uploadForFiling,
} from '../../src/services/case-documents/portal.ts';
import { applyCaseEvent } from '../../src/services/cases/apply.ts';
import { acceptAtCon } from '../../src/services/licences/con.ts';
import { custodyOfCase, recordCustodyEvent } from '../../src/services/licences/custody.ts';
import { COMMITTEE_OFFICE } from '../../src/services/licences/file-licence.ts';
import { fileLicenceOnPortal, myLicenceCases, organisationFor } from '../../src/services/licences/portal.ts';
import { licenceResult } from '../../src/services/licences/result.ts';
import { ENGINES } from '../support/engines.ts';
import { P } from '../support/family.ts';
import { licenceDataset, ORG, poa } from '../support/licences.ts';
import { openService, type TestService } from '../support/service.ts';

// Tuesday 10 November 2026, 10:00 in Astana: the S8 deadline example's moment.
const NOW = '2026-11-10T05:00:00Z';
const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;
const staff = (role: string, office = COMMITTEE_OFFICE): CaseActor => ({ kind: 'staff', iin: P.nurlan, role, office });
const RECEPTION: Actor = { kind: 'operator', iin: P.sara, role: 'reception', office: 'astana-con-2' };
const COMMITTEE: Actor = { kind: 'operator', iin: P.nurlan, role: 'executor', office: COMMITTEE_OFFICE };

for (const engine of ENGINES) {
  describe(`licences S6 and S8 [${engine}]`, () => {
    let s: TestService;
    before(async () => {
      // Many filings by the same people: the consent-code budget is not what these tests are about.
      s = await openService(engine, {
        now: NOW,
        data: licenceDataset(),
        settings: { otpPerIin: 1000, otpPerPhone: 1000 },
      });
    });
    after(() => s.dispose());

    const consent = async (iin: string, caseId: string) => {
      const sent = await requestConsentCode(s.ctx, iin, caseId);
      await s.duties();
      return (await confirmConsent(s.ctx, iin, caseId, { challengeId: sent.challengeId, code: s.lastCode(iin) }))
        .challengeId;
    };
    const upload = (iin: string, caseId: string, service: 'S6' | 'S8', statements: ReadonlySet<string>, kind: string) =>
      uploadForFiling(s.ctx, {
        caseId,
        owner: iin,
        service,
        variant: service,
        statements: statements as ApplicantStatements,
        kind,
        content: PDF,
      });
    const count = async (table: 'cases' | 'licence_filings') =>
      Number(
        (
          await s.ctx.database.db
            .selectFrom(table)
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    /** The head of Altyn files S8 on the portal with the documents its purpose needs. */
    const fileS8 = async (purposeRepair: boolean, iin = P.aigerim) => {
      const caseId = newFilingId();
      const statements = new Set(purposeRepair ? [] : ['purpose-not-repair']);
      for (const kind of [
        'information-form',
        'processing-contract',
        ...(purposeRepair ? [] : ['processing-conditions']),
      ])
        await upload(iin, caseId, 'S8', statements, kind);
      return fileLicenceOnPortal(s.ctx, {
        caseId,
        service: 'S8',
        applicant: iin,
        bin: ORG.altyn,
        powerOfAttorney: null,
        consentChallenge: await consent(iin, caseId),
        purposeRepair,
      });
    };

    describe('ГБД ЮЛ: the organisation and whether the person heads it', () => {
      it('names the head; another person is not the head', async () => {
        assert.equal((await organisationFor(s.ctx, P.aigerim, ORG.altyn)).head, true);
        assert.equal((await organisationFor(s.ctx, P.dauren, ORG.altyn)).head, false);
      });
      it('a mistyped, unknown or closed organisation is a coded error', async () => {
        await assert.rejects(
          organisationFor(s.ctx, P.aigerim, ORG.altyn.slice(0, 11) + String((Number(ORG.altyn[11]) + 1) % 10)),
          code('bin-check-digit'),
        );
        await assert.rejects(organisationFor(s.ctx, P.viktor, ORG.closed), code('entity-not-active'));
      });
    });

    describe('003 ¶B3 on the portal: S8 accepted, due in 15 working days, at the committee', () => {
      it('files for repair without the competent body’s document', async () => {
        const filed = await fileS8(true);
        assert.equal(filed.record.case.state, 'accepted');
        assert.deepEqual([filed.record.case.acceptedOn, filed.record.case.dueOn], ['2026-11-10', '2026-12-01']);
        assert.equal(filed.record.case.office, COMMITTEE_OFFICE);
        assert.equal(filed.receipt, null);
        const mine = await myLicenceCases(s.ctx, P.aigerim);
        assert.ok(mine.some((k) => k.id === filed.record.case.id && k.bin === ORG.altyn && k.conOffice === null));
      });
      it('without the competent body’s document when the purpose is not repair: missing, nothing written', async () => {
        const caseId = newFilingId();
        const statements = new Set(['purpose-not-repair']);
        await upload(P.aigerim, caseId, 'S8', statements, 'information-form');
        await upload(P.aigerim, caseId, 'S8', statements, 'processing-contract');
        const before = await count('cases');
        await assert.rejects(
          fileLicenceOnPortal(s.ctx, {
            caseId,
            service: 'S8',
            applicant: P.aigerim,
            bin: ORG.altyn,
            powerOfAttorney: null,
            consentChallenge: await consent(P.aigerim, caseId),
            purposeRepair: false,
          }),
          (e: unknown) =>
            code('case-document.missing')(e) && (e as { path?: string }).path === '/documents/processing-conditions',
        );
        assert.equal(await count('cases'), before);
      });
      it('without the consent code: no case', async () => {
        const caseId = newFilingId();
        for (const kind of ['information-form', 'processing-contract'])
          await upload(P.aigerim, caseId, 'S8', new Set(), kind);
        await assert.rejects(
          fileLicenceOnPortal(s.ctx, {
            caseId,
            service: 'S8',
            applicant: P.aigerim,
            bin: ORG.altyn,
            powerOfAttorney: null,
            consentChallenge: newFilingId(),
            purposeRepair: true,
          }),
          code('case-document.no-consent'),
        );
      });
    });

    describe('Representatives: a power of attorney signed by the head, with its scan uploaded', () => {
      const fileAs = async (iin: string, power: ReturnType<typeof poa> | null, withScan = true) => {
        const caseId = newFilingId();
        const statements = new Set(['representative']);
        for (const kind of ['information-form', 'processing-contract', ...(withScan ? ['authority'] : [])])
          await upload(iin, caseId, 'S8', statements, kind);
        return fileLicenceOnPortal(s.ctx, {
          caseId,
          service: 'S8',
          applicant: iin,
          bin: ORG.altyn,
          powerOfAttorney: power,
          consentChallenge: await consent(iin, caseId),
          purposeRepair: true,
        });
      };
      it('Dauren files for Altyn on Aigerim’s power of attorney', async () => {
        const filed = await fileAs(P.dauren, poa(ORG.altyn, P.aigerim, P.dauren));
        const row = await s.ctx.database.db
          .selectFrom('licence_filings')
          .selectAll()
          .where('case_id', '=', filed.record.case.id)
          .executeTakeFirstOrThrow();
        assert.equal(row.basis, 'power-of-attorney');
        assert.deepEqual(row.statements, ['representative']);
      });
      it('without a power of attorney, with one signed by someone else, or expired: refused', async () => {
        await assert.rejects(fileAs(P.dauren, null), code('poa-missing'));
        await assert.rejects(fileAs(P.dauren, poa(ORG.altyn, P.timur, P.dauren)), code('poa-issuer'));
        const expired = poa(ORG.altyn, P.aigerim, P.dauren, { validUntil: '2026-11-09' as never });
        await assert.rejects(fileAs(P.dauren, expired), code('poa-expired'));
      });
      it('without the scan of the power of attorney: missing', async () => {
        await assert.rejects(
          fileAs(P.dauren, poa(ORG.altyn, P.aigerim, P.dauren), false),
          code('case-document.missing'),
        );
      });
    });

    describe('003 ¶B1: S6 — 10 working days when the organisation is in Astana, 20 elsewhere; the intermediary’s contract', () => {
      const fileS6 = async (org: string, head: string, intermediary: boolean) => {
        const caseId = newFilingId();
        const statements = new Set(intermediary ? ['intermediary'] : []);
        for (const kind of ['guarantee-obligation', 'sale-contract', ...(intermediary ? ['end-user-contract'] : [])])
          await upload(head, caseId, 'S6', statements, kind);
        return fileLicenceOnPortal(s.ctx, {
          caseId,
          service: 'S6',
          applicant: head,
          bin: org,
          powerOfAttorney: null,
          consentChallenge: await consent(head, caseId),
          intermediary,
        });
      };
      it('Altyn, at an Astana address, is due in 10 working days', async () => {
        const filed = await fileS6(ORG.altyn, P.aigerim, false);
        assert.deepEqual(filed.record.case.facts, { astana: true });
        assert.equal(filed.record.case.dueOn, '2026-11-24');
      });
      it('Dala, at an Almaty address, files as an intermediary and is due in 20; signed, its PDF is made', async () => {
        const filed = await fileS6(ORG.dala, P.timur, true);
        assert.deepEqual(filed.record.case.facts, { astana: false });
        assert.equal(filed.record.case.dueOn, '2026-12-08');
        const id = filed.record.case.id;
        for (const [step, role] of [
          ['review', 'executor'],
          ['sign', 'management'],
        ] as const)
          await applyCaseEvent(
            s.ctx.database,
            { caseId: id, event: { kind: 'complete-step', step, actor: staff(role) } },
            s.clock.now(),
          );
        const result = await licenceResult(s.ctx, { kind: 'citizen', iin: P.timur }, id);
        assert.equal(result.document.kind, 'S6-result');
      });
      it('an intermediary without the end user’s contract: missing', async () => {
        const caseId = newFilingId();
        const statements = new Set(['intermediary']);
        for (const kind of ['guarantee-obligation', 'sale-contract'])
          await upload(P.timur, caseId, 'S6', statements, kind);
        await assert.rejects(
          fileLicenceOnPortal(s.ctx, {
            caseId,
            service: 'S6',
            applicant: P.timur,
            bin: ORG.dala,
            powerOfAttorney: null,
            consentChallenge: await consent(P.timur, caseId),
            intermediary: true,
          }),
          (e: unknown) =>
            code('case-document.missing')(e) && (e as { path?: string }).path === '/documents/end-user-contract',
        );
      });
    });

    describe('003 ¶B3 at a ЦОН: written consent, a receipt on acceptance', () => {
      it('accepts with the documents presented and gives a receipt with the due date', async () => {
        const receipt = await acceptAtCon(s.ctx, RECEPTION, {
          caseId: newFilingId(),
          service: 'S8',
          party: { kind: 'legal', bin: ORG.dala },
          applicant: P.timur,
          powerOfAttorney: null,
          writtenConsent: true,
          presented: ['application', 'identity', 'information-form', 'processing-contract', 'processing-conditions'],
          purposeRepair: false,
        });
        assert.match(receipt.number, /^C-\d+$/);
        assert.deepEqual(
          [receipt.acceptedOn, receipt.dueOn, receipt.conOffice],
          ['2026-11-10', '2026-12-01', 'astana-con-2'],
        );
        assert.deepEqual(receipt.documents, ['information-form', 'processing-contract', 'processing-conditions']);
      });
      it('without the written consent nothing is accepted', async () => {
        const before = await count('licence_filings');
        await assert.rejects(
          acceptAtCon(s.ctx, RECEPTION, {
            caseId: newFilingId(),
            service: 'S8',
            party: { kind: 'legal', bin: ORG.dala },
            applicant: P.timur,
            powerOfAttorney: null,
            writtenConsent: false,
            presented: ['information-form', 'processing-contract'],
            purposeRepair: true,
          }),
          code('case-document.no-consent'),
        );
        assert.equal(await count('licence_filings'), before);
      });
    });

    describe('The committee: review, sign, the signed result; or a refusal after the hearing', () => {
      it('the executor reviews, management signs: issued, and the signed PDF is the applicant’s', async () => {
        const filed = await fileS8(true);
        const id = filed.record.case.id;
        await applyCaseEvent(
          s.ctx.database,
          { caseId: id, event: { kind: 'complete-step', step: 'review', actor: staff('executor') } },
          s.clock.now(),
        );
        const signed = await applyCaseEvent(
          s.ctx.database,
          { caseId: id, event: { kind: 'complete-step', step: 'sign', actor: staff('management') } },
          s.clock.now(),
        );
        assert.equal(signed.case.state, 'issued');
        const result = await licenceResult(s.ctx, { kind: 'citizen', iin: P.aigerim }, id);
        assert.equal(new TextDecoder().decode(result.content.slice(0, 5)), '%PDF-');
        assert.equal(result.document.kind, 'S8-result');
        const again = await licenceResult(s.ctx, COMMITTEE, id);
        assert.equal(again.document.id, result.document.id, 'made once');
        await assert.rejects(licenceResult(s.ctx, { kind: 'citizen', iin: P.dauren }, id), code('case.not-found'));
      });
      it('a refusal sends the hearing notice first; after the objection period it is refused', async () => {
        const filed = await fileS8(true);
        const id = filed.record.case.id;
        const intended = await applyCaseEvent(
          s.ctx.database,
          { caseId: id, event: { kind: 'intend-refusal', ground: 1, actor: staff('executor') } },
          s.clock.now(),
        );
        assert.equal(intended.case.state, 'refusal-intended');
        assert.equal(intended.case.procedure.hearing?.objectionBy, '2026-11-12');
        await assert.rejects(
          licenceResult(s.ctx, { kind: 'citizen', iin: P.aigerim }, id),
          code('licence.result-not-ready'),
        );
        const later = new Date('2026-11-13T05:00:00Z');
        const refused = await applyCaseEvent(
          s.ctx.database,
          { caseId: id, event: { kind: 'decide-after-hearing', outcome: 'refuse', actor: staff('management') } },
          later,
        );
        assert.equal(refused.case.state, 'refused');
      });
    });

    describe('003 ¶B3: the result at the ЦОН — one month, back to the provider, sent again within a working day', () => {
      it('walks the paper result through its keeping and hands it to the head', async () => {
        const receipt = await acceptAtCon(s.ctx, RECEPTION, {
          caseId: newFilingId(),
          service: 'S8',
          party: { kind: 'legal', bin: ORG.altyn },
          applicant: P.dauren,
          powerOfAttorney: poa(ORG.altyn, P.aigerim, P.dauren),
          writtenConsent: true,
          presented: ['authority', 'information-form', 'processing-contract'],
          purposeRepair: true,
        });
        const row = await s.ctx.database.db
          .selectFrom('licence_filings')
          .select('case_id')
          .where('receipt_number', '=', receipt.number)
          .executeTakeFirstOrThrow();
        const id = row.case_id;
        await applyCaseEvent(
          s.ctx.database,
          { caseId: id, event: { kind: 'complete-step', step: 'review', actor: staff('executor') } },
          s.clock.now(),
        );
        // Signed on Tuesday 10 November: at the ЦОН from that day, kept until 10 December.
        await applyCaseEvent(
          s.ctx.database,
          { caseId: id, event: { kind: 'complete-step', step: 'sign', actor: staff('management') } },
          s.clock.now(),
        );
        const view = await custodyOfCase(s.ctx, RECEPTION, id);
        assert.deepEqual(view.state, {
          kind: 'at-con',
          since: '2026-11-10',
          keepUntil: '2026-12-10',
          returnFrom: '2026-12-11',
        });
        await assert.rejects(
          custodyOfCase(s.ctx, { ...RECEPTION, office: 'almaty-con-1' }, id),
          code('case.not-found'),
        );

        s.clock.set('2026-12-10T05:00:00Z');
        await assert.rejects(
          recordCustodyEvent(s.ctx, RECEPTION, { caseId: id, event: 'returned-to-provider' }),
          code('custody.storage-not-over'),
        );
        s.clock.set('2026-12-11T05:00:00Z');
        await recordCustodyEvent(s.ctx, RECEPTION, { caseId: id, event: 'returned-to-provider' });
        // Friday 18 December 2026: the applicant asks; the provider has until Monday 21st.
        s.clock.set('2026-12-18T05:00:00Z');
        const requested = await recordCustodyEvent(s.ctx, RECEPTION, { caseId: id, event: 'requested' });
        assert.deepEqual(requested.state, { kind: 'requested', on: '2026-12-18', sendBackBy: '2026-12-21' });
        await assert.rejects(
          recordCustodyEvent(s.ctx, RECEPTION, { caseId: id, event: 'sent-back' }),
          code('custody.wrong-office'),
        );
        s.clock.set('2026-12-22T05:00:00Z');
        const back = await recordCustodyEvent(s.ctx, COMMITTEE, { caseId: id, event: 'sent-back' });
        assert.equal(back.events.at(-1)?.late, true, 'one day late');
        // Dauren's power of attorney is not notarized: he cannot collect; the head can.
        await assert.rejects(
          recordCustodyEvent(s.ctx, RECEPTION, {
            caseId: id,
            event: 'handed-over',
            collector: {
              iin: P.dauren,
              powerOfAttorney: poa(ORG.altyn, P.aigerim, P.dauren, { validUntil: '2027-06-30' as never }),
            },
          }),
          code('poa-not-notarized'),
        );
        const handed = await recordCustodyEvent(s.ctx, RECEPTION, {
          caseId: id,
          event: 'handed-over',
          collector: { iin: P.aigerim, powerOfAttorney: null },
        });
        assert.deepEqual(handed.state, { kind: 'handed-over', on: '2026-12-22' });
        const rows = await s.ctx.database.db
          .selectFrom('result_custody_events')
          .select(['seq', 'event'])
          .where('case_id', '=', id)
          .orderBy('seq')
          .execute();
        assert.deepEqual(
          rows.map((r) => r.event),
          ['returned-to-provider', 'requested', 'sent-back', 'handed-over'],
        );
        await assert.rejects(s.ctx.database.db.deleteFrom('result_custody_events').where('case_id', '=', id).execute());
        s.clock.set(NOW);
      });
    });
  });
}
