// Issue 21 in Chromium, on a generated population: an analyst of the maslikhat opens the norm
// simulator, reads the curve and the districts as SVG drawn on the server (no JavaScript), tries
// 20 m², in Kazakh, Russian and English; a supervisor reads the service dashboards after one
// registration went through. axe-core checks each page; screenshots go to docs/screenshots.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translate } from '../../../src/i18n/messages.ts';
import { findDemoPeople } from '../../../src/population/demo-people.ts';
import { apply, COUPON, ok, otp } from '../../support/api-flow.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService, screenshot } from '../../support/browser.ts';
import { population } from '../../support/population.ts';

describe('pages: the norm simulator and the service dashboards (issue 21)', () => {
  let b: BrowserService;
  // Large enough that most districts' cells hold 10 people or more (the screenshots show them).
  const data = population(12000);
  const [analyst, supervisor, citizen] = data.phones.slice(0, 3).map((p) => p.iin);
  before(async () => {
    b = await openBrowserService('pglite', { data });
    const s = b.service;
    await s.ctx.database.db
      .insertInto('operators')
      .values([
        { iin: analyst!, role: 'analyst', office: 'astana-maslikhat' },
        { iin: supervisor!, role: 'supervisor', office: 'astana-esil-1' },
      ])
      .execute();
    // One registration through to the end, so that the dashboards have something to count.
    const people = await findDemoPeople(s.ctx.database, '2025-12-01');
    const newcomer = people.find((p) => p.role === 'newcomer')!;
    const flat = people.find((p) => p.role === 'owner-roomy-flat')!;
    const token = await s.login(newcomer.iin);
    const app = await apply(s, token, { service: 'registration-permanent', rka: flat.rka });
    ok(await s.request('PUT', `/api/v1/applications/${app.id}/coupon`, { token, body: COUPON }));
    s.clock.advance(2 * 3_600_000);
    const owner = await s.login(flat.iin);
    ok(
      await s.request('POST', `/api/v1/consents/${app.id}/approve`, {
        token: owner,
        body: await otp(s, owner, app.id, flat.iin),
      }),
    );
    // Two hours on, the applicant's session has ended: they log in again to sign.
    const again = await s.login(newcomer.iin);
    ok(
      await s.request('POST', `/api/v1/applications/${app.id}/sign`, {
        token: again,
        body: await otp(s, again, app.id, newcomer.iin),
      }),
    );
  });
  after(() => b.close());

  it('shows an analyst the norm, the curve and the districts, and lets them try 20 m²', async () => {
    const page = await b.newPage({ language: 'kk', width: 1024 });
    await logIn(page, b.service, analyst!, '/analytics');
    assert.equal((await page.textContent('h1'))?.trim(), translate('kk', 'analytics.title'));
    assert.equal(await page.locator('main svg[role=img]').count(), 2);
    assert.equal(await page.locator('script').count(), 0, 'no JavaScript on the page');
    // The filters as pages show dates and places: DD.MM.YYYY, never the browser's picker; the
    // city by its name in the page's language, not its code.
    assert.equal(await page.locator('input[type=date]').count(), 0);
    assert.match(await page.inputValue('#date'), /^\d{2}\.\d{2}\.\d{4}$/);
    assert.equal((await page.locator('#city option:checked').textContent())?.trim(), 'Астана қ.');
    // The curve: 16 values from 10 to 25 m² in its table; a point whose count is suppressed (about
    // fewer than 10 people, likely at 10 m² in a small population) is not drawn.
    assert.equal(await page.locator('#curve-title').count(), 1);
    assert.equal(await page.locator('main details tbody tr').count(), 16);
    assert.ok((await page.locator('main svg circle').count()) >= 12);
    await assertAccessible(page);
    await screenshot(page, 'analytics-norm');

    await page.fill('#m2', '20');
    await page.click('main form button[type=submit]');
    await page.waitForURL(/m2=20/);
    assert.match((await page.textContent('main h2')) ?? '', /20 м²/);
    await page.click('nav.languages a[lang=ru]');
    assert.match((await page.textContent('main h2')) ?? '', /При 20 м² на человека/);
    await page.click('nav.languages a[lang=en]');
    assert.match((await page.textContent('main h2')) ?? '', /With 20 m² per person/);
    const text = (await page.textContent('main')) ?? '';
    assert.doesNotMatch(text, /(?<![0-9])[0-9]{12}(?![0-9])/, 'no IIN anywhere');
    await assertAccessible(page);
    await screenshot(page, 'analytics-norm-20');

    await page.fill('#m2', '0');
    await page.click('main form button[type=submit]');
    assert.match((await page.textContent('.error-summary')) ?? '', /from 1 to 100/);
    await assertAccessible(page);
    await page.context().close();
  });

  it('keeps a citizen out of /analytics', async () => {
    const page = await b.newPage({ language: 'en' });
    await logIn(page, b.service, citizen!, '/cabinet');
    assert.equal((await page.goto('/analytics'))?.status(), 403);
    assert.equal(await page.locator('a[href="/analytics"]').count(), 0);
    await page.context().close();
  });

  it('shows a supervisor the service dashboards', async () => {
    const page = await b.newPage({ language: 'en', width: 1024 });
    await logIn(page, b.service, supervisor!, '/analytics');
    await page.click('a[href="/analytics/service"]');
    await page.waitForURL(/\/analytics\/service$/);
    assert.equal((await page.textContent('h1'))?.trim(), 'Service dashboards');
    const days = (await page.textContent('main table')) ?? '';
    assert.match(days, /01\.12\.2025/);
    assert.match(days, /Online/);
    assert.equal(await page.locator('main svg[role=img]').count(), 1);
    const consent = (await page.textContent('main dl')) ?? '';
    assert.match(consent, /Consents given\s*1/);
    await assertAccessible(page);
    await screenshot(page, 'analytics-dashboards');
    await page.context().close();
  });
});
