// The ЦОН console in Chromium (P1, P2): reception triage to the hall or online, the hall's filing
// for a minor owner's dwelling with the ФЛК and the representative's authority, its refusals
// (P2.2, P2.3), a whole case to "registered" with the coupon and the signature made in the hall,
// the office queue and the read-only decision trace; and who may open which console page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { translate } from '../../../src/i18n/messages.ts';
import { COUPON } from '../../support/api-flow.ts';
import { fillDate } from '../../support/apply-pages.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService, screenshot } from '../../support/browser.ts';
import { D, P } from '../../support/family.ts';

const submit = 'main form button[type=submit]';

async function applicationsOf(b: BrowserService, applicant: string) {
  return b.service.ctx.database.db
    .selectFrom('applications')
    .select(['id', 'state', 'reason', 'channel', 'office', 'representative', 'payload'])
    .where('applicant', '=', applicant)
    .execute();
}

/** Tables read best on the desk's screen: the screenshot at desktop width, the checks at 360 px. */
async function wideScreenshot(page: Page, name: string) {
  await page.setViewportSize({ width: 1024, height: 800 });
  await assertAccessible(page);
  await screenshot(page, name);
  await page.setViewportSize({ width: 360, height: 800 });
}

async function fillAndContinue(page: Page, field: string, value: string) {
  await page.fill(`#${field}`, value);
  await page.click(submit);
}

/** The hall filing from the start page up to the check page, for the refusal cases. */
async function startHallCase(page: Page, owner: string) {
  await page.goto('/console/hall');
  await page.click(submit);
  await page.waitForURL(/\/console\/hall\/owner$/);
  await fillAndContinue(page, 'owner', owner);
  await page.waitForURL(/\/console\/hall\/flk$/);
}

async function detailsToCheck(page: Page, applicant: string, rka: string) {
  await page.waitForURL(/\/console\/hall\/applicant$/);
  await fillAndContinue(page, 'applicant', applicant);
  await page.waitForURL(/\/console\/hall\/rka$/);
  await fillAndContinue(page, 'rka', rka);
  await page.waitForURL(/\/console\/hall\/service$/);
  await page.check('#service');
  await page.click(submit);
  await page.waitForURL(/\/console\/hall\/relation$/);
  await page.check('#relation');
  await page.click(submit);
  await page.waitForURL(/\/console\/hall\/check$/);
}

describe('pages: the ЦОН console', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite');
    await b.service.ctx.database.db
      .insertInto('operators')
      .values([
        { iin: P.sara, role: 'hall', office: 'astana-1' },
        { iin: P.nurlan, role: 'reception', office: 'astana-1' },
        // A second hall operator: one person may be sent only three login codes in 15 minutes.
        { iin: P.kulan, role: 'hall', office: 'astana-1' },
      ])
      .execute();
  });
  after(() => b.close());

  describe('who may open the console', () => {
    it('refuses a citizen with 403 in their language', async () => {
      const page = await b.newPage({ language: 'ru' });
      await logIn(page, b.service, P.dauren, '/');
      const reply = await page.goto('/console');
      assert.equal(reply?.status(), 403);
      assert.equal(await page.getAttribute('html', 'lang'), 'ru');
      assert.equal((await page.textContent('h1'))?.trim(), translate('ru', 'operator-only'));
      await assertAccessible(page);
      await page.context().close();
    });

    it('shows a reception worker their role and office, and keeps the hall from them', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.nurlan, '/console');
      assert.match((await page.textContent('main')) ?? '', /reception worker at office astana-1/);
      assert.ok(await page.isVisible('a[href="/console/triage"]'));
      assert.ok(await page.isVisible('a[href="/console/queue"]'));
      assert.equal(await page.locator('a[href="/console/hall"]').count(), 0);
      await assertAccessible(page);
      const hall = await page.goto('/console/hall');
      assert.equal(hall?.status(), 403, 'a reception worker cannot file in the hall');
      const file = await page.evaluate(async () => (await fetch('/console/hall/file', { method: 'POST' })).status);
      assert.equal(file, 403);
      await page.context().close();
    });
  });

  describe('P1 reception triage', () => {
    it('P1.1: sends the applicant to the hall when the owner is a minor (viktor at MD, owned by Erasyl)', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.nurlan, '/console/triage');
      await page.fill('#rka', '123');
      await page.fill('#applicant', P.viktor);
      await page.click('button[value=dwelling]');
      assert.ok(await page.isVisible('.error-summary a[href="#rka"]'));
      assert.equal(await page.getAttribute('#rka', 'aria-invalid'), 'true');
      await assertAccessible(page);
      await page.fill('#rka', D.MD);
      await page.click('button[value=dwelling]');
      await page.waitForURL(/\/console\/triage\/result$/);
      assert.equal((await page.textContent('.panel h1'))?.trim(), 'Send to the operational hall');
      const main = (await page.textContent('main')) ?? '';
      assert.match(main, /Reason: an owner of the dwelling is a minor or legally incapable\./);
      assert.doesNotMatch(main, /owner-minor-or-incapable/, 'plain words, no reason code');
      assert.match(main, /operational hall/);
      // Reception sends the applicant on; only the hall files.
      assert.equal(await page.locator('a[href^="/console/hall"]').count(), 0);
      await assertAccessible(page);
      await screenshot(page, 'console-triage-result');
      const audit = await b.service.ctx.database.db
        .selectFrom('audit_events')
        .select(['actor', 'details'])
        .where('action', '=', 'triage')
        .execute();
      assert.ok(audit.some((a) => a.actor === P.nurlan && JSON.stringify(a.details).includes('route-hall')));
      await page.context().close();
    });

    it('P1.2: sends the applicant online when the owners are adults (D4), by the dwelling or by the owner', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.nurlan, '/console/triage');
      await page.fill('#rka', D.D4);
      await page.fill('#applicant', P.dana);
      await page.click('button[value=dwelling]');
      await page.waitForURL(/\/console\/triage\/result$/);
      assert.equal((await page.textContent('.panel h1'))?.trim(), 'Use the online service or the self-service sector');
      assert.match((await page.textContent('main')) ?? '', /Reason: the owners are adults with full legal capacity\./);
      await page.goto('/console/triage');
      await page.fill('#owner', P.aigerim);
      await page.click('button[value=owner]');
      await page.waitForURL(/\/console\/triage\/result$/);
      assert.equal((await page.textContent('.panel h1'))?.trim(), 'Use the online service or the self-service sector');
      await page.goto('/console/triage');
      await page.fill('#owner', P.erasyl);
      await page.click('button[value=owner]');
      await page.waitForURL(/\/console\/triage\/result$/);
      assert.equal((await page.textContent('.panel h1'))?.trim(), 'Send to the operational hall');
      assert.match((await page.textContent('main')) ?? '', /\(age 15\)/);
      await assertAccessible(page);
      await page.context().close();
    });
  });

  describe('P2 the operational hall', () => {
    it('P2.3: the owner is an adult → the ФЛК is negative and filing records hall-not-applicable', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.sara, '/console');
      await startHallCase(page, P.aigerim);
      assert.match((await page.textContent('.verdict.bad')) ?? '', /the hall cannot serve this case/);
      await assertAccessible(page);
      await page.click('main a.button');
      await detailsToCheck(page, P.dana, D.D4);
      assert.match((await page.textContent('.verdict.bad')) ?? '', /will be refused/);
      await page.click(submit);
      await page.waitForURL(/\/console\/hall\/applications\//);
      assert.match((await page.textContent('h1')) ?? '', /refused/);
      assert.match((await page.textContent('main')) ?? '', /hall-not-applicable/);
      assert.match((await page.textContent('main')) ?? '', /neither a minor nor legally incapable \(P2\.1\)/);
      await assertAccessible(page);
      const [app] = await applicationsOf(b, P.dana);
      assert.equal(app?.state, 'refused');
      assert.equal(app?.reason, 'hall-not-applicable');
      assert.equal(app?.channel, 'hall');
      await page.context().close();
    });

    it('P2.2: a representative neither parent nor guardian → representative-not-authorised', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.sara, '/console');
      await startHallCase(page, P.erasyl);
      await page.click('main a.button');
      await page.waitForURL(/\/console\/hall\/representative$/);
      await fillAndContinue(page, 'representative', P.viktor);
      await page.waitForURL(/\/console\/hall\/authority$/);
      assert.match((await page.textContent('.verdict.bad')) ?? '', /Not authorised/);
      await page.click(submit);
      await detailsToCheck(page, P.zhanar, D.MD);
      await page.click(submit);
      await page.waitForURL(/\/console\/hall\/applications\//);
      assert.match((await page.textContent('main')) ?? '', /representative-not-authorised/);
      const [app] = await applicationsOf(b, P.zhanar);
      assert.equal(app?.reason, 'representative-not-authorised');
      assert.equal(app?.representative, P.viktor);
      await page.context().close();
    });

    it('P2.2: a guardian on record must name the guardianship decision', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.kulan, '/console');
      await startHallCase(page, P.bauyrzhan);
      assert.match((await page.textContent('main')) ?? '', /Legally incapable \(Е-Собес\)\s*Yes/);
      await page.click('main a.button');
      await fillAndContinue(page, 'representative', P.gulmira);
      await page.waitForURL(/\/console\/hall\/authority$/);
      assert.match((await page.textContent('.verdict.ok')) ?? '', /guardian on record/);
      await page.click(submit);
      assert.ok(await page.isVisible('.error-summary a[href="#authorityDocument"]'));
      await assertAccessible(page);
      await fillAndContinue(page, 'authorityDocument', 'ОП-2024/117');
      await page.waitForURL(/\/console\/hall\/applicant$/);
      await page.context().close();
    });

    it('files a whole case to "registered": Saltanat at MD, owner Erasyl, his mother Aigerim', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.sara, '/console/triage');
      // The hall triages too, and starts the filing from the answer with the РКА prefilled.
      await page.fill('#rka', D.MD);
      await page.fill('#applicant', P.saltanat);
      await page.click('button[value=dwelling]');
      await page.waitForURL(/\/console\/triage\/result$/);
      await page.click(`main a.button[href="/console/hall?rka=${D.MD}"]`);
      await page.waitForURL(/\/console\/hall\?rka=/);
      await assertAccessible(page);
      await page.click(submit);
      await fillAndContinue(page, 'owner', P.erasyl);
      await page.waitForURL(/\/console\/hall\/flk$/);
      assert.match((await page.textContent('.verdict.ok')) ?? '', /ФЛК positive/);
      await assertAccessible(page);
      await page.click('main a.button');
      await fillAndContinue(page, 'representative', P.aigerim);
      await page.waitForURL(/\/console\/hall\/authority$/);
      assert.match((await page.textContent('.verdict.ok')) ?? '', /the owner’s mother/);
      assert.match((await page.textContent('.verdict.ok')) ?? '', /birth record/);
      await assertAccessible(page);
      await screenshot(page, 'console-hall-authority');
      await page.click(submit);
      await fillAndContinue(page, 'applicant', P.saltanat);
      // The РКА came from the triage: the next question is the service.
      await page.waitForURL(/\/console\/hall\/service$/);
      await assertAccessible(page);
      await page.check('#service');
      await page.click(submit);
      await page.waitForURL(/\/console\/hall\/relation$/);
      await assertAccessible(page);
      await page.check('#relation');
      await page.click(submit);
      await page.waitForURL(/\/console\/hall\/check$/);
      const check = (await page.textContent('main')) ?? '';
      assert.match(check, new RegExp(D.MD));
      assert.match(check, /Parent, by the birth record/);
      await assertAccessible(page);
      await page.click(submit);
      await page.waitForURL(/\/console\/hall\/applications\//);
      const id = page.url().split('/').pop()!;
      assert.equal((await page.textContent('h1'))?.trim(), 'Arrival coupon');
      await assertAccessible(page);

      // Double submit of the filing meets the same application.
      const again = await page.evaluate(async () => {
        const reply = await fetch('/console/hall/file', { method: 'POST' });
        return { status: reply.status, url: reply.url };
      });
      assert.equal(again.status, 200);
      assert.match(again.url, new RegExp(id));
      assert.equal((await applicationsOf(b, P.saltanat)).length, 1);

      // The coupon: errors next to the fields, then saved.
      await page.click(submit);
      assert.ok(await page.isVisible('.error-summary a[href="#locality"]'));
      assert.ok(await page.isVisible('.error-summary a[href="#arrivalDate-day"]'));
      await assertAccessible(page);
      await page.fill('#region', COUPON.previousAddress.region);
      await page.fill('#locality', COUPON.previousAddress.locality);
      await page.fill('#street', COUPON.previousAddress.street);
      await fillDate(page, 'arrivalDate', COUPON.arrivalDate);
      await page.selectOption('#arrivalReason', COUPON.arrivalReason);
      await page.selectOption('#education', COUPON.education);
      await page.selectOption('#occupation', COUPON.occupation);
      await page.selectOption('#familyStatus', COUPON.familyStatus);
      await page.click(submit);
      await page.waitForURL(new RegExp(`/console/hall/applications/${id}$`));
      assert.equal((await page.textContent('h1'))?.trim(), 'The applicant’s signature');
      await assertAccessible(page);
      await page.click(submit);
      await page.waitForURL(new RegExp(`/console/hall/applications/${id}$`));
      assert.equal((await page.textContent('.panel h1'))?.trim(), 'Registered');
      await assertAccessible(page);
      const [app] = await applicationsOf(b, P.saltanat);
      assert.equal(app?.state, 'registered');
      assert.equal(app?.office, 'astana-1');
      // A repeated signature leads back to the state the application is in.
      const resign = await page.evaluate(
        async (url) => (await fetch(url, { method: 'POST' })).status,
        `/console/hall/applications/${id}/sign`,
      );
      assert.equal(resign, 200);

      // The queue shows it, with the IIN masked.
      await page.goto('/console/queue');
      await page.selectOption('#state', 'registered');
      await page.click('main form button[type=submit]');
      await page.waitForURL(/\/console\/queue\?state=registered/);
      const row = page.locator('tbody tr', { has: page.locator(`a[href="/console/applications/${id}"]`) });
      assert.equal(await row.count(), 1);
      const rowText = (await row.textContent()) ?? '';
      assert.match(rowText, /\*{8}0244/);
      assert.ok(!rowText.includes(P.saltanat), 'the queue masks the applicant’s IIN');
      assert.match(rowText, /Registered/);
      await assertAccessible(page);
      await wideScreenshot(page, 'console-queue');
      await page.goto('/console/queue?state=refused');
      assert.equal(await page.locator(`a[href="/console/applications/${id}"]`).count(), 0);

      // The trace: clauses with the facts used, the ruleset, the audit trail; no form at all.
      await page.goto('/console/queue');
      await page.click(`a[href="/console/applications/${id}"]`);
      await page.waitForURL(new RegExp(`/console/applications/${id}$`));
      const clauses = await page.locator('main table').first().locator('tbody tr td:first-child').allTextContents();
      for (const clause of ['F1', 'I8', 'P2.1', 'P2.2', 'I2']) {
        assert.ok(clauses.map((c) => c.trim()).includes(clause), `trace lists ${clause}: ${clauses.join(' ')}`);
      }
      const p22 = page.locator('main table').first().locator('tbody tr', { hasText: 'representative-authority' });
      assert.match((await p22.textContent()) ?? '', new RegExp(`mother: ${P.aigerim}`));
      assert.match((await p22.textContent()) ?? '', /parent/);
      const main = (await page.textContent('main')) ?? '';
      assert.match(main, /kz-pilot-2025 1\.0\.0/);
      const audit = await page.locator('main table').last().locator('tbody tr').allTextContents();
      assert.ok(audit.some((r) => /create/.test(r)));
      assert.ok(audit.some((r) => /signature-pending → registered/.test(r)));
      assert.equal(await page.locator('main form').count(), 0, 'the trace view changes nothing');
      await assertAccessible(page);
      await wideScreenshot(page, 'console-trace');
      await page.context().close();
    });
  });
});
