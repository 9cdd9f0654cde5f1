// The personal cabinet in Chromium, in Kazakh and in English: my applications with their state,
// my registrations current and past, my notifications (N1) with the way to their application,
// the links to start a new application, and the empty states said in words.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translate } from '../../../src/i18n/messages.ts';
import { apply, COUPON, ok } from '../../support/api-flow.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService, screenshot } from '../../support/browser.ts';
import { D, P } from '../../support/family.ts';

describe('pages: the personal cabinet', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite');
  });
  after(() => b.close());

  it('shows applications, current and past registrations and notifications, in kk and en', async () => {
    // Nurlan A. (registered at D2, temporarily at D6 in 2024) applies for AL; the owner declines.
    const token = await b.service.login(P.nurlanA);
    const app = await apply(b.service, token, { service: 'registration-permanent', rka: D.AL });
    ok(await b.service.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token, body: COUPON }));
    const owner = await b.service.login(P.aigerim);
    ok(await b.service.request('POST', `/api/v1/consents/${app.id}/decline`, { token: owner }));
    await b.service.duties();

    const page = await b.newPage({ language: 'kk' });
    await logIn(page, b.service, P.nurlanA, '/cabinet');
    assert.equal((await page.textContent('h1'))?.trim(), translate('kk', 'cabinet.title'));
    const applications = (await page.textContent('main table:near(#applications)')) ?? '';
    assert.match(applications, new RegExp(app.number));
    assert.match(applications, new RegExp(translate('kk', 'service.registration-permanent')));
    assert.match(applications, new RegExp(translate('kk', 'state.refused')));
    assert.match(applications, /Қабанбай батыр даңғылы AL/);
    assert.equal(await page.getAttribute(`main a:text("${app.number}")`, 'href'), `/applications/${app.id}`);
    const main = (await page.textContent('main')) ?? '';
    assert.match(main, /Қабанбай батыр даңғылы D2/, 'the current registration');
    assert.match(main, /Қабанбай батыр даңғылы D6/, 'the past registration');
    assert.match(main, /31\.12\.2024/);
    assert.match(main, new RegExp(translate('kk', 'notify-consent-declined', { number: app.number })));
    assert.equal(
      await page.getAttribute(`main ul.notifications a[href="/applications/${app.id}"]`, 'href'),
      `/applications/${app.id}`,
    );
    for (const href of ['/apply/permanent', '/apply/temporary', '/deregister'])
      assert.equal(await page.locator(`main a[href="${href}"]`).count(), 1, href);
    await assertAccessible(page);
    await screenshot(page, 'cabinet');

    await page.click('nav.languages a[lang=en]');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const english = (await page.textContent('main')) ?? '';
    assert.match(english, /My applications/);
    assert.match(english, /Refused/);
    assert.match(english, /Current[\s\S]*Қабанбай батыр даңғылы D2[\s\S]*Past[\s\S]*Қабанбай батыр даңғылы D6/);
    assert.match(english, new RegExp(`The owner declined to consent to application ${app.number}`));
    await assertAccessible(page);
    await page.context().close();

    // The API reads the same registrations and notifications (services/cabinet.ts).
    const api = ok(await b.service.request('GET', '/api/v1/cabinet/registrations', { token }));
    assert.deepEqual(
      api.items.map((r: { rka: string; to: string | null }) => [r.rka, r.to]),
      [
        [D.D6, '2024-12-31'],
        [D.D2, null],
      ],
    );
    const notes = ok(await b.service.request('GET', '/api/v1/cabinet/notifications', { token }));
    assert.equal(notes.items[0].applicationId, app.id);
    assert.equal(notes.items[0].message.en, translate('en', 'notify-consent-declined', { number: app.number }));
  });

  it('says in words when there is nothing yet, and tells an owner of requests waiting', async () => {
    const page = await b.newPage({ language: 'en', width: 1024 });
    await logIn(page, b.service, P.meruert, '/cabinet');
    const main = (await page.textContent('main')) ?? '';
    assert.match(main, /You have no applications yet/);
    assert.match(main, /You are not registered anywhere at present/);
    assert.match(main, /You have no past registrations/);
    assert.match(main, /You have no notifications/);
    await assertAccessible(page);
    await page.context().close();

    const token = await b.service.login(P.olga);
    const app = await apply(b.service, token, { service: 'registration-permanent', rka: D.D4 });
    ok(await b.service.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token, body: COUPON }));
    b.service.clock.advance(16 * 60_000); // Aigerim's SMS codes: 3 per quarter hour
    const owner = await b.newPage({ language: 'en' });
    await logIn(owner, b.service, P.aigerim, '/cabinet');
    assert.match((await owner.textContent('main .verdict')) ?? '', /1 request to register in your dwelling awaits/);
    await owner.click('main .verdict a[href="/consents"]');
    assert.match((await owner.textContent('main table')) ?? '', /Ольга Смирнова/);
    await owner.context().close();
  });
});
