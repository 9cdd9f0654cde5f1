// Issue 21, service dashboards on both engines: an application that waited for the owner's
// consent is counted per day, channel and outcome, its consent time is measured from the moment
// it waited, the outbox's messages are counted; only supervisors may see it, as CSV too.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IsoDate } from '../../../src/domain/dates.ts';
import { dashboardCsv } from '../../../src/services/analytics/dashboard-csv.ts';
import { supervisorDashboard } from '../../../src/services/analytics/reports.ts';
import type { Actor } from '../../../src/services/actor.ts';
import { apply, COUPON, ok, otp } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const DAY = '2025-12-01' as IsoDate;
const supervisor: Actor = { kind: 'operator', iin: P.serik, role: 'supervisor', office: 'astana-1' };

for (const engine of ENGINES) {
  describe(`issue 21: service dashboards (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine);
      const applicant = await s.login(P.nurlanA);
      const app = await apply(s, applicant, { service: 'registration-permanent', rka: D.AL });
      ok(await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token: applicant, body: COUPON }));
      // The owner answers an hour later.
      s.clock.advance(3_600_000);
      const owner = await s.login(P.aigerim);
      ok(
        await s.request('POST', `/api/v1/consents/${app.id}/approve`, {
          token: owner,
          body: await otp(s, owner, app.id, P.aigerim),
        }),
      );
      await s.duties();
    });
    after(() => s.dispose());

    it('counts applications per day by channel and outcome', async () => {
      const d = await supervisorDashboard(s.ctx, supervisor, DAY, DAY);
      assert.deepEqual(d.days, [
        {
          day: DAY,
          channel: 'online',
          counts: { completed: 0, refused: 0, cancelled: 0, expired: 0, 'in-progress': 1 },
        },
      ]);
      assert.deepEqual(d.refusals, []);
      assert.match(
        dashboardCsv(d, 'days'),
        /^day,channel,completed,refused,cancelled,expired,in_progress\r\n2025-12-01,online,0,0,0,0,1\r\n$/,
      );
    });

    it('P7: measures the time to the owner’s consent from the moment the application waited for it', async () => {
      const d = await supervisorDashboard(s.ctx, supervisor, DAY, DAY);
      assert.equal(d.consent.count, 1);
      assert.ok(d.consent.medianSeconds !== null && d.consent.medianSeconds >= 3600);
      assert.equal(d.consent.answers.given, 1);
    });

    it('counts the outbox’s sent and waiting messages per channel', async () => {
      const d = await supervisorDashboard(s.ctx, supervisor, DAY, DAY);
      const sms = d.outbox.find((o) => o.channel === 'sms');
      assert.ok(sms && sms.count > 0);
      assert.equal(sms.pending, 0);
    });

    it('is for supervisors only: an analyst or a hall operator is refused', async () => {
      for (const role of ['analyst', 'hall', 'auditor'] as const) {
        await assert.rejects(
          supervisorDashboard(s.ctx, { ...supervisor, role }, DAY, DAY),
          (e: Error & { code?: string }) => e.code === 'operator-only',
        );
      }
    });
  });
}
