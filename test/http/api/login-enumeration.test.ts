// Issue 13, "no enumeration": the login-code request (F5) answers alike — in status, shape and
// time — for any valid IIN, whether it is a living person's with a БМГ phone, a person's without
// one, a deceased person's or nobody's; only the first gets an SMS, and the others' challenges
// fail at the code step exactly as a wrong code does. Over the API and on the login pages.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { familyDataset, openService, type Reply, type TestService } from '../../support/service.ts';

const UNKNOWN = '900701300108'; // a valid IIN that no one in the family has
const KINDS = {
  'known, with a phone': P.dauren,
  'known, without a phone': P.dana,
  deceased: P.kairat,
  unknown: UNKNOWN,
} as const;
type Kind = keyof typeof KINDS;
const FLOOR_MS = 200;

/** The family, with Dana's БМГ phone binding removed. */
function data() {
  const dataset = familyDataset();
  dataset.phones = dataset.phones.filter((p) => p.iin !== P.dana);
  return dataset;
}

const request = (s: TestService, iin: string) => s.request('POST', '/api/v1/auth/otp', { body: { iin } });

/** The reply with its random challenge id replaced, so that two replies can be compared whole. */
function normalized(reply: Reply): string {
  return JSON.stringify(reply).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>');
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function smsOutbox(s: TestService, iin: string): Promise<number> {
  const row = await s.ctx.database.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('channel', '=', 'sms')
    .where('recipient', '=', iin)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const engine of ENGINES) {
  describe(`issue 13: no enumeration at the login-code request (${engine})`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, {
        data: data(),
        settings: { loginCodeMinMs: FLOOR_MS, otpPerIin: 3, otpPerPhone: 100 },
      });
    });
    after(() => s.dispose());

    it('answers the same status and body for every kind of valid IIN, and sends an SMS to the phone only', async () => {
      const replies = new Map<Kind, Reply>();
      for (const [kind, iin] of Object.entries(KINDS) as [Kind, string][]) replies.set(kind, await request(s, iin));
      const known = replies.get('known, with a phone')!;
      assert.equal(known.status, 200, JSON.stringify(known.body));
      assert.deepEqual(Object.keys(known.body).toSorted(), ['challengeId', 'expiresAt']);
      for (const [kind, reply] of replies) assert.equal(normalized(reply), normalized(known), kind);
      await s.duties();
      assert.match(s.lastCode(P.dauren), /^\d{6}$/);
      for (const iin of [P.dana, P.kairat, UNKNOWN]) assert.equal(await smsOutbox(s, iin), 0, iin);
      assert.equal(await smsOutbox(s, P.dauren), 1);
      assert.equal(s.sms.recent().length, 1, 'one SMS in all');
    });

    it('fails the code step of an unknown IIN exactly as a wrong code for a known one', async () => {
      s.clock.advance(16 * 60_000); // a fresh rate-limit window
      const verify = (iin: string, challengeId: string) =>
        s.request('POST', '/api/v1/auth/otp/verify', { body: { iin, challengeId, code: '000000' } });
      const known = await request(s, P.dauren);
      await s.duties();
      if (s.lastCode(P.dauren) === '000000') return; // one time in a million the guess is right
      const unknown = await request(s, UNKNOWN);
      const answers = [];
      for (let i = 0; i < 3; i++) {
        const [a, b] = [
          await verify(P.dauren, known.body.challengeId),
          await verify(UNKNOWN, unknown.body.challengeId),
        ];
        assert.equal(normalized(b), normalized(a), `attempt ${i + 1}`);
        answers.push(a.body.error.code);
      }
      assert.deepEqual(answers, ['otp-wrong-code', 'otp-wrong-code', 'otp-attempts-exceeded']);
    });

    it('applies the per-IIN rate limit to every kind alike, with the same 429', async () => {
      s.clock.advance(16 * 60_000);
      const fourth = new Map<Kind, Reply>();
      for (const [kind, iin] of Object.entries(KINDS) as [Kind, string][]) {
        for (let i = 0; i < 3; i++) assert.equal((await request(s, iin)).status, 200, `${kind} #${i + 1}`);
        fourth.set(kind, await request(s, iin));
      }
      const known = fourth.get('known, with a phone')!;
      assert.equal(known.status, 429);
      assert.equal(known.body.error.code, 'otp-rate-limited');
      for (const [kind, reply] of fourth) assert.equal(normalized(reply), normalized(known), kind);
    });

    it('takes the same time for every kind: no answer before the floor, medians close', async () => {
      s.ctx.settings = { ...s.ctx.settings, otpPerIin: 1000 };
      const times = new Map<Kind, number[]>(Object.keys(KINDS).map((k) => [k as Kind, []]));
      // Interleaved, so a slow moment of the machine falls on every kind alike.
      for (let round = 0; round < 9; round++) {
        for (const [kind, iin] of Object.entries(KINDS) as [Kind, string][]) {
          const started = performance.now();
          const reply = await request(s, iin);
          const took = performance.now() - started;
          assert.equal(reply.status, 200);
          assert.ok(took >= FLOOR_MS - 2, `${kind} answered in ${took.toFixed(1)} ms, before the floor`);
          times.get(kind)!.push(took);
        }
      }
      const medians = [...times].map(([kind, t]) => [kind, median(t)] as const);
      const spread = Math.max(...medians.map(([, m]) => m)) - Math.min(...medians.map(([, m]) => m));
      assert.ok(spread < 100, `medians differ by ${spread.toFixed(1)} ms: ${JSON.stringify(medians)}`);
    });

    it('still says when an IIN is not valid (that reveals nothing)', async () => {
      const invalid = await request(s, '900701300109');
      assert.equal(invalid.status, 400);
    });

    it('on the pages: the same redirect and the same code page for every kind, without naming a phone', async () => {
      s.ctx.settings = { ...s.ctx.settings, otpPerIin: 1000 };
      const pages = new Map<Kind, string>();
      for (const [kind, iin] of Object.entries(KINDS) as [Kind, string][]) {
        const posted = await s.app.fetch(
          new Request('http://tirkeu.test/login?next=%2Fcabinet&lang=en', {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://tirkeu.test' },
            body: new URLSearchParams({ iin }).toString(),
          }),
        );
        assert.equal(posted.status, 303, kind);
        assert.equal(posted.headers.get('location'), '/login/code', kind);
        const cookie = /tirkeu_login=[^;]+/.exec(posted.headers.get('set-cookie') ?? '')?.[0];
        assert.ok(cookie, kind);
        const page = await s.fetch('GET', '/login/code?lang=en', { headers: { cookie, accept: 'text/html' } });
        assert.equal(page.status, 200, kind);
        pages.set(kind, await page.text());
      }
      const known = pages.get('known, with a phone')!;
      assert.match(known, /If this IIN has a phone number/);
      assert.doesNotMatch(known, /\+7\d|\*\*/, 'no phone, not even masked');
      for (const [kind, html] of pages) assert.equal(html, known, kind);
    });
  });
}
