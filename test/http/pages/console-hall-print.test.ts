// Issue 22, finding 8 in Chromium, in kk, ru and en at 360 px, axe clean: the hall coupon's
// country is a list of countries named in the page's language (ISO codes behind, "Other country"
// with its code typed), the printed application is the document alone, and the console words the
// awaited signature as the applicant's (finding 7).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type Language, translate } from '../../../src/i18n/messages.ts';
import { COUPON } from '../../support/api-flow.ts';
import { fillDate } from '../../support/apply-pages.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService, screenshot } from '../../support/browser.ts';
import { D, P } from '../../support/family.ts';

const submit = 'main form button[type=submit]';
const LANGS: Language[] = ['kk', 'ru', 'en'];

async function next(page: Page, field: string, value: string, url: RegExp) {
  await page.fill(`#${field}`, value);
  await page.click(submit);
  await page.waitForURL(url);
}

describe('finding 8: the hall coupon’s country list and the printed application', () => {
  let b: BrowserService;
  let page: Page;
  let id: string;
  before(async () => {
    b = await openBrowserService('pglite');
    await b.service.ctx.database.db
      .insertInto('operators')
      .values({ iin: P.sara, role: 'hall', office: 'astana-1' })
      .execute();
    page = await b.newPage({ language: 'en' });
    await logIn(page, b.service, P.sara, '/console');
    await page.goto('/console/hall');
    // Filed as in console.test.ts: Saltanat at MD, owner Erasyl, his mother Aigerim.
    await page.click(submit);
    await next(page, 'owner', P.erasyl, /\/console\/hall\/flk$/);
    await page.click('main a.button');
    await next(page, 'representative', P.aigerim, /\/console\/hall\/authority$/);
    await page.click(submit);
    await next(page, 'applicant', P.saltanat, /\/console\/hall\/rka$/);
    await next(page, 'rka', D.MD, /\/console\/hall\/service$/);
    await page.check('#service');
    await page.click(submit);
    await page.waitForURL(/\/console\/hall\/relation$/);
    await page.check('#relation');
    await page.click(submit);
    await page.waitForURL(/\/console\/hall\/check$/);
    await page.click(submit);
    await page.waitForURL(/\/console\/hall\/applications\//);
    id = page.url().split('/').pop()!;
  });
  after(() => b.close());

  it('offers the countries by name in kk, ru and en, Kazakhstan first and chosen', async () => {
    for (const lang of LANGS) {
      await page.goto(`/console/hall/applications/${id}?lang=${lang}`);
      assert.equal(await page.locator('select#country').count(), 1);
      assert.equal(await page.inputValue('#country'), 'KZ');
      const options = (await page.locator('#country option').allTextContents()).map((s) => s.trim());
      assert.equal(options[1], translate(lang, 'wizard.country.KZ'));
      for (const code of ['RU', 'UZ', 'CN', 'TR', 'DE', 'US'])
        assert.ok(options.includes(translate(lang, `wizard.country.${code}` as never)), `${lang} ${code}`);
      assert.ok(options.includes(translate(lang, 'console.coupon.country-other')));
      assert.doesNotMatch((await page.textContent('main')) ?? '', /two-letter code\)|двухбуквенный код\)/);
      await assertAccessible(page);
    }
  });

  it('"Other country" needs its two-letter code; a listed country is saved as its ISO code', async () => {
    await page.goto(`/console/hall/applications/${id}?lang=en`);
    await page.selectOption('#country', 'other');
    await page.fill('#countryCode', 'France');
    await page.fill('#region', COUPON.previousAddress.region);
    await page.fill('#locality', 'Paris');
    await fillDate(page, 'arrivalDate', COUPON.arrivalDate);
    await page.selectOption('#arrivalReason', COUPON.arrivalReason);
    await page.selectOption('#education', COUPON.education);
    await page.selectOption('#occupation', COUPON.occupation);
    await page.selectOption('#familyStatus', COUPON.familyStatus);
    await page.click(submit);
    assert.ok(await page.isVisible('.error-summary a[href="#countryCode"]'));
    await assertAccessible(page);
    await page.selectOption('#country', 'other');
    await page.fill('#countryCode', ' fr ');
    await page.click(submit);
    await page.waitForURL(new RegExp(`/console/hall/applications/${id}$`));
    const row = await b.service.ctx.database.db
      .selectFrom('applications')
      .select(['coupon', 'state'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.state, 'signature-pending');
    assert.equal((row.coupon as { previousAddress: { country: string } }).previousAddress.country, 'FR');
  });

  it('says whose signature is awaited, and prints the application without navigation (kk, ru, en)', async () => {
    const number = (
      await b.service.ctx.database.db
        .selectFrom('applications')
        .select('number')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).number;
    for (const lang of LANGS) {
      await page.goto(`/console/hall/applications/${id}?lang=${lang}`);
      const main = (await page.textContent('main')) ?? '';
      assert.ok(main.includes(translate(lang, 'console.state.signature-pending')), lang);
      assert.ok(!main.includes(translate(lang, 'state.signature-pending')), lang);
      await page.click('#print-link');
      await page.waitForURL(new RegExp(`/console/hall/applications/${id}/print$`));
      const doc = (await page.textContent('#printed-application')) ?? '';
      assert.ok(doc.includes(translate(lang, 'console.print.title', { number })), lang);
      assert.ok(doc.includes(P.saltanat) && doc.includes(P.aigerim), 'applicant and representative');
      assert.ok(doc.includes(translate(lang, 'console.print.signature-applicant')));
      assert.ok(doc.includes(translate(lang, 'console.print.signature-operator')));
      assert.match(doc, /Paris, Karaganda region, FR/);
      await assertAccessible(page);
      // Printed: the document alone — no header, language switch, back link or instructions.
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['header', 'footer', '.back-link', '.no-print'])
        assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
      assert.equal(await page.locator('#printed-application').isVisible(), true);
      if (lang === 'en') await screenshot(page, 'console-hall-print');
      await page.emulateMedia({ media: 'screen' });
      // The print view of a case the operator cannot read does not exist.
      assert.equal(
        (await page.goto('/console/hall/applications/00000000-0000-4000-8000-000000000000/print'))?.status(),
        404,
      );
    }
  });
});
