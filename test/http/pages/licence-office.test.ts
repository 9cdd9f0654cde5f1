// Issue 19 in Chromium (axe on every page): the provider's office as a channel — the committee's
// executor takes S6 on paper from its back office (the ЦОН's intake, LicenceCounter), gives the
// receipt with the due date, and once signed hands the result over at the office (003 ¶B1). A
// ЦОН's reception cannot open the office's pages.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { translate } from '../../../src/i18n/messages.ts';
import { COMMITTEE_OFFICE } from '../../../src/services/licences/file-licence.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService } from '../../support/browser.ts';
import { P } from '../../support/family.ts';
import { issueByCommittee, licenceDataset, ORG } from '../../support/licences.ts';

// Tuesday 10 November 2026, 19:00 in Astana: a counter accepts it today (D2), the portal would not.
const NOW = '2026-11-10T14:00:00Z';
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);
const main = async (page: Page) => ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ');

async function choose(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.click('main button[type=submit]');
}

describe("pages: the guarantee obligation at the provider's office, intake to hand-over (issue 19)", () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite', { now: NOW, data: licenceDataset(), settings: { sessionMinutes: 60 * 24 } });
    await b.service.ctx.database.db
      .insertInto('operators')
      .values([
        { iin: P.nurlan, role: 'executor', office: COMMITTEE_OFFICE },
        { iin: P.sara, role: 'reception', office: 'astana-con-2' },
      ])
      .execute();
  });
  after(() => b.close());

  it('the executor accepts S6 with the receipt and hands the signed result to the head', async () => {
    const page = await b.newPage({ language: 'en' });
    await logIn(page, b.service, P.nurlan, '/backoffice');
    await page.click('main a[href="/backoffice/licences"]');
    await assertAccessible(page);
    assert.match(await main(page), new RegExp(t('office-licence.caption')));
    await choose(page, t('licence.service-S6'));
    await page.waitForURL(/\/backoffice\/licences\/party$/);
    await page.fill('#bin', ORG.altyn);
    await page.fill('#applicant', P.aigerim);
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/intermediary$/);
    await choose(page, t('licence.no'));
    await page.waitForURL(/\/documents$/);
    await assertAccessible(page);
    await choose(page, t('console-licence.documents-all'));
    await page.waitForURL(/\/consent$/);
    await choose(page, t('console-licence.consent-signed'));
    await page.waitForURL(/\/check$/);
    await assertAccessible(page);
    await page.click('main button[type=submit]');

    await page.waitForURL(/\/backoffice\/licences\/receipts\/[0-9a-f-]{36}$/);
    const id = page.url().slice(-36);
    await assertAccessible(page);
    // Accepted on the 10th at 19:00; Altyn is in Astana: 10 working days.
    assert.match(await main(page), /Receipt C-\d{6}/);
    assert.match(await main(page), /10\.11\.2026/);
    assert.match(await main(page), /24\.11\.2026/);
    assert.equal((await page.textContent('#custody-state'))?.trim(), t('console-licence.custody-pending'));

    await issueByCommittee(b.service.ctx.database, id, b.service.clock.now());
    await page.reload();
    assert.equal((await page.innerText('#custody-state')).trim(), t('office-licence.custody-here'));
    // No month of keeping at the office: only the hand-over is offered.
    assert.equal(await page.locator('input[name=event][value=returned-to-provider]').count(), 0);
    await assertAccessible(page);
    await page.fill('#collector', P.aigerim);
    await page.click('main form:has(#collector) button[type=submit]');
    await page.waitForURL(/\/receipts\/[0-9a-f-]{36}$/);
    assert.equal(
      (await page.innerText('#custody-state')).trim(),
      t('console-licence.custody-handed-over', { on: '10.11.2026' }),
    );

    // The committee's request page says where the result is: its own office, no ЦОН.
    await page.goto(`/backoffice/cases/${id}`);
    assert.match(await main(page), new RegExp(t('office-licence.custody-title')));
    assert.equal(
      (await page.innerText('#custody-state')).trim(),
      t('console-licence.custody-handed-over', { on: '10.11.2026' }),
    );

    // A ЦОН's reception does not open the office's pages (back-office roles only).
    const con = await b.newPage({ language: 'en' });
    await logIn(con, b.service, P.sara, '/console');
    const answer = await con.goto(`/backoffice/licences/receipts/${id}`);
    assert.notEqual(answer?.status(), 200);
  });
});
