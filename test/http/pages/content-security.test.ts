// Issue 14, finding 3, in Chromium: the pages work under the Content-Security-Policy (no inline
// script or style, no eval): styled, EDS signing with node-forge, the Swagger UI; and no page of
// ours can be framed by another site (the consent and decline pages were clickjackable).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { exportPkcs12 } from '../../../src/services/signatures/pkcs12.ts';
import { apply, COUPON, ok } from '../../support/api-flow.ts';
import { type BrowserService, logIn, openBrowserService } from '../../support/browser.ts';
import { D, P } from '../../support/family.ts';

/** Every CSP violation the browser reports on the page, as it reports them in the console. */
function violations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`${page.url()}: ${m.text()}`);
  });
  return seen;
}

describe('pages under the Content-Security-Policy [pglite]', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite');
  });
  after(() => b.close());

  it('styles every page from the served style sheet, with no CSP violation', async () => {
    const page = await b.newPage({ language: 'en' });
    const seen = violations(page);
    for (const path of ['/', '/login', '/verify', '/login/certificate']) {
      await page.goto(path);
      // The brand colour of the header comes from /assets/tirkeu.css.
      const background = await page.evaluate("getComputedStyle(document.querySelector('header')).backgroundColor");
      assert.equal(background, 'rgb(0, 98, 155)', path);
    }
    assert.deepEqual(seen, []);
    // The listener does see a violation: an injected inline script is refused and reported.
    await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => undefined);
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate('window.injected === true'), false, 'the inline script did not run');
    assert.equal(seen.length, 1, seen.join(' | '));
    assert.match(seen[0]!, /script-src/);
    await page.context().close();
  });

  it('signs in with an EDS file (node-forge in the browser) without eval or inline script', async () => {
    const credential = await b.service.certificate({ iin: P.dana });
    const file = join(mkdtempSync(join(tmpdir(), 'tirkeu-eds-')), 'dana.p12');
    writeFileSync(file, await exportPkcs12(credential, [b.service.ca.certificate], 'secret-pass'));
    const page = await b.newPage({ language: 'en' });
    const seen = violations(page);
    await page.goto('/login/certificate?next=%2Fcabinet');
    await page.setInputFiles('#p12', file);
    await page.fill('#p12-password', 'secret-pass');
    await page.click('form[data-eds-content] button');
    await page.waitForURL((url) => url.pathname === '/cabinet');
    assert.ok(await page.isVisible('nav.account'), 'logged in');
    assert.deepEqual(seen, []);
    await page.context().close();
  });

  it('shows the Swagger UI with its operations under its own policy', async () => {
    const page = await b.newPage({ width: 1200, language: 'en' });
    const seen = violations(page);
    await page.goto('/api/docs');
    await page.waitForSelector('.opblock', { timeout: 15_000 });
    assert.ok((await page.locator('.opblock').count()) > 10);
    assert.deepEqual(seen, []);
    await page.context().close();
  });

  it("refuses to be framed: another site's page cannot show the consent or decline page", async () => {
    const applicant = await b.service.login(P.nurlanA);
    const app = await apply(b.service, applicant, { service: 'registration-permanent', rka: D.AL });
    ok(await b.service.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token: applicant, body: COUPON }));
    const page = await b.newPage({ language: 'en' });
    await logIn(page, b.service, P.aigerim, `/consents/${app.id}`);
    assert.ok(await page.isVisible('main h1'), 'the consent page shows on its own');
    // Another site: a page on another origin (another port on this machine) that frames ours.
    const evil = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>evil</title><iframe src="${b.base}${req.url}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    const evilBase = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
    try {
      for (const path of ['/verify', `/consents/${app.id}`, `/consents/${app.id}/decline`]) {
        await page.goto(`${evilBase}${path}`);
        const frame = page.frames().find((f) => f !== page.mainFrame());
        assert.ok(frame, path);
        // Chromium replaces a frame refused by frame-ancestors / X-Frame-Options with its error page
        // (on a busy machine a moment after the outer page has loaded: wait for it, bounded).
        for (let i = 0; i < 50 && !frame.url().startsWith('chrome-error:'); i++) await page.waitForTimeout(100);
        assert.match(frame.url(), /^chrome-error:/, path);
        const shown = await frame.evaluate("document.querySelector('main')?.textContent ?? ''").catch(() => '');
        assert.equal(shown, '', `${path} must not render inside another site's frame`);
      }
    } finally {
      await new Promise((resolve) => evil.close(resolve));
    }
    await page.context().close();
  });
});
