// S2 temporary identity cards and S4 deregistration at the counter in Chromium (issue 18 items
// 2–3; 002 R2 App1, R4 cl.4): the ЦОН accepts, the ҚАІІб draws the temporary ID up in the issue
// journal (or deregisters and issues the departure sheet), the ЦОН issues it; the sheet opens as a
// PDF. The pages work at phone width and pass axe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, type BrowserService, logIn, openBrowserService } from '../../support/browser.ts';
import { D, P } from '../../support/family.ts';

const NOW = '2026-04-06T05:00:00Z';
const OFFICE = 'astana-1';
const main = async (page: Page) => (await page.textContent('main')) ?? '';

describe('pages: S2 temporary identity cards and S4 deregistration at the counter', () => {
  let b: BrowserService;
  let reception: Page;
  let qaiib: Page;

  before(async () => {
    b = await openBrowserService('pglite', { now: NOW });
    await b.service.ctx.database.db
      .insertInto('operators')
      .values([
        { iin: P.viktor, role: 'reception', office: OFFICE },
        { iin: P.erlan, role: 'qaiib', office: OFFICE },
      ])
      .execute();
    reception = await b.newPage({ language: 'en' });
    await logIn(reception, b.service, P.viktor, '/');
    qaiib = await b.newPage({ language: 'ru' });
    await logIn(qaiib, b.service, P.erlan, '/');
  });
  after(() => b.close());

  it('002 R2 App1: accepted at the ЦОН, drawn up in the journal, issued', async () => {
    await reception.goto('/console/temporary-ids');
    await assertAccessible(reception);
    await reception.fill('#applicant', P.aigerim);
    await reception.click('main form:has(#applicant) button');
    await reception.waitForURL(/done=accepted/);
    await qaiib.goto('/backoffice/temporary-ids');
    await assertAccessible(qaiib);
    await qaiib.click('main form button');
    assert.match(await main(qaiib), /Введите должность/);
    await qaiib.fill('main input[name^=position-]', 'Старший инспектор');
    await qaiib.click('main form button');
    await qaiib.waitForURL(/done=1/);
    assert.match(await main(qaiib), /Старший инспектор/);
    await reception.goto('/console/temporary-ids');
    await reception.click('main form[action$="/issue"] button');
    await reception.waitForURL(/done=issued/);
    assert.match(await main(reception), /The temporary identity card is issued/);
  });

  it('002 R4 cl.4: deregistered on a recorded ground, the departure sheet issued as a PDF', async () => {
    await reception.goto('/console/deregistration');
    await assertAccessible(reception);
    await reception.fill('#person', P.olga);
    await reception.fill('#rka', D.D2);
    await reception.check('input[name=ground][value=abroad]');
    await reception.fill('#reference', 'Germany, exit 01.04.2026');
    await reception.click('main form button');
    await reception.waitForURL(/done=1/);
    await qaiib.goto('/backoffice/deregistrations');
    await assertAccessible(qaiib);
    await qaiib.click('main form button');
    await qaiib.waitForURL(/done=/);
    const href = await qaiib.getAttribute('main a[href$="sheet.pdf"]', 'href');
    assert.ok(href);
    const pdf = await reception.request.get(href.replace('/backoffice/deregistrations', '/console/deregistration'));
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  });
});
