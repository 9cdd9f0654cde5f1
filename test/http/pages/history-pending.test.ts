// Issue 22, findings 7 and 10 in Chromium, in kk, ru and en at 360 px, axe clean: the status
// page's history names who acted from the reader's side — the applicant reads "You" and "The
// owner", the owner reads "The applicant" and "You" — and a person starting a registration while
// another application of theirs is pending is warned, with a link to it, but may go on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type Language, translate } from '../../../src/i18n/messages.ts';
import { COUPON, apply, ok } from '../../support/api-flow.ts';
import { mainText } from '../../support/apply-pages.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService, screenshot } from '../../support/browser.ts';
import { D, P } from '../../support/family.ts';

const LANGS: Language[] = ['kk', 'ru', 'en'];

describe('findings 7 and 10: history from the reader’s side, and a pending application warned about', () => {
  let b: BrowserService;
  let declined: { id: string; number: string };
  let pending: { id: string; number: string };
  // One login each (the SMS code is rate-limited per phone); the language is switched by ?lang=.
  let armanPage: Page;
  let aigerimPage: Page;
  before(async () => {
    b = await openBrowserService('pglite');
    const s = b.service;
    const arman = await s.login(P.arman);
    // One the owner declined (finished), one waiting for the owner (pending).
    declined = await apply(s, arman, { service: 'registration-permanent', rka: D.D4 });
    ok(await s.request('PUT', `/api/v1/applications/${declined.id}/coupon`, { token: arman, body: COUPON }));
    ok(await s.request('POST', `/api/v1/consents/${declined.id}/decline`, { token: await s.login(P.aigerim) }));
    pending = await apply(s, arman, { service: 'registration-temporary', rka: D.D4, periodMonths: 6 });
    ok(await s.request('PUT', `/api/v1/applications/${pending.id}/coupon`, { token: arman, body: COUPON }));
    armanPage = await b.newPage();
    await logIn(armanPage, s, P.arman, '/cabinet');
    aigerimPage = await b.newPage();
    await logIn(aigerimPage, s, P.aigerim, '/cabinet');
  });
  after(() => b.close());

  const historyActors = async (page: Page) =>
    (await page.locator('ol.history li .small').allTextContents()).map((s) => s.trim().replace(/^\(|\)$/g, ''));

  describe('finding 7: who did what, named from the reader’s side', () => {
    for (const lang of LANGS) {
      it(`the applicant reads "You" and "The owner"; the owner reads "The applicant" and "You" (${lang})`, async () => {
        const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
        const page = armanPage;
        await page.goto(`/applications/${declined.id}?lang=${lang}`);
        const mine = await historyActors(page);
        assert.ok(mine.includes(t('history.actor.you')), mine.join(' | '));
        assert.ok(mine.includes(t('history.actor.owner')), mine.join(' | '));
        assert.ok(!mine.includes(t('history.actor.applicant')));
        assert.doesNotMatch(await mainText(page), /You or the owner|Вы или собственник|Сіз немесе меншік иесі/);
        await assertAccessible(page);
        if (lang === 'en') await screenshot(page, 'application-history');

        const owner = aigerimPage;
        await owner.goto(`/applications/${declined.id}?lang=${lang}`);
        const theirs = await historyActors(owner);
        assert.ok(theirs.includes(t('history.actor.applicant')), theirs.join(' | '));
        assert.ok(theirs.includes(t('history.actor.you')), theirs.join(' | '));
        assert.ok(!theirs.includes(t('history.actor.owner')));
      });
    }
  });

  describe('finding 10: another application still pending is warned about, not blocked', () => {
    for (const lang of LANGS) {
      it(`the start page links the pending application and still starts (${lang})`, async () => {
        const page = armanPage;
        await page.goto(`/apply/permanent?lang=${lang}`);
        const warning = page.locator('#pending');
        assert.equal(await warning.count(), 1);
        assert.equal(await warning.locator(`a[href="/applications/${pending.id}"]`).count(), 1);
        // The finished (declined) one is not pending.
        assert.equal(await warning.locator(`a[href="/applications/${declined.id}"]`).count(), 0);
        assert.equal(
          ((await warning.locator('.title').textContent()) ?? '').trim(),
          translate(lang, 'wizard.pending.title', { count: 1 }),
        );
        assert.match((await warning.textContent()) ?? '', new RegExp(pending.number));
        await assertAccessible(page);
        if (lang === 'en') await screenshot(page, 'apply-pending-warning');
        await page.click('main a.button');
        await page.waitForURL(/\/apply\/permanent\/dwelling$/);
        // Back to the start page with no draft (the wizard saves nothing until an answer).
      });
    }

    it('no warning for a person with nothing pending', async () => {
      const page = await b.newPage({ language: 'en' });
      await logIn(page, b.service, P.gulnar, '/apply/permanent');
      assert.equal(await page.locator('#pending').count(), 0);
      await page.context().close();
    });
  });
});
