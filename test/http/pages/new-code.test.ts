// Issue 14, finding 6: "send a new code" on the login code page really resends — a new
// code by SMS, within the budgets, and the code it replaces no longer works. In Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, type BrowserService, codeFor, openBrowserService, smsCount } from '../../support/browser.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';

for (const engine of ENGINES) {
  describe(`issue 14 finding 6: the login page's "send a new code" [${engine}]`, () => {
    let b: BrowserService;
    before(async () => {
      b = await openBrowserService(engine);
    });
    after(() => b.close());

    it('sends a new SMS; the old code is refused, the new one logs in', async () => {
      const page = await b.newPage({ language: 'en' });
      await page.goto('/login?next=%2Fcabinet');
      await page.fill('#iin', P.aigerim);
      const before = await smsCount(b.service, P.aigerim);
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/login\/code/);
      const oldCode = await codeFor(b.service, P.aigerim, before);

      await page.click('form[action="/login/code/new"] button');
      await page.waitForURL(/\/login\/code\?sent=new/);
      assert.match((await page.textContent('main [role=status]')) ?? '', /A new code was sent/);
      await assertAccessible(page);
      const newCode = await codeFor(b.service, P.aigerim, before + 1);
      assert.equal(await smsCount(b.service, P.aigerim), before + 2, 'a second SMS');

      const challenges = await b.service.ctx.database.db
        .selectFrom('otp_challenges')
        .select(['consumed_at'])
        .where('iin', '=', P.aigerim)
        .orderBy('created_at')
        .execute();
      assert.equal(challenges.length, 2);
      assert.ok(challenges[0]!.consumed_at, 'the first challenge is spent');
      assert.equal(challenges[1]!.consumed_at, null);

      if (oldCode !== newCode) {
        await page.fill('#code', oldCode);
        await page.click('form[action="/login/code"] button[type=submit]');
        assert.ok(await page.isVisible('#code-error'));
      }
      await page.fill('#code', newCode);
      await page.click('form[action="/login/code"] button[type=submit]');
      await page.waitForURL(/\/cabinet$/);
      await page.context().close();
    });
  });
}
