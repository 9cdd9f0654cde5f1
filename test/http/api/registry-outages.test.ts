// Issue 16, item 5: a state registry that fails or hangs at any step of a flow. The person is told
// to try again (503, registry-unavailable, in kk/ru/en); nothing is half-written — the tables
// hold what they held, or the application waits in `checks` exactly as submitted — and what the
// service owes (the checks, an SMS) is finished later by the worker. Each registry has a circuit
// breaker; its state shows in /readyz.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Registries } from '../../../src/registries/ports.ts';
import { apply, cms, COUPON, ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService, type Reply, type TestService } from '../../support/service.ts';

const ALL: (keyof Registries)[] = [
  'persons',
  'civil',
  'realEstate',
  'addresses',
  'registrations',
  'education',
  'guardianships',
  'phones',
  'legalEntities',
];
const TABLES = ['applications', 'audit_events', 'outbox', 'otp_challenges', 'address_certificates', 'registrations'];

/** Row counts of the tables a flow writes: equal before and after means nothing was written. */
async function footprint(s: TestService): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
      s.ctx.database.db,
    );
    counts[table] = rows[0]!.n;
  }
  return counts;
}

function toldToRetry(reply: Reply): void {
  assert.equal(reply.status, 503, JSON.stringify(reply.body));
  assert.equal(reply.body.error.code, 'registry-unavailable');
  assert.match(reply.body.error.message.en, /try again in a few minutes/);
  assert.match(reply.body.error.message.ru, /попробуйте ещё раз/);
  assert.match(reply.body.error.message.kk, /қайталап көріңіз/);
}

/** Runs `work` with the registries down in the given way, then brings them back. */
async function during<T>(
  s: TestService,
  mode: 'failing' | 'hanging',
  names: (keyof Registries)[],
  work: () => Promise<T>,
) {
  for (const name of names) s.faults[mode].add(name);
  try {
    return await work();
  } finally {
    s.faults[mode].clear();
  }
}

for (const engine of ENGINES) {
  for (const mode of ['failing', 'hanging'] as const) {
    describe(`a registry ${mode} at each step of a registration [${engine}]`, () => {
      let s: TestService;
      const tokens: Record<string, string> = {};
      before(async () => {
        // A hanging registry costs one timeout per attempt: short ones keep the test quick.
        s = await openService(engine, { resilience: { timeoutMs: 300, retries: 1, breakAfter: 1000 } });
        tokens['applicant'] = await s.login(P.nurlanA);
        tokens['owner'] = await s.login(P.aigerim);
      });
      after(() => s.dispose());

      it('logging in: asks to retry and keeps no challenge, code or record', async () => {
        const before = await footprint(s);
        const reply = await during(s, mode, ['persons', 'phones'], () =>
          s.request('POST', '/api/v1/auth/otp', { body: { iin: P.olga } }),
        );
        toldToRetry(reply);
        assert.deepEqual(await footprint(s), before);
        assert.ok(await s.login(P.olga), 'the retry logs in');
      });

      let id = '';
      const versionOf = async (app: string) =>
        (
          await s.ctx.database.db
            .selectFrom('applications')
            .select('version')
            .where('id', '=', app)
            .executeTakeFirstOrThrow()
        ).version;
      it('submitting: the application waits in `checks` as submitted, and the worker finishes the checks', async () => {
        const waiting = await during(s, mode, ['realEstate'], () =>
          apply(s, tokens['applicant']!, { service: 'registration-permanent', rka: D.AL }),
        );
        id = waiting.id;
        assert.equal(waiting.state, 'checks');
        const row = await s.ctx.database.db
          .selectFrom('applications')
          .select(['decision', 'coupon', 'retry_at'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        assert.equal(row.decision, null, 'no decision half-made');
        assert.equal(row.coupon, null);
        assert.ok(row.retry_at);
        // The worker asks again when the retry is due (the session is still alive then).
        s.clock.advance(row.retry_at.getTime() - s.clock.now().getTime() + 1000);
        await s.duties();
        const done = ok(await s.request('GET', `/api/v1/applications/${id}`, { token: tokens['applicant'] }));
        assert.equal(done.state, 'coupon-pending');
        const audit = await s.ctx.database.db
          .selectFrom('audit_events')
          .select('action')
          .where('application_id', '=', id)
          .orderBy('chain_seq')
          .execute();
        assert.deepEqual(
          audit.map((a) => a.action),
          ['create', 'submit', 'registry-unavailable', 'checks-passed'],
        );
      });

      /**
       * One step of the flow with every registry down: it is either done without them, or refused
       * with the request to retry and nothing written (the application's version unchanged);
       * either way it is done once they answer again.
       */
      async function step(what: string, call: () => Promise<Reply>): Promise<Reply> {
        const before = await footprint(s);
        const version = await versionOf(id);
        const down = await during(s, mode, ALL, call);
        if (down.status < 300) return down;
        toldToRetry(down);
        assert.deepEqual(await footprint(s), before, `${what}: nothing written`);
        assert.equal(await versionOf(id), version, `${what}: the application unchanged`);
        return call();
      }

      it('the coupon, the owner’s consent and the signature: done, or refused cleanly and done on retry', async () => {
        const filled = ok(
          await step('coupon', () =>
            s.request('PUT', `/api/v1/applications/${id}/coupon`, { token: tokens['applicant'], body: COUPON }),
          ),
        );
        assert.equal(filled.state, 'consent-pending');
        const asked = ok(
          await step('consent code', () =>
            s.request('POST', `/api/v1/applications/${id}/signing-code`, { token: tokens['owner'] }),
          ),
        );
        // The code goes out by SMS to the phone БМГ knows: while БМГ is down it waits in the
        // outbox (the worker's round fails, is logged, and runs again), and the first round after
        // БМГ is back sends it.
        const sentBefore = s.sms.recent().length;
        await during(s, mode, ['phones'], () =>
          s.duties().catch((error: unknown) => assert.equal((error as { code?: string }).code, 'registry-unavailable')),
        );
        assert.equal(s.sms.recent().length, sentBefore, 'not sent while БМГ is down');
        await s.duties();
        assert.ok(s.sms.recent().length > sentBefore, 'sent once it is back');
        const consent = { method: 'otp', challengeId: asked.challengeId, code: s.lastCode(P.aigerim) };
        const consented = ok(
          await step('consent', () =>
            s.request('POST', `/api/v1/consents/${id}/approve`, { token: tokens['owner'], body: consent }),
          ),
        );
        assert.equal(consented.state, 'signature-pending');
        const credential = await s.certificate({ iin: P.nurlanA });
        const body = await cms(s, tokens['applicant']!, id, credential);
        const signed = ok(
          await step('signature', () =>
            s.request('POST', `/api/v1/applications/${id}/sign`, { token: tokens['applicant'], body }),
          ),
        );
        assert.equal(signed.state, 'registered');
      });

      it('an address certificate: asks to retry, stores nothing, and the retry issues it', async () => {
        const before = await footprint(s);
        const reply = await during(s, mode, ['registrations'], () =>
          s.request('POST', '/api/v1/certificates', { token: tokens['applicant'], body: { kind: 'current' } }),
        );
        toldToRetry(reply);
        assert.deepEqual(await footprint(s), before);
        ok(
          await s.request('POST', '/api/v1/certificates', { token: tokens['applicant'], body: { kind: 'current' } }),
          201,
        );
      });
    });
  }

  describe(`circuit breakers in /readyz [${engine}]`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, { resilience: { breakAfter: 2, halfOpenAfterMs: 300 } });
    });
    after(() => s.dispose());
    const ready = async () => ok(await s.request('GET', '/readyz'));

    it('shows every registry closed while all answer', async () => {
      const body = await ready();
      assert.equal(body.status, 'ready');
      assert.deepEqual(Object.keys(body.registries).sort(), [...ALL].sort());
      assert.ok(Object.values(body.registries).every((state) => state === 'closed'));
      assert.equal(body.degraded, false);
    });

    it('opens the breaker of a registry that keeps failing: calls fail at once, the instance stays ready', async () => {
      s.faults.failing.add('persons');
      for (let i = 0; i < 2; i++) toldToRetry(await s.request('POST', '/api/v1/auth/otp', { body: { iin: P.olga } }));
      const body = await ready();
      assert.equal(body.registries.persons, 'open');
      assert.equal(body.registries.phones, 'closed', 'one breaker per registry');
      assert.equal(body.degraded, true);
      s.faults.failing.clear();
      // Open: refused without asking the registry, even though it is back.
      toldToRetry(await s.request('POST', '/api/v1/auth/otp', { body: { iin: P.olga } }));
    });

    it('closes it again after a successful trial call once the pause has passed', async () => {
      await new Promise((resolve) => setTimeout(resolve, 350));
      assert.ok(await s.login(P.olga));
      assert.equal((await ready()).registries.persons, 'closed');
    });
  });
}
