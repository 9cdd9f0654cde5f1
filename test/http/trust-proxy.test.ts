// Issue 14, finding 3 (last part) — behind a TLS proxy (X-Forwarded-Proto: https) the session
// cookie was set without Secure. TIRKEU_TRUST_PROXY names the proxies whose forwarded protocol
// and client address are believed; anyone else's X-Forwarded-* headers are ignored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { loadConfig } from '../../src/config.ts';
import { AppError } from '../../src/errors.ts';
import { createApp } from '../../src/http/app.ts';
import { clientAddress, proxyPolicy, requestProtocol } from '../../src/http/client-address.ts';
import { createLogger } from '../../src/log.ts';
import { parseTrustProxy, trustProxyProblem } from '../../src/trust-proxy.ts';
import { P } from '../support/family.ts';
import { openService, type TestService } from '../support/service.ts';

/** What the Node server gives the application: the connecting socket's address. */
const peer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

describe('TIRKEU_TRUST_PROXY: the setting', () => {
  it('takes loopback, private, addresses and CIDR ranges, comma-separated', () => {
    for (const value of ['', 'loopback', 'loopback, private', '10.0.0.5', '10.0.0.0/8,::1', 'fd00::/8, 192.0.2.1']) {
      assert.equal(trustProxyProblem(value), null, value);
      assert.equal(loadConfig({ TIRKEU_TRUST_PROXY: value }).TIRKEU_TRUST_PROXY, value);
    }
  });

  it('refuses anything else at start, naming the variable (no hop counts: they trust whoever connects)', () => {
    for (const value of ['1', 'true', '*', '10.0.0.0/33', '10.0.0.1/8/2', 'proxy.example', '::1/129']) {
      assert.throws(
        () => loadConfig({ TIRKEU_TRUST_PROXY: value }),
        (e: unknown) =>
          e instanceof AppError && e.code === 'invalid-config' && e.params['variable'] === 'TIRKEU_TRUST_PROXY',
        value,
      );
    }
  });

  it('matches IPv4, IPv6 and IPv4-mapped IPv6 peers', () => {
    const trust = parseTrustProxy('loopback, 10.1.0.0/16, 2001:db8::/32');
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.1.2.3', '2001:db8::7']) {
      assert.ok(trust.trusts(address), address);
    }
    for (const address of ['10.2.0.1', '192.168.1.1', '2001:db9::1', 'not-an-ip']) {
      assert.ok(!trust.trusts(address), address);
    }
    assert.ok(!parseTrustProxy(undefined).trusts('127.0.0.1'), 'unset: nobody is trusted');
  });
});

describe('clientAddress(c) and requestProtocol(c) (src/http/client-address.ts)', () => {
  const appFor = (setting: string | undefined) => {
    const app = new Hono();
    app.use('*', proxyPolicy(parseTrustProxy(setting)));
    app.get('/', (c) => c.json({ address: clientAddress(c), protocol: requestProtocol(c) }));
    return async (remote: string, headers: Record<string, string> = {}) =>
      (await app.fetch(new Request('http://tirkeu.test/', { headers }), peer(remote))).json();
  };

  it('believes X-Forwarded-For and -Proto from a trusted proxy, read from the right', async () => {
    const ask = appFor('loopback, 10.0.0.0/8');
    assert.deepEqual(await ask('127.0.0.1', { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' }), {
      address: '198.51.100.7',
      protocol: 'https',
    });
    // Two proxies of ours; the client wrote a false address in front, which is not believed.
    assert.deepEqual(await ask('::ffff:127.0.0.1', { 'x-forwarded-for': '1.1.1.1, 198.51.100.7, 10.0.0.2' }), {
      address: '198.51.100.7',
      protocol: 'http',
    });
    assert.deepEqual(await ask('127.0.0.1'), { address: '127.0.0.1', protocol: 'http' });
  });

  it('ignores forwarded headers from an untrusted peer, and from anyone when nothing is trusted', async () => {
    const forged = { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' };
    assert.deepEqual(await appFor('loopback')('203.0.113.9', forged), { address: '203.0.113.9', protocol: 'http' });
    assert.deepEqual(await appFor(undefined)('127.0.0.1', forged), { address: '127.0.0.1', protocol: 'http' });
  });

  it("says 'unknown' when there is no socket (the application called directly)", async () => {
    const app = new Hono();
    app.get('/', (c) => c.text(clientAddress(c)));
    assert.equal(await (await app.request('/')).text(), 'unknown');
  });
});

describe('issue 14 finding 3: the session cookie behind a TLS proxy', () => {
  let s: TestService;
  before(async () => {
    s = await openService('pglite');
  });
  after(() => s.dispose());

  /** A form post through a proxy (or a peer posing as one) to the application. */
  function poster(setting: string | undefined, remote: string, browser: Record<string, string>) {
    const app = createApp({
      database: s.test.database,
      logger: createLogger('silent'),
      service: { ctx: s.ctx, devSms: true },
      trustProxy: parseTrustProxy(setting),
    });
    return (path: string, fields: Record<string, string>, cookie = '') =>
      Promise.resolve(
        app.fetch(
          new Request(`http://tirkeu.test${path}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              // The browser sees https://tirkeu.test; the proxy forwards it as http.
              origin: 'https://tirkeu.test',
              'x-forwarded-proto': 'https',
              'x-forwarded-for': '198.51.100.7',
              accept: 'text/html',
              ...browser,
              ...(cookie ? { cookie } : {}),
            },
            body: new URLSearchParams(fields).toString(),
          }),
          peer(remote),
        ),
      );
  }

  /** Logs in on the pages through the given peer; returns the tirkeu_session Set-Cookie. */
  async function sessionCookie(setting: string | undefined, remote: string): Promise<string> {
    const post = poster(setting, remote, { 'sec-fetch-site': 'same-origin' });
    const sent = await post('/login', { iin: P.olga });
    assert.equal(sent.status, 303, await sent.text());
    const pending = sent.headers.getSetCookie().find((c) => c.startsWith('tirkeu_login='))!;
    await s.duties();
    const done = await post('/login/code', { code: s.lastCode(P.olga) }, pending.split(';')[0]);
    assert.equal(done.status, 303);
    const session = done.headers.getSetCookie().find((c) => c.startsWith('tirkeu_session='));
    assert.ok(session, done.headers.getSetCookie().join(' | '));
    return session;
  }
  const isSecure = (cookie: string) => /;\s*Secure(;|$)/i.test(cookie);

  it('is Secure when a trusted proxy says the client used https', async () => {
    const cookie = await sessionCookie('loopback', '127.0.0.1');
    assert.ok(isSecure(cookie), cookie);
    assert.match(cookie, /HttpOnly/i);
  });

  it('is not Secure on the word of an untrusted peer, nor when no proxy is trusted', async () => {
    assert.ok(!isSecure(await sessionCookie('loopback', '203.0.113.9')));
    assert.ok(!isSecure(await sessionCookie(undefined, '127.0.0.1')));
  });

  it("takes the pages' form posts whose Origin is the https one the proxy serves (no Sec-Fetch-Site)", async () => {
    const res = await poster('loopback', '127.0.0.1', {})('/login', { iin: P.timur });
    assert.equal(res.status, 303, await res.text());
    assert.notEqual((await poster('loopback', '203.0.113.9', {})('/login', { iin: P.serik })).status, 303);
  });
});
