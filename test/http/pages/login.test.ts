// Login on the pages (F5) in Chromium: IIN + SMS code, errors next to the field, the way back to
// the page asked for, logout; the language switch and its memory.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  assertAccessible,
  type BrowserService,
  codeFor,
  logIn,
  openBrowserService,
  screenshot,
  smsCount,
} from '../../support/browser.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { exportPkcs12 } from '../../../src/services/signatures/pkcs12.ts';

for (const engine of ENGINES) {
  describe(`pages: login and language [${engine}]`, () => {
    let b: BrowserService;
    before(async () => {
      b = await openBrowserService(engine);
    });
    after(() => b.close());

    it('shows the front page in Kazakh by default and remembers another language', async () => {
      const page = await b.newPage({ language: 'de' });
      await page.goto('/');
      assert.equal(await page.getAttribute('html', 'lang'), 'kk');
      await assertAccessible(page);
      await screenshot(page, 'home-kk');
      await page.click('nav.languages a[lang=ru]');
      assert.equal(await page.getAttribute('html', 'lang'), 'ru');
      await page.goto('/login');
      assert.equal(await page.getAttribute('html', 'lang'), 'ru');
      assert.match((await page.textContent('h1')) ?? '', /ИИН/);
      await page.context().close();
    });

    it('says what is wrong with an IIN next to the field, and logs in with the SMS code', async () => {
      const page = await b.newPage({ language: 'en' });
      await page.goto('/cabinet');
      assert.match(page.url(), /\/login\?next=%2Fcabinet/);
      await page.fill('#iin', '123456789012');
      await page.click('main button[type=submit]');
      assert.match(await page.title(), /^Error:/);
      assert.ok(await page.isVisible('.error-summary a[href="#iin"]'));
      assert.equal(await page.getAttribute('#iin', 'aria-invalid'), 'true');
      await assertAccessible(page);
      await page.fill('#iin', P.aigerim);
      const sent = await smsCount(b.service, P.aigerim);
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/login\/code/);
      await page.fill('#code', '000000');
      await page.click('main button[type=submit]');
      assert.ok(await page.isVisible('#code-error'));
      await page.fill('#code', await codeFor(b.service, P.aigerim, sent));
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/cabinet$/);
      await page.click('nav.account button');
      await page.waitForURL(/\/login\/done/);
      await page.goto('/cabinet');
      assert.match(page.url(), /\/login/);
      await page.context().close();
    });

    it('shows sent SMS on the development page', async () => {
      const page = await b.newPage();
      await logIn(page, b.service, P.timur, '/');
      await page.goto('/dev/sms');
      assert.ok((await page.locator('pre.sms').count()) > 0);
      await assertAccessible(page);
      await page.context().close();
    });

    it('logs in with an EDS file signed in the browser, the file and password never sent', async () => {
      const credential = await b.service.certificate({ iin: P.dana });
      const file = join(mkdtempSync(join(tmpdir(), 'tirkeu-eds-')), 'dana.p12');
      writeFileSync(file, await exportPkcs12(credential, [b.service.ca.certificate], 'secret-pass'));
      const page = await b.newPage({ language: 'en' });
      const posted: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST') posted.push(r.postData() ?? '');
      });
      await page.goto('/login/certificate?next=%2F');
      await assertAccessible(page);
      await page.setInputFiles('#p12', file);
      await page.fill('#p12-password', 'wrong');
      await page.click('form[data-eds-content] button');
      await page.waitForSelector('#p12-error:not([hidden])');
      await page.fill('#p12-password', 'secret-pass');
      await page.click('form[data-eds-content] button');
      await page.waitForURL((url) => url.pathname === '/');
      assert.ok(await page.isVisible('nav.account'), 'logged in');
      assert.equal(posted.length, 1);
      assert.match(posted[0] ?? '', /cms=/);
      assert.doesNotMatch(posted[0] ?? '', /secret-pass/);
      await page.context().close();
    });

    it('says that signing with a file needs JavaScript when it is off', async () => {
      const context = await b.browser.newContext({ baseURL: b.base, javaScriptEnabled: false, locale: 'ru' });
      const page = await context.newPage();
      await page.goto('/login/certificate?lang=ru');
      assert.ok(await page.isVisible('[data-eds-fallback]'));
      assert.equal(await page.isVisible('form[data-eds-content]'), false);
      await context.close();
    });
  });
}
