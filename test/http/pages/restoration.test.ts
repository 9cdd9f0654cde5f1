// S7 in Chromium (issue 18 items 4–5; 003 ¶B2): the ЦОН operator accepts an application to restore
// a lost birth record — the answers, the documents they call for (a missing one refused on the
// page), the duty, the receipt with its due date — the ЗАГС employee restores the act from the back
// office, and the applicant sees the request done in the cabinet, in Kazakh.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { translate } from '../../../src/i18n/messages.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService, screenshot } from '../../support/browser.ts';
import { P } from '../../support/family.ts';
import { familyDataset } from '../../support/service.ts';

const OFFICE = 'astana-con-1';
const main = async (page: Page) => (await page.textContent('main')) ?? '';

describe('pages: S7, restoring a civil-status record', () => {
  let b: BrowserService;
  let caseId = '';
  const pages: Record<'operator' | 'registrar' | 'citizen', Page> = {} as never;

  before(async () => {
    // The family with Dauren's birth act lost; the clock is Monday 1 December 2025, 11:00 in Astana.
    b = await openBrowserService('pglite', {
      data: familyDataset((s) => {
        s.civilActs = s.civilActs!.filter((a) => !(a.type === 'birth' && a.child === P.dauren));
      }),
    });
    await b.service.ctx.database.db
      .insertInto('operators')
      .values([
        { iin: P.viktor, role: 'hall', office: OFFICE },
        { iin: P.nurlan, role: 'civil-registrar', office: OFFICE },
      ])
      .execute();
    const people = [
      ['operator', P.viktor, 'en'],
      ['registrar', P.nurlan, 'ru'],
      ['citizen', P.dauren, 'kk'],
    ] as const;
    for (const [key, iin, language] of people) {
      pages[key] = await b.newPage({ language });
      await logIn(pages[key], b.service, iin, '/');
    }
  });
  after(() => b.close());

  describe('003 ¶B2: the ЦОН accepts with the documents the answers call for', () => {
    it('lists the pre-2008 documents, refuses a missing one on the page, then gives the receipt', async () => {
      const page = pages.operator;
      await page.goto('/console');
      await page.click('a[href="/console/restoration"]');
      await page.fill('#applicant', P.dauren);
      await page.check('#act');
      await page.fill('#mother', P.gulnar);
      await page.fill('#father', P.bekzat);
      await page.fill('#registered-day', '20');
      await page.fill('#registered-month', '8');
      await page.fill('#registered-year', '1983');
      await assertAccessible(page);
      await page.click('button[name=stage][value=list]');
      // Registered in 1983: the parents' documents (item 11) are asked for; a labour book is not.
      assert.ok(await page.isVisible('#doc-parents-documents'));
      assert.equal(await page.locator('#doc-labour-book').count(), 0);
      assert.match(await main(page), /1 966 tenge \(0\.5 MRP of 2025\)/);
      for (const id of ['application', 'no-record-certificate', 'photos', 'duty-proof', 'parents-documents'])
        await page.check(`#doc-${id}`);
      await page.click('button[name=stage][value=accept]');
      assert.ok(await page.isVisible('.error-summary a[href="#doc-autobiography"]'));
      assert.match(await main(page), /has not been handed in/);
      await assertAccessible(page);
      await screenshot(page, 'restoration-missing-document');
      // The answers and the ticks survive the refusal: only the missing document is left to tick.
      assert.ok(await page.isChecked('#doc-parents-documents'));
      await page.check('#doc-autobiography');
      await page.click('button[name=stage][value=accept]');
      await page.waitForURL(/\/console\/restoration\/[0-9a-f-]{36}$/);
      caseId = page.url().split('/').at(-1)!;
      const receipt = await main(page);
      assert.match(receipt, /Receipt: request C-\d{6}/);
      assert.match(receipt, /01\.12\.2025/);
      // 15 calendar days from 1 December, off the Independence Day holiday.
      assert.match(receipt, /17\.12\.2025/);
      assert.match(receipt, /Birth record/);
      await assertAccessible(page);
      await screenshot(page, 'restoration-receipt');
    });
  });

  describe('003 ¶B2: the ЗАГС employee restores the act from the back office', () => {
    it('finds the request in the queue and restores the record on its basis', async () => {
      const page = pages.registrar;
      await page.goto('/backoffice');
      await page.click(`a[href="/backoffice/cases/${caseId}"]`);
      const text = await main(page);
      assert.match(text, new RegExp(translate('ru', 'backoffice.step.restore')));
      assert.match(text, new RegExp(translate('ru', 'restoration.act.birth')));
      assert.ok(await page.isVisible('#act-extend-days'));
      await page.fill('#basis', 'справка архива № 17; автобиография; документы родителей');
      await page.click('#act-complete + form button[type=submit]');
      await page.waitForURL(/\?done=1$/);
      assert.match(await main(page), new RegExp(translate('ru', 'backoffice.state.issued')));
      await assertAccessible(page);
      const restored = await b.service.ctx.database.db
        .selectFrom('birth_acts')
        .select(['mother', 'father'])
        .where('child', '=', P.dauren)
        .executeTakeFirstOrThrow();
      assert.deepEqual(restored, { mother: P.gulnar, father: P.bekzat });
    });
  });

  describe('the applicant follows the request in the cabinet', () => {
    it('sees it issued, with its due date, in Kazakh', async () => {
      const page = pages.citizen;
      await page.goto('/cadastre/cases');
      const row = page.locator(`main tr:has(a[href="/cadastre/cases/${caseId}"])`);
      const text = (await row.textContent()) ?? '';
      assert.match(text, new RegExp(translate('kk', 'restoration.cabinet.service')));
      assert.match(text, new RegExp(translate('kk', 'cadastre.state-issued')));
      assert.match(text, /17\.12\.2025/);
      await page.click(`a[href="/cadastre/cases/${caseId}"]`);
      assert.match(await main(page), new RegExp(translate('kk', 'restoration.cabinet.where')));
      await assertAccessible(page);
    });
  });
});
