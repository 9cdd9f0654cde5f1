// The State Corporation's back office in Chromium (issue 17 item 6; services.md S9; 004 cl.4,
// cl.5-1): who may open it, the role's queue by due date with the deadline in words and colour,
// an S9b request through archive → technical inspection → payment notice → management's signature
// → the inventory file, the hearing (intended refusal → objection → decision), and the engine's
// coded refusals on the page: wrong role, another office, a late objection, changed meanwhile.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { CaseActor } from '../../../src/domain/cases/case.ts';
import { translate } from '../../../src/i18n/messages.ts';
import { applyCaseEvent } from '../../../src/services/cases/apply.ts';
import { type CaseFiling, openServiceCase } from '../../../src/services/cases/open.ts';
import { openCaseWithFile } from '../../support/case-files.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService, screenshot } from '../../support/browser.ts';
import { P } from '../../support/family.ts';

// Monday 6 April 2026, 11:00 in Astana: the deadline examples' day (S9c other-over-1000).
const NOW = '2026-04-06T06:00:00Z';
const OFFICE = 'astana-sc-1';
const APPLICANT = P.aigerim;

const filing = (facts: CaseFiling['facts'], filedAt = '2026-04-06T09:30:00+05:00', office = OFFICE): CaseFiling => ({
  id: randomUUID(),
  service: 'S9',
  variant: 'S9b',
  channel: 'portal',
  filedAt,
  facts,
  applicant: APPLICANT,
  office,
});

const staff = (iin: string, role: string, office = OFFICE): CaseActor => ({ kind: 'staff', iin, role, office });

async function wideScreenshot(page: Page, name: string) {
  await page.setViewportSize({ width: 1024, height: 800 });
  await assertAccessible(page);
  await screenshot(page, name);
  await page.setViewportSize({ width: 360, height: 800 });
}

/** A form post as a stale or forged page would send it, from the employee's own browser. */
async function post(page: Page, caseId: string, fields: Record<string, string>) {
  return page.evaluate(
    async ({ url, body }) => {
      const reply = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams(body).toString(),
      });
      return { status: reply.status, text: await reply.text() };
    },
    { url: `/backoffice/cases/${caseId}`, body: fields },
  );
}

const main = async (page: Page) => (await page.textContent('main')) ?? '';

describe('pages: the State Corporation back office', () => {
  let b: BrowserService;
  const ids = { walk: '', overdue: '', house: '', late: '', race: '', elsewhere: '' };
  const pages: Record<'archive' | 'executor' | 'inspector' | 'management' | 'hall' | 'citizen', Page> = {} as never;

  before(async () => {
    b = await openBrowserService('pglite', { now: NOW });
    const db = b.service.ctx.database;
    await db.db
      .insertInto('operators')
      .values([
        { iin: P.sara, role: 'archive-employee', office: OFFICE },
        { iin: P.nurlan, role: 'executor', office: OFFICE },
        { iin: P.kulan, role: 'technical-inspector', office: OFFICE },
        { iin: P.timur, role: 'management', office: OFFICE },
        { iin: P.viktor, role: 'hall', office: 'astana-1' },
      ])
      .execute();
    const now = new Date(NOW);
    // 004 cl.4: its signed result goes into its object's inventory file.
    ids.walk = (await openCaseWithFile(db, filing({ object: 'flat', areaM2: 64.5 }), now)).case.id;
    // Filed in March: its three working days are long over.
    ids.overdue = (await openServiceCase(db, filing({ object: 'flat' }, '2026-03-02T10:00:00+05:00'), now)).case.id;
    // A house: five working days, so a refusal goes through the hearing (004 cl.5-1, D5).
    ids.house = (await openServiceCase(db, filing({ object: 'house' }), now)).case.id;
    ids.race = (await openServiceCase(db, filing({ object: 'flat' }), now)).case.id;
    ids.elsewhere = (
      await openServiceCase(db, filing({ object: 'flat' }, '2026-04-06T09:30:00+05:00', 'almaty-sc-1'), now)
    ).case.id;
    // The hearing notice of this one went on Wednesday 1 April: the objection period ended on the 3rd.
    const early = new Date('2026-04-01T06:00:00Z');
    ids.late = (
      await openServiceCase(db, filing({ object: 'other', areaM2: 500 }, '2026-04-01T09:30:00+05:00'), early)
    ).case.id;
    await applyCaseEvent(
      db,
      { caseId: ids.late, event: { kind: 'intend-refusal', ground: 1, actor: staff(P.timur, 'management') } },
      early,
    );
    // One login each: a person may be sent only three login codes in 15 minutes.
    const people = [
      ['archive', P.sara, 'en'],
      ['executor', P.nurlan, 'ru'],
      ['inspector', P.kulan, 'en'],
      ['management', P.timur, 'kk'],
      ['hall', P.viktor, 'en'],
      ['citizen', P.dauren, 'en'],
    ] as const;
    for (const [key, iin, language] of people) {
      pages[key] = await b.newPage({ language });
      await logIn(pages[key], b.service, iin, '/');
    }
  });
  after(() => b.close());

  const versionOf = async (id: string) =>
    (
      await b.service.ctx.database.db
        .selectFrom('cases')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).version;

  describe('who may open the back office', () => {
    it('refuses a citizen and a ЦОН operator with 403', async () => {
      for (const page of [pages.citizen, pages.hall]) {
        const reply = await page.goto('/backoffice');
        assert.equal(reply?.status(), 403);
        assert.equal((await page.textContent('h1'))?.trim(), translate('en', 'operator-only'));
        assert.equal((await page.goto(`/backoffice/cases/${ids.walk}`))?.status(), 403);
      }
      const posted = await post(pages.hall, ids.walk, { act: 'complete-step', step: 'archive', version: '1' });
      assert.equal(posted.status, 403);
    });

    it('opens no console page to a back-office employee, and links none', async () => {
      const page = pages.archive;
      for (const path of ['/console', '/console/queue', '/console/triage', '/console/hall', '/console/access-log'])
        assert.equal((await page.goto(path))?.status(), 403, path);
      await page.goto('/');
      assert.equal(await page.locator('a[href="/console"]').count(), 0);
      assert.equal(await page.locator('main a[href="/backoffice"]').count(), 1);
      await page.goto('/backoffice');
      assert.equal(await page.locator('a[href="/console"]').count(), 0);
      assert.equal(await page.locator('nav a[href="/backoffice"]').count(), 1);
      // A ЦОН operator sees the console, not the back office.
      await pages.hall.goto('/');
      assert.equal(await pages.hall.locator('main a[href="/console"]').count(), 1);
      assert.equal(await pages.hall.locator('a[href="/backoffice"]').count(), 0);
    });
  });

  describe('004 cl.4: the queue of the role at its office, the one due first on top', () => {
    it('shows the overdue request first, the deadline in words and colour, no IIN', async () => {
      const page = pages.archive;
      assert.equal((await page.goto('/backoffice'))?.status(), 200);
      const rows = page.locator('main table tbody tr');
      // Five S9b requests at the archive step of this office; the Almaty one is not here.
      assert.equal(await rows.count(), 5);
      const first = (await rows.nth(0).textContent()) ?? '';
      assert.match(first, /Overdue/);
      assert.equal(await rows.nth(0).locator('.sla-overdue .tag-red').count(), 1);
      assert.match(first, /\d{2}\.03\.2026/);
      const text = await main(page);
      assert.match(text, /On time/);
      assert.doesNotMatch(text, new RegExp(APPLICANT), 'no IIN in the queue');
      assert.equal(await page.locator(`a[href="/backoffice/cases/${ids.elsewhere}"]`).count(), 0);
      await assertAccessible(page);
      await wideScreenshot(page, 'backoffice-queue');
    });

    it('the overdue request says so on its page too', async () => {
      const page = pages.archive;
      await page.goto(`/backoffice/cases/${ids.overdue}`);
      assert.ok(await page.isVisible('.sla-overdue'));
      assert.doesNotMatch(await main(page), new RegExp(APPLICANT), 'no IIN on the request page');
    });
  });

  describe('004 cl.4: S9b from the archive to the inventory file', () => {
    it('the archive employee passes the file on', async () => {
      const page = pages.archive;
      await page.goto(`/backoffice/cases/${ids.walk}`);
      assert.match(await main(page), /09\.04\.2026/, 'the due date as DD.MM.YYYY');
      assert.match(await main(page), /Basis: 004/);
      await assertAccessible(page);
      await page.click('#act-complete + form button[type=submit]');
      await page.waitForURL(/\?done=1$/);
      assert.match(await main(page), /Saved\. The request is now: In progress\./);
      assert.match(await main(page), /Nothing is waiting for you/);
    });

    it('the technical inspector records the measurements, checked first', async () => {
      const page = pages.inspector;
      await page.goto('/backoffice');
      assert.equal(await page.locator(`a[href="/backoffice/cases/${ids.walk}"]`).count(), 1);
      await page.goto(`/backoffice/cases/${ids.walk}`);
      await page.fill('#totalAreaM2', '64,5');
      await page.fill('#livingAreaM2', '80');
      await page.fill('#rooms', '3');
      await page.fill('#explication', 'room 18.2; room 14.0; room 12.3; kitchen 9.1; bathroom 4.0');
      await page.click('#act-complete + form button[type=submit]');
      assert.ok(await page.isVisible('.error-summary a[href="#livingAreaM2"]'));
      assert.equal(await page.getAttribute('#livingAreaM2', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#explication'), 'room 18.2; room 14.0; room 12.3; kitchen 9.1; bathroom 4.0');
      await assertAccessible(page);
      await wideScreenshot(page, 'backoffice-inspection-error');
      await page.fill('#livingAreaM2', '44.5');
      await page.click('#act-complete + form button[type=submit]');
      await page.waitForURL(/\?done=1$/);
      const event = await b.service.ctx.database.db
        .selectFrom('case_events')
        .select('details')
        .where('case_id', '=', ids.walk)
        .where('event', '=', 'complete-step')
        .where('step', '=', 'inspect')
        .executeTakeFirstOrThrow();
      assert.deepEqual((event.details['input'] as { output: unknown }).output, {
        totalAreaM2: 64.5,
        livingAreaM2: 44.5,
        rooms: 3,
        explication: 'room 18.2; room 14.0; room 12.3; kitchen 9.1; bathroom 4.0',
      });
    });

    it('the executor sends the payment notice, management signs, the archive files it away', async () => {
      await pages.executor.goto(`/backoffice/cases/${ids.walk}`);
      await pages.executor.click('#act-complete + form button[type=submit]');
      await pages.executor.waitForURL(/\?done=1$/);
      const sign = pages.management;
      await sign.goto(`/backoffice/cases/${ids.walk}`);
      // Management sees what the inspector measured, in its language's numbers.
      assert.match(await main(sign), /Жалпы ауданы, м²: 64,5/);
      assert.equal(
        (await sign.textContent('#act-complete + form button[type=submit]'))?.trim(),
        translate('kk', 'backoffice.complete.sign'),
      );
      await assertAccessible(sign);
      await wideScreenshot(sign, 'backoffice-sign');
      await sign.click('#act-complete + form button[type=submit]');
      await sign.waitForURL(/\?done=1$/);
      await pages.archive.goto(`/backoffice/cases/${ids.walk}`);
      await pages.archive.click('#act-complete + form button[type=submit]');
      await pages.archive.waitForURL(/\?done=1$/);
      // 004 L1 r.8: the result waits for the additional payment.
      assert.match(await main(pages.archive), /Signed, waiting for payment/);
      const messages = await b.service.ctx.database.db
        .selectFrom('outbox')
        .select('template')
        .where('recipient', '=', APPLICANT)
        .execute();
      assert.ok(messages.some((m) => m.template === 'notify-case-payment-due'));
    });
  });

  describe('004 cl.5-1 (D5): the hearing', () => {
    it('a refusal of a house is first an intended one with a hearing notice; the objection is recorded; refused after it', async () => {
      const page = pages.archive;
      await page.goto(`/backoffice/cases/${ids.house}`);
      await page.selectOption('#ground', '1');
      await page.click('#act-refuse + p + form button[type=submit]');
      await page.waitForURL(/\?done=1$/);
      const text = await main(page);
      assert.match(text, /Refusal intended, hearing notice sent/);
      assert.match(text, /Objections accepted until\s*08\.04\.2026/);
      await assertAccessible(page);
      await page.click('#act-object + p + form button[type=submit]');
      await page.waitForURL(/\?done=1$/);
      assert.match(await main(page), /Objection received/);
      await page.check('#outcome-2');
      await page.click('#act-decide + form button[type=submit]');
      await page.waitForURL(/\?done=1$/);
      assert.match(await main(page), /The request is now: Refused/);
    });

    it('an objection after the period is refused on the page, with the last day', async () => {
      const page = pages.management;
      await page.goto(`/backoffice/cases/${ids.late}`);
      // The period is over: the page offers the decision, not the objection.
      assert.equal(await page.locator('#act-object').count(), 0);
      assert.equal(await page.locator('#act-decide').count(), 1);
      const reply = await post(page, ids.late, { act: 'object', version: '2' });
      assert.equal(reply.status, 422);
      assert.match(reply.text, new RegExp(translate('kk', 'case.objection-late', { objectionBy: '03.04.2026' })));
    });
  });

  describe('004 cl.5: a deadline extended with the applicant’s agreement', () => {
    it('takes the new date as day, month and year, checked, and moves the due date', async () => {
      const page = pages.archive;
      await page.goto(`/backoffice/cases/${ids.overdue}`);
      await page.fill('#newDueOn-day', '31');
      await page.fill('#newDueOn-month', '4');
      await page.fill('#newDueOn-year', '2026');
      await page.click('#act-extend + p + form button[type=submit]');
      assert.ok(await page.isVisible('.error-summary a[href="#newDueOn-day"]'));
      await assertAccessible(page);
      await page.fill('#newDueOn-day', '20');
      await page.click('#act-extend + p + form button[type=submit]');
      await page.waitForURL(/\?done=1$/);
      assert.match(await main(page), /Result due\s*20\.04\.2026\s*On time/);
    });
  });

  describe('the engine decides who acts: coded refusals on the page, never a 500', () => {
    it('another role’s step: 403 with the reason in the employee’s language', async () => {
      const reply = await post(pages.inspector, ids.race, { act: 'complete-step', step: 'archive', version: '1' });
      assert.equal(reply.status, 403);
      assert.match(reply.text, /Your role cannot take this step of the case\./);
    });

    it('another office’s request: not shown, and not changed', async () => {
      assert.equal((await pages.executor.goto(`/backoffice/cases/${ids.elsewhere}`))?.status(), 404);
      const reply = await post(pages.archive, ids.elsewhere, { act: 'complete-step', step: 'archive', version: '1' });
      assert.equal(reply.status, 403);
      assert.match(reply.text, new RegExp(translate('en', 'case.wrong-office', { office: 'almaty-sc-1' })));
      assert.equal(await versionOf(ids.elsewhere), 1);
    });

    it('changed meanwhile: the second press meets case.changed and nothing moves twice', async () => {
      const page = pages.archive;
      await page.goto(`/backoffice/cases/${ids.race}`);
      // A colleague of the same archive finishes the same step while the page is open.
      await applyCaseEvent(
        b.service.ctx.database,
        {
          caseId: ids.race,
          event: { kind: 'complete-step', step: 'archive', actor: staff(P.gulnar, 'archive-employee') },
        },
        new Date(NOW),
      );
      const [reply] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.click('#act-complete + form button[type=submit]'),
      ]);
      assert.equal(reply.status(), 409);
      assert.equal(await versionOf(ids.race), 2, 'the colleague’s move only');
      assert.ok(await page.isVisible('.error-summary'));
      assert.match(await main(page), new RegExp(translate('en', 'case.changed').slice(0, 30)));
      await assertAccessible(page);
    });
  });
});
