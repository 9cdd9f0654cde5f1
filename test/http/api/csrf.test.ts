// Issue 14, finding 2 — CSRF on the API: the API took the tirkeu_session cookie whatever site
// sent the request, and a POST without a body took any content type; a form on another site
// declined an owner's consent, withdrew an application and logged the user out. Now the cookie
// counts only on same-origin requests (Sec-Fetch-Site / Origin); a bearer token works from anywhere.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apply, COUPON, ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const EVIL = 'https://evil.example';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read bodies freely
const json = async (res: Response): Promise<any> => res.json();

/** What a page on another site can make a browser send: the cookie rides along. */
const FORGED: { name: string; headers: Record<string, string>; body?: string }[] = [
  {
    name: 'form post (urlencoded), Origin and Sec-Fetch-Site',
    headers: {
      origin: EVIL,
      'sec-fetch-site': 'cross-site',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'a=1',
  },
  { name: 'text/plain post, Origin only', headers: { origin: EVIL, 'content-type': 'text/plain' }, body: '{}' },
  { name: 'post without a body, Sec-Fetch-Site only', headers: { 'sec-fetch-site': 'cross-site' } },
  { name: 'post without a body, a sibling site', headers: { 'sec-fetch-site': 'same-site' } },
  { name: 'post saying nothing of its origin', headers: { 'content-type': 'text/plain' }, body: '' },
  { name: 'post from an opaque origin (sandboxed frame)', headers: { origin: 'null' } },
];

function send(
  s: TestService,
  path: string,
  o: { cookie?: string; token?: string; headers?: Record<string, string>; body?: string; method?: string },
) {
  return Promise.resolve(
    s.app.fetch(
      new Request(`http://tirkeu.test${path}`, {
        method: o.method ?? 'POST',
        headers: {
          ...o.headers,
          ...(o.cookie ? { cookie: `tirkeu_session=${o.cookie}` } : {}),
          ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
        },
        ...(o.body === undefined ? {} : { body: o.body }),
      }),
    ),
  );
}

for (const engine of ENGINES) {
  describe(`issue 14 finding 2: another site cannot act with the session cookie (${engine})`, () => {
    let s: TestService;
    let applicant: string;
    let owner: string;
    let id: string;
    const stateOf = async (appId: string) => {
      const app = await s.ctx.database.db
        .selectFrom('applications')
        .select('state')
        .where('id', '=', appId)
        .executeTakeFirstOrThrow();
      const consents = await s.ctx.database.db
        .selectFrom('consents')
        .select('state')
        .where('application_id', '=', appId)
        .execute();
      return { app: app.state, consents: consents.map((c) => c.state) };
    };
    const revokedSessions = async (iin: string) =>
      (
        await s.ctx.database.db
          .selectFrom('sessions')
          .select('revoked_at')
          .where('iin', '=', iin)
          .where('revoked_at', 'is not', null)
          .execute()
      ).length;

    before(async () => {
      s = await openService(engine);
      // Nurlan A. applies for AL; Aigerim, the owner, is asked for her consent.
      applicant = await s.login(P.nurlanA);
      owner = await s.login(P.aigerim);
      id = (await apply(s, applicant, { service: 'registration-permanent', rka: D.AL })).id;
      ok(await s.request('PUT', `/api/v1/applications/${id}/coupon`, { token: applicant, body: COUPON }));
    });
    after(() => s.dispose());

    it('refuses a forged decline, withdrawal and logout (403 cross-origin-request) and changes nothing', async () => {
      const before = await stateOf(id);
      assert.ok(before.consents.includes('pending'), JSON.stringify(before));
      const attacks = [
        { path: `/api/v1/consents/${id}/decline`, cookie: owner },
        { path: `/api/v1/applications/${id}/cancel`, cookie: applicant },
        { path: '/api/v1/auth/logout', cookie: owner },
        { path: '/api/v1/auth/logout', cookie: applicant },
      ];
      for (const attack of attacks) {
        for (const forged of FORGED) {
          const res = await send(s, attack.path, { cookie: attack.cookie, headers: forged.headers, body: forged.body });
          const what = `${attack.path}, ${forged.name}`;
          // A body that is not JSON is refused at the boundary (415) before the session is read;
          // anything else that carries only the cookie from another site is refused as such (403).
          const code = (await json(res)).error.code;
          if (forged.headers['content-type'] === undefined) {
            assert.equal(res.status, 403, what);
            assert.equal(code, 'cross-origin-request', what);
          } else {
            assert.ok(
              (res.status === 403 && code === 'cross-origin-request') ||
                (res.status === 415 && code === 'unsupported-media-type'),
              `${what}: ${res.status} ${code}`,
            );
          }
        }
      }
      assert.deepEqual(await stateOf(id), before, 'the application and the consent are unchanged');
      assert.equal(await revokedSessions(P.aigerim), 0, "the owner's session is not ended");
      assert.equal(await revokedSessions(P.nurlanA), 0, "the applicant's session is not ended");
      ok(await s.request('GET', '/api/v1/me', { token: owner }));
    });

    it('says why in kk, ru and en, without leaking whether the session is valid', async () => {
      const res = await send(s, '/api/v1/me', { method: 'GET', cookie: 'not-a-session', headers: { origin: EVIL } });
      assert.equal(res.status, 403);
      const { error } = await json(res);
      assert.equal(error.code, 'cross-origin-request');
      for (const lang of ['kk', 'ru', 'en']) assert.ok(error.message[lang]?.length > 10, lang);
    });

    it('takes the cookie from our own pages (same origin, or typed in the address bar)', async () => {
      const ours: Record<string, string>[] = [
        { 'sec-fetch-site': 'same-origin' },
        { 'sec-fetch-site': 'none' },
        { origin: 'http://tirkeu.test' },
        { origin: 'http://localhost:3000' }, // TIRKEU_PUBLIC_URL (the test default)
      ];
      for (const headers of ours) {
        const res = await send(s, '/api/v1/me', { method: 'GET', cookie: owner, headers });
        assert.equal(res.status, 200, JSON.stringify(headers));
        assert.equal((await json(res)).iin, P.aigerim);
      }
    });

    it('lets a bearer token act from any origin: withdraw, decline, log out', async () => {
      const evil = { origin: EVIL, 'sec-fetch-site': 'cross-site' };
      assert.equal(
        (await send(s, `/api/v1/applications/${id}/cancel`, { token: applicant, headers: evil })).status,
        200,
      );
      assert.equal((await stateOf(id)).app, 'cancelled');
      // A second application, for the decline.
      const again = (await apply(s, applicant, { service: 'registration-permanent', rka: D.AL })).id;
      ok(await s.request('PUT', `/api/v1/applications/${again}/coupon`, { token: applicant, body: COUPON }));
      assert.equal((await send(s, `/api/v1/consents/${again}/decline`, { token: owner, headers: evil })).status, 200);
      assert.ok((await stateOf(again)).consents.includes('declined'), JSON.stringify(await stateOf(again)));
      assert.equal((await send(s, '/api/v1/auth/logout', { token: owner, headers: evil })).status, 200);
      assert.equal(await revokedSessions(P.aigerim), 1);
    });
  });
}
