// Login on the pages (F5) in Chromium: IIN + SMS code, errors next to the field, the way back to
// the page asked for, logout; the language switch and its memory.
import assert from 'node:assert/strict';
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
import { P } from '../../support/family.ts';

describe('pages: login and language', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite');
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
});
