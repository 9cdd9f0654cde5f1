// C9 (issue 13): address certificates at a ЦОН desk. The operator records the identity document
// the person present showed; the certificate goes only to the person it is about or to their
// legal representative (a parent of a minor by the birth act, a guardian on record); the
// document is stored with the certificate and the person it is about is told in the cabinet.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const ID_CARD = { type: 'id-card', number: '045678912' };
const OFFICE = 'astana-esil-1';

for (const engine of ENGINES) {
  describe(`C9 certificates at a ЦОН desk (${engine})`, () => {
    let s: TestService;
    let desk: string;
    const obtain = (body: Record<string, unknown>) =>
      s.request('POST', '/api/v1/certificates', { token: desk, body: { kind: 'current', ...body } });
    const stored = () =>
      s.ctx.database.db
        .selectFrom('address_certificates')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    const noticesOf = async (iin: string) => {
      await s.duties();
      const token = await s.login(iin);
      return ok(await s.request('GET', '/api/v1/cabinet/notifications', { token })).items as {
        template: string;
        message: { kk: string; ru: string; en: string };
      }[];
    };

    before(async () => {
      s = await openService(engine);
      await s.ctx.database.db
        .insertInto('operators')
        .values({ iin: P.roza, role: 'reception', office: OFFICE })
        .execute();
      desk = await s.login(P.roza);
    });
    after(() => s.dispose());

    describe('the identity document of the person present is required', () => {
      it('refuses without one, with an unknown type, or with a number not of its type, and stores nothing', async () => {
        const before = await stored();
        const none = await obtain({ requester: P.aigerim });
        assert.equal(none.status, 400);
        assert.equal(none.body.error.code, 'certificate.desk-document-required');
        assert.equal(none.body.error.path, '/identityDocument');
        const wrongNumber = await obtain({
          requester: P.aigerim,
          identityDocument: { type: 'passport', number: '045678912' },
        });
        assert.equal(wrongNumber.status, 400);
        assert.equal(wrongNumber.body.error.code, 'certificate.desk-document-number');
        assert.ok(wrongNumber.body.error.message.kk && wrongNumber.body.error.message.ru);
        const wrongType = await obtain({
          requester: P.aigerim,
          identityDocument: { type: 'library-card', number: '1' },
        });
        assert.equal(wrongType.status, 400);
        assert.equal(await stored(), before);
      });
      it('is not something a citizen sends online', async () => {
        const token = await s.login(P.viktor);
        const online = await s.request('POST', '/api/v1/certificates', {
          token,
          body: { kind: 'current', identityDocument: ID_CARD },
        });
        assert.equal(online.status, 400);
      });
    });

    describe('only the subject or their legal representative', () => {
      it('refuses a stranger, a spouse and the parent of an adult', async () => {
        for (const [requester, subject] of [
          [P.saltanat, P.aigerim],
          [P.dauren, P.zhanar],
          [P.aigerim, P.alikhan],
        ] as const) {
          const refused = await obtain({ requester, subject, identityDocument: ID_CARD });
          assert.equal(refused.status, 403, `${requester} for ${subject}`);
          assert.equal(refused.body.error.code, 'certificate.desk-not-representative');
        }
      });
      it('refuses an operator’s own case', async () => {
        const own = await obtain({ requester: P.roza, identityDocument: ID_CARD });
        assert.equal(own.status, 403);
        assert.equal(own.body.error.code, 'certificate.desk-own-case');
      });
    });

    describe('issued, with the document stored and the subject told', () => {
      it('to the subject themselves', async () => {
        const issued = ok(
          await obtain({ requester: P.aigerim, identityDocument: { type: 'id-card', number: ' 045 678 912 ' } }),
          201,
        );
        assert.equal(issued.basis, 'self');
        const row = await s.ctx.database.db
          .selectFrom('address_certificates')
          .select(['requester', 'subject', 'desk_document_type', 'desk_document_number', 'desk_office'])
          .where('number', '=', issued.number)
          .executeTakeFirstOrThrow();
        assert.deepEqual(row, {
          requester: P.aigerim,
          subject: P.aigerim,
          desk_document_type: 'id-card',
          desk_document_number: '045678912',
          desk_office: OFFICE,
        });
        const audit = await s.ctx.database.db
          .selectFrom('audit_events')
          .select(['actor', 'details'])
          .where('certificate_number', '=', issued.number)
          .executeTakeFirstOrThrow();
        assert.equal(audit.actor, P.roza);
        assert.ok(!JSON.stringify(audit.details).includes('045678912'), 'the audit names the type, not the number');
        const notice = (await noticesOf(P.aigerim)).find((n) => n.template === 'certificate-issued-at-desk.id-card');
        assert.ok(notice, 'the subject is told in the cabinet');
        assert.match(notice.message.en, /issued at a service centre \(ЦОН\) on 01\.12\.2025/);
        assert.match(notice.message.en, /ID card ending 8912/);
        assert.ok(!notice.message.ru.includes('045678912'), 'only the last four characters');
      });

      it('to a parent of a minor subject, and to a guardian on record', async () => {
        const byParent = ok(
          await obtain({
            requester: P.timur,
            subject: P.erasyl,
            identityDocument: { type: 'passport', number: 'n12345678' },
          }),
          201,
        );
        assert.equal(byParent.basis, 'parent');
        assert.equal(byParent.content.subject.iin, P.erasyl);
        const row = await s.ctx.database.db
          .selectFrom('address_certificates')
          .select(['requester', 'desk_document_type', 'desk_document_number'])
          .where('number', '=', byParent.number)
          .executeTakeFirstOrThrow();
        assert.deepEqual(row, {
          requester: P.timur,
          desk_document_type: 'passport',
          desk_document_number: 'N12345678',
        });
        const notice = (await noticesOf(P.erasyl)).find((n) => n.template === 'certificate-issued-at-desk.passport');
        assert.ok(notice);
        assert.match(notice.message.en, /passport ending 5678/);
        assert.match(notice.message.ru, /паспорт, номер оканчивается на 5678/);

        const byGuardian = ok(
          await obtain({ requester: P.gulmira, subject: P.bauyrzhan, identityDocument: ID_CARD }),
          201,
        );
        assert.equal(byGuardian.basis, 'guardian');
        assert.ok((await noticesOf(P.bauyrzhan)).some((n) => n.template === 'certificate-issued-at-desk.id-card'));
      });
    });
  });
}
