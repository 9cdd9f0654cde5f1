// Address certificates end to end over the API (docs/address-certificates.md C1–C8; seeds 002 R5,
// 003 ¶B4/¶B6): who may obtain one, what it states, the seal, the QR, the public check, the PDF.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { jsonText } from '../../../src/db/json-column.ts';
import { readCertificateAttachments } from '../../../src/services/certificates/certificate-pdf.ts';
import { verifyOffline } from '../../../src/services/certificates/verify.ts';
import { createTestCa } from '../../../src/services/signatures/test-ca.ts';
import { trustStoreOf } from '../../../src/services/signatures/trust-store.ts';
import { ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { familyDataset, openService, type TestService } from '../../support/service.ts';

// The family of the spec's examples, with the registration dates of birth acts that the online
// service depends on (C3) and a registration for Zhanar (married to Dauren in 2010, C4).
const data = () =>
  familyDataset((input) => {
    const registered: Record<string, string> = {
      [P.amina]: '2012-09-14',
      [P.erasyl]: '2010-10-20',
      [P.alikhan]: '2005-01-20',
    };
    for (const act of input.civilActs ?? []) {
      if (act.type === 'birth' && registered[act.child]) act.registered = registered[act.child]!;
    }
    input.registrations = [
      ...(input.registrations ?? []),
      { iin: P.zhanar, rka: D.D4, kind: 'permanent', from: '2015-03-01', to: null },
    ];
    // Her name as ГБД ФЛ writes it, with a patronymic the public check must not show (issue 13).
    const aigerim = input.persons?.find((p) => p.iin === P.aigerim);
    if (aigerim) aigerim.name = AIGERIM_NAME;
  });
const AIGERIM_NAME = 'Ахметова Айгерім Бекзат қызы';
const AIGERIM_BIRTH = { year: '1985', month: '05', day: '17' };

/**
 * What must never be in a public answer about Aigerim: any four digits in a row of her IIN's
 * last six (the sex digit, the serial, the check digit), the IIN itself, her birth date in any
 * common form (the year alone included), her first name and her patronymic.
 */
function assertNothingRebuildsTheIin(text: string, number: string) {
  // The certificate's own number and QR signature are random and may hold any digits.
  const shown = text.replaceAll(number, '').replace(/s=[A-Za-z0-9_-]+/g, '');
  const tail = P.aigerim.slice(-6);
  for (let i = 0; i + 4 <= tail.length; i++) {
    assert.ok(!shown.includes(tail.slice(i, i + 4)), `shows ${tail.slice(i, i + 4)} of the IIN's tail`);
  }
  const { year, month, day } = AIGERIM_BIRTH;
  const dates = [year, `${year.slice(2)}${month}${day}`, `${day}.${month}`, `${month}-${day}`, `${day}/${month}`];
  for (const form of [P.aigerim, ...dates, 'Айгерім', 'Бекзат', 'қызы']) {
    assert.ok(!shown.includes(form), `shows ${form}`);
  }
}

const obtain = (s: TestService, token: string, body: Record<string, unknown>) =>
  s.request('POST', '/api/v1/certificates', { token, body });

for (const engine of ENGINES) {
  describe(`address certificates (${engine})`, () => {
    let s: TestService;
    const tokens: Record<string, string> = {};
    const as = async (who: keyof typeof P) => (tokens[who] ??= await s.login(P[who]));
    before(async () => {
      s = await openService(engine, { data: data(), settings: { sessionMinutes: 60 * 24 * 365 } });
    });
    after(() => s.dispose());

    describe('C2 oneself', () => {
      it('issues a current certificate stating the registration active today, sealed and with a QR URL', async () => {
        const issued = ok(await obtain(s, await as('aigerim'), { kind: 'current' }), 201);
        assert.equal(issued.basis, 'self');
        assert.match(issued.number, /^AC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        assert.equal(issued.content.subject.iin, P.aigerim);
        assert.deepEqual(
          issued.content.registrations.map((r: { rka: string; kind: string }) => [r.rka, r.kind]),
          [[D.D1, 'permanent']],
        );
        assert.match(issued.verifyUrl, new RegExp(`^http://localhost:3000/v/${issued.number}\\?s=[A-Za-z0-9_-]{86}$`));
        const audit = await s.ctx.database.db
          .selectFrom('audit_events')
          .select(['action', 'actor', 'certificate_number'])
          .where('certificate_number', '=', issued.number)
          .execute();
        assert.deepEqual(audit, [
          { action: 'certificate-issued', actor: P.aigerim, certificate_number: issued.number },
        ]);
      });
      it('issues a history certificate listing every registration, oldest first', async () => {
        const issued = ok(await obtain(s, await as('nurlanA'), { kind: 'history' }), 201);
        assert.deepEqual(
          issued.content.registrations.map((r: { rka: string; from: string; to: string | null }) => [
            r.rka,
            r.from,
            r.to,
          ]),
          [
            [D.D2, '2020-01-01', null],
            [D.D6, '2024-01-01', '2024-12-31'],
          ],
        );
      });
      it('C6: refuses a current certificate to someone with no registration', async () => {
        const refused = await obtain(s, await as('aruzhan'), { kind: 'current' });
        assert.equal(refused.status, 422);
        assert.equal(refused.body.error.code, 'certificate.no-current-registration');
        assert.ok(refused.body.error.message.kk && refused.body.error.message.ru && refused.body.error.message.en);
      });
    });

    describe('C3 a parent, for a child whose birth act was registered on or after 13 Aug 2007', () => {
      it('issues the child’s certificate to the mother and to the father, and tells the child', async () => {
        const byMother = ok(await obtain(s, await as('aigerim'), { kind: 'current', subject: P.amina }), 201);
        assert.equal(byMother.basis, 'parent');
        assert.equal(byMother.content.subject.iin, P.amina);
        const byFather = ok(await obtain(s, await as('timur'), { kind: 'current', subject: P.erasyl }), 201);
        assert.equal(byFather.content.registrations[0].rka, D.MD);
        await s.duties();
        const notes = ok(await s.request('GET', '/api/v1/cabinet/notifications', { token: await as('amina') }));
        assert.ok(notes.items.some((n: { template: string }) => n.template === 'certificate-issued-about-you.parent'));
      });
      it('refuses online for a birth act registered before 13 Aug 2007, pointing to a ЦОН', async () => {
        const refused = await obtain(s, await as('aigerim'), { kind: 'current', subject: P.alikhan });
        assert.equal(refused.status, 403);
        assert.equal(refused.body.error.code, 'certificate.birth-act-too-early');
      });
    });

    describe('C4 a spouse, in a standing marriage registered in 2008 or later', () => {
      it('issues the spouse’s certificate', async () => {
        const issued = ok(await obtain(s, await as('dauren'), { kind: 'current', subject: P.zhanar }), 201);
        assert.equal(issued.basis, 'spouse');
      });
      it('refuses a marriage registered before 2008', async () => {
        const refused = await obtain(s, await as('aigerim'), { kind: 'current', subject: P.timur });
        assert.equal(refused.body.error.code, 'certificate.marriage-too-early');
      });
      it('refuses a former spouse', async () => {
        const refused = await obtain(s, await as('aigerim'), { kind: 'current', subject: P.olzhas });
        assert.equal(refused.body.error.code, 'certificate.marriage-dissolved');
      });
    });

    describe('C5 anyone else', () => {
      it('refuses a stranger, and does not tell whether an unknown IIN exists', async () => {
        const stranger = await obtain(s, await as('saltanat'), { kind: 'current', subject: P.aigerim });
        assert.equal(stranger.status, 403);
        assert.equal(stranger.body.error.code, 'certificate.not-entitled');
        const unknown = await obtain(s, await as('saltanat'), { kind: 'current', subject: '900701300108' });
        assert.equal(unknown.body.error.code, 'certificate.not-entitled');
      });
      it('at a ЦОН desk, a reception operator obtains it for the person present, who must be named', async () => {
        await s.ctx.database.db
          .insertInto('operators')
          .values({ iin: P.gulmira, role: 'reception', office: 'astana-esil-1' })
          .execute();
        const desk = await s.login(P.gulmira);
        const issued = ok(
          await obtain(s, desk, {
            kind: 'current',
            requester: P.aigerim,
            subject: P.amina,
            identityDocument: { type: 'id-card', number: '045678912' },
          }),
          201,
        );
        assert.equal(issued.basis, 'parent');
        const audit = await s.ctx.database.db
          .selectFrom('audit_events')
          .select(['actor_kind', 'actor', 'details'])
          .where('certificate_number', '=', issued.number)
          .executeTakeFirstOrThrow();
        assert.equal(audit.actor_kind, 'operator');
        assert.equal(audit.actor, P.gulmira);
        const missing = await obtain(s, desk, { kind: 'current' });
        assert.equal(missing.status, 400);
      });
    });

    describe('C8 the public check', () => {
      it('shows a genuine, current certificate with its QR matching, holder by surname and initial, without logging in', async () => {
        const issued = ok(await obtain(s, await as('aigerim'), { kind: 'current' }), 201);
        const signature = new URL(issued.verifyUrl).searchParams.get('s')!;
        const checked = ok(await s.request('GET', `/api/v1/public/certificates/${issued.number}?s=${signature}`));
        assert.equal(checked.genuine, true);
        assert.equal(checked.qr, 'match');
        assert.equal(checked.status, 'still-current');
        assert.equal(checked.certificate.holder, 'Ахметова А.');
        assert.ok(!JSON.stringify(checked).includes(P.aigerim), 'the full IIN is not shown');
        // A number typed by hand: lower case, without dashes, O for 0.
        const typed = issued.number.toLowerCase().replace(/-/g, '');
        const byHand = ok(await s.request('GET', `/api/v1/public/certificates/${typed}`));
        assert.equal(byHand.qr, 'absent');
        assert.equal(byHand.genuine, true);
      });
      it('says when the registration stated has ended since', async () => {
        const issued = ok(await obtain(s, await as('saltanat'), { kind: 'current' }), 201);
        s.clock.set('2026-04-01T06:00:00Z'); // her temporary registration ended on 31 Mar 2026
        try {
          const checked = ok(await s.request('GET', `/api/v1/public/certificates/${issued.number}`));
          assert.equal(checked.genuine, true);
          assert.equal(checked.status, 'no-longer-current');
        } finally {
          s.clock.set('2025-12-01T06:00:00Z');
        }
      });
      it('flags a QR code taken from another certificate, and a changed stored content', async () => {
        const one = ok(await obtain(s, await as('viktor'), { kind: 'current' }), 201);
        const other = ok(await obtain(s, await as('olga'), { kind: 'current' }), 201);
        const foreign = new URL(other.verifyUrl).searchParams.get('s')!;
        const mixed = ok(await s.request('GET', `/api/v1/public/certificates/${one.number}?s=${foreign}`));
        assert.equal(mixed.qr, 'mismatch');
        const garbage = ok(await s.request('GET', `/api/v1/public/certificates/${one.number}?s=not-a-signature`));
        assert.equal(garbage.qr, 'mismatch');
        const content = { ...one.content, subject: { ...one.content.subject, name: 'Someone Else' } };
        await s.ctx.database.db
          .updateTable('address_certificates')
          .set({ content: jsonText(content) })
          .where('number', '=', one.number)
          .execute();
        const forged = ok(await s.request('GET', `/api/v1/public/certificates/${one.number}`));
        assert.equal(forged.genuine, false);
        assert.deepEqual(forged.seal, { ok: false, code: 'seal-signature-invalid' });
      });
      it('answers a bad number and an unknown one with coded errors', async () => {
        const bad = await s.request('GET', '/api/v1/public/certificates/AC-1234');
        assert.equal(bad.status, 400);
        assert.equal(bad.body.error.code, 'certificate-number-invalid');
        const unknown = await s.request('GET', '/api/v1/public/certificates/AC-0000-0000-0000');
        assert.equal(unknown.status, 404);
        assert.equal(unknown.body.error.code, 'certificate-not-found');
      });
      it('reports a revoked seal', async () => {
        const issued = ok(await obtain(s, await as('bekzat'), { kind: 'current' }), 201);
        const trust = s.ctx.trust;
        await s.revoke([s.ctx.seal.label.serial]);
        try {
          const checked = ok(await s.request('GET', `/api/v1/public/certificates/${issued.number}`));
          assert.deepEqual(checked.seal, { ok: false, code: 'seal-revoked' });
          assert.equal(checked.genuine, false);
        } finally {
          s.ctx.trust = trust;
        }
      });
    });

    describe('C8 issue 13: nothing in the public check rebuilds the IIN', () => {
      it('shows genuine, status, number, issue date, address and "surname initial" — no IIN, birth date or patronymic', async () => {
        const issued = ok(await obtain(s, await as('aigerim'), { kind: 'history' }), 201);
        assert.equal(issued.content.subject.name, AIGERIM_NAME, 'the signed content keeps the full name');
        const qr = new URL(issued.verifyUrl);
        const answer = ok(await s.request('GET', `/api/v1/public/certificates/${issued.number}${qr.search}`));
        assert.equal(answer.genuine, true);
        assert.equal(answer.status, 'still-current');
        assert.deepEqual(Object.keys(answer.certificate).toSorted(), [
          'asOf',
          'holder',
          'issuedAt',
          'kind',
          'number',
          'registrations',
        ]);
        assert.equal(answer.certificate.holder, 'Ахметова А.');
        assert.ok(answer.certificate.registrations.length > 0 && answer.certificate.registrations[0].address);
        assertNothingRebuildsTheIin(JSON.stringify(answer), issued.number);
        for (const lang of ['kk', 'ru', 'en']) {
          const page = await s.fetch('GET', `${qr.pathname}${qr.search}&lang=${lang}`, {
            headers: { accept: 'text/html' },
          });
          assert.equal(page.status, 200);
          const html = await page.text();
          assert.match(html, /Ахметова А\./);
          assert.ok(html.includes(answer.certificate.registrations[0].address), lang);
          assertNothingRebuildsTheIin(html, issued.number);
        }
      });
    });

    describe('C7 the PDF', () => {
      it('is the requester’s only, and carries what an offline check needs', async () => {
        const issued = ok(await obtain(s, await as('gulnar'), { kind: 'history' }), 201);
        const response = await s.fetch('GET', issued.pdf, { token: await as('gulnar') });
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-type'), 'application/pdf');
        const pdf = new Uint8Array(await response.arrayBuffer());
        assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), '%PDF-');
        const attachments = await readCertificateAttachments(pdf);
        assert.ok(attachments);
        const offline = await verifyOffline({ ...attachments, trust: s.ctx.trust });
        assert.equal(offline.ok, true);
        const otherCa = await createTestCa();
        const untrusted = await verifyOffline({
          ...attachments,
          trust: trustStoreOf({ anchors: [otherCa.certificate] }),
        });
        assert.deepEqual(untrusted, { ok: false, code: 'seal-untrusted' });
        const edited = await verifyOffline({
          ...attachments,
          contentJson: attachments.contentJson.replace('"history"', '"current"'),
          trust: s.ctx.trust,
        });
        assert.deepEqual(edited, { ok: false, code: 'seal-signature-invalid' });
        const someoneElse = await s.fetch('GET', issued.pdf, { token: await as('bekzat') });
        assert.equal(someoneElse.status, 404);
        const listed = ok(await s.request('GET', '/api/v1/certificates', { token: await as('gulnar') }));
        assert.equal(listed.items[0].number, issued.number);
      });
    });

    describe('registry outage', () => {
      it('answers 503 and stores nothing when the registration register is down', async () => {
        const before = await s.ctx.database.db
          .selectFrom('address_certificates')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        s.faults.failing.add('registrations');
        try {
          const down = await obtain(s, await as('viktor'), { kind: 'current' });
          assert.equal(down.status, 503);
          assert.equal(down.body.error.code, 'registry-unavailable');
        } finally {
          s.faults.failing.clear();
        }
        const later = await s.ctx.database.db
          .selectFrom('address_certificates')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        assert.equal(Number(later.n), Number(before.n));
      });
    });

    describe('C8 the verification page', () => {
      it('serves the form in Kazakh by default and the result in the chosen language, no IIN', async () => {
        const form = await s.fetch('GET', '/verify', { headers: { accept: 'text/html' } });
        assert.equal(form.status, 200);
        const formHtml = await form.text();
        assert.match(formHtml, /<html lang="kk">/);
        assert.match(formHtml, /Мекенжай анықтамасын тексеру/);
        const issued = ok(await obtain(s, await as('aigerim'), { kind: 'current' }), 201);
        const qr = new URL(issued.verifyUrl);
        const result = await s.fetch('GET', `${qr.pathname}${qr.search}&lang=ru`, { headers: { accept: 'text/html' } });
        assert.equal(result.status, 200);
        const page = await result.text();
        assert.match(page, /Подлинная/);
        assert.match(page, /QR-код принадлежит этой справке/);
        assert.match(page, /Ахметова А\./);
        assert.ok(!page.includes(P.aigerim));
        assert.match(result.headers.get('set-cookie') ?? '', /tirkeu_lang=ru/);
      });
      it('shows a wrong number next to the field, with an error summary linking to it', async () => {
        const response = await s.fetch('GET', '/verify?number=hello&lang=en', { headers: { accept: 'text/html' } });
        assert.equal(response.status, 400);
        const page = await response.text();
        assert.match(page, /class="error-summary"/);
        assert.match(page, /href="#number"/);
        assert.match(page, /aria-invalid="true"/);
        assert.match(page, /This is not a certificate number/);
      });
    });
  });
}
