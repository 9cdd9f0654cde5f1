// Issue 13 in Chromium: a ЦОН worker triages by a person's IIN, and that person then sees the
// reading in "Who looked at my data" in the cabinet, in Kazakh and in English, naming the role
// and office but not the worker. An auditor finds it on the console; others may not search.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translate } from '../../../src/i18n/messages.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService, screenshot } from '../../support/browser.ts';
import { P } from '../../support/family.ts';

describe('pages: who looked at my data (issue 13)', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite');
    await b.service.ctx.database.db
      .insertInto('operators')
      .values([
        { iin: P.nurlan, role: 'reception', office: 'astana-1' },
        { iin: P.serik, role: 'auditor', office: 'audit-1' },
      ])
      .execute();
  });
  after(() => b.close());

  it('shows an operator’s triage in the person’s cabinet, in kk and en', async () => {
    const operator = await b.newPage({ language: 'en' });
    await logIn(operator, b.service, P.nurlan, '/console/triage');
    await operator.fill('#owner', P.aigerim);
    await operator.click('button[value=owner]');
    await operator.waitForURL(/\/console\/triage\/result$/);
    await operator.context().close();

    const page = await b.newPage({ language: 'kk' });
    await logIn(page, b.service, P.aigerim, '/cabinet');
    await page.click('main a[href="/cabinet/access"]');
    await page.waitForURL(/\/cabinet\/access$/);
    assert.equal((await page.textContent('h1'))?.trim(), translate('kk', 'access.title'));
    const kk = (await page.textContent('main table')) ?? '';
    assert.match(kk, new RegExp(translate('kk', 'access.who.operator.reception', { office: 'astana-1' })));
    assert.match(kk, new RegExp(translate('kk', 'access.purpose.triage').slice(0, 30)));
    assert.match(kk, /ГБД ФЛ/);
    assert.doesNotMatch((await page.textContent('main')) ?? '', new RegExp(P.nurlan), 'not the worker’s IIN');
    await assertAccessible(page);
    await screenshot(page, 'cabinet-access');

    await page.click('nav.languages a[lang=en]');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const en = (await page.textContent('main table')) ?? '';
    assert.match(en, /ЦОН reception worker, office astana-1/);
    assert.match(en, /Deciding at reception where the application is served/);
    assert.match(en, /Individuals database/);
    await assertAccessible(page);
    await page.context().close();
  });

  it('lets an auditor find the reading on the console, and no one else', async () => {
    const reception = await b.newPage({ language: 'en', width: 1024 });
    await logIn(reception, b.service, P.nurlan, '/console');
    assert.equal(await reception.locator('a[href="/console/access-log"]').count(), 0);
    assert.equal((await reception.goto('/console/access-log'))?.status(), 403);
    await reception.context().close();

    const page = await b.newPage({ language: 'en', width: 1024 });
    await logIn(page, b.service, P.serik, '/console');
    await page.click('a[href="/console/access-log"]');
    await page.click('main form button[type=submit]');
    assert.match((await page.textContent('.error-summary')) ?? '', /at least one field/);
    await page.fill('#subject', P.aigerim);
    await page.click('main form button[type=submit]');
    const results = (await page.textContent('main table')) ?? '';
    assert.match(results, new RegExp(`${P.nurlan} — a reception worker, astana-1`));
    assert.match(results, /Deciding at reception/);
    await assertAccessible(page);
    await page.context().close();

    // The auditor's search is itself in Aigerim's log.
    const logged = await b.service.ctx.database.db
      .selectFrom('personal_data_access')
      .select(['actor_iin', 'purpose'])
      .where('subject_iin', '=', P.aigerim)
      .where('purpose', '=', 'audit-search')
      .execute();
    assert.deepEqual(logged, [{ actor_iin: P.serik, purpose: 'audit-search' }]);
  });
});
