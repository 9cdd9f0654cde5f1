// Issue 14, finding 6: SMS abuse. Anonymous code requests must not lock a person out of
// login or signing; code guesses and requests for any IIN are throttled per client address
// (429 with Retry-After, alike for known and unknown IINs); a global ceiling bounds the SMS the
// service sends per minute; a new code replaces the old one. Budgets are shared through the
// database, so they hold across server processes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { composeIin } from '../../../src/domain/iin.ts';
import { DEFAULT_SETTINGS, type ServiceSettings } from '../../../src/services/context.ts';
import { apply, ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { connection, openService, type TestService } from '../../support/service.ts';

const ATTACKER = '203.0.113.7';
const PERSON = '198.51.100.20';
/** The production budgets: the test harness lifts the address budgets unless asked. */
const REAL: Partial<ServiceSettings> = { addressBudgets: DEFAULT_SETTINGS.addressBudgets };

interface Answer {
  status: number;
  retryAfter: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read bodies freely
  body: any;
}

/** A POST from a client address, with the headers of the answer. */
async function post(s: TestService, path: string, body: unknown, address: string, token?: string): Promise<Answer> {
  const response = await s.app.fetch(
    new Request(`http://tirkeu.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }),
    connection(address),
  );
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: text ? JSON.parse(text) : null,
  };
}

const askCode = (s: TestService, iin: string, address: string) => post(s, '/api/v1/auth/otp', { iin }, address);

/** Valid IINs nobody in the family has (a serial whose check digit would be 10 is skipped). */
function unknownIins(n: number, from = 0): string[] {
  const found: string[] = [];
  for (let serial = 5000 + from * 2; found.length < n; serial++) {
    const iin = composeIin('1991-02-03', serial % 2 === 0 ? 'M' : 'F', serial);
    if (iin) found.push(iin);
  }
  return found;
}

async function smsSent(s: TestService): Promise<number> {
  const row = await s.ctx.database.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('channel', '=', 'sms')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function assertRetryAfter(answer: Answer, max: number): number {
  assert.equal(answer.status, 429, JSON.stringify(answer.body));
  assert.match(answer.retryAfter ?? '', /^[1-9][0-9]*$/, 'Retry-After in whole seconds');
  const seconds = Number(answer.retryAfter);
  assert.ok(seconds <= max, `Retry-After ${seconds} > ${max}`);
  return seconds;
}

for (const engine of ENGINES) {
  describe(`issue 14 finding 6: anonymous requests cannot lock a person out (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, { settings: REAL });
    });
    after(() => s.dispose());

    it('after a stranger asks for their codes again and again, the person still logs in and signs at once', async () => {
      const stranger = [];
      for (let i = 0; i < 6; i++) stranger.push((await askCode(s, P.alikhan, ATTACKER)).status);
      // The stranger's own share for this IIN is spent (3), refilled one by one, not a wall.
      assert.deepEqual(stranger, [200, 200, 200, 429, 429, 429]);

      // The person, from their own address, at the same moment: a code, and a login with it.
      const sent = await askCode(s, P.alikhan, PERSON);
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      await s.duties();
      const session = await post(
        s,
        '/api/v1/auth/otp/verify',
        { iin: P.alikhan, challengeId: sent.body.challengeId, code: s.lastCode(P.alikhan) },
        PERSON,
      );
      assert.equal(session.status, 200, JSON.stringify(session.body));
      // The stranger is told when to come back: after one refill, not 15 minutes.
      const limited = await askCode(s, P.alikhan, ATTACKER);
      assert.equal(limited.body.error.code, 'otp-rate-limited');
      assertRetryAfter(limited, DEFAULT_SETTINGS.otpRefillSeconds);

      // Signing codes are another budget, which no anonymous request can spend.
      const token = session.body.token as string;
      const app = await apply(s, token, { service: 'deregistration', rka: D.D4 });
      assert.equal(app.state, 'signature-pending');
      const code = ok(await s.request('POST', `/api/v1/applications/${app.id}/signing-code`, { token }));
      await s.duties();
      const signed = ok(
        await s.request('POST', `/api/v1/applications/${app.id}/sign`, {
          token,
          body: { method: 'otp', challengeId: code.challengeId, code: s.lastCode(P.alikhan) },
        }),
      );
      assert.notEqual(signed.state, 'signature-pending');
    });

    it("gives the stranger's share back one code at a time, after the refill period", async () => {
      s.clock.advance(DEFAULT_SETTINGS.otpRefillSeconds * 1000);
      assert.equal((await askCode(s, P.alikhan, ATTACKER)).status, 200);
      assert.equal((await askCode(s, P.alikhan, ATTACKER)).status, 429);
    });
  });

  describe(`issue 14 finding 6: code guesses are throttled per address (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, { settings: REAL });
    });
    after(() => s.dispose());

    it('answers 300 guesses fired at once with 429 and Retry-After, and backs off while they go on', async () => {
      const sent = await askCode(s, P.dauren, ATTACKER);
      const guess = (code: string) =>
        post(s, '/api/v1/auth/otp/verify', { iin: P.dauren, challengeId: sent.body.challengeId, code }, ATTACKER);
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) => guess(String(100_000 + i).padStart(6, '0'))),
      );
      const limited = answers.filter((a) => a.status === 429);
      const budget = DEFAULT_SETTINGS.addressBudgets.codeGuesses;
      assert.equal(300 - limited.length, budget.burst, 'only the burst is looked at');
      assert.ok(answers.every((a) => a.status < 500));
      for (const answer of limited) {
        assert.equal(answer.body.error.code, 'rate-limited');
        assertRetryAfter(answer, 3600 + budget.burst * budget.everySeconds);
      }
      // Waiting out the first refusal is not enough after hammering: the wait has grown.
      // The first refusal in time has the shortest wait (answers arrive in any order on a server).
      const first = Math.min(...limited.map((a) => Number(a.retryAfter)));
      s.clock.advance(first * 1000);
      const again = await guess('999999');
      assert.ok(Number(assertRetryAfter(again, 3700)) > 0);
    });

    it('does not refuse another address', async () => {
      const sent = await askCode(s, P.zhanar, PERSON);
      const answer = await post(
        s,
        '/api/v1/auth/otp/verify',
        { iin: P.zhanar, challengeId: sent.body.challengeId, code: '000000' },
        PERSON,
      );
      assert.notEqual(answer.status, 429);
    });
  });

  describe(`issue 14 finding 6: code requests are throttled per address, alike for any IIN (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, { settings: REAL });
    });
    after(() => s.dispose());

    it('answers 100 requests for unknown IINs with 429, exactly as 100 requests mixing known ones', async () => {
      const unknown = [];
      for (const iin of unknownIins(100)) unknown.push(await askCode(s, iin, ATTACKER));
      const known = Object.values(P);
      const mixed = [];
      for (const [i, iin] of unknownIins(100, 100).entries()) {
        mixed.push(await askCode(s, i < known.length ? known[i]! : iin, '192.0.2.99'));
      }
      const statuses = (answers: Answer[]) => answers.map((a) => a.status);
      const burst = DEFAULT_SETTINGS.addressBudgets.codeRequests.burst;
      assert.deepEqual(statuses(unknown), [...Array(burst).fill(200), ...Array(100 - burst).fill(429)]);
      assert.deepEqual(statuses(mixed), statuses(unknown));
      assert.equal(unknown[burst]!.body.error.code, 'rate-limited');
      assert.deepEqual(mixed[burst]!.body, unknown[burst]!.body);
      assertRetryAfter(unknown[99]!, 3700);
    });
  });

  describe(`issue 14 finding 6: a global ceiling on SMS per minute (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, { settings: { ...REAL, smsPerMinute: 3 } });
    });
    after(() => s.dispose());

    it('refuses codes beyond the ceiling, whoever asks, and sends again as it refills', async () => {
      const people = [P.aigerim, P.dauren, P.timur, P.zhanar];
      const answers = [];
      for (const [i, iin] of people.entries()) answers.push(await askCode(s, iin, `192.0.2.${i + 1}`));
      assert.deepEqual(
        answers.map((a) => a.status),
        [200, 200, 200, 429],
      );
      assert.equal(answers[3]!.body.error.code, 'rate-limited');
      assertRetryAfter(answers[3]!, 60);
      // An unknown IIN is refused alike (decoys count), so the ceiling tells nothing either.
      const unknown = await askCode(s, unknownIins(1)[0]!, '192.0.2.9');
      assert.deepEqual(unknown.body, answers[3]!.body);
      assert.equal(await smsSent(s), 3);
      s.clock.advance(20_000);
      assert.equal((await askCode(s, P.zhanar, '192.0.2.4')).status, 200);
      assert.equal(await smsSent(s), 4);
    });
  });

  describe(`issue 14 finding 6: a new signing code replaces the old one (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine);
    });
    after(() => s.dispose());

    it('sends a second SMS; the first code no longer signs, the second does', async () => {
      const token = await s.login(P.alikhan);
      const app = await apply(s, token, { service: 'deregistration', rka: D.D4 });
      const first = ok(await s.request('POST', `/api/v1/applications/${app.id}/signing-code`, { token }));
      await s.duties();
      const firstCode = s.lastCode(P.alikhan);
      const second = ok(await s.request('POST', `/api/v1/applications/${app.id}/signing-code`, { token }));
      await s.duties();
      const secondCode = s.lastCode(P.alikhan);
      const sign = (challengeId: string, code: string) =>
        s.request('POST', `/api/v1/applications/${app.id}/sign`, {
          token,
          body: { method: 'otp', challengeId, code },
        });
      const old = await sign(first.challengeId, firstCode);
      assert.equal(old.status, 401, JSON.stringify(old.body));
      assert.equal(old.body.error.code, 'otp-invalid');
      ok(await sign(second.challengeId, secondCode));
      assert.notEqual(second.challengeId, first.challengeId);
    });
  });
}
