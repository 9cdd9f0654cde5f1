// Issue 19 in Chromium (axe on every page): the processing permit (S8, 003 ¶B3) accepted at a ЦОН's
// reception — the documents handed in and the written consent asked on their pages (without them
// nothing is accepted), the receipt with the due date — and, once the committee has issued it, the
// result handed over at the counter to a representative on a notarized power of attorney only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { translate } from '../../../src/i18n/messages.ts';
import { newFilingId } from '../../../src/services/case-documents/portal.ts';
import { applyCaseEvent } from '../../../src/services/cases/apply.ts';
import { acceptAtCon } from '../../../src/services/licences/con.ts';
import { recordCustodyEvent } from '../../../src/services/licences/custody.ts';
import { COMMITTEE_OFFICE } from '../../../src/services/licences/file-licence.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService, screenshot } from '../../support/browser.ts';
import { P } from '../../support/family.ts';
import { licenceDataset, ORG } from '../../support/licences.ts';

const NOW = '2026-11-10T05:00:00Z';
const CON = 'astana-con-2';
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);
const main = async (page: Page) => ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function choose(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.click('main button[type=submit]');
}

describe('pages: the processing permit at a ЦОН, receipt to hand-over (issue 19)', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite', { now: NOW, data: licenceDataset(), settings: { sessionMinutes: 60 * 24 } });
    await b.service.ctx.database.db
      .insertInto('operators')
      .values([{ iin: P.sara, role: 'reception', office: CON }])
      .execute();
  });
  after(() => b.close());

  it('accepts with the receipt, then hands the issued result to a representative on a notarized power of attorney', async () => {
    const page = await b.newPage({ language: 'en' });
    await logIn(page, b.service, P.sara, '/console');
    await page.click('main a[href="/console/licences"]');
    await assertAccessible(page);
    await choose(page, t('licence.service-S8'));
    await page.waitForURL(/\/console\/licences\/party$/);
    await page.fill('#bin', ORG.dala);
    await page.fill('#applicant', P.timur);
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/purpose$/);
    await choose(page, t('licence.no'));
    await page.waitForURL(/\/documents$/);
    await assertAccessible(page);
    // Not for repair: the competent body's document is on the list.
    assert.match(await main(page), new RegExp(escape(t('licence.doc.processing-conditions'))));
    await choose(page, t('console-licence.documents-missing'));
    assert.match(await main(page), new RegExp(escape(t('case-document.missing'))));
    await assertAccessible(page);
    await choose(page, t('console-licence.documents-all'));
    await page.waitForURL(/\/consent$/);
    await choose(page, t('console-licence.consent-refused'));
    assert.match(await main(page), new RegExp(escape(t('case-document.no-consent'))));
    await choose(page, t('console-licence.consent-signed'));
    await page.waitForURL(/\/check$/);
    await assertAccessible(page);
    await page.click('main button[type=submit]');

    await page.waitForURL(/\/console\/licences\/receipts\/[0-9a-f-]{36}$/);
    const id = page.url().slice(-36);
    await assertAccessible(page);
    await screenshot(page, 'licence-receipt');
    assert.match(await main(page), /Receipt C-\d{6}/);
    assert.match(await main(page), /01\.12\.2026/);
    assert.equal((await page.textContent('#custody-state'))?.trim(), t('console-licence.custody-pending'));

    // The committee reviews and signs (its pages are the back office's, tested elsewhere).
    for (const [step, role] of [
      ['review', 'executor'],
      ['sign', 'management'],
    ] as const)
      await applyCaseEvent(
        b.service.ctx.database,
        {
          caseId: id,
          event: {
            kind: 'complete-step',
            step,
            actor: { kind: 'staff', iin: P.nurlan, role, office: COMMITTEE_OFFICE },
          },
        },
        b.service.clock.now(),
      );
    await page.reload();
    assert.match(await page.innerText('#custody-state'), /10\.12\.2026/);
    await assertAccessible(page);
    // Dauren, who is not Dala's head, without a power of attorney: not handed over.
    await page.fill('#collector', P.dauren);
    await page.click('main form:has(#collector) button[type=submit]');
    assert.match(await main(page), new RegExp(escape(t('poa-missing'))));
    // ¶B3: a representative collects on a notarized power of attorney from Dala's head.
    await page.fill('#collector', P.dauren);
    await page.fill('#number', 'Д-5');
    await page.fill('#issued', '01.11.2026');
    await page.fill('#valid', '31.12.2026');
    await page.click('main form:has(#collector) button[type=submit]');
    assert.match(await main(page), new RegExp(escape(t('poa-not-notarized'))));
    await page.fill('#collector', P.dauren);
    await page.fill('#number', 'Д-5');
    await page.fill('#issued', '01.11.2026');
    await page.fill('#valid', '31.12.2026');
    await page.fill('#notary', 'Нотариус Ахметова А.');
    await page.click('main form:has(#collector) button[type=submit]');
    await page.waitForURL(/\/receipts\/[0-9a-f-]{36}$/);
    assert.equal(
      (await page.innerText('#custody-state')).trim(),
      t('console-licence.custody-handed-over', { on: '10.11.2026' }),
    );
  });

  it('after the month the result goes to the provider; asked for again, the committee sends it back from its page', async () => {
    const receipt = await acceptAtCon(
      b.service.ctx,
      { kind: 'operator', iin: P.sara, role: 'reception', office: CON },
      {
        caseId: newFilingId(),
        service: 'S8',
        party: { kind: 'legal', bin: ORG.altyn },
        applicant: P.aigerim,
        powerOfAttorney: null,
        writtenConsent: true,
        presented: ['information-form', 'processing-contract'],
        purposeRepair: true,
      },
    );
    const { case_id: id } = await b.service.ctx.database.db
      .selectFrom('licence_filings')
      .select('case_id')
      .where('receipt_number', '=', receipt.number)
      .executeTakeFirstOrThrow();
    const committee = (role: string) => ({ kind: 'staff' as const, iin: P.nurlan, role, office: COMMITTEE_OFFICE });
    for (const [step, role] of [
      ['review', 'executor'],
      ['sign', 'management'],
    ] as const)
      await applyCaseEvent(
        b.service.ctx.database,
        { caseId: id, event: { kind: 'complete-step', step, actor: committee(role) } },
        b.service.clock.now(),
      );
    await b.service.ctx.database.db
      .insertInto('operators')
      .values([{ iin: P.nurlan, role: 'executor', office: COMMITTEE_OFFICE }])
      .execute();
    // Friday 11 December: the month is over; on Monday 14th the applicant comes and the ЦОН asks.
    b.service.clock.set('2026-12-11T05:00:00Z');
    const reception = { kind: 'operator' as const, iin: P.sara, role: 'reception' as const, office: CON };
    await recordCustodyEvent(b.service.ctx, reception, { caseId: id, event: 'returned-to-provider' });
    b.service.clock.set('2026-12-14T05:00:00Z');
    await recordCustodyEvent(b.service.ctx, reception, { caseId: id, event: 'requested' });
    const page = await b.newPage({ language: 'en' });
    await logIn(page, b.service, P.nurlan, '/');
    await page.goto(`/backoffice/cases/${id}`);
    await assertAccessible(page);
    assert.match(await page.innerText('#custody-state'), /15\.12\.2026/);
    await page.click(`main form[action="/backoffice/cases/${id}/custody"] button`);
    await page.waitForURL(new RegExp(`/backoffice/cases/${id}$`));
    assert.match(await page.innerText('#custody-state'), /14\.01\.2027/, 'at the ЦОН again for a month');
  });
});
