// Issue 22, finding 2, in Chromium at 360 px in kk, ru and en (axe clean): the dwelling step's
// address search finds the flat by the page's own examples ("Кабанбай батыра 12", "Kabanbay
// batyr 12") and despite a typo, shows each address in the page's language, and leads on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mainText, start } from '../../support/apply-pages.ts';
import { assertAccessible, type BrowserService, logIn, openBrowserService } from '../../support/browser.ts';
import { P } from '../../support/family.ts';
import { familyDataset } from '../../support/service.ts';

const FLAT = '0101000000001204';
const SHOWN: Record<string, string> = {
  kk: 'Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер',
  ru: 'г. Астана, проспект Кабанбай батыр, д. 12, кв. 4',
  en: 'Astana, Kabanbay batyr Avenue, house 12, flat 4',
};

describe('finding 2: the dwelling step finds the address as people type it', () => {
  let b: BrowserService;
  before(async () => {
    b = await openBrowserService('pglite', {
      data: familyDataset((input) => {
        input.dwellings!.push(
          {
            rka: FLAT,
            city: 'astana',
            address: SHOWN['kk']!,
            area: 52.7,
            owners: [{ iin: P.aigerim, share: '1/1' }],
            stateRental: false,
          },
          {
            rka: '0101000000001200',
            city: 'astana',
            address: 'Астана қ., Қабанбай батыр даңғылы, 120-үй',
            area: 80,
            owners: [],
            stateRental: false,
          },
        );
      }),
    });
  });
  after(() => b.close());

  // One applicant per language: each starts an application of their own.
  const applicants: Record<string, string> = { kk: P.nurlanA, ru: P.olga, en: P.dauren };
  for (const language of ['kk', 'ru', 'en']) {
    it(`finds “Кабанбай батыра 12”, “Kabanbay batyr 12” and a typo, shown in ${language}`, async () => {
      const page = await b.newPage({ language });
      await logIn(page, b.service, applicants[language]!, '/apply/permanent');
      await start(page, 'permanent');
      // Through the search form, as a person would.
      await page.fill('#q', 'Кабанбай батыра 12');
      await page.click('form[role=search] button');
      await page.waitForURL(/\?q=/);
      const radio = page.locator(`input[name=choice][value="${FLAT}"]`);
      assert.equal(await radio.count(), 1);
      assert.equal(await page.locator('input[name=choice]').count(), 1, 'house 120 is not house 12');
      assert.ok((await mainText(page)).includes(SHOWN[language]!), `the address in ${language}`);
      await assertAccessible(page);
      for (const q of ['Kabanbay batyr 12', 'Кабанбаи батыр 12 кв 4', 'kabnbay batyr 12']) {
        await page.goto(`/apply/permanent/dwelling?q=${encodeURIComponent(q)}`);
        assert.equal(await page.locator(`input[name=choice][value="${FLAT}"]`).count(), 1, q);
      }
      await page.goto(`/apply/permanent/dwelling?q=${encodeURIComponent('Кенесары 12')}`);
      assert.equal(await page.locator('input[name=choice]').count(), 0);
      assert.ok((await mainText(page)).includes('Кенесары 12'), 'says what found nothing');
      await assertAccessible(page);
      // Choosing the result leads on to the owner question.
      await page.goto(`/apply/permanent/dwelling?q=${encodeURIComponent('Kabanbay batyr 12')}`);
      await page.check(`input[name=choice][value="${FLAT}"]`);
      await page.click('main form:has(input[name=choice]) button[type=submit]');
      await page.waitForURL(/\/owner$/);
      await page.close();
    });
  }
});
