// Issue 19 in Chromium at 360 px (axe on every page): the processing permit (S8, 003 ¶B3) filed
// on the portal by the head of an organisation — the BIN checked with ГБД ЮЛ on its page, the
// purpose question deciding whether the competent body's document is asked, the uploads, the
// consent code — then reviewed by the committee's executor and signed by its management on the
// back office, and the signed result downloaded from the request's page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { translate } from '../../../src/i18n/messages.ts';
import { COMMITTEE_OFFICE } from '../../../src/services/licences/file-licence.ts';
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
import { licenceDataset, ORG } from '../../support/licences.ts';

// 10:00 in Astana on Tuesday 10 November 2026 (the S8 deadline example's moment).
const NOW = '2026-11-10T05:00:00Z';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n');
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);
const main = async (page: Page) => ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Plain language: no service or clause codes and no ISO dates on a citizen's page. */
async function assertPlain(page: Page) {
  const text = await page.innerText('body');
  assert.doesNotMatch(text, /\bS[68]\b|¶B|\b\d{4}-\d{2}-\d{2}\b/, new URL(page.url()).pathname);
}

async function choose(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.click('main button[type=submit]');
}

async function upload(page: Page, kind: string) {
  await page.setInputFiles(`#file-${kind}`, { name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: PDF });
  await page.click(`main form:has(#file-${kind}) button[type=submit]`);
  await page.waitForLoadState();
}

describe('pages: the processing permit on the portal, to the signed result (issue 19)', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite', { now: NOW, data: licenceDataset(), settings: { sessionMinutes: 60 * 24 } });
    await b.service.ctx.database.db
      .insertInto('operators')
      .values([
        { iin: P.nurlan, role: 'executor', office: COMMITTEE_OFFICE },
        { iin: P.kulan, role: 'management', office: COMMITTEE_OFFICE },
      ])
      .execute();
  });
  after(() => b.close());

  it('the head files, the committee reviews and signs, the head downloads the permit', async () => {
    const page = await b.newPage({ language: 'en' });
    await logIn(page, b.service, P.aigerim, '/cabinet');
    await page.click('main a[href="/licences/cases"]');
    assert.match(await main(page), new RegExp(escape(t('licence.my-none'))));
    await page.click('main a[href="/licences/new"]');
    await assertAccessible(page);
    await assertPlain(page);
    await screenshot(page, 'licence-service');
    await page.click('main button[type=submit]');
    assert.match(await main(page), new RegExp(escape(t('licence.service-choose'))));
    await choose(page, t('licence.service-S8'));

    // The BIN: a typing mistake is caught on the page; the real one is Altyn, headed by Aigerim.
    await page.waitForURL(/\/licences\/new\/company$/);
    await assertAccessible(page);
    const wrong = ORG.altyn.slice(0, 11) + String((Number(ORG.altyn[11]) + 1) % 10);
    await page.fill('#bin', wrong);
    await page.click('main button[type=submit]');
    assert.match(await main(page), new RegExp(escape(t('bin-check-digit'))));
    await assertAccessible(page);
    await page.fill('#bin', ORG.altyn);
    await page.click('main button[type=submit]');

    // The head needs no power of attorney: straight to the purpose.
    await page.waitForURL(/\/licences\/new\/purpose$/);
    await assertAccessible(page);
    await screenshot(page, 'licence-purpose');
    await choose(page, t('licence.no'));
    await page.waitForURL(/\/documents$/);
    // ¶B3: not for repair — the competent body's document is asked too.
    assert.equal(await page.locator('input[type=file]').count(), 3);
    // The back link leads to the question again; the other answer asks one document fewer.
    await page.click('a[href="/licences/new/purpose"]');
    await page.waitForURL(/\/purpose$/);
    await choose(page, t('licence.yes'));
    await page.waitForURL(/\/documents$/);
    assert.equal(await page.locator('input[type=file]').count(), 2, 'for repair: no competent body’s document');
    await assertAccessible(page);
    await screenshot(page, 'licence-documents');
    await assertPlain(page);
    await upload(page, 'information-form');
    await upload(page, 'processing-contract');
    assert.equal(await page.locator(`main .tag-green`).count(), 2);
    await page.click('main form[action="/licences/new/documents/done"] button');

    await page.waitForURL(/\/licences\/new\/consent$/);
    await assertAccessible(page);
    const sent = await smsCount(b.service, P.aigerim);
    await page.click('main button[type=submit]');
    await page.fill('#code', await codeFor(b.service, P.aigerim, sent));
    await page.click('main form:has(#code) button[type=submit]');

    await page.waitForURL(/\/licences\/new\/check$/);
    await assertAccessible(page);
    await assertPlain(page);
    await screenshot(page, 'licence-check');
    const check = await main(page);
    assert.match(check, new RegExp(escape(t('licence.service-S8'))));
    assert.match(check, new RegExp(ORG.altyn));
    assert.match(check, new RegExp(escape(t('licence.basis-head'))));
    assert.match(check, new RegExp(escape(t('licence.doc.processing-contract'))));
    await page.click('main button[type=submit]');

    await page.waitForURL(/\/licences\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();
    const caseId = caseUrl.slice(-36);
    await assertAccessible(page);
    await assertPlain(page);
    await screenshot(page, 'licence-accepted');
    assert.equal((await page.textContent('main .panel h1'))?.trim(), t('licence.accepted-title'));
    assert.match(await main(page), /01\.12\.2026/, 'fifteen working days, as DD.MM.YYYY');
    assert.match(await main(page), new RegExp(escape(t('licence.result-cabinet'))));

    // The committee: the executor reviews, management signs.
    const executor = await b.newPage({ language: 'en' });
    await logIn(executor, b.service, P.nurlan, '/');
    await executor.goto('/backoffice');
    assert.equal(await executor.locator(`a[href="/backoffice/cases/${caseId}"]`).count(), 1);
    await executor.goto(`/backoffice/cases/${caseId}`);
    await assertAccessible(executor);
    // The executor reviews what was filed: the two uploads, each opened as an access-logged read.
    const links = executor.locator(`main a[href^="/backoffice/cases/${caseId}/documents/"]`);
    assert.equal(await links.count(), 2);
    assert.match(await main(executor), new RegExp(escape(t('licence.doc.information-form'))));
    const opened = await executor.request.get((await links.first().getAttribute('href')) ?? '');
    assert.equal(opened.status(), 200);
    assert.equal(opened.headers()['content-type'], 'application/pdf');
    await executor.click('#act-complete + form button[type=submit]');
    await executor.waitForURL(/\?done=1$/);
    const management = await b.newPage({ language: 'en' });
    await logIn(management, b.service, P.kulan, '/');
    await management.goto(`/backoffice/cases/${caseId}`);
    await management.click('#act-complete + form button[type=submit]');
    await management.waitForURL(/\?done=1$/);
    assert.match(await main(management), /Result issued/);

    await page.goto(caseUrl);
    await assertAccessible(page);
    await screenshot(page, 'licence-issued');
    const link = page.locator(`main a[href="/licences/cases/${caseId}/result"]`);
    assert.equal(await link.count(), 1);
    const reply = await page.request.get(`/licences/cases/${caseId}/result`);
    assert.equal(reply.status(), 200);
    assert.equal(reply.headers()['content-type'], 'application/pdf');
    assert.equal((await reply.body()).subarray(0, 5).toString(), '%PDF-');
  });

  it('a representative files the guarantee obligation as an intermediary, in Russian (S6, ¶B1)', async () => {
    const ru = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate('ru', key, params);
    const page = await b.newPage({ language: 'ru' });
    await logIn(page, b.service, P.dauren, '/licences/new');
    await choose(page, ru('licence.service-S6'));
    await page.waitForURL(/\/company$/);
    await page.fill('#bin', ORG.altyn);
    await page.click('main button[type=submit]');
    // Dauren is not Altyn's head: the power of attorney is asked, its dates checked.
    await page.waitForURL(/\/authority$/);
    await assertAccessible(page);
    await screenshot(page, 'licence-authority');
    await page.fill('#number', 'Д-17');
    await page.fill('#issued', '32.01.2026');
    await page.fill('#valid', '31.12.2026');
    await page.click('main button[type=submit]');
    assert.match(await main(page), new RegExp(escape(ru('licence.date-invalid'))));
    await assertAccessible(page);
    await page.fill('#issued', '10.01.2026');
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/intermediary$/);
    await choose(page, ru('licence.yes'));
    await page.waitForURL(/\/documents$/);
    // The power of attorney, the guarantee obligation, the sale contract and the end user's contract.
    assert.equal(await page.locator('input[type=file]').count(), 4);
    for (const kind of ['authority', 'guarantee-obligation', 'sale-contract', 'end-user-contract'])
      await upload(page, kind);
    await page.click('main form[action="/licences/new/documents/done"] button');
    await page.waitForURL(/\/consent$/);
    const sent = await smsCount(b.service, P.dauren);
    await page.click('main button[type=submit]');
    await page.fill('#code', await codeFor(b.service, P.dauren, sent));
    await page.click('main form:has(#code) button[type=submit]');
    await page.waitForURL(/\/check$/);
    await assertPlain(page);
    assert.match(await main(page), new RegExp(escape(ru('licence.basis-poa', { number: 'Д-17' }))));
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/licences\/cases\/[0-9a-f-]{36}$/);
    await assertAccessible(page);
    // Altyn is at an Astana address: ten working days.
    assert.match(await main(page), /24\.11\.2026/);
    assert.match(await main(page), new RegExp(escape(ru('licence.result-office'))));
  });
});
