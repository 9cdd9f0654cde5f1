// Issue 23 over HTTP, both engines: I7 revised — children under 14 follow their parent, and only
// the children accepted are registered with them — and F4, the 10-day arrival window carried
// from the arrival coupon into the stored decision and the citizen's view.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apply, COUPON, ok, otp } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

for (const engine of ENGINES) {
  describe(`children follow their parent, and the arrival window (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine);
    });
    after(() => s.dispose());

    describe('I7 (revised): a child under 14 follows the parent', () => {
      it('registers the parent and their child, and never the member who was not accepted', async () => {
        const timur = await s.login(P.timur);
        // D6: 15 m², room for one — the parent takes it, the child follows without a norm check.
        const app = await apply(s, timur, {
          service: 'registration-permanent',
          rka: D.D6,
          owner: P.viktor,
          members: [P.amina, P.erasyl],
        });
        assert.equal(app.decision.outcome, 'eligible');
        assert.deepEqual(
          app.decision.members.map((m: { outcome: string; reasons: string[] }) => [m.outcome, m.reasons[0] ?? null]),
          [
            ['eligible', null],
            ['error', 'member-not-accepted'],
          ],
        );
        // F4: arrived 16 days before the application date (2025-12-01).
        const filled = ok(
          await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, {
            token: timur,
            body: { ...COUPON, arrivalDate: '2025-11-15' },
          }),
        );
        assert.deepEqual(filled.decision.notices, ['late-filing']);
        assert.match(filled.decision.notice.en, /16 days after arriving/);
        assert.equal(filled.state, 'consent-pending', 'a late filing does not stop the registration');

        const viktor = await s.login(P.viktor);
        ok(
          await s.request('POST', `/api/v1/consents/${app.id}/approve`, {
            token: viktor,
            body: await otp(s, viktor, app.id, P.viktor),
          }),
        );
        const done = ok(
          await s.request('POST', `/api/v1/applications/${app.id}/sign`, {
            token: timur,
            body: await otp(s, timur, app.id, P.timur),
          }),
        );
        assert.equal(done.state, 'registered');
        const here = await s.ctx.registries.registrations.activeAt(D.D6, '2025-12-01' as never);
        assert.deepEqual(
          here.map((r) => r.iin).sort(),
          [P.amina, P.timur].sort(),
          'the refused member is not registered',
        );

        // Staff see the stored decision with the F4 entry and the members' I7 traces.
        await s.ctx.database.db
          .insertInto('operators')
          .values({ iin: P.gulmira, role: 'auditor', office: 'astana-1' })
          .execute();
        const auditor = await s.login(P.gulmira);
        const staff = ok(await s.request('GET', `/api/v1/operator/applications/${app.id}`, { token: auditor }));
        const decision = staff.application.decision;
        assert.deepEqual(decision.notices, ['late-filing']);
        assert.ok(
          decision.trace.some((e: { clause: string; result: string }) => e.clause === 'F4' && e.result === 'late'),
        );
        assert.equal(decision.members[0].basis, 'with-parent');
      });
    });

    describe('F4: in time, no notice', () => {
      it('keeps notices empty when the coupon’s arrival is within 10 days', async () => {
        const olzhas = await s.login(P.olzhas);
        const app = await apply(s, olzhas, { service: 'registration-permanent', rka: D.D4, owner: P.aigerim });
        assert.deepEqual(app.decision.notices, [], 'notices are always present');
        const filled = ok(
          await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, {
            token: olzhas,
            body: { ...COUPON, arrivalDate: '2025-11-21' },
          }),
        );
        assert.deepEqual(filled.decision.notices, []);
        assert.equal(filled.decision.notice, null);
        // An arrival after the application date is the client's mistake, with a coded answer.
        const other = await apply(s, await s.login(P.zarina), {
          service: 'registration-permanent',
          rka: D.D4,
          owner: P.aigerim,
        });
        const future = await s.request('PUT', `/api/v1/applications/${other.id}/coupon`, {
          token: await s.login(P.zarina),
          body: { ...COUPON, arrivalDate: '2025-12-05' },
        });
        assert.equal(future.status, 400);
        assert.equal(future.body.error.code, 'arrival-in-future');
      });
    });
  });
}
