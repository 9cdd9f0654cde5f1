// Time in the e-service: consent deadlines in working days (P7, I4, F2), temporary registrations
// that end by themselves (F4), one-time codes (expiry, attempts, rate limits), and registry
// outages with retry. Each test has its own service, as they move the clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apply, cms, COUPON, ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService } from '../../support/service.ts';
import { DEFAULT_SETTINGS } from '../../../src/services/context.ts';

const HOUR = 3_600_000;
// Sessions (30 min) would end as the clock jumps days; these tests are about other deadlines.
const LONG = { settings: { sessionMinutes: 60 * 24 * 60 } };

for (const engine of ENGINES) {
  describe(`deadlines and outages (${engine})`, () => {
    describe('P7/I4 consent not given within 3 working days (F2) → expired', () => {
      it('expires after the third working day ends, not before', async () => {
        const s = await openService(engine, LONG);
        try {
          const me = await s.login(P.olga);
          const app = await apply(s, me, { service: 'registration-permanent', rka: D.D4 });
          const filled = ok(
            await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token: me, body: COUPON }),
          );
          // Monday 1 Dec 2025 → due at the end of Thursday 4 Dec (Astana): 2025-12-04T19:00Z.
          assert.equal(filled.consentDue, '2025-12-04T19:00:00.000Z');
          s.clock.set('2025-12-04T18:59:00Z');
          await s.duties();
          assert.equal(
            ok(await s.request('GET', `/api/v1/applications/${app.id}`, { token: me })).state,
            'consent-pending',
          );
          s.clock.set('2025-12-04T19:00:01Z');
          await s.duties();
          await s.duties();
          const expired = ok(await s.request('GET', `/api/v1/applications/${app.id}`, { token: me }));
          assert.equal(expired.state, 'expired');
          assert.equal(expired.reason, 'consent-expired');
          const notes = ok(await s.request('GET', '/api/v1/cabinet/notifications', { token: me }));
          assert.equal(notes.items[0].template, 'notify-consent-expired');
        } finally {
          await s.dispose();
        }
      });
      it('counts working days across a holiday: 16 Dec 2025 (Independence Day) is not one', async () => {
        const s = await openService(engine, { ...LONG, now: '2025-12-15T06:00:00Z' });
        try {
          const me = await s.login(P.olga);
          const app = await apply(s, me, { service: 'registration-permanent', rka: D.D4 });
          const filled = ok(
            await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token: me, body: COUPON }),
          );
          // Monday 15 Dec: 16 Dec is a holiday → 17, 18, 19 → end of Friday 19 Dec.
          assert.equal(filled.consentDue, '2025-12-19T19:00:00.000Z');
        } finally {
          await s.dispose();
        }
      });
    });

    describe('F4 temporary registration ends by itself', () => {
      it('registers for the period and stops counting the day after it ends', async () => {
        const s = await openService(engine, LONG);
        try {
          const me = await s.login(P.aigerim);
          const app = await apply(s, me, { service: 'registration-temporary', rka: D.D4, periodMonths: 1 });
          ok(await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token: me, body: COUPON }));
          const done = ok(
            await s.request('POST', `/api/v1/applications/${app.id}/sign`, {
              token: me,
              body: await cms(s, me, app.id, await s.certificate({ iin: P.aigerim })),
            }),
          );
          assert.equal(done.state, 'registered');
          const mine = ok(await s.request('GET', '/api/v1/cabinet/registrations', { token: me }));
          assert.deepEqual(
            mine.items
              .filter((r: { kind: string }) => r.kind === 'temporary')
              .map((r: { from: string; to: string }) => [r.from, r.to]),
            [['2025-12-01', '2025-12-31']],
          );
          assert.ok(
            mine.items.some((r: { rka: string; to: null }) => r.rka === D.D1 && r.to === null),
            'a temporary registration keeps the permanent one',
          );
          const on = async (date: string) =>
            (await s.ctx.registries.registrations.activeAt(D.D4, date as never)).filter((r) => r.iin === P.aigerim)
              .length;
          assert.equal(await on('2025-12-31'), 1);
          assert.equal(await on('2026-01-01'), 0);
        } finally {
          await s.dispose();
        }
      });
    });

    describe('F5 one-time codes: 5 minutes, 3 attempts, rate limits', () => {
      it('refuses wrong, expired and exhausted codes, and too many requests', async () => {
        const s = await openService(engine, LONG);
        try {
          const send = () => s.request('POST', '/api/v1/auth/otp', { body: { iin: P.dauren } });
          const verify = (challengeId: string, code: string) =>
            s.request('POST', '/api/v1/auth/otp/verify', { body: { iin: P.dauren, challengeId, code } });
          const first = ok(await send());
          await s.duties();
          const code = s.lastCode(P.dauren);
          const wrong = code === '000000' ? '000001' : '000000';
          assert.equal((await verify(first.challengeId, wrong)).body.error.code, 'otp-wrong-code');
          assert.equal((await verify(first.challengeId, wrong)).body.error.code, 'otp-wrong-code');
          assert.equal((await verify(first.challengeId, wrong)).body.error.code, 'otp-attempts-exceeded');
          assert.equal(
            (await verify(first.challengeId, code)).body.error.code,
            'otp-attempts-exceeded',
            'no fourth try',
          );

          const second = ok(await send());
          await s.duties();
          s.clock.advance(5 * 60_000 + 1);
          assert.equal((await verify(second.challengeId, s.lastCode(P.dauren))).body.error.code, 'otp-expired');

          // Issue 14: a bucket of 3 codes that refills (one every otpRefillSeconds), not a
          // 15-minute wall: 5 minutes on, it is full again; a 4th code at once is refused.
          for (let i = 0; i < 3; i++) ok(await send());
          const limited = await send();
          assert.equal(limited.status, 429);
          assert.equal(limited.body.error.code, 'otp-rate-limited');
          s.clock.advance(DEFAULT_SETTINGS.otpRefillSeconds * 1000);
          const later = ok(await send());
          await s.duties();
          const session = ok(await verify(later.challengeId, s.lastCode(P.dauren)));
          assert.equal(session.iin, P.dauren);
          const [row] = await s.ctx.database.db.selectFrom('otp_challenges').select('code_hash').limit(1).execute();
          assert.match(row!.code_hash, /^[0-9a-f]{64}$/, 'codes are kept only as HMACs');
          const sent = await s.ctx.database.db
            .selectFrom('outbox')
            .select('params')
            .where('channel', '=', 'sms')
            .execute();
          assert.ok(
            sent.every((r) => Object.keys(r.params).length === 0),
            'sent SMS parameters are erased',
          );
        } finally {
          await s.dispose();
        }
      });
      it('logs in with a certificate over a one-time challenge', async () => {
        const s = await openService(engine, LONG);
        try {
          const challenge = ok(await s.request('POST', '/api/v1/auth/challenge'));
          const credential = await s.certificate({ iin: P.timur });
          const body = { challengeId: challenge.challengeId, cms: await s.sign(credential, challenge.nonce) };
          const session = ok(await s.request('POST', '/api/v1/auth/certificate', { body }));
          assert.equal(session.iin, P.timur);
          const replay = await s.request('POST', '/api/v1/auth/certificate', { body });
          assert.equal(replay.body.error.code, 'login-challenge-invalid');
          const me = ok(await s.request('GET', '/api/v1/me', { token: session.token }));
          assert.equal(me.method, 'cms');
          ok(await s.request('POST', '/api/v1/auth/logout', { token: session.token }));
          assert.equal((await s.request('GET', '/api/v1/me', { token: session.token })).status, 401);
        } finally {
          await s.dispose();
        }
      });
    });

    describe('registry outage: the application waits in `checks` and is retried with backoff', () => {
      it('keeps the application, retries when due, never registers twice', async () => {
        const s = await openService(engine, LONG);
        try {
          const me = await s.login(P.olga);
          s.faults.failing.add('realEstate');
          const app = await apply(s, me, { service: 'registration-permanent', rka: D.D4 });
          assert.equal(app.state, 'checks');
          assert.ok(app.retryAt);
          await s.duties();
          assert.equal(
            ok(await s.request('GET', `/api/v1/applications/${app.id}`, { token: me })).state,
            'checks',
            'not due yet',
          );
          s.clock.advance(HOUR);
          await s.duties();
          const again = ok(await s.request('GET', `/api/v1/applications/${app.id}`, { token: me }));
          assert.equal(again.state, 'checks', 'still down: waits again');
          const rows = await s.ctx.database.db
            .selectFrom('applications')
            .select(['attempts', 'retry_at'])
            .where('id', '=', app.id)
            .execute();
          assert.equal(rows[0]!.attempts, 2);
          assert.ok(rows[0]!.retry_at!.getTime() - s.clock.now().getTime() >= 59_000, 'the pause doubles');
          s.faults.failing.clear();
          s.clock.advance(HOUR);
          await s.duties();
          const back = ok(await s.request('GET', `/api/v1/applications/${app.id}`, { token: me }));
          assert.equal(back.state, 'coupon-pending');
          const notes = ok(await s.request('GET', '/api/v1/cabinet/notifications', { token: me }));
          assert.ok(notes.items.some((n: { template: string }) => n.template === 'notify-checks-delayed'));
          const audit = await s.ctx.database.db
            .selectFrom('audit_events')
            .select('action')
            .where('application_id', '=', app.id)
            .where('action', '=', 'registry-unavailable')
            .execute();
          assert.equal(audit.length, 2);
        } finally {
          await s.dispose();
        }
      });
      it('a crash between submit and the checks is recovered by the lease', async () => {
        const s = await openService(engine, LONG);
        try {
          const me = await s.login(P.olga);
          const draft = ok(
            await s.request('POST', '/api/v1/applications', {
              token: me,
              body: { service: 'registration-permanent', rka: D.D4 },
            }),
            201,
          );
          // As if the process died right after committing `checks`: no result was applied.
          await s.ctx.database.db
            .updateTable('applications')
            .set({ state: 'checks', retry_at: new Date(s.clock.now().getTime() + 60_000), version: 2 })
            .where('id', '=', draft.id)
            .execute();
          s.clock.advance(61_000);
          await s.duties();
          assert.equal(
            ok(await s.request('GET', `/api/v1/applications/${draft.id}`, { token: me })).state,
            'coupon-pending',
          );
        } finally {
          await s.dispose();
        }
      });
    });
  });
}
