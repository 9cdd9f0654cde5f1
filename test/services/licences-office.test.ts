// Issue 19, the third channel: S6 and S8 filed at the provider's office (the committee's own,
// channel `provider-office` in the definitions), accepted by the committee's executor on the
// counter's D2 rule, and S6's signed result handed over there (003 ¶B1) — to the head, or a
// representative on a notarized power of attorney; the ЦОН's month of keeping is not the office's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Actor } from '../../src/services/actor.ts';
import { newFilingId } from '../../src/services/case-documents/portal.ts';
import { acceptAtCon, receiptOf } from '../../src/services/licences/con.ts';
import { custodyOfCase, recordCustodyEvent } from '../../src/services/licences/custody.ts';
import { COMMITTEE_OFFICE } from '../../src/services/licences/file-licence.ts';
import { ENGINES } from '../support/engines.ts';
import { P } from '../support/family.ts';
import { issueByCommittee, licenceDataset, ORG, poa } from '../support/licences.ts';
import { openService, type TestService } from '../support/service.ts';

// Tuesday 10 November 2026, 19:00 in Astana: after the portal's 18:30 (D2), a working day.
const EVENING = '2026-11-10T14:00:00Z';
const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;
const EXECUTOR: Actor = { kind: 'operator', iin: P.nurlan, role: 'executor', office: COMMITTEE_OFFICE };
const RECEPTION: Actor = { kind: 'operator', iin: P.sara, role: 'reception', office: 'astana-con-2' };
const S8_PAPERS = ['information-form', 'processing-contract', 'processing-conditions'];

for (const engine of ENGINES) {
  describe(`licences at the provider's office [${engine}]`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, { now: EVENING, data: licenceDataset() });
    });
    after(() => s.dispose());

    const intake = (caseId: string) => ({
      caseId,
      service: 'S8' as const,
      party: { kind: 'legal' as const, bin: ORG.dala },
      applicant: P.timur,
      powerOfAttorney: null,
      writtenConsent: true,
      presented: S8_PAPERS,
      purposeRepair: false,
    });

    describe('D2: the provider’s office is a counter — accepted the day handed in', () => {
      it('S8 handed in at 19:00 on a working day is accepted that day and due in 15 working days', async () => {
        const caseId = newFilingId();
        const receipt = await acceptAtCon(s.ctx, EXECUTOR, intake(caseId));
        assert.deepEqual(
          [receipt.acceptedOn, receipt.dueOn, receipt.conOffice],
          ['2026-11-10', '2026-12-01', COMMITTEE_OFFICE],
        );
        const row = await s.ctx.database.db
          .selectFrom('cases as c')
          .innerJoin('licence_filings as f', 'f.case_id', 'c.id')
          .select(['c.channel', 'c.office', 'f.con_office', 'f.written_consent_at'])
          .where('c.id', '=', caseId)
          .executeTakeFirstOrThrow();
        assert.deepEqual([row.channel, row.office, row.con_office], ['con', COMMITTEE_OFFICE, COMMITTEE_OFFICE]);
        assert.ok(row.written_consent_at);
        // The receipt prints again at the office; a ЦОН does not see it.
        assert.equal((await receiptOf(s.ctx, EXECUTOR, caseId)).number, receipt.number);
        await assert.rejects(receiptOf(s.ctx, RECEPTION, caseId), code('case.not-found'));
      });
      it('only the committee’s executor accepts at its office; management does not', async () => {
        await assert.rejects(
          acceptAtCon(s.ctx, { ...EXECUTOR, role: 'management' }, intake(newFilingId())),
          code('operator-only'),
        );
        await assert.rejects(
          acceptAtCon(s.ctx, { ...EXECUTOR, office: 'other-office' }, intake(newFilingId())),
          code('operator-only'),
        );
      });
    });

    describe('003 ¶B1: S6’s signed result handed over at the provider’s office', () => {
      it('to a representative on a notarized power of attorney, not on a plain one; no month of keeping', async () => {
        s.clock.set('2026-11-10T05:00:00Z');
        const caseId = newFilingId();
        await acceptAtCon(s.ctx, EXECUTOR, {
          caseId,
          service: 'S6',
          party: { kind: 'legal', bin: ORG.altyn },
          applicant: P.aigerim,
          powerOfAttorney: null,
          writtenConsent: true,
          presented: ['guarantee-obligation', 'sale-contract'],
          intermediary: false,
        });
        await assert.rejects(custodyOfCase(s.ctx, EXECUTOR, caseId), code('case.not-found'), 'not issued yet');
        await issueByCommittee(s.ctx.database, caseId, s.clock.now());
        const view = await custodyOfCase(s.ctx, EXECUTOR, caseId);
        assert.equal(view.state.kind, 'at-con');
        assert.equal(view.conOffice, COMMITTEE_OFFICE);
        await assert.rejects(custodyOfCase(s.ctx, RECEPTION, caseId), code('case.not-found'));
        s.clock.set('2026-12-14T05:00:00Z');
        await assert.rejects(
          recordCustodyEvent(s.ctx, EXECUTOR, { caseId, event: 'returned-to-provider' }),
          code('custody.invalid-event'),
        );
        const plain = poa(ORG.altyn, P.aigerim, P.dauren, { validUntil: '2027-06-30' as never });
        await assert.rejects(
          recordCustodyEvent(s.ctx, EXECUTOR, {
            caseId,
            event: 'handed-over',
            collector: { iin: P.dauren, powerOfAttorney: plain },
          }),
          code('poa-not-notarized'),
        );
        await assert.rejects(
          recordCustodyEvent(
            s.ctx,
            { ...EXECUTOR, role: 'management' },
            {
              caseId,
              event: 'handed-over',
              collector: { iin: P.aigerim, powerOfAttorney: null },
            },
          ),
          code('custody.wrong-office'),
        );
        const handed = await recordCustodyEvent(s.ctx, EXECUTOR, {
          caseId,
          event: 'handed-over',
          collector: { iin: P.dauren, powerOfAttorney: { ...plain, notary: 'Notary A. Seitova' } },
        });
        assert.deepEqual(handed.state, { kind: 'handed-over', on: '2026-12-14' });
        const rows = await s.ctx.database.db
          .selectFrom('result_custody_events')
          .select(['event', 'office', 'actor_role'])
          .where('case_id', '=', caseId)
          .execute();
        assert.deepEqual(rows, [{ event: 'handed-over', office: COMMITTEE_OFFICE, actor_role: 'executor' }]);
      });
    });
  });
}
