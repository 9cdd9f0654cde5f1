// 003 ¶B5 on both engines: a passport or identity card may be filed at any ЦОН; when an extra
// check or decision is needed the document is issued only at the registered address; the
// production time is told at filing. Dana lives (permanent registration) in Almaty and files in
// Astana; Aigerim and Gulnar are registered in Astana; Erlan has no registration.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { S1ExtraCheck } from '../../../src/domain/identity-documents/s1.ts';
import { isAppError } from '../../../src/errors.ts';
import { sqlWantedPersons } from '../../../src/registries/sql/wanted-persons.ts';
import type { Actor } from '../../../src/services/actor.ts';
import { awaitingHandOver, handOverS1, s1Receipt } from '../../../src/services/identity-documents/handover.ts';
import {
  acceptS1,
  photoSha256,
  type S1Intake,
  s1Formular,
  type S1IntakeInput,
} from '../../../src/services/identity-documents/intake.ts';
import { formRegister, moveRegister } from '../../../src/services/identity-documents/registers.ts';
import { myDocuments } from '../../../src/services/identity-documents/tracking.ts';
import { canonicalBytes } from '../../../src/services/signatures/canonical-json.ts';
import type { Credential } from '../../../src/services/signatures/test-ca.ts';
import { ENGINES } from '../../support/engines.ts';
import { addDwelling, P } from '../../support/family.ts';
import { familyDataset, openService, type TestService } from '../../support/service.ts';

const ASTANA = 'astana-1';
const ALMATY = 'almaty-1';
// Monday 6 April 2026, 10:00 in Astana.
const MONDAY = '2026-04-06T05:00:00Z';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

const operator = (role: string, office: string, iin: string = P.viktor): Actor =>
  ({ kind: 'operator', iin, role, office }) as Actor;
const reception = operator('reception', ASTANA);
const almatyReception = operator('reception', ALMATY);
const code = (expected: string) => (e: unknown) => isAppError(e) && e.code === expected;

for (const engine of ENGINES) {
  describe(`003 ¶B5: where an S1 document is issued [${engine}]`, () => {
    let service: TestService;
    let employee: Credential;
    const intakes: Record<string, S1Intake> = {};

    before(async () => {
      service = await openService(engine, {
        now: MONDAY,
        data: familyDataset((s) => addDwelling(s, '0202004000000001', [P.dana], 60, [P.dana], 'almaty')),
      });
      employee = await service.certificate({ iin: P.viktor });
    });
    after(() => service.dispose());

    const db = () => service.ctx.database.db;
    const accept = async (applicant: string, extraCheck: S1ExtraCheck | null, issueOffice = ASTANA) => {
      const fields: Omit<S1IntakeInput, 'formularCms'> = {
        caseId: randomUUID(),
        applicant,
        documentKind: 'id-card',
        reason: 'lost',
        urgency: 'u1',
        extraCheck,
        filedAt: '2026-04-06T10:00:00+05:00',
        photo: JPEG,
      };
      const formular = s1Formular(fields, ASTANA, photoSha256(JPEG), issueOffice);
      return acceptS1(service.ctx, reception, {
        ...fields,
        formularCms: await service.sign(employee, canonicalBytes(formular)),
      });
    };
    const signedReceipt = async (actor: Actor, caseId: string) =>
      service.sign(employee, canonicalBytes(await s1Receipt(service.ctx, actor, caseId)));

    describe('at filing: the extra check is a coded choice; it sends the document to the registered address', () => {
      it('issues where accepted without an extra check; at the registered city’s ЦОН with one', async () => {
        intakes['aigerim'] = await accept(P.aigerim, null);
        intakes['gulnar'] = await accept(P.gulnar, 'identity-check');
        intakes['dana'] = await accept(P.dana, 'data-discrepancy', ALMATY);
        assert.deepEqual(
          Object.values(intakes).map((i) => [i.formular.extraCheck, i.formular.issueOffice, i.record.case.office]),
          [
            [null, ASTANA, ASTANA],
            ['identity-check', ASTANA, ASTANA],
            ['data-discrepancy', ALMATY, ASTANA],
          ],
        );
        assert.equal(intakes['dana'].record.case.facts.issueOffice, ALMATY);
        assert.equal(intakes['aigerim'].record.case.facts.issueOffice, undefined);
      });

      it('tells the production time at filing: the day the document is due at the issuing ЦОН', () => {
        // U1 from Monday 6 April: st.3–13 one working day each, st.8 one, st.14 the same day.
        for (const intake of Object.values(intakes)) assert.equal(intake.readyOn, '2026-04-21');
      });

      it('refuses an extra check for a person with no permanent registration, and an unknown code', async () => {
        await assert.rejects(accept(P.erlan, 'decision-needed'), code('identity-document.no-registration'));
        await assert.rejects(accept(P.roza, 'urgent' as S1ExtraCheck), code('invalid-value'));
      });
    });

    describe('at hand-over (App1 st.14): only the issuing ЦОН hands the document over', () => {
      before(async () => {
        const wanted = sqlWantedPersons(db());
        let register = await formRegister(service.ctx, operator('qaiib', ASTANA, P.erlan), 'u1');
        const numbers = Object.fromEntries(Object.values(intakes).map((i, n) => [i.record.case.id, `04567891${n}`]));
        for (const [role, office, step] of [
          ['qaiib', ASTANA, 'register'],
          ['kqpb', 'kqpb-astana', 'regional-check'],
          ['kqpd', 'kqpd', 'log-incoming'],
          ['kqpd', 'kqpd', 'department-check'],
          ['kqpd', 'kqpd', 'send-to-production'],
          ['aoo-rmk', 'aoo-rmk', 'produce'],
          ['kqpd', 'kqpd', 'register-ready'],
          ['kqpd', 'kqpd', 'dispatch-down'],
          ['kqpb', 'kqpb-astana', 'regional-file'],
          ['kqpb', 'kqpb-astana', 'regional-send'],
          ['qaiib', ASTANA, 'to-con'],
        ] as const) {
          const documentNumbers = step === 'produce' ? numbers : undefined;
          register = (
            await moveRegister(
              service.ctx,
              operator(role, office, P.erlan),
              { registerId: register.id, step, ...(documentNumbers ? { documentNumbers } : {}) },
              wanted,
            )
          ).register;
        }
        assert.equal(register.closed, true);
      });

      it('lists each document at the ЦОН that issues it', async () => {
        const astana = (await awaitingHandOver(service.ctx, reception)).map((c) => c.id);
        const almaty = (await awaitingHandOver(service.ctx, almatyReception)).map((c) => c.id);
        assert.deepEqual(astana.sort(), [intakes['aigerim']!.record.case.id, intakes['gulnar']!.record.case.id].sort());
        assert.deepEqual(almaty, [intakes['dana']!.record.case.id]);
      });

      it('a case without the extra check is issued where accepted', async () => {
        const id = intakes['aigerim']!.record.case.id;
        const record = await handOverS1(service.ctx, reception, {
          caseId: id,
          receiptCms: await signedReceipt(reception, id),
        });
        assert.equal(record.case.state, 'issued');
      });

      it('a case with it is refused at the accepting ЦОН, with the office that issues it, and issued there', async () => {
        const id = intakes['dana']!.record.case.id;
        await assert.rejects(
          s1Receipt(service.ctx, reception, id),
          (e: unknown) =>
            isAppError(e) && e.code === 'identity-document.issue-elsewhere' && e.params['office'] === ALMATY,
        );
        const receipt = await s1Receipt(service.ctx, almatyReception, id);
        assert.equal(receipt.office, ALMATY);
        // A receipt signed for Almaty does not hand over at Astana either.
        await assert.rejects(
          handOverS1(service.ctx, reception, { caseId: id, receiptCms: await signedReceipt(almatyReception, id) }),
          code('identity-document.issue-elsewhere'),
        );
        const record = await handOverS1(service.ctx, almatyReception, {
          caseId: id,
          receiptCms: await signedReceipt(almatyReception, id),
        });
        assert.equal(record.case.state, 'issued');
      });
    });

    describe('"where is my document" states the place', () => {
      it('shows the issuing ЦОН, the hand-over step there and the day it was due', async () => {
        const [dana] = await myDocuments(service.ctx, { kind: 'citizen', iin: P.dana });
        // Every step was done on the Monday: the hand-over was due that day, at Almaty.
        assert.deepEqual([dana?.office, dana?.issueOffice, dana?.readyOn], [ASTANA, ALMATY, '2026-04-06']);
        assert.deepEqual(
          dana?.chain.slice(-2).map((s) => [s.step, s.office]),
          [
            ['to-con', ASTANA],
            ['hand-over', ALMATY],
          ],
        );
        const [aigerim] = await myDocuments(service.ctx, { kind: 'citizen', iin: P.aigerim });
        assert.equal(aigerim?.issueOffice, ASTANA);
      });
    });
  });
}
