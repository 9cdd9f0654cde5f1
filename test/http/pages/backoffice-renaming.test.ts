// 004 cl.7 in Chromium: management records a renaming decision on /backoffice/renamings (360 px,
// axe); a bad input is shown next to its field and changes nothing; the decision changes the
// address and opens a correction of the object's passport, which the executor finds in the queue
// with its 1-working-day deadline and completes with the existing request page. Other roles may
// not record a decision.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { CaseActor } from '../../../src/domain/cases/case.ts';
import { translate } from '../../../src/i18n/messages.ts';
import { sqlCadastreWrites } from '../../../src/registries/sql/cadastre-writes.ts';
import { appendToInventory, inventoryFileOf } from '../../../src/services/case-documents/inventory.ts';
import { applyCaseEvent } from '../../../src/services/cases/apply.ts';
import { openServiceCase } from '../../../src/services/cases/open.ts';
import { inTransaction } from '../../../src/services/transaction.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService } from '../../support/browser.ts';
import { P } from '../../support/family.ts';

// Friday 20 March 2026, 11:00 in Astana; the Nauryz days off follow (21–25 March).
const NOW = '2026-03-20T06:00:00Z';
const OFFICE = 'astana-sc-1';
const RKA = '0201004000008701';
const staff = (role: string): CaseActor => ({ kind: 'staff', iin: P.nurlan, role, office: OFFICE });
const main = async (page: Page) => (await page.textContent('main')) ?? '';

describe('pages: a renaming decision in the back office (004 cl.7)', () => {
  let b: BrowserService;
  const pages: Record<'management' | 'executor' | 'archive', Page> = {} as never;

  before(async () => {
    b = await openBrowserService('pglite', { now: NOW });
    const database = b.service.ctx.database;
    await database.db
      .insertInto('operators')
      .values([
        { iin: P.timur, role: 'management', office: OFFICE },
        { iin: P.nurlan, role: 'executor', office: OFFICE },
        { iin: P.sara, role: 'archive-employee', office: OFFICE },
      ])
      .execute();
    const earlier = new Date('2026-03-16T05:00:00Z');
    const { case: passport } = await openServiceCase(
      database,
      {
        id: randomUUID(),
        service: 'S10',
        variant: 'S10',
        channel: 'portal',
        filedAt: '2026-03-16T10:00:00+05:00',
        facts: { object: 'flat' },
        applicant: P.aigerim,
        office: OFFICE,
      },
      earlier,
    );
    await inTransaction(database, async (tx) => {
      await sqlCadastreWrites(tx).recordObject({
        rka: RKA,
        city: 'astana',
        address: 'Астана қ., Көктем көшесі, 4-үй, 9-пәтер',
        area: 55,
        owners: [{ iin: P.aigerim, share: '1/1' }],
        stateRental: false,
      });
      const file = await inventoryFileOf(tx, `rka:${RKA}`, earlier);
      await appendToInventory(
        tx,
        file,
        [{ caseId: passport.id, entry: 'filing', documentId: null, kind: 'S10-request', sha256: null }],
        earlier,
      );
    });
    for (const [step, role] of [
      ['archive', 'archive-employee'],
      ['copy', 'executor'],
      ['sign', 'management'],
    ] as const)
      await applyCaseEvent(
        database,
        { caseId: passport.id, event: { kind: 'complete-step', step, actor: staff(role) } },
        earlier,
      );
    for (const [key, iin] of [
      ['management', P.timur],
      ['executor', P.nurlan],
      ['archive', P.sara],
    ] as const) {
      pages[key] = await b.newPage({ language: 'en' });
      await logIn(pages[key], b.service, iin, '/');
    }
  });
  after(() => b.close());

  it('is for management and the executor only', async () => {
    assert.equal((await pages.archive.goto('/backoffice/renamings'))?.status(), 403);
    assert.equal((await pages.archive.textContent('h1'))?.trim(), translate('en', 'operator-only'));
    await pages.archive.goto('/backoffice');
    assert.equal(await pages.archive.locator('a[href="/backoffice/renamings"]').count(), 0);
  });

  it('shows a refusal next to its field and changes nothing', async () => {
    const page = pages.management;
    await page.goto('/backoffice');
    await page.click('a[href="/backoffice/renamings"]');
    await assertAccessible(page);
    await page.check('#kind');
    await page.fill('#body', 'Astana city akimat and maslikhat');
    await page.fill('#number', '305/41-VIII');
    await page.fill('#decidedOn-day', '19');
    await page.fill('#decidedOn-month', '3');
    await page.fill('#decidedOn-year', '2026');
    await page.fill('#city', 'astana');
    await page.fill('#street', 'Жоқ көшесі');
    await page.fill('#newStreet', 'Наурыз көшесі');
    const reply = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.click('main form button[type=submit]');
    assert.equal((await reply).status(), 422);
    assert.match(await main(page), new RegExp(translate('en', 'renaming.unknown-street')));
    assert.equal(await page.locator('#street[aria-invalid=true]').count(), 1);
    await assertAccessible(page);
    const address = await b.service.ctx.database.db
      .selectFrom('dwellings')
      .select('address')
      .where('rka', '=', RKA)
      .executeTakeFirstOrThrow();
    assert.equal(address.address, 'Астана қ., Көктем көшесі, 4-үй, 9-пәтер');
  });

  it('records the decision: the address changes and a correction is opened, due after Nauryz', async () => {
    const page = pages.management;
    await page.fill('#street', 'көктем көшесі');
    await page.click('main form button[type=submit]');
    await page.waitForSelector('main table');
    const text = await main(page);
    assert.match(text, /Addresses changed: 1\. Corrections opened: 1, due 26\.03\.2026\./);
    assert.match(text, /Астана қ\., Наурыз көшесі, 4-үй, 9-пәтер/);
    await assertAccessible(page);
  });

  it('the executor finds the correction in the queue and corrects it; management signs', async () => {
    const executor = pages.executor;
    await executor.goto('/backoffice');
    const row = executor.locator('main table tbody tr', { hasText: 'Correction of the cadastral passport' });
    assert.equal(await row.count(), 1);
    assert.match((await row.textContent()) ?? '', /26\.03\.2026.*On time/s);
    await row.locator('a').click();
    await executor.click('#act-complete + form button[type=submit]');
    await executor.waitForURL(/\?done=1$/);
    const management = pages.management;
    await management.goto(executor.url().replace(/\?done=1$/, ''));
    await management.click('#act-complete + form button[type=submit]');
    await management.waitForURL(/\?done=1$/);
    assert.match(await main(management), new RegExp(translate('en', 'backoffice.state.issued')));
  });
});
