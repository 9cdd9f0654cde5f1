// Issue 5, end to end over HTTP on PGlite and PostgreSQL, with the spec family as registries:
// each path from the application to its result (P1–P7, I2, I4, N1), deregistration, the hall,
// authorization and idempotency. Tests in one engine's block share a service and run in order.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apply, cms, COUPON, ok, otp } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

for (const engine of ENGINES) {
  describe(`registration e-service over HTTP (${engine})`, () => {
    let s: TestService;
    const tokens = new Map<string, string>();
    const token = async (iin: string) => {
      if (!tokens.has(iin)) tokens.set(iin, await s.login(iin));
      return tokens.get(iin)!;
    };
    before(async () => {
      s = await openService(engine);
    });
    after(() => s.dispose());

    describe('P7 outside Astana (N3): coupon → owner consent (SMS) → applicant signs (EDS) → registered', () => {
      it('records the registration, ends the previous permanent one, and tells everyone', async () => {
        const applicant = await token(P.nurlanA);
        const app = await apply(s, applicant, { service: 'registration-permanent', rka: D.AL });
        assert.equal(app.state, 'coupon-pending');
        assert.equal(app.decision.basis, 'outside-astana');
        // The citizen reads the plain decision; the trace with its registry facts is for staff.
        assert.equal(app.decision.trace, undefined, 'no registry trace in a citizen’s answer');
        assert.doesNotMatch(app.message.en, /\(N3\)|I2|P7/, 'no clause codes for citizens');

        const filled = ok(
          await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token: applicant, body: COUPON }),
        );
        assert.equal(filled.state, 'consent-pending');
        assert.ok(filled.consentDue);
        // The same coupon again (its first answer lost): refused as done, nothing asked twice.
        const again = await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, {
          token: applicant,
          body: COUPON,
        });
        assert.equal(again.status, 409, JSON.stringify(again.body));
        assert.equal(again.body.error.code, 'invalid-transition');

        const owner = await token(P.aigerim);
        const inbox = ok(await s.request('GET', '/api/v1/consents', { token: owner }));
        assert.deepEqual(
          inbox.items.map((i: { application: { id: string } }) => i.application.id),
          [app.id],
        );
        const consented = ok(
          await s.request('POST', `/api/v1/consents/${app.id}/approve`, {
            token: owner,
            body: await otp(s, owner, app.id, P.aigerim),
          }),
        );
        assert.equal(consented.state, 'signature-pending');

        const credential = await s.certificate({ iin: P.nurlanA });
        const done = ok(
          await s.request('POST', `/api/v1/applications/${app.id}/sign`, {
            token: applicant,
            body: await cms(s, applicant, app.id, credential),
          }),
        );
        assert.equal(done.state, 'registered');

        const mine = ok(await s.request('GET', '/api/v1/cabinet/registrations', { token: applicant }));
        assert.deepEqual(mine.items[0], {
          rka: D.AL,
          address: mine.items[0].address,
          kind: 'permanent',
          from: '2025-12-01',
          to: null,
        });
        const previous = mine.items.find(
          (r: { rka: string; kind: string }) => r.rka === D.D2 && r.kind === 'permanent',
        );
        assert.equal(previous.to, '2025-11-30', 'P7: the previous permanent registration ended');

        await s.duties();
        const notes = ok(await s.request('GET', '/api/v1/cabinet/notifications', { token: applicant }));
        assert.equal(notes.items[0].template, 'notify-registered');
        assert.match(notes.items[0].message.kk, new RegExp(app.number));
        const ownerNotes = ok(await s.request('GET', '/api/v1/cabinet/notifications', { token: owner }));
        assert.ok(ownerNotes.items.some((n: { template: string }) => n.template === 'notify-owner-registered'));

        const history = ok(await s.request('GET', `/api/v1/applications/${app.id}/history`, { token: applicant }));
        assert.deepEqual(
          history.items.map((h: { to: string }) => h.to),
          ['draft', 'checks', 'coupon-pending', 'consent-pending', 'signature-pending', 'registered'],
        );
      });
    });

    describe('P4.3 Astana, norm not reached → coupon (basis norm-not-reached)', () => {
      it('passes the checks for a stranger in a roomy flat', async () => {
        const app = await apply(s, await token(P.olga), { service: 'registration-permanent', rka: D.D4 });
        assert.equal(app.state, 'coupon-pending');
        assert.equal(app.decision.basis, 'norm-not-reached');
      });
    });

    describe('P5/P6 Astana, norm reached → relation or category confirmed', () => {
      const cases = [
        { who: P.dauren, relation: { kind: 'sibling-full' }, basis: 'relation-confirmed' },
        { who: P.roza, relation: { kind: 'in-law' }, basis: 'relation-confirmed' },
        { who: P.meruert, relation: { kind: 'student' }, basis: 'student-confirmed' },
      ];
      for (const c of cases) {
        it(`${c.relation.kind} → ${c.basis}`, async () => {
          const app = await apply(s, await token(c.who), {
            service: 'registration-permanent',
            rka: D.D1,
            owner: P.aigerim,
            relation: c.relation,
          });
          assert.equal(app.state, 'coupon-pending', JSON.stringify(app.decision?.reasons));
          assert.equal(app.decision.basis, c.basis);
        });
      }
    });

    describe('refusals carry the reason, the rules message and a next step', () => {
      it('P5.8 no kinship found → refused (no-kinship)', async () => {
        const app = await apply(s, await token(P.saltanat), {
          service: 'registration-permanent',
          rka: D.D1,
          owner: P.aigerim,
          relation: { kind: 'child' },
        });
        assert.equal(app.state, 'refused');
        assert.equal(app.reason, 'no-kinship');
        assert.equal(app.decision.next, 'update-civil-record');
        assert.ok(app.message.ru.length > 0 && app.message.kk.length > 0);
      });
      it('P1.1 online application for a minor owner’s dwelling → refused, go to the hall', async () => {
        const app = await apply(s, await token(P.zhanar), { service: 'registration-permanent', rka: D.MD });
        assert.equal(app.state, 'refused');
        assert.equal(app.reason, 'owner-minor-or-incapable');
        assert.equal(app.decision.next, 'go-to-hall');
      });
    });

    describe('P7 the owner declines', () => {
      it('refuses the application and tells the applicant', async () => {
        const applicant = await token(P.arman);
        const app = await apply(s, applicant, { service: 'registration-permanent', rka: D.D4 });
        ok(await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token: applicant, body: COUPON }));
        const declined = ok(
          await s.request('POST', `/api/v1/consents/${app.id}/decline`, { token: await token(P.aigerim) }),
        );
        assert.equal(declined.state, 'refused');
        assert.equal(declined.reason, 'owner-declined');
        await s.duties();
        const notes = ok(await s.request('GET', '/api/v1/cabinet/notifications', { token: applicant }));
        assert.equal(notes.items[0].template, 'notify-consent-declined');
      });
    });

    describe('I2 an owner registering in their own dwelling: no consent; F5 signature failures', () => {
      it('rejects wrong IIN, expired, untrusted, revoked and tampered signatures, then accepts a good one', async () => {
        const owner = await token(P.aigerim);
        const app = await apply(s, owner, { service: 'registration-permanent', rka: D.D4 });
        assert.equal(app.decision.basis, 'owner');
        const filled = ok(
          await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token: owner, body: COUPON }),
        );
        assert.equal(filled.state, 'signature-pending');

        const { createTestCa, issueCertificate } = await import('../../../src/services/signatures/test-ca.ts');
        const stranger = await createTestCa();
        const revoked = await s.certificate({ iin: P.aigerim });
        await s.revoke([revoked.certificate.serialNumber]);
        const attempts: Array<[string, Parameters<typeof cms>[3], boolean]> = [
          ['signer-mismatch', await s.certificate({ iin: P.timur }), false],
          [
            'certificate-expired',
            await s.certificate({
              iin: P.aigerim,
              notBefore: new Date('2020-01-01'),
              notAfter: new Date('2024-01-01'),
            }),
            false,
          ],
          ['certificate-untrusted', await issueCertificate(stranger, { iin: P.aigerim }), false],
          ['certificate-revoked', revoked, false],
          ['signature-invalid', await s.certificate({ iin: P.aigerim }), true],
        ];
        for (const [code, credential, tamper] of attempts) {
          const reply = await s.request('POST', `/api/v1/applications/${app.id}/sign`, {
            token: owner,
            body: await cms(s, owner, app.id, credential, tamper),
          });
          assert.equal(reply.status, 400, code);
          assert.equal(reply.body.error.code, code);
        }
        const still = ok(await s.request('GET', `/api/v1/applications/${app.id}`, { token: owner }));
        assert.equal(still.state, 'signature-pending', 'failed signatures change nothing');
        const done = ok(
          await s.request('POST', `/api/v1/applications/${app.id}/sign`, {
            token: owner,
            body: await cms(s, owner, app.id, await s.certificate({ iin: P.aigerim })),
          }),
        );
        assert.equal(done.state, 'registered');
      });
    });

    describe('deregistration', () => {
      it('by the person: signed with an SMS code, the registration ends', async () => {
        const me = await token(P.alikhan);
        const app = await apply(s, me, { service: 'deregistration', rka: D.D4 });
        assert.equal(app.state, 'signature-pending');
        const done = ok(
          await s.request('POST', `/api/v1/applications/${app.id}/sign`, {
            token: me,
            body: await otp(s, me, app.id, P.alikhan),
          }),
        );
        assert.equal(done.state, 'deregistered');
        const mine = ok(await s.request('GET', '/api/v1/cabinet/registrations', { token: me }));
        assert.equal(mine.items.find((r: { rka: string }) => r.rka === D.D4).to, '2025-11-30');
      });
      it('by the owner, for a person registered in the dwelling, who is notified', async () => {
        const owner = await token(P.viktor);
        const app = await apply(s, owner, { service: 'deregistration', rka: D.D3, person: P.saltanat });
        assert.equal(app.state, 'signature-pending');
        const credential = await s.certificate({ iin: P.viktor });
        ok(
          await s.request('POST', `/api/v1/applications/${app.id}/sign`, {
            token: owner,
            body: await cms(s, owner, app.id, credential),
          }),
        );
        await s.duties();
        const notes = ok(await s.request('GET', '/api/v1/cabinet/notifications', { token: await token(P.saltanat) }));
        assert.ok(notes.items.some((n: { template: string }) => n.template === 'notify-deregistered-by-owner'));
        const person = ok(await s.request('GET', `/api/v1/applications/${app.id}`, { token: await token(P.saltanat) }));
        assert.equal(person.state, 'deregistered', 'the deregistered person may read the application');
      });
      it('by someone who is neither the person nor an owner → refused', async () => {
        const app = await apply(s, await token(P.zhanar), { service: 'deregistration', rka: D.D2, person: P.olga });
        assert.equal(app.state, 'refused');
        assert.equal(app.reason, 'not-entitled-to-deregister');
      });
    });

    describe('P1/P2 the ЦОН: reception triage, then the hall files for a minor owner’s dwelling', () => {
      it('routes to the hall, files with the parent as representative, and completes in person', async () => {
        await s.ctx.database.db
          .insertInto('operators')
          .values([
            { iin: P.sara, role: 'hall', office: 'astana-1' },
            { iin: P.nurlan, role: 'reception', office: 'astana-1' },
          ])
          .execute();
        const reception = await token(P.nurlan);
        const triage = ok(
          await s.request('POST', '/api/v1/operator/triage', {
            token: reception,
            body: { applicant: P.viktor, rka: D.MD },
          }),
        );
        assert.equal(triage.outcome, 'route-hall');
        const hallDenied = await s.request('POST', '/api/v1/operator/applications', {
          token: reception,
          body: {
            service: 'registration-permanent',
            applicant: P.saltanat,
            rka: D.MD,
            owner: P.erasyl,
            representative: P.aigerim,
          },
        });
        assert.equal(hallDenied.status, 403, 'reception may not file hall applications');

        const hall = await token(P.sara);
        const filed = ok(
          await s.request('POST', '/api/v1/operator/applications', {
            token: hall,
            body: {
              service: 'registration-permanent',
              applicant: P.saltanat,
              rka: D.MD,
              owner: P.erasyl,
              representative: P.aigerim,
              relation: { kind: 'none' },
            },
          }),
          201,
        );
        assert.equal(filed.state, 'coupon-pending');
        assert.equal(filed.channel, 'hall');
        const filled = ok(
          await s.request('PUT', `/api/v1/operator/applications/${filed.id}/coupon`, { token: hall, body: COUPON }),
        );
        assert.equal(filled.state, 'signature-pending', 'P2.2: the representative consented in the hall');
        const done = ok(
          await s.request('POST', `/api/v1/operator/applications/${filed.id}/sign`, {
            token: hall,
            body: { method: 'hall' },
          }),
        );
        assert.equal(done.state, 'registered');
        const queue = ok(await s.request('GET', '/api/v1/operator/applications?state=registered', { token: hall }));
        assert.ok(queue.items.some((a: { id: string }) => a.id === filed.id));
        const trace = ok(await s.request('GET', `/api/v1/operator/applications/${filed.id}`, { token: hall }));
        assert.ok(trace.application.decision.trace.some((t: { clause: string }) => t.clause.startsWith('P2')));
        assert.ok(trace.audit.length >= 5);
      });
    });

    describe('authorization on every route', () => {
      it('hides other people’s applications, keeps operator routes for operators, needs a session', async () => {
        const [mine] = ok(await s.request('GET', '/api/v1/applications', { token: await token(P.olga) })).items;
        const other = await s.request('GET', `/api/v1/applications/${mine.id}`, { token: await token(P.dauren) });
        assert.equal(other.status, 404);
        assert.equal(other.body.error.code, 'application-not-found');
        const operatorRoute = await s.request('GET', '/api/v1/operator/applications', { token: await token(P.dauren) });
        assert.equal(operatorRoute.status, 403);
        const anonymous = await s.request('GET', '/api/v1/applications');
        assert.equal(anonymous.status, 401);
        assert.ok(
          anonymous.body.error.message.kk && anonymous.body.error.message.ru && anonymous.body.error.message.en,
        );
        const notMyConsent = await s.request('POST', `/api/v1/consents/${mine.id}/decline`, {
          token: await token(P.dauren),
        });
        assert.equal(notMyConsent.status, 404);
      });
    });

    describe('idempotency keys on POST', () => {
      it('replays the first response for a retried request and refuses the key for another body', async () => {
        const me = await token(P.dana);
        const body = { service: 'registration-permanent', rka: D.D4 };
        const headers = { 'idempotency-key': 'create-dana-0001' };
        const first = ok(await s.request('POST', '/api/v1/applications', { token: me, body, headers }), 201);
        const again = ok(await s.request('POST', '/api/v1/applications', { token: me, body, headers }), 201);
        assert.equal(again.id, first.id);
        const mine = ok(await s.request('GET', '/api/v1/applications', { token: me }));
        assert.equal(mine.items.length, 1, 'one application, not two');
        const reused = await s.request('POST', '/api/v1/applications', {
          token: me,
          body: { ...body, rka: D.D6 },
          headers,
        });
        assert.equal(reused.status, 422);
        assert.equal(reused.body.error.code, 'idempotency-key-reused');
      });
    });

    describe('bad input', () => {
      it('answers with a coded error, a JSON pointer and three languages', async () => {
        const me = await token(P.dana);
        const bad = await s.request('POST', '/api/v1/applications', {
          token: me,
          body: { service: 'registration-temporary', rka: D.D4 },
        });
        assert.equal(bad.status, 400);
        assert.equal(bad.body.error.code, 'invalid-request');
        assert.equal(bad.body.error.path, '/periodMonths');
        const coupon = await s.request('PUT', `/api/v1/applications/00000000-0000-4000-8000-000000000000/coupon`, {
          token: me,
          body: { ...COUPON, education: 'wizardry' },
        });
        assert.equal(coupon.status, 400);
        assert.equal(coupon.body.error.path, '/education');
      });
      it('serves the OpenAPI document built from the same schemas', async () => {
        const doc = ok(await s.request('GET', '/openapi.json'));
        assert.ok(doc.paths['/api/v1/applications/{id}/sign']);
        assert.ok(doc.components.schemas.ArrivalCoupon);
      });
    });
  });
}
