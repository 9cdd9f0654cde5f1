// Issue 18 item 1, S1 passports and identity cards through the service on both engines (002 R1
// App1): intake at a ЦОН with the employee's EDS over the e-formular, the photo and the
// registration coupon; registers moving the cases between the units; the wanted-persons stop at
// КҚПД with the supervisor's alert; production with the document number; hand-over against a
// signed receipt; "where is my document" and the supervisor's overdue steps by unit.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Urgency } from '../../../src/domain/public-services/definition.ts';
import { isAppError } from '../../../src/errors.ts';
import { sqlWantedPersons } from '../../../src/registries/sql/wanted-persons.ts';
import type { Actor } from '../../../src/services/actor.ts';
import { handOverS1, s1Receipt } from '../../../src/services/identity-documents/handover.ts';
import {
  acceptS1,
  photoSha256,
  s1Formular,
  type S1IntakeInput,
} from '../../../src/services/identity-documents/intake.ts';
import {
  formRegister,
  heldRegisters,
  moveRegister,
  type RegisterView,
} from '../../../src/services/identity-documents/registers.ts';
import { myDocuments, supervisorOverview } from '../../../src/services/identity-documents/tracking.ts';
import { canonicalBytes } from '../../../src/services/signatures/canonical-json.ts';
import type { Credential } from '../../../src/services/signatures/test-ca.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const OFFICE = 'astana-1';
// Monday 6 April 2026, 10:00 in Astana.
const MONDAY = '2026-04-06T05:00:00Z';
const FILED = '2026-04-06T10:00:00+05:00';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const PDF = new TextEncoder().encode('%PDF-1.7\n');

const operator = (role: string, office: string, iin: string = P.viktor): Actor =>
  ({ kind: 'operator', iin, role, office }) as Actor;
const reception = operator('reception', OFFICE);
const qaiib = operator('qaiib', OFFICE, P.erlan);
const kqpb = operator('kqpb', 'kqpb-astana', P.erlan);
const kqpd = operator('kqpd', 'kqpd', P.erlan);
const production = operator('aoo-rmk', 'aoo-rmk', P.erlan);
const code = (expected: string) => (e: unknown) => isAppError(e) && e.code === expected;

for (const engine of ENGINES) {
  describe(`S1 passports and identity cards [${engine}]`, () => {
    let service: TestService;
    let employee: Credential;
    let stranger: Credential;
    const cases: Record<string, string> = {};
    let register: RegisterView;

    before(async () => {
      service = await openService(engine, { now: MONDAY });
      [employee, stranger] = await Promise.all([
        service.certificate({ iin: P.viktor }),
        service.certificate({ iin: P.dana }),
      ]);
    });
    after(() => service.dispose());

    const db = () => service.ctx.database.db;
    const wanted = () => sqlWantedPersons(db());
    const input = (applicant: string, urgency: Urgency, photo = JPEG): Omit<S1IntakeInput, 'formularCms'> => ({
      caseId: randomUUID(),
      applicant,
      documentKind: 'id-card',
      reason: 'expired',
      urgency,
      filedAt: FILED,
      photo,
    });
    const signed = async (fields: Omit<S1IntakeInput, 'formularCms'>, signer = employee) => ({
      ...fields,
      formularCms: await service.sign(signer, canonicalBytes(s1Formular(fields, OFFICE, photoSha256(fields.photo)))),
    });
    const caseRow = (id: string) => db().selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const move = (actor: Actor, step: string, extra: { documentNumbers?: Record<string, string> } = {}) =>
      moveRegister(service.ctx, actor, { registerId: register.id, step, ...extra }, wanted());

    describe('002 R1 App1 st.1–2: intake at the ЦОН', () => {
      it('opens the case with the e-formular signed by the employee, the photo and the coupon; steps 1–2 done', async () => {
        for (const [name, iin, urgency] of [
          ['aigerim', P.aigerim, 'u2'],
          ['timur', P.timur, 'u2'],
          ['dauren', P.dauren, 'general'],
        ] as const) {
          const intake = await acceptS1(service.ctx, reception, await signed(input(iin, urgency)));
          cases[name] = intake.record.case.id;
          assert.deepEqual(
            [intake.record.case.state, intake.record.case.currentStep, intake.record.case.office],
            ['in-progress', 'register', OFFICE],
          );
          assert.match(intake.coupon, /^C-\d{6}$/);
        }
        const file = await db()
          .selectFrom('identity_document_files')
          .selectAll()
          .where('case_id', '=', cases['aigerim']!)
          .executeTakeFirstOrThrow();
        assert.deepEqual([file.formular_signer, file.photo_type, file.document_number], [P.viktor, 'image/jpeg', null]);
        const events = await db()
          .selectFrom('case_events')
          .select(['event', 'step', 'actor_role', 'office'])
          .where('case_id', '=', cases['aigerim']!)
          .orderBy('seq')
          .execute();
        assert.deepEqual(
          events.map((e) => [e.event, e.step, e.actor_role]),
          [
            ['open', 'accept', null],
            ['complete-step', 'accept', 'reception'],
            ['complete-step', 'formular', 'reception'],
          ],
        );
        // st.3: U1–2 1 working day from the day of intake.
        assert.equal((await caseRow(cases['aigerim']!)).step_due_on, '2026-04-07');
        assert.equal((await caseRow(cases['dauren']!)).step_due_on, '2026-04-13');
      });

      it('refuses a formular signed by someone else, a photo that is not an image, an unknown person — writing nothing', async () => {
        const before = (await db().selectFrom('cases').select('id').execute()).length;
        await assert.rejects(
          acceptS1(service.ctx, reception, await signed(input(P.gulnar, 'u1'), stranger)),
          code('signer-mismatch'),
        );
        await assert.rejects(
          acceptS1(service.ctx, reception, await signed(input(P.gulnar, 'u1', PDF))),
          code('identity-document.photo-invalid'),
        );
        await assert.rejects(
          acceptS1(service.ctx, reception, await signed(input(P.kairat, 'u1'))),
          code('identity-document.person-unknown'),
        );
        await assert.rejects(acceptS1(service.ctx, kqpd, await signed(input(P.gulnar, 'u1'))), code('operator-only'));
        assert.equal((await db().selectFrom('cases').select('id').execute()).length, before);
      });
    });

    describe('002 R1 App1 st.3–13: the register through the units', () => {
      it('st.3: the ҚАІІб registers the waiting cases of one urgency', async () => {
        register = await formRegister(service.ctx, qaiib, 'u2');
        assert.deepEqual(register.cases.map((c) => c.id).sort(), [cases['aigerim']!, cases['timur']!].sort());
        assert.deepEqual([register.step, register.holderRole, register.holderOffice], ['register', 'qaiib', OFFICE]);
        await assert.rejects(formRegister(service.ctx, qaiib, 'u2'), code('identity-document.register-empty'));
      });

      it('moves to the unit of the next step; only the unit holding it may act, at its step', async () => {
        await assert.rejects(move(kqpb, 'register'), code('identity-document.not-holder'));
        await assert.rejects(move(qaiib, 'regional-check'), code('case.step-out-of-order'));
        register = (await move(qaiib, 'register')).register;
        assert.deepEqual(
          [register.step, register.holderRole, register.holderOffice],
          ['regional-check', 'kqpb', 'kqpb-astana'],
        );
        assert.deepEqual(
          (await heldRegisters(service.ctx, kqpb)).map((r) => r.id),
          [register.id],
        );
        register = (await move(kqpb, 'regional-check')).register;
        register = (await move(kqpd, 'log-incoming')).register;
        assert.deepEqual([register.step, register.holderOffice], ['department-check', 'kqpd']);
        // st.6 for U2: 1 working day from the day the step began.
        assert.equal((await caseRow(cases['aigerim']!)).step_due_on, '2026-04-07');
      });

      it('st.6: a wanted person is stopped, taken out of the register, a supervisor alerted; the others go on', async () => {
        await db()
          .insertInto('wanted_persons')
          .values({
            iin: P.timur,
            wanted_from: '2026-01-01',
            wanted_to: null,
            initiator: 'ДП г. Астаны',
            search_reference: 'WP-1',
          })
          .execute();
        const moved = await move(kqpd, 'department-check');
        register = moved.register;
        assert.equal(moved.stopped.length, 1);
        assert.deepEqual(
          register.cases.map((c) => [c.id, c.removed]).sort(),
          [
            [cases['aigerim']!, null],
            [cases['timur']!, 'wanted'],
          ].sort(),
        );
        const timur = await caseRow(cases['timur']!);
        assert.deepEqual([timur.state, timur.procedure.refusalGround, timur.current_step], ['refused', 1, null]);
        assert.equal((await caseRow(cases['aigerim']!)).current_step, 'send-to-production');
        const alerts = await db().selectFrom('case_alerts').selectAll().execute();
        assert.deepEqual(
          alerts.map((a) => [a.case_id, a.office, a.kind]),
          [[cases['timur']!, OFFICE, 'wanted-hit']],
        );
        // The applicant is not told (S1 tells nothing; a wanted person must not be warned).
        const told = await db().selectFrom('outbox').selectAll().where('recipient', '=', P.timur).execute();
        assert.deepEqual(told, []);
      });

      it('st.8: production records each document number; a wrong one writes nothing', async () => {
        register = (await move(kqpd, 'send-to-production')).register;
        assert.equal(register.holderOffice, 'aoo-rmk');
        await assert.rejects(
          move(production, 'produce', { documentNumbers: { [cases['aigerim']!]: 'N123' } }),
          code('case.output-invalid'),
        );
        assert.equal((await caseRow(cases['aigerim']!)).current_step, 'produce');
        register = (await move(production, 'produce', { documentNumbers: { [cases['aigerim']!]: '045 678 912' } }))
          .register;
        const file = await db()
          .selectFrom('identity_document_files')
          .select('document_number')
          .where('case_id', '=', cases['aigerim']!)
          .executeTakeFirstOrThrow();
        assert.equal(file.document_number, '045678912');
      });

      it('st.9–13: back down to the ЦОН, where the register closes', async () => {
        for (const [actor, step] of [
          [kqpd, 'register-ready'],
          [kqpd, 'dispatch-down'],
          [kqpb, 'regional-file'],
          [kqpb, 'regional-send'],
          [qaiib, 'to-con'],
        ] as const)
          register = (await move(actor, step)).register;
        assert.deepEqual([register.closed, register.step], [true, null]);
        assert.equal((await caseRow(cases['aigerim']!)).current_step, 'hand-over');
      });
    });

    describe('002 R1 App1 st.14: hand-over against a signed receipt', () => {
      it('issues the case once the employee signs the receipt for the document number', async () => {
        const receipt = await s1Receipt(service.ctx, reception, cases['aigerim']!);
        assert.deepEqual(
          [receipt.documentNumber, receipt.applicant, receipt.handedOverOn],
          ['045678912', P.aigerim, '2026-04-06'],
        );
        await assert.rejects(
          handOverS1(service.ctx, reception, {
            caseId: cases['aigerim']!,
            receiptCms: await service.sign(employee, canonicalBytes({ ...receipt, documentNumber: '000000000' })),
          }),
          code('signature-invalid'),
        );
        const record = await handOverS1(service.ctx, reception, {
          caseId: cases['aigerim']!,
          receiptCms: await service.sign(employee, canonicalBytes(receipt)),
        });
        assert.equal(record.case.state, 'issued');
        const file = await db()
          .selectFrom('identity_document_files')
          .select(['receipt_cms', 'handed_over_at'])
          .where('case_id', '=', cases['aigerim']!)
          .executeTakeFirstOrThrow();
        assert.ok(file.receipt_cms && file.handed_over_at);
      });
    });

    describe('"Where is my document" and the supervisor', () => {
      it('shows the applicant each step, done on its day', async () => {
        const [mine] = await myDocuments(service.ctx, { kind: 'citizen', iin: P.aigerim });
        assert.ok(mine);
        assert.equal(mine.state, 'issued');
        assert.equal(mine.chain.length, 14);
        assert.ok(mine.chain.every((s) => s.status === 'done' && s.doneOn === '2026-04-06' && !s.overdue));
        const [dauren] = await myDocuments(service.ctx, { kind: 'citizen', iin: P.dauren });
        assert.deepEqual(
          dauren?.chain.slice(1, 4).map((s) => [s.step, s.status, s.dueOn]),
          [
            ['formular', 'done', '2026-04-06'],
            ['register', 'current', '2026-04-13'],
            ['regional-check', 'later', '2026-04-20'],
          ],
        );
      });

      it('lists the overdue steps of the region by unit, and the wanted-persons alert', async () => {
        service.clock.set('2026-04-14T05:00:00Z');
        const view = await supervisorOverview(service.ctx, operator('supervisor', OFFICE));
        assert.equal(view.region, 'astana');
        assert.deepEqual(
          view.units.map((u) => [u.office, u.role, u.steps.map((s) => [s.step, s.stepDueOn])]),
          [[OFFICE, 'qaiib', [['register', '2026-04-13']]]],
        );
        assert.equal(view.alerts.length, 1);
        assert.equal(view.alerts[0]?.kind, 'wanted-hit');
        await assert.rejects(supervisorOverview(service.ctx, reception), code('operator-only'));
      });
    });
  });
}
