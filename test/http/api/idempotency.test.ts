// Issue 14, finding 7: the idempotency store. Keys are scoped to the logged-in person;
// anonymous callers and the authentication routes get none, so no bearer token is ever stored
// and a login cannot be replayed after logout; keys expire.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { IN_PROGRESS_STALE_SECONDS } from '../../../src/services/idempotency.ts';
import { DEFAULT_SETTINGS } from '../../../src/services/context.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

interface Answer {
  status: number;
  replay: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read bodies freely
  body: any;
}

async function post(s: TestService, path: string, key: string, body?: unknown, token?: string): Promise<Answer> {
  const response = await s.app.fetch(
    new Request(`http://tirkeu.test${path}`, {
      method: 'POST',
      headers: {
        'idempotency-key': key,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  const text = await response.text();
  return {
    status: response.status,
    replay: response.headers.get('idempotent-replay') === 'true',
    body: text ? JSON.parse(text) : null,
  };
}

const storedRows = (s: TestService) => s.ctx.database.db.selectFrom('idempotency_keys').selectAll().execute();

/** Logs in by SMS code, sending an Idempotency-Key with both requests. */
async function loginWithKey(s: TestService, iin: string, key: string) {
  const sent = await post(s, '/api/v1/auth/otp', `${key}-code`, { iin });
  assert.equal(sent.status, 200, JSON.stringify(sent.body));
  await s.duties();
  const body = { iin, challengeId: sent.body.challengeId, code: s.lastCode(iin) };
  const session = await post(s, '/api/v1/auth/otp/verify', key, body);
  assert.equal(session.status, 200, JSON.stringify(session.body));
  return { token: session.body.token as string, body };
}

/**
 * Sends a request, then — its key left as a process killed after the work committed and before
 * the answer was stored leaves it, a minute on — sends it again with the same key.
 */
async function sentAgainAfterACrash(s: TestService, token: string, path: string, key: string, body: unknown) {
  const first = await post(s, path, key, body, token);
  assert.equal(first.status, 201, JSON.stringify(first.body));
  await s.ctx.database.db.updateTable('idempotency_keys').set({ status: null, body: null }).execute();
  s.clock.advance((IN_PROGRESS_STALE_SECONDS + 1) * 1000);
  return { first, again: await post(s, path, key, body, token) };
}

for (const engine of ENGINES) {
  describe(`issue 14 finding 7: no secrets in the idempotency store, no login replay (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine);
    });
    after(() => s.dispose());

    it('stores nothing for the login routes: no bearer token in the table', async () => {
      const { token } = await loginWithKey(s, P.dauren, 'login-key-0001');
      const rows = await storedRows(s);
      assert.equal(rows.length, 0);
      assert.ok(!JSON.stringify(rows).includes(token));
    });

    it('does not give the token again when the login key is replayed after logout', async () => {
      const { token, body } = await loginWithKey(s, P.zhanar, 'login-key-0002');
      const out = await post(s, '/api/v1/auth/logout', 'logout-key-0002', undefined, token);
      assert.equal(out.status, 200);
      const replayed = await post(s, '/api/v1/auth/otp/verify', 'login-key-0002', body);
      assert.equal(replayed.status, 401, JSON.stringify(replayed.body));
      assert.equal(replayed.body.token, undefined);
      assert.ok(!JSON.stringify(replayed.body).includes(token));
    });

    it('never shares a scope between anonymous callers', async () => {
      const first = await post(s, '/api/v1/auth/challenge', 'same-key-0003');
      const second = await post(s, '/api/v1/auth/challenge', 'same-key-0003');
      assert.equal(second.replay, false);
      assert.notEqual(second.body.challengeId, first.body.challengeId);
      assert.notEqual(second.body.nonce, first.body.nonce);
    });
  });

  describe(`issue 14 finding 7: keys belong to the logged-in person and expire (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine);
    });
    after(() => s.dispose());

    const draft = { service: 'deregistration', rka: D.D4 };

    it("replays a person's key in their other session, never in another person's", async () => {
      const mine = await s.login(P.alikhan);
      const created = await post(s, '/api/v1/applications', 'apply-key-0001', draft, mine);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      s.clock.advance(DEFAULT_SETTINGS.otpRefillSeconds * 1000);
      const otherSession = await s.login(P.alikhan);
      const retried = await post(s, '/api/v1/applications', 'apply-key-0001', draft, otherSession);
      assert.equal(retried.replay, true);
      assert.equal(retried.body.id, created.body.id);

      const stranger = await s.login(P.aigerim);
      const theirs = await post(s, '/api/v1/applications', 'apply-key-0001', draft, stranger);
      assert.equal(theirs.replay, false);
      assert.notEqual(theirs.body.id, created.body.id);
      const rows = await storedRows(s);
      assert.ok(rows.every((r) => !/^[0-9]{12}$/.test(r.subject) && !r.subject.includes(P.alikhan)));
    });

    it('replays nothing once the session has ended', async () => {
      const token = await s.login(P.timur);
      const created = await post(s, '/api/v1/applications', 'apply-key-0002', draft, token);
      assert.ok(created.status < 500);
      assert.equal((await post(s, '/api/v1/auth/logout', 'logout-key-0002', undefined, token)).status, 200);
      const replayed = await post(s, '/api/v1/applications', 'apply-key-0002', draft, token);
      assert.equal(replayed.status, 401);
      assert.equal(replayed.replay, false);
    });

    it('forgets a key after idempotencyHours, and dates every key for the purge', async () => {
      const token = await s.login(P.alina);
      const first = await post(s, '/api/v1/applications', 'apply-key-0003', draft, token);
      const rows = await storedRows(s);
      for (const row of rows) {
        assert.equal(
          row.expires_at.getTime() - row.created_at.getTime(),
          DEFAULT_SETTINGS.idempotencyHours * 3_600_000,
        );
      }
      assert.equal((await post(s, '/api/v1/applications', 'apply-key-0003', draft, token)).replay, true);
      s.clock.advance(DEFAULT_SETTINGS.idempotencyHours * 3_600_000);
      const later = await s.login(P.alina);
      const fresh = await post(s, '/api/v1/applications', 'apply-key-0003', draft, later);
      assert.equal(fresh.replay, false);
      assert.ok(first.status < 500 && fresh.status < 500);
    });

    it('issue 16: a key left "in progress" by a killed process is taken over by a retry after a minute', async () => {
      const token = await s.login(P.zhanar);
      const first = await post(s, '/api/v1/applications', 'apply-key-0004', draft, token);
      assert.equal(first.status, 201);
      // As a process killed between its work and storing the answer leaves the key.
      await s.ctx.database.db.updateTable('idempotency_keys').set({ status: null, body: null }).execute();
      const soon = await post(s, '/api/v1/applications', 'apply-key-0004', draft, token);
      assert.equal(soon.body.error.code, 'idempotency-in-progress', 'a first attempt may still be running');
      s.clock.advance((IN_PROGRESS_STALE_SECONDS + 1) * 1000);
      const later = await post(s, '/api/v1/applications', 'apply-key-0004', draft, token);
      assert.deepEqual([later.status, later.replay], [201, false], 'the retry runs and its answer is kept');
      const replayed = await post(s, '/api/v1/applications', 'apply-key-0004', draft, token);
      assert.deepEqual([replayed.replay, replayed.body.id], [true, later.body.id]);
    });

    it('issue 16: the run repeated after a crash meets the application the first run made, not a second', async () => {
      const token = await s.login(P.daniyar);
      const { first, again } = await sentAgainAfterACrash(s, token, '/api/v1/applications', 'apply-key-0005', draft);
      assert.deepEqual([again.status, again.body.id], [201, first.body.id]);
      const mine = await s.ctx.database.db
        .selectFrom('applications')
        .select('id')
        .where('applicant', '=', P.daniyar)
        .execute();
      assert.equal(mine.length, 1);
    });

    it('issue 16: the run repeated after a crash hands out the certificate the first run issued', async () => {
      const token = await s.login(P.aigerim);
      const current = { kind: 'current' };
      const { first, again } = await sentAgainAfterACrash(s, token, '/api/v1/certificates', 'cert-key-0001', current);
      assert.deepEqual([again.status, again.body.number], [201, first.body.number]);
      const issued = await s.ctx.database.db
        .selectFrom('address_certificates')
        .select('number')
        .where('requester', '=', P.aigerim)
        .execute();
      assert.equal(issued.length, 1);
      const other = await post(s, '/api/v1/certificates', 'cert-key-0002', current, token);
      assert.notEqual(other.body.number, first.body.number, 'another key, another certificate');
    });
  });
}
