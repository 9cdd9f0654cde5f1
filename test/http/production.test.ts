// Issue 13, item 3 — the finding: /dev/sms and /api/v1/dev/sms showed every one-time code without
// login. In production they do not exist (even if the SMS sink were the dev one), and every
// cookie the pages set is Secure, also when the request reaches the service as plain http
// behind a TLS-ending proxy. Development keeps both, so the checks below can fail.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { P } from '../support/family.ts';
import { openService, type TestService } from '../support/service.ts';

const ORIGIN = 'http://tirkeu.test';

/** A form post as the browser sends it from our own pages (the CSRF check wants the origin). */
function post(s: TestService, path: string, fields: Record<string, string>, cookie = ''): Promise<Response> {
  return Promise.resolve(
    s.app.fetch(
      new Request(`${ORIGIN}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: ORIGIN,
          accept: 'text/html',
          ...(cookie ? { cookie } : {}),
        },
        body: new URLSearchParams(fields).toString(),
      }),
    ),
  );
}

/** Logs in on the pages by SMS code; returns every Set-Cookie header the flow answered with. */
async function pageLogin(s: TestService, iin: string): Promise<string[]> {
  const asked = await s.fetch('GET', '/login?lang=ru');
  const sent = await post(s, '/login', { iin });
  assert.equal(sent.status, 303);
  const pending = sent.headers.getSetCookie().find((c) => c.startsWith('tirkeu_login='));
  assert.ok(pending, sent.headers.getSetCookie().join(' | '));
  await s.duties();
  const done = await post(s, '/login/code', { code: s.lastCode(iin) }, pending.split(';')[0]);
  assert.equal(done.status, 303);
  return [...asked.headers.getSetCookie(), ...sent.headers.getSetCookie(), ...done.headers.getSetCookie()];
}

const named = (cookies: string[], name: string) => cookies.filter((c) => c.startsWith(`${name}=`));
const isSecure = (cookie: string) => /;\s*Secure(;|$)/i.test(cookie);

describe('production mode over HTTP (issue 13)', () => {
  let production: TestService;
  let development: TestService;
  before(async () => {
    production = await openService('pglite', { production: true });
    development = await openService('pglite');
  });
  after(async () => {
    await production.dispose();
    await development.dispose();
  });

  it('has no /dev/sms page and no /api/v1/dev/sms (404), where development has them', async () => {
    for (const path of ['/dev/sms', '/api/v1/dev/sms']) {
      assert.equal((await production.fetch('GET', path)).status, 404, path);
      assert.equal((await development.fetch('GET', path)).status, 200, path);
    }
  });

  it('marks the language, pending-login and session cookies Secure, also over plain http', async () => {
    const cookies = await pageLogin(production, P.olga);
    for (const name of ['tirkeu_lang', 'tirkeu_login', 'tirkeu_session']) {
      const set = named(cookies, name);
      assert.ok(set.length > 0, `${name} was set: ${cookies.join(' | ')}`);
      for (const cookie of set) assert.ok(isSecure(cookie), cookie);
    }
    const session = named(cookies, 'tirkeu_session')[0]!;
    assert.match(session, /HttpOnly/i);
  });

  it('development over plain http leaves Secure off (a local browser would drop the cookie)', async () => {
    const cookies = await pageLogin(development, P.olga);
    assert.ok(!isSecure(named(cookies, 'tirkeu_session')[0]!));
  });
});
