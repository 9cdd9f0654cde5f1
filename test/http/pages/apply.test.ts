// The registration wizard in Chromium (issue 6, P7): the whole path from the start page to the
// confirmation panel, the temporary path (F4), a double submit and the back button, a session
// that ends mid-flow, validation errors in Russian, signing twice, withdrawal and privacy.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apply, ok, otp } from '../../support/api-flow.ts';
import {
  applyFor,
  coupon,
  dwelling,
  fillDate,
  mainText,
  owner,
  period,
  signWithCode,
  start,
  submit,
  submitForm,
} from '../../support/apply-pages.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService, screenshot } from '../../support/browser.ts';
import { D, P } from '../../support/family.ts';
import { addWorkingDays } from '../../../src/domain/calendar.ts';
import type { IsoDate } from '../../../src/domain/dates.ts';

describe('pages: registration at a new address', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite');
  });
  after(() => b.close());

  const applicationsOf = async (iin: string) =>
    b.service.ctx.database.db.selectFrom('applications').select(['id', 'state']).where('applicant', '=', iin).execute();

  describe('P7 the whole path: wizard → owner consents → applicant signs → registered', () => {
    it('registers Nurlan outside Astana (N3) after Aigerim consents', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.nurlanA, '/apply/permanent');
      const axe = { axe: true };
      await start(page, 'permanent', axe);
      await screenshot(page, 'apply-dwelling');
      // Search by address, then choose one of the results.
      await page.fill('#q', 'Қабанбай батыр даңғылы A');
      await page.click('form[role=search] button');
      await page.waitForURL(/\?q=/);
      assert.match(await mainText(page), /РКА 0201004000000005/);
      await assertAccessible(page);
      await page.check(`input[name=choice][value="${D.AL}"]`);
      await page.click('main form:has(input[name=choice]) button[type=submit]');
      await page.waitForURL(/\/owner$/);
      // The owner question names the dwelling in the page's language (issue 22: addresses in the reader's language).
      assert.match(await mainText(page), /Kabanbay batyr dangyly AL/);
      assert.equal(await owner(page, 'permanent', P.aigerim, axe), 'previous-address');
      await coupon(page, 'permanent', axe);
      await assertAccessible(page);
      const text = await mainText(page);
      assert.match(text, /Check your answers/);
      assert.match(text, /Someone else, IIN 850517410090/);
      assert.match(text, /Karaganda/);
      assert.match(text, /28\.11\.2025/);
      await screenshot(page, 'apply-check-answers');
      // A change link leads to its question and, once answered, back to the check page.
      await page.click(`a[href="/apply/permanent/arrival"]`);
      await page.check('input[name=arrivalReason][value=family]');
      await submitForm(page, '/apply/permanent/arrival', /\/check$/);
      assert.match(await mainText(page), /To join family/);

      const id = await submit(page, 'permanent');
      assert.match(await mainText(page), /Waiting for the owner/);
      const due = await b.service.ctx.database.db
        .selectFrom('applications')
        .select('consent_due')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const dueDay = new Date(due.consent_due!.getTime() + 5 * 3_600_000 - 1).toISOString().slice(0, 10);
      assert.equal(dueDay, addWorkingDays('2025-12-01' as IsoDate, 3), 'F2: three working days');
      assert.match(await mainText(page), new RegExp(dueDay.split('-').reverse().join('\\.')), 'the deadline is shown');
      await assertAccessible(page);

      // The owner consents through the API with an SMS code.
      const token = await b.service.login(P.aigerim);
      const consented = ok(
        await b.service.request('POST', `/api/v1/consents/${id}/approve`, {
          token,
          body: await otp(b.service, token, id, P.aigerim),
        }),
      );
      assert.equal(consented.state, 'signature-pending');

      await page.reload();
      assert.match(await mainText(page), /Waiting for your signature/);
      await page.goto(`/applications/${id}/sign`);
      assert.match(await mainText(page), /Arrival coupon/);
      assert.match(await mainText(page), /Karaganda/);
      await assertAccessible(page);
      await signWithCode(page, b, P.nurlanA, id);
      assert.match((await page.textContent('.panel h1')) ?? '', /Registration recorded/);
      assert.match(await mainText(page), /Your previous permanent registration has ended/);
      assert.match(await mainText(page), /Signed/, 'the history lists the signature');
      await assertAccessible(page);
      await screenshot(page, 'application-registered');
      const rows = await applicationsOf(P.nurlanA);
      assert.deepEqual(
        rows.map((r) => r.state),
        ['registered'],
      );
      // 002 R3 cl.4: registered online, the person is told to have the chip ID address rewritten at a ЦОН.
      await page.goto('/cabinet');
      assert.match(await mainText(page), /Have the address on your identity card's chip rewritten/);
      await page.goBack();

      // A second press of "Sign" after the signature: back to the status page, not an error.
      const again = await page.request.post(`/applications/${id}/sign`, {
        form: { step: 'sign', challengeId: '00000000-0000-4000-8000-000000000000', code: '123456' },
        headers: { origin: b.base },
      });
      assert.equal(again.status(), 200);
      assert.match(again.url(), new RegExp(`/applications/${id}$`));
      await page.context().close();
    });
  });

  describe('F4 temporary registration: the period question', () => {
    it('asks for how many months, validates 1–12 and shows the period on the check page', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.ilyas, '/apply/temporary');
      await start(page, 'temporary');
      assert.match((await page.textContent('h1')) ?? '', /For how many months/);
      await page.fill('#periodMonths', '13');
      await page.click('main form button[type=submit]');
      assert.ok(await page.isVisible('.error-summary a[href="#periodMonths"]'));
      await assertAccessible(page);
      await period(page, '6');
      await dwelling(page, 'temporary', D.D4);
      assert.equal(await owner(page, 'temporary', P.aigerim), 'previous-address');
      await coupon(page, 'temporary');
      assert.match(await mainText(page), /6 months/);
      const id = await submit(page, 'temporary');
      assert.match(await mainText(page), /Temporary registration/);
      assert.match(await mainText(page), /Waiting for the owner/);
      const row = await b.service.ctx.database.db
        .selectFrom('applications')
        .select(['service', 'payload'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(row.service, 'registration-temporary');
      assert.equal((row.payload as { periodMonths: number }).periodMonths, 6);
      await page.context().close();
    });
  });

  describe('F4 the 10-day arrival window: a late filing is said on the status page', () => {
    it('tells the applicant in plain words that the term was missed, and the application goes on', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.zarina, '/apply/permanent');
      await start(page, 'permanent');
      await dwelling(page, 'permanent', D.D4);
      assert.equal(await owner(page, 'permanent', P.aigerim), 'previous-address');
      // 21 days before the application date (2025-12-01).
      await coupon(page, 'permanent', { arrival: '2025-11-10' });
      const id = await submit(page, 'permanent');
      const text = await mainText(page);
      assert.match(text, /Waiting for the owner/, 'the registration goes ahead');
      assert.ok(await page.isVisible('#late-filing'));
      assert.match(text, /Applied late/);
      assert.match(text, /You applied 21 days after arriving/);
      assert.doesNotMatch(text, /F4/, 'no clause codes for citizens');
      const row = await b.service.ctx.database.db
        .selectFrom('applications')
        .select(['decision'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.deepEqual((row.decision as { notices: string[] }).notices, ['late-filing']);
      await page.context().close();
    });
    it('says nothing of the kind when the application is in time', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.olzhas, '/apply/permanent');
      await start(page, 'permanent');
      await dwelling(page, 'permanent', D.D4);
      assert.equal(await owner(page, 'permanent', P.aigerim), 'previous-address');
      await coupon(page, 'permanent', { arrival: '2025-11-21' });
      await submit(page, 'permanent');
      assert.match(await mainText(page), /Waiting for the owner/);
      assert.ok(!(await page.isVisible('#late-filing')));
      await page.context().close();
    });
  });

  describe('fileOnce: a double submit or the back button never files twice', () => {
    it('meets the same application after back + submit again', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.bekzat, '/apply/permanent');
      await start(page, 'permanent');
      await dwelling(page, 'permanent', D.AL);
      await owner(page, 'permanent', P.aigerim);
      await coupon(page, 'permanent');
      const form = {
        applicationId: (await page.getAttribute('input[name=applicationId]', 'value')) ?? '',
      };
      const id = await submit(page, 'permanent');
      assert.equal(form.applicationId, id, 'the draft fixed the id before submitting');
      await page.goBack();
      // Wherever "back" lands (the check page again, or the start page as the draft is gone),
      // sending the check page's form again shows the same application.
      if (await page.isVisible('input[name=applicationId]')) await submit(page, 'permanent');
      const resent = await page.request.post('/apply/permanent/check', { form, headers: { origin: b.base } });
      assert.match(resent.url(), new RegExp(`/applications/${id}$`));
      // Two presses at once.
      await Promise.all([
        page.request.post('/apply/permanent/check', { form, headers: { origin: b.base } }),
        page.request.post('/apply/permanent/check', { form, headers: { origin: b.base } }),
      ]);
      const rows = await applicationsOf(P.bekzat);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.state, 'consent-pending');
      await page.context().close();
    });
  });

  describe('drafts outlive the session (issue 6)', () => {
    it('keeps the answers when the session ends mid-flow and continues after logging in again', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.roza, '/apply/permanent');
      await start(page, 'permanent');
      await dwelling(page, 'permanent', D.D4);
      await owner(page, 'permanent', P.aigerim);
      // The session ends elsewhere (logout from another device).
      const cookie = (await page.context().cookies()).find((c) => c.name === 'tirkeu_session')!;
      const logout = await b.service.fetch('POST', '/logout', {
        headers: { cookie: `tirkeu_session=${cookie.value}`, origin: 'http://tirkeu.test' },
      });
      assert.equal(logout.status, 303);
      await page.fill('#locality', 'Almaty');
      await page.click('main form button[type=submit]');
      await page.waitForURL(/\/login\?next=%2Fapply%2Fpermanent%2Fprevious-address/);
      await logIn(page, b.service, P.roza, '/apply/permanent/previous-address');
      assert.match(new URL(page.url()).pathname, /\/apply\/permanent\/previous-address$/);
      await page.goto('/apply/permanent');
      assert.match(await mainText(page), /You have an application in progress/);
      await page.click('main a.button');
      await page.waitForURL(/\/previous-address$/);
      await coupon(page, 'permanent');
      const text = await mainText(page);
      assert.match(text, /Қабанбай батыр даңғылы D4/, 'the dwelling answered before the session ended');
      assert.match(text, /Someone else, IIN 850517410090/);
      await page.context().close();
    });
  });

  describe('validation in the reader’s language', () => {
    it('shows the errors in Russian next to their fields', async () => {
      const page = await b.newPage({ language: 'ru' });
      await logIn(page, b.service, P.kulan, '/apply/permanent');
      await start(page, 'permanent');
      await page.fill('#rka', '12345');
      await page.click('main form:has(#rka) button');
      assert.match(await page.title(), /^Ошибка/);
      assert.match((await page.textContent('#rka-error')) ?? '', /16 цифр РКА/);
      await page.fill('#rka', '0201004099999999');
      await page.click('main form:has(#rka) button');
      assert.match((await page.textContent('#rka-error')) ?? '', /нет в адресном регистре/);
      await assertAccessible(page);
      await dwelling(page, 'permanent', D.D4);
      await page.check('input[name=ownerChoice][value=other]');
      await page.fill('#ownerIin', '850517410091');
      await page.click('main form button[type=submit]');
      assert.ok(await page.isVisible('.error-summary a[href="#ownerIin"]'));
      assert.match((await page.textContent('#ownerIin-error')) ?? '', /ИИН/);
      await assertAccessible(page);
      await owner(page, 'permanent', P.aigerim);
      await page.click('main form button[type=submit]');
      assert.match((await page.textContent('#locality-error')) ?? '', /город, посёлок или село/);
      await page.fill('#locality', 'Караганда');
      await submitForm(page, '/apply/permanent/previous-address', /\/arrival$/);
      await fillDate(page, 'arrivalDate', '2025-12-05');
      await page.click('main form button[type=submit]');
      assert.match((await page.textContent('#arrivalDate-error')) ?? '', /не может быть позже/);
      assert.match((await page.textContent('#arrivalReason-error')) ?? '', /Выберите/);
      await assertAccessible(page);
      await page.context().close();
    });
  });

  describe('withdrawal and privacy', () => {
    it('withdraws after a confirmation, and a stranger cannot see the application', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.dana, '/apply/permanent');
      const id = await applyFor(page, { rka: D.D4, owner: P.aigerim });
      await page.click(`a[href="/applications/${id}/cancel"]`);
      assert.match((await page.textContent('h1')) ?? '', /Withdraw application/);
      await assertAccessible(page);
      await submitForm(page, `/applications/${id}/cancel`, new RegExp(`/applications/${id}$`));
      assert.match(await mainText(page), /You withdrew this application/);
      assert.equal(await page.isVisible(`a[href="/applications/${id}/cancel"]`), false);
      assert.deepEqual(
        (await applicationsOf(P.dana)).map((r) => r.state),
        ['cancelled'],
      );
      await page.context().close();

      const stranger = await b.newPage({ language: 'en' });
      await logIn(stranger, b.service, P.marina, '/');
      const reply = await stranger.goto(`/applications/${id}`);
      assert.equal(reply?.status(), 404);
      assert.equal(await stranger.isVisible(`text=Karaganda`), false);
      await stranger.context().close();
    });
  });
  describe('the status page while the registries are down (I8, retries)', () => {
    it('keeps the coupon in the draft, then sends it once the checks pass', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.erlan, '/apply/permanent');
      await start(page, 'permanent');
      await dwelling(page, 'permanent', D.AL);
      await owner(page, 'permanent', P.aigerim);
      await coupon(page, 'permanent');
      b.service.faults.failing.add('persons');
      let id: string;
      try {
        id = await submit(page, 'permanent');
      } finally {
        b.service.faults.failing.delete('persons');
      }
      assert.match(await mainText(page), /A state registry is not answering/);
      assert.match(await mainText(page), /Being checked/);
      await assertAccessible(page);
      const draft = await b.service.ctx.database.db
        .selectFrom('page_drafts')
        .select('application_id')
        .where('iin', '=', P.erlan)
        .executeTakeFirst();
      assert.equal(draft?.application_id, id, 'the draft keeps the coupon while the checks wait');
      // The retry is due: the worker asks again and the checks pass.
      b.service.clock.advance(120_000);
      for (let i = 0; i < 100; i++) {
        const [row] = await applicationsOf(P.erlan);
        if (row?.state !== 'checks') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await page.reload();
      assert.match(await mainText(page), /Send the arrival coupon/);
      await assertAccessible(page);
      await submitForm(page, `/applications/${id}/coupon`, new RegExp(`/applications/${id}$`));
      assert.match(await mainText(page), /Waiting for the owner/);
      assert.deepEqual(
        (await applicationsOf(P.erlan)).map((r) => r.state),
        ['consent-pending'],
      );
      await page.context().close();
    });
  });

  describe('deregistration applications use the same status and signing pages', () => {
    it('signs a deregistration filed elsewhere and shows that the registration ended', async () => {
      const token = await b.service.login(P.alikhan);
      const filed = await apply(b.service, token, { service: 'deregistration', rka: D.D4 });
      assert.equal(filed.state, 'signature-pending');
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.alikhan, `/applications/${filed.id}`);
      assert.match(await mainText(page), /Deregistration/);
      await page.click(`a[href="/applications/${filed.id}/sign"]`);
      assert.match(await mainText(page), /This is what you sign/);
      await signWithCode(page, b, P.alikhan, filed.id);
      assert.match((await page.textContent('.panel h1')) ?? '', /Registration ended/);
      assert.match(await mainText(page), /Қабанбай батыр даңғылы D4 has ended/);
      await assertAccessible(page);
      await page.context().close();
    });
  });
});
