// The owner's pages in Chromium: the consent inbox, one request in full, agreeing with an SMS
// signature (P7, F5) and declining after an "are you sure" page; the owner's dwellings and the
// deregistration of a person registered there (the person is told, N1); the citizen's own
// deregistration. Applications are filed over the API, as another person's device would.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { translate } from '../../../src/i18n/messages.ts';
import { apply, COUPON, ok } from '../../support/api-flow.ts';
import {
  assertAccessible,
  type BrowserService,
  codeFor,
  logIn,
  openBrowserService,
  screenshot,
  smsCount,
} from '../../support/browser.ts';
import { D, P } from '../../support/family.ts';
import { exportPkcs12 } from '../../../src/services/signatures/pkcs12.ts';

/** Filed by the applicant over the API up to the owner's consent. */
async function awaitingConsent(b: BrowserService, applicant: string, body: Record<string, unknown>) {
  const token = await b.service.login(applicant);
  const app = await apply(b.service, token, body);
  assert.equal(app.state, 'coupon-pending', JSON.stringify(app.decision?.reasons));
  const filled = ok(await b.service.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token, body: COUPON }));
  assert.equal(filled.state, 'consent-pending');
  return { id: app.id as string, number: app.number as string, token };
}

/** Aigerim answers several requests: a new quarter hour gives her SMS codes again (3 per 15 min). */
function laterThatDay(b: BrowserService) {
  b.service.clock.advance(16 * 60_000);
}

/** Signs on a page showing signingForm: asks for the code, then enters the one that arrived. */
async function signWithCode(b: BrowserService, page: Page, iin: string, submit?: string) {
  const before = await smsCount(b.service, iin);
  await page.click('main form:has(input[name=step][value=send]) button[type=submit]');
  await page.waitForSelector('#code');
  await page.fill('#code', await codeFor(b.service, iin, before));
  await page.click(
    submit ? `main form:has(#code) button:has-text("${submit}")` : 'main form:has(#code) button[type=submit]',
  );
}

async function registrationOf(b: BrowserService, iin: string, rka: string) {
  return b.service.ctx.database.db
    .selectFrom('registrations')
    .select(['valid_to'])
    .where('iin', '=', iin)
    .where('rka', '=', rka)
    .executeTakeFirstOrThrow();
}

async function templatesOf(b: BrowserService, iin: string): Promise<string[]> {
  await b.service.duties();
  const rows = await b.service.ctx.database.db
    .selectFrom('notifications')
    .select('template')
    .where('recipient', '=', iin)
    .execute();
  return rows.map((r) => r.template);
}

describe('pages: the owner and deregistration', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite');
  });
  after(() => b.close());

  describe('P7 owner consent: agree and sign with an SMS code', () => {
    it('shows the request with the applicant and relation, signs it, and the applicant may sign next', async () => {
      const filed = await awaitingConsent(b, P.dauren, {
        service: 'registration-permanent',
        rka: D.D1,
        owner: P.aigerim,
        relation: { kind: 'sibling-full' },
      });
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.aigerim, '/consents');
      assert.match(page.url(), /\/consents$/);
      const pending = (await page.textContent('main table')) ?? '';
      assert.match(pending, /Дәурен Бекзатұлы/);
      assert.match(pending, /brother or sister/);
      assert.match(pending, /Қабанбай батыр даңғылы D1/);
      assert.match(pending, /04\.12\.2025/, 'F2: three working days after Monday 01.12.2025');
      await assertAccessible(page);

      await page.click(`main a[href="/consents/${filed.id}"]`);
      await page.waitForURL(new RegExp(`/consents/${filed.id}$`));
      const detail = (await page.textContent('main')) ?? '';
      assert.match((await page.textContent('h1')) ?? '', /Дәурен Бекзатұлы/);
      assert.match(detail, /\*{8}0101/, 'the applicant’s IIN is masked');
      assert.doesNotMatch(detail, new RegExp(P.dauren));
      assert.match(detail, /Karaganda/, 'the arrival coupon summary');
      assert.match(detail, new RegExp(filed.number));
      await assertAccessible(page);
      await screenshot(page, 'consent-request');

      await signWithCode(b, page, P.aigerim, 'Agree and sign');
      await page.waitForURL(new RegExp(`/consents/${filed.id}/done$`));
      assert.equal((await page.textContent('.panel h1'))?.trim(), 'You agreed');
      await assertAccessible(page);

      const app = ok(await b.service.request('GET', `/api/v1/applications/${filed.id}`, { token: filed.token }));
      assert.equal(app.state, 'signature-pending');

      // Back to the request (the back button, a second device): its answer, not a second form.
      await page.goto(`/consents/${filed.id}`);
      assert.equal(await page.locator('#code, input[name=step]').count(), 0);
      assert.match((await page.textContent('.verdict')) ?? '', /You agreed/);
      await page.goto('/consents');
      assert.match((await page.textContent('main')) ?? '', /No request is waiting for your answer/);
      await page.context().close();
    });

    it('keeps a wrong code next to its field', async () => {
      laterThatDay(b);
      const filed = await awaitingConsent(b, P.alina, { service: 'registration-permanent', rka: D.D4 });
      const page = await b.newPage({ language: 'ru' });
      await logIn(page, b.service, P.aigerim, `/consents/${filed.id}`);
      await page.click('main form:has(input[name=step][value=send]) button[type=submit]');
      await page.waitForSelector('#code');
      await page.fill('#code', '12');
      await page.click('main form:has(#code) button[type=submit]');
      assert.ok(await page.isVisible('.error-summary a[href="#code"]'));
      assert.ok(await page.isVisible('#code-error'));
      await assertAccessible(page);
      const app = ok(await b.service.request('GET', `/api/v1/applications/${filed.id}`, { token: filed.token }));
      assert.equal(app.state, 'consent-pending');
      await page.context().close();
    });
  });

  describe('P7 owner consent: decline after "are you sure"', () => {
    it('refuses the application and tells the applicant', async () => {
      laterThatDay(b);
      const filed = await awaitingConsent(b, P.arman, { service: 'registration-permanent', rka: D.D4 });
      const page = await b.newPage({ language: 'kk' });
      await logIn(page, b.service, P.aigerim, '/consents');
      await page.click(`main a[href="/consents/${filed.id}"]`);
      await page.click(`main a[href="/consents/${filed.id}/decline"]`);
      assert.equal((await page.textContent('h1'))?.trim(), translate('kk', 'consents.decline-title'));
      await assertAccessible(page);
      // "No" goes back and changes nothing.
      await page.click(`main .button-group a[href="/consents/${filed.id}"]`);
      await page.waitForURL(new RegExp(`/consents/${filed.id}$`));
      await page.click(`main a[href="/consents/${filed.id}/decline"]`);
      await page.click('main button.warning');
      await page.waitForURL(new RegExp(`/consents/${filed.id}/done$`));
      assert.equal((await page.textContent('.panel h1'))?.trim(), translate('kk', 'consents.state.declined'));
      await assertAccessible(page);

      const app = ok(await b.service.request('GET', `/api/v1/applications/${filed.id}`, { token: filed.token }));
      assert.equal(app.state, 'refused');
      assert.equal(app.reason, 'owner-declined');
      assert.ok((await templatesOf(b, P.arman)).includes('notify-consent-declined'));

      // A second decline (the back button) shows the answer instead of an error.
      await page.goto(`/consents/${filed.id}/decline`);
      await page.waitForURL(new RegExp(`/consents/${filed.id}/done$`));
      await page.context().close();
    });
  });

  describe('deregistration by the owner of the dwelling', () => {
    it('lists who is registered, files and signs, ends the registration and tells the person', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.viktor, '/dwellings');
      const main = (await page.textContent('main')) ?? '';
      assert.match(main, /Қабанбай батыр даңғылы D3/);
      assert.match(main, /Салтанат Омарова/);
      assert.match(main, /Виктор Петров \(you\)/);
      assert.match(main, /Nobody is registered here today/, 'D6 has no one registered today');
      await assertAccessible(page);
      await screenshot(page, 'dwellings');

      const link = `/dwellings/${D.D3}/deregister/${P.saltanat}`;
      assert.equal(await page.locator(`main a[href="/dwellings/${D.D3}/deregister/${P.viktor}"]`).count(), 0);
      await page.click(`main a[href="${link}"]`);
      assert.match((await page.textContent('h1')) ?? '', /Deregister Салтанат Омарова\?/);
      assert.match((await page.textContent('main')) ?? '', /told by SMS and in their cabinet/);
      await assertAccessible(page);
      await page.click('main form button[type=submit]');
      await page.waitForURL(/\/applications\/[0-9a-f-]+\/sign$/);
      const id = /\/applications\/([0-9a-f-]+)\/sign$/.exec(page.url())![1]!;

      // Back to the confirmation and press again: the same application, not a second one.
      await page.goto(link);
      await page.waitForURL(new RegExp(`/applications/${id}/sign$`));
      const filed = await b.service.ctx.database.db
        .selectFrom('applications')
        .select('id')
        .where('service', '=', 'deregistration')
        .where('applicant', '=', P.viktor)
        .execute();
      assert.equal(filed.length, 1);

      await signWithCode(b, page, P.viktor);
      await page.waitForURL(new RegExp(`/applications/${id}$`));
      assert.equal((await registrationOf(b, P.saltanat, D.D3)).valid_to, '2025-11-30', 'the registration ended');
      assert.ok((await templatesOf(b, P.saltanat)).includes('notify-deregistered-by-owner'));
      await page.goto('/dwellings');
      assert.doesNotMatch((await page.textContent('main')) ?? '', /Салтанат Омарова/);
      await page.context().close();
    });

    it('refuses a dwelling the person does not own', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.dana, '/dwellings');
      assert.match((await page.textContent('main')) ?? '', /The cadastre lists no dwelling in your name/);
      const reply = await page.goto(`/dwellings/${D.D2}/deregister/${P.olga}`);
      assert.equal(reply?.status(), 404);
      await page.context().close();
    });
  });

  describe('deregistration by the citizen', () => {
    it('chooses the registration, checks, signs with an SMS code, and the registration ends', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.alikhan, '/deregister');
      // The check page out of turn (nothing chosen yet) leads to the question.
      await page.goto('/deregister/confirm');
      assert.match(page.url(), /\/deregister$/);
      await page.click('main button[type=submit]');
      assert.ok(await page.isVisible('.error-summary a[href="#rka"]'), 'nothing chosen');
      await assertAccessible(page);
      await page.check(`input[name=rka][value="${D.D4}"]`);
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/deregister\/confirm$/);
      assert.match((await page.textContent('main dl')) ?? '', /Қабанбай батыр даңғылы D4/);
      await assertAccessible(page);
      await page.click('main form button[type=submit]');
      await page.waitForURL(/\/applications\/[0-9a-f-]+\/sign$/);
      const id = /\/applications\/([0-9a-f-]+)\/sign$/.exec(page.url())![1]!;
      // The back button to the filed check page leads on to that application's signing.
      await page.goto('/deregister/confirm');
      assert.match(page.url(), new RegExp(`/applications/${id}/sign$`));
      await signWithCode(b, page, P.alikhan);
      await page.waitForURL(new RegExp(`/applications/${id}$`));
      assert.equal((await registrationOf(b, P.alikhan, D.D4)).valid_to, '2025-11-30');

      await page.goto('/deregister');
      assert.match((await page.textContent('main')) ?? '', /You are not registered anywhere at present/);
      await page.context().close();
    });
  });

  describe('F5 owner consent signed with an EDS file in the browser', () => {
    it('agrees with a CMS signature made from the .p12 file, which is never sent', async () => {
      const filed = await awaitingConsent(b, P.roza, { service: 'registration-permanent', rka: D.D4 });
      const credential = await b.service.certificate({ iin: P.aigerim });
      const file = join(mkdtempSync(join(tmpdir(), 'tirkeu-eds-')), 'aigerim.p12');
      writeFileSync(file, await exportPkcs12(credential, [b.service.ca.certificate], 'owner-pass'));
      laterThatDay(b);
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.aigerim, `/consents/${filed.id}`);
      await page.click('details.eds summary');
      await page.setInputFiles('#p12', file);
      await page.fill('#p12-password', 'owner-pass');
      await page.click('form[data-eds-content] button');
      await page.waitForURL((url) => url.pathname !== `/consents/${filed.id}`);
      const after = ok(await b.service.request('GET', `/api/v1/applications/${filed.id}`, { token: filed.token }));
      assert.equal(after.state, 'signature-pending');
      const signature = await b.service.ctx.database.db
        .selectFrom('signatures')
        .select(['method', 'signer'])
        .where('application_id', '=', filed.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(signature, { method: 'cms', signer: P.aigerim });
      await page.context().close();
    });
  });
});
