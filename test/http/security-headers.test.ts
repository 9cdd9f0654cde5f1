// Issue 14, finding 3 — headers: no Content-Security-Policy, the consent and decline pages could be
// framed, no nosniff, no Referrer-Policy header, no HSTS, and JSON with personal data had no
// Cache-Control: no-store. Now every answer carries them (HSTS in production only).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/http/app.ts';
import { HSTS } from '../../src/http/security-headers.ts';
import { createLogger } from '../../src/log.ts';
import { apply, COUPON, ok } from '../support/api-flow.ts';
import { D, P } from '../support/family.ts';
import { openService, type TestService } from '../support/service.ts';

/** Every kind of answer: pages, the API (ok and error), the docs, assets, the bare health check. */
const ANSWERS = [
  '/',
  '/login?lang=en',
  '/login/certificate',
  '/verify',
  '/consents',
  '/no/such/page',
  '/api/v1/me',
  '/api/v1/applications',
  '/api/v1/no/such',
  '/openapi.json',
  '/api/docs',
  '/assets/tirkeu.css',
  '/assets/eds.js',
  '/healthz',
];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('issue 14 finding 3: security headers on every answer', () => {
  let dev: TestService;
  let production: TestService;
  before(async () => {
    dev = await openService('pglite');
    production = await openService('pglite', { production: true });
  });
  after(async () => {
    await dev.dispose();
    await production.dispose();
  });

  it('sends a nonce-based CSP without unsafe-inline, and refuses framing, sniffing and referrers', async () => {
    for (const path of ANSWERS) {
      for (const accept of ['text/html', 'application/json']) {
        const res = await dev.fetch('GET', path, { headers: { accept } });
        const h = res.headers;
        const csp = directives(h.get('content-security-policy') ?? '');
        assert.deepEqual(csp.get('frame-ancestors'), ["'none'"], path);
        assert.equal(h.get('x-frame-options'), 'DENY', path);
        assert.equal(h.get('x-content-type-options'), 'nosniff', path);
        assert.equal(h.get('referrer-policy'), 'no-referrer', path);
        assert.match(h.get('permissions-policy') ?? '', /camera=\(\).*microphone=\(\).*geolocation=\(\)/, path);
        assert.equal(h.get('strict-transport-security'), null, `${path}: no HSTS outside production`);
        assert.deepEqual(csp.get('object-src'), ["'none'"], path);
        assert.deepEqual(csp.get('base-uri'), ["'none'"], path);
        const scripts = csp.get('script-src') ?? [];
        assert.ok(
          scripts.some((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s)),
          `${path}: ${scripts.join(' ')}`,
        );
        assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"), path);
        if (path !== '/api/docs') assert.ok(!(csp.get('style-src') ?? []).includes("'unsafe-inline'"), path);
      }
    }
  });

  it('uses a fresh nonce on every request, and the front page styles itself with it', async () => {
    const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    const first = await dev.fetch('GET', '/', { headers: { accept: 'text/html' } });
    const second = await dev.fetch('GET', '/', { headers: { accept: 'text/html' } });
    assert.ok(nonceOf(first));
    assert.notEqual(nonceOf(first), nonceOf(second));
    // The bare front page (a service without the e-service: migrate-only tools) has one <style>.
    const bare = createApp({ database: dev.test.database, logger: createLogger('silent') });
    const front = await bare.request('/');
    const nonce = nonceOf(front);
    assert.ok(nonce);
    assert.match(await front.text(), new RegExp(`<style nonce="${nonce.replace(/[+/=]/g, '\\$&')}">`));
  });

  it('pages hold no inline script, inline style or style attribute (the CSP would block them)', async () => {
    const owner = await dev.login(P.aigerim);
    const cookie = `tirkeu_session=${owner}`;
    // The pages the owner signs: the consent and its decline.
    const applicant = await dev.login(P.nurlanA);
    const app = await apply(dev, applicant, { service: 'registration-permanent', rka: D.AL });
    ok(await dev.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token: applicant, body: COUPON }));
    const pages = [
      ['/login', ''],
      ['/login/certificate', ''],
      ['/verify', ''],
      ['/', cookie],
      ['/cabinet', cookie],
      ['/consents', cookie],
      ['/dwellings', cookie],
      ['/deregister', cookie],
      ['/cabinet/access', cookie],
      [`/consents/${app.id}`, cookie],
      [`/consents/${app.id}/decline`, cookie],
    ];
    for (const [path, withCookie] of pages) {
      const res = await dev.fetch('GET', path!, { headers: { accept: 'text/html', cookie: withCookie! } });
      assert.equal(res.status, 200, path);
      const page = await res.text();
      assert.doesNotMatch(page, /<style/i, path);
      assert.doesNotMatch(page, /\sstyle=/i, path);
      assert.doesNotMatch(page, /\son[a-z]+=/i, `${path}: no inline event handler`);
      for (const script of page.match(/<script[^>]*>/gi) ?? []) assert.match(script, /\ssrc="\/[^/]/, path);
      assert.match(page, /<link rel="stylesheet" href="\/assets\/tirkeu.css"/, path);
    }
  });

  it('relaxes styles for the Swagger UI page only; its start script is a file', async () => {
    const res = await dev.fetch('GET', '/api/docs');
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    assert.ok(csp.get('style-src')?.includes("'unsafe-inline'"));
    assert.ok(!csp.get('script-src')?.includes("'unsafe-inline'"));
    const page = await res.text();
    for (const script of page.match(/<script[^>]*>/gi) ?? []) assert.match(script, /\ssrc="\/api\/docs\//);
    const start = await dev.fetch('GET', '/api/docs/start.js');
    assert.equal(start.status, 200);
    assert.match(await start.text(), /SwaggerUIBundle/);
  });

  it('sends HSTS in production, on pages and the API', async () => {
    for (const path of ['/', '/login', '/api/v1/me', '/healthz']) {
      const res = await production.fetch('GET', path, { headers: { accept: 'text/html' } });
      assert.equal(res.headers.get('strict-transport-security'), HSTS, path);
      assert.match(HSTS, /max-age=(\d{8,})/);
    }
  });
});

describe('issue 14 finding 3: personal data is never cached (Cache-Control: no-store)', () => {
  let s: TestService;
  before(async () => {
    s = await openService('pglite');
  });
  after(() => s.dispose());

  it('marks API answers with personal data, errors and pages no-store; assets stay cacheable', async () => {
    const token = await s.login(P.nurlanA);
    const app = await apply(s, token, { service: 'registration-permanent', rka: D.AL });
    const cookie = `tirkeu_session=${token}`;
    const personal = [
      ['/api/v1/me', {}],
      ['/api/v1/applications', {}],
      [`/api/v1/applications/${app.id}`, {}],
      ['/api/v1/cabinet/registrations', {}],
      ['/api/v1/no/such', {}],
      ['/cabinet', { accept: 'text/html', cookie }],
      [`/applications/${app.id}`, { accept: 'text/html', cookie }],
      ['/', { accept: 'text/html', cookie }],
      ['/login', { accept: 'text/html' }],
    ] as const;
    for (const [path, headers] of personal) {
      const res = await s.fetch('GET', path, { token, headers });
      assert.ok(res.status < 500, `${path}: ${res.status}`);
      assert.equal(res.headers.get('cache-control'), 'no-store', path);
    }
    const posted = await s.request('POST', '/api/v1/auth/otp', { body: { iin: P.aigerim } });
    assert.equal(posted.status, 200);
    const raw = await s.app.fetch(
      new Request('http://tirkeu.test/api/v1/auth/otp', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ iin: P.aigerim }),
      }),
    );
    assert.equal(raw.headers.get('cache-control'), 'no-store', 'a POST answer');
    for (const path of ['/assets/tirkeu.css', '/assets/eds.js', '/assets/forge.min.js']) {
      const res = await s.fetch('GET', path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('cache-control') ?? '', /^public, max-age=\d+$/, path);
    }
  });
});
